"""The Whoosh index: the only module that imports Whoosh.

One document per passage (paragraph; paragraph 0 is the headline). Beside the passage's words it
indexes the quotes in it (`quote:`), who speaks them (`speaker:`), its figures (`figure:`) and
what they count, so every query, filter and related-passage lookup is one search over one index
with nothing else in its posting lists. Articles, quotes and figures themselves are read back
from the fact store, not from Whoosh's stored fields.

`pairs` serves search alone: each two adjacent indexed words (stemmed, stop words left out, as
the body's positions count them), so a two-word phrase is looked up as one term instead of
intersecting two long posting lists and reading positions for every passage holding both words;
a longer phrase is narrowed by its pairs and its positions are read only for those passages, so
phrase semantics stay exactly the body's.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh import index as wix
from whoosh.analysis import STOP_WORDS, Filter, StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.index import LockError
from whoosh.matching import NullMatcher, WrappingMatcher
from whoosh.qparser import QueryParser
from whoosh.query import And, NullQuery, Or, Phrase, Query, Term

from ..errors import BadQuery, IndexBroken, IndexBusy
from ..ledger.speakers import identity
from ..model import Article, Figure, Quote
from .facts import FactStore

PASSAGES = "passages"
# Whoosh's stop list plus the auxiliaries and pronouns that fill news prose: without them
# "similar wording" is explained by "had" and "been".
_NEWS_STOP = frozenset(
    """had has have having been was were would could should did does do its his her their them
    they he she who which there than also said says say into over after before about other such
    some any these those what when where while him our out up just only very most much many""".split()
)
STOPS = STOP_WORDS | _NEWS_STOP
ANALYZER = StemmingAnalyzer(stoplist=STOPS)


class PairFilter(Filter):
    """Each token joined to the one before it ("detent center"): the body's adjacent positions."""

    def __call__(self, tokens):
        before = None
        for t in tokens:
            word = t.text
            if before is not None:
                t.text = f"{before} {word}"
                yield t
            before = word


PAIRS = ANALYZER | PairFilter()


def _schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        article_id=ID(stored=True),
        paragraph=STORED(),
        body=TEXT(analyzer=ANALYZER, stored=True),
        pairs=TEXT(analyzer=PAIRS, phrase=False),
        quote=TEXT(analyzer=ANALYZER, phrase=False),  # words only: phrases are searched in body
        figure=TEXT(analyzer=ANALYZER, phrase=False),
        speaker=TEXT(stored=True),
        speaker_key=KEYWORD(stored=True, commas=True, lowercase=True),
    )


def create(path: Path) -> None:
    """An empty index and fact store in a new generation folder."""
    wix.create_in(str(path), _schema(), indexname=PASSAGES)
    FactStore(path, bulk=True).close()


# --- Whoosh's forked indexing processes ------------------------------------------------------

_building_in: int | None = None  # pid of this process while it runs a multi-process build


def _die_with_builder() -> None:
    """Runs in every child forked during a multi-process build. Whoosh's indexing processes
    wait on a queue for ever if the builder is killed, holding the index's write lock (they
    inherit its descriptor), so ask the kernel to kill them with their parent (Linux)."""
    if _building_in is None:
        return
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != _building_in:  # the builder died before prctl took effect
        os._exit(1)


os.register_at_fork(after_in_child=_die_with_builder)


# --- documents ------------------------------------------------------------------------------


def passage_documents(article: Article) -> Iterator[dict[str, Any]]:
    per: dict[int, tuple[list[Quote], list[Figure]]] = {p.index: ([], []) for p in article.passages}
    for q in article.quotes:
        if q.paragraph in per:
            per[q.paragraph][0].append(q)
    for f in article.figures:
        if f.paragraph in per:
            per[f.paragraph][1].append(f)
    for p in article.passages:
        quotes, figures = per[p.index]
        speakers = sorted({q.speaker for q in quotes if q.speaker})
        keys = sorted({identity(q.speaker, q.speaker_kind).lower() for q in quotes if q.speaker})
        yield {
            "id": p.id,
            "article_id": article.id,
            "paragraph": p.index,
            "body": p.text,
            "pairs": p.text,
            "quote": " \n".join(q.text for q in quotes),
            "figure": " \n".join(f"{f.text} {f.counts}" for f in figures),
            "speaker": " ; ".join(speakers + sorted({q.role for q in quotes if q.role})),
            "speaker_key": ",".join(keys),
        }


class Writer:
    """Adds and removes whole articles in the index and the fact store, committing both on
    success and cancelling both on any error (which also releases Whoosh's lock).

    With `procs` > 1 Whoosh forks its indexing processes; they only build segment files from
    the documents they are sent, so forking from the reader's worker thread is safe enough."""

    def __init__(self, path: Path, bulk: bool = False, procs: int = 1) -> None:
        self.path, self.bulk, self.procs = path, bulk, procs

    def __enter__(self) -> Writer:
        opts: dict[str, Any] = {"limitmb": 256} if self.bulk else {}
        if self.procs > 1:  # big builds: Whoosh indexes in sub-processes, leaving two segments
            opts.update(procs=self.procs, limitmb=128, multisegment=True)
            global _building_in
            _building_in = os.getpid()
        try:
            ix = wix.open_dir(str(self.path), indexname=PASSAGES)
            self._w = ix.writer(timeout=10.0, compound=False, **opts)
        except LockError:
            raise IndexBusy("another icereader is updating this index") from None
        except Exception as e:
            raise IndexBroken(f"index files unreadable ({type(e).__name__})") from None
        self.facts = FactStore(self.path, bulk=self.bulk)
        self.facts.begin()
        return self

    def add(self, article: Article) -> None:
        for doc in passage_documents(article):
            self._w.add_document(**doc)
        self.facts.put(article)

    def remove(self, article_id: str) -> None:
        self._w.delete_by_term("article_id", article_id)
        self.facts.delete(article_id)

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is None:
                self.facts.commit()
                self._w.commit(merge=not self.bulk)
            else:
                self.facts.rollback()
                self._w.cancel()
        finally:
            self.facts.close()
            global _building_in
            _building_in = None


# --- reading ---------------------------------------------------------------------------------


def tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """(stemmed term, start, end) for every indexed word of `text`, as the body field sees it."""
    for t in ANALYZER(text, chars=True, positions=False):
        yield t.text, t.startchar, t.endchar


def term_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    return [(s, e) for t, s, e in tokens(text) if t in terms] if terms else []


def _hits(results: Any) -> list[dict[str, Any]]:
    return [dict(hit.fields(), _score=hit.score) for hit in results]


class _InARow(WrappingMatcher):
    """The passages of `child` (those holding every pair of a long phrase) where the phrase's
    words stand in a row: their body positions are read for those passages only."""

    def __init__(self, child: Any, words: list[Any], boost: float = 1.0) -> None:
        super().__init__(child, boost)
        self.words = words  # a body postings matcher per word, in phrase order
        self._settle()

    def _in_a_row(self, docnum: int) -> bool:
        starts: set[int] | None = None
        for i, m in enumerate(self.words):
            if m.is_active() and m.id() < docnum:
                m.skip_to(docnum)
            if not m.is_active() or m.id() != docnum:
                return False
            here = {pos - i for pos in m.value_as("positions")}
            starts = here if starts is None else starts & here
            if not starts:
                return False
        return True

    def _settle(self) -> None:
        while self.child.is_active() and not self._in_a_row(self.child.id()):
            self.child.next()

    def next(self) -> None:
        self.child.next()
        self._settle()

    def skip_to(self, id: int) -> None:
        self.child.skip_to(id)
        self._settle()

    def copy(self) -> _InARow:
        return _InARow(self.child.copy(), [m.copy() for m in self.words], self.boost)

    def replace(self, minquality: float = 0) -> Any:
        return self if self.is_active() else NullMatcher()

    def supports_block_quality(self) -> bool:
        return False


class _LongPhrase(Query):
    """A body phrase of three or more words: its pairs first, then its positions (`_InARow`)."""

    def __init__(self, words: list[str], boost: float = 1.0) -> None:
        self.words, self.boost = list(words), boost
        self.pairs = [f"{a} {b}" for a, b in zip(self.words, self.words[1:])]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _LongPhrase) and (self.words, self.boost) == (other.words, other.boost)

    def __hash__(self) -> int:
        return hash((tuple(self.words), self.boost))

    def __repr__(self) -> str:
        return f"_LongPhrase({self.words!r})"

    def is_leaf(self) -> bool:
        return True

    def terms(self, phrases: bool = True) -> Iterator[tuple[str, str]]:
        for w in self.words:
            yield "body", w

    def estimate_size(self, ixreader: Any) -> int:
        return min(ixreader.doc_frequency("pairs", p) for p in self.pairs)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        child = And([Term("pairs", p) for p in self.pairs], boost=self.boost).matcher(searcher, context)
        reader = searcher.reader()
        if not child.is_active() or any(("body", w) not in reader for w in self.words):
            return NullMatcher()
        return _InARow(child, [searcher.postings("body", w) for w in self.words])


def _by_pairs(q: Query) -> Query:
    """`q` with each body phrase looked up by its word pairs (see the module's docstring)."""
    if isinstance(q, Phrase) and q.fieldname == "body" and q.slop == 1 and len(q.words) > 1:
        if len(q.words) == 2:
            return Term("pairs", f"{q.words[0]} {q.words[1]}", boost=q.boost)
        return _LongPhrase(q.words, q.boost)
    return q.apply(_by_pairs)


EXACT_FIRST = 200  # the best matches re-ranked so those with the typed word form lead


def exact_forms(text: str) -> re.Pattern[str] | None:
    """The typed words of a query (not phrases, fields, wildcards or operators) as written, with
    their plurals: "detainer" finds "detainer" and "detainers", not "detained"."""
    text = re.sub(r'"[^"]*"?', " ", text)
    words = [w for w in re.split(r"[\s()]+", text) if w and not re.search(r"[:*?]", w)]
    forms: set[str] = set()
    for word in words:
        if word in ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE") or word.lower() in STOPS:
            continue
        w = word.lower()
        base = w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        forms |= {w, base, base + "s", base + "es"} | ({base[:-1] + "ies"} if base.endswith("y") else set())
    if not forms:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(forms))) + r")\b", re.IGNORECASE)


class Reader:
    """A searcher over one generation's passages. Not thread-safe: callers serialise."""

    def __init__(self, path: Path) -> None:
        try:
            self.ix = wix.open_dir(str(path), indexname=PASSAGES)
            self.searcher = self.ix.searcher()
        except Exception as e:  # damaged files fail in many ways (struct.error, EOFError, …)
            raise IndexBroken(f"index files unreadable ({type(e).__name__})") from None
        self.parser = QueryParser("body", self.ix.schema)

    def close(self) -> None:
        self.searcher.close()

    def parse(self, text: str) -> Query:
        try:
            q = self.parser.parse(text)
        except Exception as e:  # Whoosh's parser raises assorted errors on odd input
            raise BadQuery(f"cannot parse query ({type(e).__name__})") from None
        if q is NullQuery:
            raise BadQuery("the query has no searchable words")
        return q

    def query_terms(self, q: Query) -> set[str]:
        """Body terms the query can match, wildcards and prefixes expanded against the index."""
        try:
            found = q.existing_terms(self.searcher.reader(), phrases=True, expand=True)
        except Exception:
            found = q.all_terms()
        return {t.decode() if isinstance(t, bytes) else t for f, t in found if f in ("body", "quote", "figure")}

    def search(
        self, q: Query, limit: int, every: bool = False, forms: re.Pattern[str] | None = None
    ) -> tuple[list[dict[str, Any]], int, list[tuple[str, int]]]:
        """Top passages and the exact number of matches, counted in the same pass (Whoosh's
        block-skipping would make `len(results)` run the whole query a second time); with
        `every`, also each match's (article id, paragraph), best first, read from the id column.
        Phrases run on their pairs; among the best EXACT_FIRST, passages with a word in `forms`
        (the word forms typed) come first."""
        results = self.searcher.search(_by_pairs(q), limit=None if every else max(limit, EXACT_FIRST), optimize=False)
        ranked = list(results.top_n)
        if forms is not None:
            head = ranked[:EXACT_FIRST]
            exact = {n for _, n in head if forms.search(self.searcher.stored_fields(n)["body"])}
            ranked = sorted(head, key=lambda hit: hit[1] not in exact) + ranked[EXACT_FIRST:]
        refs: list[tuple[str, int]] = []
        if every:
            ids = self.searcher.reader().column_reader("id")
            for _score, docnum in ranked:
                article_id, _, paragraph = ids[docnum].rpartition("#")
                refs.append((article_id, int(paragraph)))
        top = [dict(self.searcher.stored_fields(n), _score=score) for score, n in ranked[:limit]]
        return top, len(results), refs

    def passages(self, refs: Iterable[tuple[str, int]]) -> list[dict[str, Any]]:
        """Stored fields of the passages `refs` (article id, paragraph), for results past the first
        page; a passage no longer in the index is left out."""
        out = []
        for article_id, paragraph in refs:
            doc = self.searcher.document(id=f"{article_id}#{paragraph}")
            if doc is not None:
                out.append(dict(doc, _score=0.0))
        return out

    def document(self, doc_id: str) -> dict[str, Any] | None:
        return self.searcher.document(id=doc_id)

    def related_by(
        self, fieldname: str, values: Iterable[str], exclude_article: str, limit: int
    ) -> list[dict[str, Any]]:
        """Passages of other articles sharing any of `values` in a keyword field. The article's
        own passages are masked out: a mask is one article's documents, a filter would be all
        the others'."""
        terms = [Term(fieldname, v) for v in values if v]
        if not terms:
            return []
        return _hits(self.searcher.search(Or(terms), limit=limit, mask=Term("article_id", exclude_article)))

    def passages_with(self, text: str) -> int:
        """In how many passages the rarest word of `text` occurs (how telling a name is)."""
        counts = [self.searcher.doc_frequency("body", t) for t, _, _ in tokens(text)]
        return min(counts) if counts else 0

    def passage_count(self) -> int:
        return self.searcher.doc_count()

    def more_like(self, doc_id: str, exclude_article: str, limit: int) -> tuple[list[dict[str, Any]], list[str]]:
        """Passages with similar wording, and the key terms that made them similar."""
        docnum = self.searcher.document_number(id=doc_id)
        if docnum is None:
            return [], []
        # The most telling words, leaving out those in more than one passage in twenty: a union
        # over common words scores most of the index (a second at 100,000 passages) and says
        # little about sameness.
        common = max(50, self.searcher.doc_count() // 20)
        key_terms = [
            (t, w)
            for t, w in self.searcher.key_terms([docnum], "body", numterms=15)
            if self.searcher.doc_frequency("body", t) <= common
        ][:8]
        if not key_terms:
            return [], []
        q = Or([Term("body", t, boost=w) for t, w in key_terms])
        hits = self.searcher.search(q, limit=limit, mask=Term("article_id", exclude_article))
        return _hits(hits), [t for t, _ in key_terms]

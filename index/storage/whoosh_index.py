"""The Whoosh index: the only module that imports Whoosh.

One document per passage (paragraph; paragraph 0 is the headline). Beside the passage's words it
indexes the quotes in it (`quote:`), who speaks them (`speaker:`), its figures (`figure:`) and
what they count, so every query, filter and related-passage lookup is one search over one index
with nothing else in its posting lists. Articles, quotes and figures themselves are read back
from the fact store, not from Whoosh's stored fields.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh import index as wix
from whoosh.analysis import STOP_WORDS, StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.index import LockError
from whoosh.qparser import QueryParser
from whoosh.query import NullQuery, Or, Query, Term

from ..errors import BadQuery, IndexBroken, IndexBusy
from ..ledger.speakers import identity
from ..model import Article, Figure, Quote
from .facts import FactStore

SCHEMA_VERSION = 12  # 12: quotes carry confidence and reason; no values field
PASSAGES = "passages"
# Whoosh's stop list plus the auxiliaries and pronouns that fill news prose: without them
# "similar wording" is explained by "had" and "been".
_NEWS_STOP = frozenset(
    """had has have having been was were would could should did does do its his her their them
    they he she who which there than also said says say into over after before about other such
    some any these those what when where while him our out up just only very most much many""".split()
)
ANALYZER = StemmingAnalyzer(stoplist=STOP_WORDS | _NEWS_STOP)


def _schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        article_id=ID(stored=True),
        paragraph=STORED(),
        body=TEXT(analyzer=ANALYZER, stored=True),
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

    def search(self, q: Query, limit: int) -> tuple[list[dict[str, Any]], int]:
        """Top passages and the exact number of matches, counted in the same pass (Whoosh's
        block-skipping would make `len(results)` run the whole query a second time)."""
        results = self.searcher.search(q, limit=limit, optimize=False)
        return _hits(results), len(results)

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

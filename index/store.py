"""The Whoosh index: the only module that imports Whoosh.

Two indexes share a generation folder. `passages` holds one document per paragraph and answers
every search and related-passage query, so its posting lists carry nothing else. `facts` holds
the articles' titles, their quotes and their figures as small documents (searchable quotes,
`speaker:` and figure values); the facts themselves are read back from the fact store, not from
Whoosh's stored fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh import index as wix
from whoosh.analysis import STOP_WORDS, StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.index import LockError
from whoosh.qparser import QueryParser
from whoosh.query import And, NullQuery, Or, Query, Term

from .facts import FactStore
from .generations import IndexBroken, IndexBusy
from .model import Article, Figure, speaker_key

SCHEMA_VERSION = 7
PASSAGES, FACTS = "passages", "facts"
# Whoosh's stop list plus the auxiliaries and pronouns that fill news prose: without them
# "similar wording" is explained by "had" and "been".
_NEWS_STOP = frozenset(
    """had has have having been was were would could should did does do its his her their them
    they he she who which there than also said says say into over after before about other such
    some any these those what when where while him our out up just only very most much many"""
    .split()
)
ANALYZER = StemmingAnalyzer(stoplist=STOP_WORDS | _NEWS_STOP)


def _passage_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        article_id=ID(stored=True),
        paragraph=STORED(), start=STORED(), title=STORED(),
        body=TEXT(analyzer=ANALYZER, stored=True),
        speaker=TEXT(stored=True),
        speaker_key=KEYWORD(stored=True, commas=True, lowercase=True),
        values=KEYWORD(stored=True),
    )


def _facts_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),
        article_id=ID(stored=True),
        paragraph=STORED(),
        body=TEXT(analyzer=ANALYZER),
        speaker=TEXT(),
        values=KEYWORD(),
    )


def create(path: Path) -> None:
    """Empty indexes and fact store in a new generation folder."""
    wix.create_in(str(path), _passage_schema(), indexname=PASSAGES)
    wix.create_in(str(path), _facts_schema(), indexname=FACTS)
    FactStore(path, bulk=True).close()


# --- documents ------------------------------------------------------------------------------


def value_key(v: float) -> str:
    return f"{v:.6g}"


def _distinctive(f: Figure) -> bool:
    """Figures that can tie two articles to one fact: not the small counts every story has."""
    return f.value is not None and (f.value > 12 or f.value != int(f.value) or f.unit is not None)


def passage_documents(article: Article) -> Iterator[dict[str, Any]]:
    by_paragraph: dict[int, tuple[set[str], set[str]]] = {p.index: (set(), set()) for p in article.passages}
    for q in article.quotes:
        if q.speaker and q.paragraph in by_paragraph:
            by_paragraph[q.paragraph][0].add(q.speaker)
    for f in article.figures:
        if _distinctive(f) and f.paragraph in by_paragraph:
            by_paragraph[f.paragraph][1].add(value_key(f.value))
    for p in article.passages:
        speakers, values = by_paragraph[p.index]
        yield {
            "id": p.id, "article_id": article.id, "paragraph": p.index, "start": p.start,
            "title": article.title, "body": p.text, "speaker": " ; ".join(sorted(speakers)),
            "speaker_key": ",".join(sorted({speaker_key(s) for s in speakers})),
            "values": " ".join(sorted(values)),
        }


def fact_documents(article: Article) -> Iterator[dict[str, Any]]:
    aid = article.id
    yield {"id": aid, "kind": "article", "article_id": aid, "paragraph": 0, "body": article.title}
    for i, q in enumerate(article.quotes):
        yield {"id": f"{aid}#q{i}", "kind": "quote", "article_id": aid, "paragraph": q.paragraph,
               "body": q.text, "speaker": " ".join(n for n in (q.speaker, q.role) if n)}
    for i, f in enumerate(article.figures):
        yield {"id": f"{aid}#f{i}", "kind": "figure", "article_id": aid, "paragraph": f.paragraph,
               "body": f"{f.text} {f.counts}", "values": value_key(f.value) if f.value is not None else ""}


class Writer:
    """Adds and removes whole articles in both indexes and the fact store, committing all three
    on success and cancelling all three on any error (which also releases Whoosh's locks)."""

    def __init__(self, path: Path, bulk: bool = False) -> None:
        self.path, self.bulk = path, bulk

    def __enter__(self) -> Writer:
        opts: dict[str, Any] = {"limitmb": 256} if self.bulk else {}
        self._writers = []
        try:
            for name in (PASSAGES, FACTS):
                ix = wix.open_dir(str(self.path), indexname=name)
                self._writers.append(ix.writer(timeout=10.0, compound=False, **opts))
        except LockError:
            self._cancel()
            raise IndexBusy("another icereader is updating this index") from None
        except Exception as e:
            self._cancel()
            raise IndexBroken(f"index files unreadable ({type(e).__name__})") from None
        self.facts = FactStore(self.path, bulk=self.bulk)
        self.facts.begin()
        return self

    def add(self, article: Article) -> None:
        passages, facts = self._writers
        for doc in passage_documents(article):
            passages.add_document(**doc)
        for doc in fact_documents(article):
            facts.add_document(**doc)
        self.facts.put(article)

    def remove(self, article_id: str) -> None:
        for w in self._writers:
            w.delete_by_term("article_id", article_id)
        self.facts.delete(article_id)

    def _cancel(self) -> None:
        for w in self._writers:
            w.cancel()

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is None:
                self.facts.commit()
                for w in self._writers:
                    w.commit(merge=not self.bulk)
            else:
                self.facts.rollback()
                self._cancel()
        finally:
            self.facts.close()


# --- reading ---------------------------------------------------------------------------------


def tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """(stemmed term, start, end) for every indexed word of `text`, as the body field sees it."""
    for t in ANALYZER(text, chars=True, positions=False):
        yield t.text, t.startchar, t.endchar


def term_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    return [(s, e) for t, s, e in tokens(text) if t in terms] if terms else []


class BadQuery(ValueError):
    """The query cannot be understood; the message says why, in one line."""


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
        return {t.decode() if isinstance(t, bytes) else t for f, t in found if f == "body"}

    def search(self, q: Query, limit: int) -> tuple[list[dict[str, Any]], int]:
        """Top passages and the exact number of matches, counted in the same pass (Whoosh's
        block-skipping would make `len(results)` run the whole query a second time)."""
        results = self.searcher.search(q, limit=limit, optimize=False)
        return _hits(results), len(results)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        return self.searcher.document(id=doc_id)

    def related_by(self, fieldname: str, values: Iterable[str], exclude_article: str, limit: int) -> list[dict[str, Any]]:
        """Passages of other articles sharing any of `values` in a keyword field. The article's
        own passages are masked out: a mask is one article's documents, a filter would be all
        the others'."""
        terms = [Term(fieldname, v) for v in values if v]
        if not terms:
            return []
        return _hits(self.searcher.search(Or(terms), limit=limit, mask=Term("article_id", exclude_article)))

    def more_like(self, doc_id: str, exclude_article: str, limit: int) -> tuple[list[dict[str, Any]], list[str]]:
        """Passages with similar wording, and the key terms that made them similar."""
        docnum = self.searcher.document_number(id=doc_id)
        if docnum is None:
            return [], []
        key_terms = self.searcher.key_terms([docnum], "body", numterms=15)
        if not key_terms:
            return [], []
        q = Or([Term("body", t, boost=w) for t, w in key_terms])
        hits = self.searcher.search(q, limit=limit, mask=Term("article_id", exclude_article))
        return _hits(hits), [t for t, _ in key_terms]


def search_facts(path: Path, text: str, kind: str, limit: int) -> list[dict[str, Any]]:
    """Quotes (or figures, or titles) matching `text`, for the command line."""
    ix = wix.open_dir(str(path), indexname=FACTS)
    with ix.searcher() as searcher:
        try:
            q = QueryParser("body", ix.schema).parse(text)
        except Exception as e:
            raise BadQuery(f"cannot parse query ({type(e).__name__})") from None
        if q is NullQuery:
            raise BadQuery("the query has no searchable words")
        return _hits(searcher.search(And([q, Term("kind", kind)]), limit=limit))

"""The on-disk index: the only module that imports Whoosh.

Layout of one corpus's index folder (`base`):
    CURRENT            name of the live generation, replaced atomically
    lock               held while a process writes to this corpus's index
    g<time>-<rand>/    a generation: Whoosh segments plus manifest.json

A full build writes a new generation beside the live one and swaps `CURRENT`, so a build killed
half-way leaves the previous index untouched. Incremental updates commit into the live generation
(Whoosh commits are atomic) and then rewrite the manifest; a crash between the two only means the
same files are re-indexed next time.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as wix
from whoosh.analysis import STOP_WORDS, StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.index import LockError
from whoosh.qparser import MultifieldParser
from whoosh.query import NullQuery, Query, Term

from .model import Article, Figure, speaker_key

SCHEMA_VERSION = 6
# Whoosh's stop list plus the auxiliaries and pronouns that fill news prose: without them
# "similar wording" is explained by "had" and "been".
_NEWS_STOP = frozenset(
    """had has have having been was were would could should did does do its his her their them
    they he she who which there than also said says say into over after before about other such
    some any these those what when where while him our out up just only very most much many"""
    .split()
)
ANALYZER = StemmingAnalyzer(stoplist=STOP_WORDS | _NEWS_STOP)


def schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),
        article_id=ID(stored=True),
        paragraph=NUMERIC(stored=True),
        start=STORED(),
        title=TEXT(analyzer=ANALYZER, stored=True, field_boost=1.5),
        body=TEXT(analyzer=ANALYZER, stored=True, chars=True),
        speaker=TEXT(stored=True),
        speaker_key=KEYWORD(stored=True, commas=True, lowercase=True),
        values=KEYWORD(stored=True),
        payload=STORED(),
    )


class IndexBroken(Exception):
    """The index on disk cannot be opened; it will be rebuilt."""


class IndexBusy(Exception):
    """Another process is writing this index."""


# --- files and generations --------------------------------------------------------------------


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


@dataclass(slots=True)
class Generation:
    path: Path
    manifest: dict[str, Any]

    def write_manifest(self) -> None:
        _atomic_write(self.path / "manifest.json", json.dumps(self.manifest, sort_keys=True))


def current(base: Path) -> Generation | None:
    """The live generation, or None when there is none yet. Raises IndexBroken when the pointer
    or manifest is damaged or the Whoosh files cannot be opened."""
    pointer = base / "CURRENT"
    if not pointer.exists():
        return None
    name = pointer.read_text(encoding="utf-8", errors="replace").strip()
    gen = base / name
    if not name or "/" in name or not gen.is_dir():
        raise IndexBroken(f"index pointer names a missing generation: {name!r}")
    try:
        manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IndexBroken(f"index manifest unreadable: {e}") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise IndexBroken("index manifest has no file list")
    return Generation(gen, manifest)


def new_generation(base: Path) -> Path:
    """A fresh, empty generation to build into. Call with the write lock held: any other
    unfinished build in `base` then belongs to a process that died, and is removed."""
    base.mkdir(parents=True, exist_ok=True)
    for old in base.glob("g*.building"):
        shutil.rmtree(old, ignore_errors=True)
    path = base / f"g{time.time_ns()}-{uuid.uuid4().hex[:6]}.building"
    path.mkdir()
    wix.create_in(str(path), schema())
    return path


def publish(base: Path, building: Path, manifest: dict[str, Any]) -> Generation:
    """Make a finished build the live generation and remove generations older than the last one
    (the previous stays: another process may still be reading it)."""
    final = building.with_name(building.name.removesuffix(".building"))
    os.replace(building, final)
    gen = Generation(final, manifest)
    gen.write_manifest()
    previous = (base / "CURRENT").read_text().strip() if (base / "CURRENT").exists() else None
    _atomic_write(base / "CURRENT", final.name)
    for old in base.iterdir():
        if old.is_dir() and old.name not in (final.name, previous) and old.name.startswith("g"):
            shutil.rmtree(old, ignore_errors=True)
    return gen


def discard(building: Path) -> None:
    shutil.rmtree(building, ignore_errors=True)


@contextmanager
def write_lock(base: Path, wait: float, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """One writer per corpus index across processes (the kernel drops the lock if the holder
    dies); calls `on_wait` once if another process holds it, raises IndexBusy after `wait` s."""
    import fcntl

    base.mkdir(parents=True, exist_ok=True)
    with open(base / "lock", "a+") as fh:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if on_wait:
                    on_wait()
                    on_wait = None
                if time.monotonic() >= deadline:
                    raise IndexBusy("another icereader is updating this index") from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# --- documents ------------------------------------------------------------------------------


def value_key(v: float) -> str:
    return f"{v:.6g}"


def _distinctive(f: Figure) -> bool:
    """Figures that can tie two articles to one fact: not the small counts every story has."""
    return f.value is not None and (f.value > 12 or f.value != int(f.value) or f.unit is not None)




def article_documents(article: Article) -> Iterator[dict[str, Any]]:
    """The Whoosh documents of one article: the article, its passages, quotes and figures."""
    aid = article.id
    yield {
        "id": aid, "kind": "article", "article_id": aid, "title": article.title,
        "payload": json.dumps(asdict(article.meta)),
    }
    yield {"id": f"{aid}@content", "kind": "content", "article_id": aid, "payload": json.dumps(article.to_dict())}
    for p in article.passages:
        quotes = [q for q in article.quotes if q.paragraph == p.index and q.speaker]
        values = {value_key(f.value) for f in article.figures if f.paragraph == p.index and _distinctive(f)}
        yield {
            "id": p.id, "kind": "passage", "article_id": aid, "paragraph": p.index,
            "start": p.start, "title": article.title, "body": p.text,
            "speaker": " ; ".join(sorted({q.speaker for q in quotes})),
            "speaker_key": ",".join(sorted({speaker_key(q.speaker) for q in quotes})),
            "values": " ".join(sorted(values)),
        }
    for i, q in enumerate(article.quotes):
        yield {
            "id": f"{aid}#q{i}", "kind": "quote", "article_id": aid, "paragraph": q.paragraph,
            "start": q.start, "title": article.title, "body": q.text,
            "speaker": " ; ".join(n for n in (q.speaker, q.speaker_surface, q.role) if n),
            "speaker_key": speaker_key(q.speaker or ""),
            "payload": json.dumps(asdict(q)),
        }
    for i, f in enumerate(article.figures):
        yield {
            "id": f"{aid}#f{i}", "kind": "figure", "article_id": aid, "paragraph": f.paragraph,
            "start": f.start, "title": article.title, "body": f"{f.text} {f.counts}",
            "values": value_key(f.value) if f.value is not None else "",
            "payload": json.dumps(asdict(f)),
        }


@dataclass(slots=True)
class Writer:
    """Adds and removes whole articles; cancel() on any error releases Whoosh's lock."""

    path: Path
    bulk: bool = False
    _w: Any = field(default=None, init=False)

    def __enter__(self) -> Writer:
        ix = wix.open_dir(str(self.path))
        opts = {"limitmb": 256} if self.bulk else {}
        try:
            self._w = ix.writer(timeout=10.0, **opts)
        except LockError:
            raise IndexBusy("another icereader is updating this index") from None
        return self

    def add(self, article: Article) -> None:
        for doc in article_documents(article):
            self._w.add_document(**doc)

    def remove(self, article_id: str) -> None:
        self._w.delete_by_term("article_id", article_id)

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self._w.commit(merge=not self.bulk)
        else:
            self._w.cancel()


# --- reading ---------------------------------------------------------------------------------


def tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """(stemmed term, start, end) for every indexed word of `text`, as the body field sees it."""
    for t in ANALYZER(text, chars=True, positions=False):
        yield t.text, t.startchar, t.endchar


def term_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    return [(s, e) for t, s, e in tokens(text) if t in terms] if terms else []


class BadQuery(ValueError):
    """The query cannot be understood; the message says why, in one line."""


class Reader:
    """A searcher over one generation. Not thread-safe: the engine serialises calls."""

    def __init__(self, path: Path) -> None:
        try:
            self.ix = wix.open_dir(str(path))
            self.searcher = self.ix.searcher()
        except Exception as e:  # damaged files fail in many ways (struct.error, EOFError, …)
            raise IndexBroken(f"index files unreadable ({type(e).__name__})") from None
        self.parser = MultifieldParser(["body", "title"], self.ix.schema, fieldboosts={"body": 1.0, "title": 0.5})

    def check(self) -> None:
        """Read a little of every segment, so damage is found now rather than mid-query."""
        try:
            self.searcher.doc_count_all()
            next(iter(self.searcher.documents(kind="article")), None)
        except Exception as e:
            raise IndexBroken(f"index files unreadable ({type(e).__name__})") from None

    def close(self) -> None:
        self.searcher.close()

    def refresh(self) -> None:
        self.searcher = self.searcher.refresh()

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
        return {t.decode() if isinstance(t, bytes) else t for f, t in found if f in ("body", "title")}

    def search(self, q: Query, kind: str, limit: int) -> tuple[list[dict[str, Any]], int]:
        results = self.searcher.search(q, limit=limit, filter=Term("kind", kind))
        return [dict(hit.fields(), _score=hit.score) for hit in results], len(results)

    def documents(self, **terms: str) -> Iterator[dict[str, Any]]:
        return self.searcher.documents(**terms)

    def document(self, **terms: str) -> dict[str, Any] | None:
        return self.searcher.document(**terms)

    def related_by(self, fieldname: str, values: Iterable[str], exclude_article: str, limit: int) -> list[dict[str, Any]]:
        """Passages of other articles sharing any of `values` in a keyword field."""
        from whoosh.query import And, Not, Or

        values = [v for v in values if v]
        if not values:
            return []
        q = And([Term("kind", "passage"), Or([Term(fieldname, v) for v in values]),
                 Not(Term("article_id", exclude_article))])
        return [dict(h.fields(), _score=h.score) for h in self.searcher.search(q, limit=limit)]

    def more_like(self, doc_id: str, exclude_article: str, limit: int) -> tuple[list[dict[str, Any]], list[str]]:
        """Passages with similar wording, and the key terms that made them similar."""
        from whoosh.query import And, Not

        docnum = self.searcher.document_number(id=doc_id)
        if docnum is None:
            return [], []
        flt = And([Term("kind", "passage"), Not(Term("article_id", exclude_article))])
        hits = self.searcher.more_like(docnum, "body", top=limit, numterms=15, filter=flt)
        terms = [t for t, _ in self.searcher.key_terms([docnum], "body", numterms=15)]
        return [dict(h.fields(), _score=h.score) for h in hits], terms


"""The engine's facade: what the reader and the command line call.

`Engine(corpus)` is cheap and imports no Whoosh; `sync()` brings the index up to date (the slow
part, run in a worker by the reader); every query after that goes through one searcher, guarded
by a lock because Whoosh searchers are not thread-safe.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .corpus import resolve_root
from .model import Article, ArticleMeta, Figure, Quote, Related, SearchResult, Speaker

if TYPE_CHECKING:
    from .ledger import FigureGroup
    from .store import Reader
    from .sync import Progress, SyncReport


class IndexLocationError(Exception):
    """The index folder cannot be created or written."""


def default_index_root() -> Path:
    env = os.environ.get("ICEREADER_INDEX_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("icereader")) / "indexes"


def index_base(root: Path, index_dir: str | os.PathLike[str] | None = None) -> Path:
    """One index folder per corpus, named after the corpus folder and a hash of its path."""
    parent = Path(index_dir).expanduser() if index_dir else default_index_root()
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", root.name).strip("-")[:40] or "corpus"
    return parent / f"{slug}-{hashlib.blake2b(str(root).encode(), digest_size=6).hexdigest()}"


class Engine:
    def __init__(self, corpus: str | os.PathLike[str] | None = None, index_dir: str | os.PathLike[str] | None = None) -> None:
        self.root = resolve_root(corpus)
        self.base = index_base(self.root, index_dir)
        self._lock = threading.RLock()
        self._reader: Reader | None = None
        self._speakers: list[Speaker] | None = None
        self._quotes: list[Quote] | None = None
        self._groups: list[FigureGroup] | None = None

    # --- index lifecycle -----------------------------------------------------------------------

    def sync(self, *, rebuild: bool = False, progress: Progress | None = None,
             cancel: Callable[[], bool] | None = None, wait: float = 30.0) -> SyncReport:
        """Build or update the index, then (re)open it for queries."""
        from . import store
        from .sync import sync

        self._check_writable()
        try:
            report = sync(self.root, self.base, rebuild=rebuild, progress=progress, cancel=cancel, wait=wait)
        except store.IndexBusy:
            if store_current_exists(self.base):
                self.reopen()
            raise
        self.reopen()
        return report

    def _check_writable(self) -> None:
        try:
            self.base.mkdir(parents=True, exist_ok=True)
            probe = self.base / f".probe-{os.getpid()}"
            probe.write_text("")
            probe.unlink()
        except OSError as e:
            raise IndexLocationError(
                f"cannot write the index in {self.base.parent} ({e.strerror or e}); "
                "choose another folder with --index-dir DIR or ICEREADER_INDEX_DIR"
            ) from None

    def reopen(self) -> None:
        from . import store

        with self._lock:
            gen = store.current(self.base)
            if gen is None:
                raise store.IndexBroken("no index has been built yet")
            if self._reader is not None:
                self._reader.close()
            self._reader = store.Reader(gen.path)
            self._speakers = self._quotes = self._groups = None

    def close(self) -> None:
        with self._lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None

    @property
    def reader(self) -> Reader:
        if self._reader is None:
            self.reopen()
        assert self._reader is not None
        return self._reader

    # --- articles --------------------------------------------------------------------------------

    def articles(self) -> list[ArticleMeta]:
        with self._lock:
            metas = [ArticleMeta(**json.loads(d["payload"])) for d in self.reader.documents(kind="article")]
        return sorted(metas, key=lambda m: m.path)

    def article(self, article_id: str) -> Article | None:
        with self._lock:
            doc = self.reader.document(id=f"{article_id}@content")
        return Article.from_dict(json.loads(doc["payload"])) if doc else None

    # --- queries -------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> SearchResult:
        from .search import search

        with self._lock:
            return search(self.reader, query, limit)

    def query_terms(self, query: str) -> set[str]:
        from .search import query_terms

        with self._lock:
            return query_terms(self.reader, query)

    def highlights(self, text: str, query: str) -> list[tuple[int, int]]:
        """Spans of `text` (an article) matching `query`, for n/N in the reader."""
        from .store import term_spans

        return term_spans(text, self.query_terms(query))

    def related(self, article_id: str, paragraph: int, limit: int = 10) -> list[Related]:
        from .search import related

        with self._lock:
            return related(self.reader, article_id, paragraph, limit)

    # --- the ledger: speakers, quotes, figures across the corpus ---------------------------------

    def _load_quotes(self) -> tuple[list[Quote], list[Speaker]]:
        from .ledger import speaker_organisation
        from .speakers import merge_speakers

        with self._lock:
            if self._quotes is None or self._speakers is None:
                quotes = [Quote(**json.loads(d["payload"])) for d in self.reader.documents(kind="quote")]
                quotes.sort(key=lambda q: (q.article_id, q.start))
                speakers = merge_speakers(quotes)
                for s in speakers:
                    s.organisation = speaker_organisation(s)
                self._speakers, self._quotes = speakers, quotes
            return self._quotes, self._speakers

    def speakers(self) -> list[Speaker]:
        return self._load_quotes()[1]

    def speaker_slots(self, slots: int) -> dict[str, int]:
        """Colour slots per speaker name: consistent across the corpus, distinct within an article."""
        from .ledger import colour_slots

        return colour_slots(self.speakers(), slots)

    def find_speaker(self, name: str) -> Speaker | None:
        """The speaker best matching what a user typed: id, full name, alias or last name."""
        want = " ".join(name.lower().split())
        speakers = self.speakers()
        for test in (
            lambda s: s.id == want or s.name.lower() == want,
            lambda s: any(a.lower() == want for a in s.aliases),
            lambda s: want in s.name.lower().split() or any(want in a.lower().split() for a in s.aliases),
            lambda s: len(want) >= 3 and any(w.startswith(want) for w in s.name.lower().split()),
        ):
            matches = [s for s in speakers if test(s)]
            if matches:
                return max(matches, key=lambda s: s.quote_count)
        return None

    def quotes(self, speaker: str | None = None) -> list[Quote]:
        quotes, _ = self._load_quotes()
        if speaker is None:
            return list(quotes)
        found = self.find_speaker(speaker)
        return [q for q in quotes if found and q.speaker_id == found.id]

    def figures(self) -> list[Figure]:
        with self._lock:
            figures = [Figure(**json.loads(d["payload"])) for d in self.reader.documents(kind="figure")]
        return sorted(figures, key=lambda f: (f.article_id, f.start))

    def figure_groups(self) -> list[FigureGroup]:
        """Figures that count the same thing across the corpus, with agreement verdicts."""
        from .ledger import group_figures

        with self._lock:
            if self._groups is None:
                self._groups = group_figures(self.figures(), {m.id: m.title for m in self.articles()})
            return self._groups


def store_current_exists(base: Path) -> bool:
    return (base / "CURRENT").exists()

"""The engine's facade: what the reader and the command line call.

`Engine(corpus)` is cheap and imports no Whoosh; `sync()` brings the index up to date (the slow
part, run in a worker by the reader). Queries then use two Whoosh searchers, one for searches
and one for related passages, each behind its own lock (searchers are not thread-safe), so a
slow related-passages query never holds up the search box; articles, quotes and figures come
from the fact store. Before `sync()`, `last_articles()` reads the last index's fact store alone
(SQLite, no Whoosh), so the reader lists the articles while the folder is checked.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import IndexBroken, IndexBusy, IndexLocationError
from .model import Article, ArticleMeta, Figure, Quote, Related, SearchHit, SearchResult, Speaker
from .sync.scan import bundled_corpus, resolve_root
from .text.formats import SUFFIXES

READABLE = ", ".join(SUFFIXES)  # the kinds of file read; the folder's others are passed over, unlisted

if TYPE_CHECKING:
    from .model import FigureGroup, Progress, SyncReport
    from .storage.facts import FactStore
    from .storage.whoosh_index import Reader


def read_article(path: str | os.PathLike[str]) -> Article:
    """One file read, cleaned and extracted, without an index (`icereader extract`); raises
    `UnreadableFile` with the reason it is no article."""
    from .sync.ingest import article_from_bytes
    from .text.decode import read_bytes

    name = os.fspath(path)
    return article_from_bytes(read_bytes(Path(name)), name, name)


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


class _Guarded:
    """A Whoosh reader and the lock every use of it takes."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.lock = threading.Lock()


class Engine:
    def __init__(
        self, corpus: str | os.PathLike[str] | None = None, index_dir: str | os.PathLike[str] | None = None
    ) -> None:
        self.root = resolve_root(corpus)
        self.base = index_base(self.root, index_dir)
        self._lock = threading.RLock()  # guards opening and closing
        self._ledger_lock = threading.Lock()  # guards the corpus-wide caches (slow to fill)
        self._search: _Guarded | None = None
        self._related: _Guarded | None = None
        self._facts: FactStore | None = None
        self._ledger: dict[str, Any] = {}  # speakers, quotes, figure groups of `_ledger_of`
        self._ledger_of: FactStore | None = None
        self._title_map: dict[str, str] | None = None
        self._opened: tuple[str, int] | None = None

    @property
    def is_bundled(self) -> bool:
        """Whether this is the corpus shipped with the package (the reader says so by name)."""
        return self.root == bundled_corpus()

    # --- index lifecycle -----------------------------------------------------------------------

    def sync(
        self,
        *,
        rebuild: bool = False,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
        wait: float = 30.0,
    ) -> SyncReport:
        """Build or update the index, then (re)open it for queries. Index files that turn out
        damaged when opened are rebuilt once, and the report says so."""
        from .sync.update import sync

        self._check_writable()
        try:
            report = sync(self.root, self.base, rebuild=rebuild, progress=progress, cancel=cancel, wait=wait)
        except IndexBusy:
            if (self.base / "CURRENT").exists():
                self.reopen()
            raise
        if report.up_to_date and self._search is not None and self._opened == self._signature():
            return report  # the open searchers already show this index
        try:
            self.reopen()
        except IndexBroken as e:
            report = sync(
                self.root,
                self.base,
                rebuild=True,
                progress=progress,
                cancel=cancel,
                wait=wait,
                reason=f"{e}; rebuilding",
            )
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

    def _signature(self) -> tuple[str, int] | None:
        """Which generation is live and when its manifest last changed: if another process
        rebuilt or updated the index, the searchers must be reopened."""
        try:
            name = (self.base / "CURRENT").read_text().strip()
            return name, (self.base / name / "manifest.json").stat().st_mtime_ns
        except OSError:
            return None

    def reopen(self) -> None:
        """Open the live generation (after a sync, or to read the last good index)."""
        from .storage import generations, whoosh_index
        from .storage.facts import FactStore

        with self._lock:
            signature = self._signature()  # before opening: a write after this reopens next time
            gen = generations.current(self.base)
            if gen is None:
                raise IndexBroken("no index has been built yet")
            search, related = whoosh_index.Reader(gen.path), whoosh_index.Reader(gen.path)
            # The store `last_articles()` opened is kept when it shows this very index: closing it
            # under the reader's first article load would fail that load.
            keep = self._facts if self._search is None and self._opened == signature else None
            try:
                facts = keep or FactStore(gen.path, snapshot=True)
            except Exception as e:
                search.close()
                related.close()
                raise IndexBroken(f"fact store unreadable ({type(e).__name__})") from None
            if keep is not None:
                self._facts = None  # not closed with the rest
            self.close()
            self._search, self._related, self._facts = _Guarded(search), _Guarded(related), facts
            self._opened = signature

    def close(self) -> None:
        with self._lock:
            for guarded in (self._search, self._related):
                if guarded is not None:
                    with guarded.lock:
                        guarded.reader.close()
            if self._facts is not None:
                self._facts.close()
            self._search = self._related = self._facts = None
            self._title_map = None

    def _open(self) -> tuple[_Guarded, _Guarded, FactStore]:
        with self._lock:
            if self._search is None:
                self.reopen()
            assert self._search and self._related and self._facts
            return self._search, self._related, self._facts

    def _fact_store(self) -> FactStore:
        """The open fact store: the one `last_articles()` opened alone, or the index's."""
        with self._lock:
            return self._facts if self._facts is not None else self._open()[2]

    # --- articles --------------------------------------------------------------------------------

    def last_articles(self) -> list[ArticleMeta] | None:
        """The articles of the last built index, read from its fact store without opening Whoosh
        or looking at the corpus folder (None when there is no index yet): what the reader shows
        at once while `sync()` checks the folder. After a sync, the same as `articles()`."""
        from .storage import generations
        from .storage.facts import FactStore

        with self._lock:
            if self._facts is None:
                try:
                    path = generations.live(self.base)
                    if path is None:
                        return None  # none yet
                    facts = FactStore(path, snapshot=True)
                except Exception:
                    return None  # damaged: the sync rebuilds it
                if not self._current_schema(facts, path):
                    facts.close()
                    return None  # written by another version: the sync rebuilds it
                self._facts = facts
                self._opened = self._signature()
            facts = self._facts
        return facts.articles()

    def _current_schema(self, facts: FactStore, path: Path) -> bool:
        """Whether the store at `path` was written with this version's schema: it says so itself,
        or (written before stores recorded it) the generation's manifest does."""
        from .storage import generations

        recorded = facts.schema()
        if recorded is not None:
            return recorded == generations.SCHEMA_VERSION
        try:
            gen = generations.current(self.base)
        except IndexBroken:
            return False
        return gen is not None and gen.path == path and gen.manifest.get("schema") == generations.SCHEMA_VERSION

    def articles(self) -> list[ArticleMeta]:
        return self._fact_store().articles()

    def _titles(self) -> dict[str, str]:
        facts = self._fact_store()
        with self._lock:
            if self._title_map is None:
                self._title_map = facts.titles()
            return self._title_map

    def article(self, article_id: str) -> Article | None:
        return self._fact_store().article(article_id)

    # --- queries -------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20, every: bool = False) -> SearchResult:
        """The best `limit` passages and how many match; `every`: also every match's place
        (article id, paragraph), best first, for listing and walking them all."""
        from .query.search import search

        guarded = self._open()[0]
        titles = self._titles()
        with guarded.lock:
            return search(guarded.reader, query, titles, limit, every)

    def passages(self, refs: list[tuple[str, int]], terms: Iterable[str]) -> list[SearchHit]:
        """Search hits for the places `refs` of a result's `matches` (its text, `terms` marked)."""
        from .query.search import passages

        guarded = self._open()[0]
        titles = self._titles()
        with guarded.lock:
            return passages(guarded.reader, refs, terms, titles)

    @staticmethod
    def term_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
        """Spans of `text` (an article) holding a search's terms (`SearchResult.terms`), for n/N
        in the reader: the query is not parsed again."""
        from .storage.whoosh_index import term_spans

        return term_spans(text, set(terms))

    def related(self, article_id: str, paragraph: int, limit: int = 10) -> list[Related]:
        """Passages of other articles about the same thing: the same fact (through the figure
        ledger), the same speaker, the same event; each with its reasons."""
        from .query.related import facts_by_passage, related

        groups = self.figure_groups()  # first: the ledger may take a while, the reader must not wait closed
        facts = self._cached("facts_by_passage", lambda _: facts_by_passage(groups))
        guarded = self._open()[1]
        titles = self._titles()
        with guarded.lock:
            return related(guarded.reader, article_id, paragraph, titles, facts, limit)

    # --- the ledger: speakers, quotes, figures across the corpus ---------------------------------

    def _cached(self, key: str, compute: Callable[[FactStore], Any]) -> Any:
        """A corpus-wide view, computed once per opened index. Its own lock: filling it takes
        a second at 10,000 articles and must not hold up searches or related passages."""
        facts = self._fact_store()
        with self._ledger_lock:
            if self._ledger_of is not facts:
                self._ledger, self._ledger_of = {}, facts
            if key not in self._ledger:
                self._ledger[key] = compute(facts)
            return self._ledger[key]

    def _load_quotes(self) -> tuple[list[Quote], list[Speaker]]:
        return self._cached("quotes", _quotes_and_speakers)

    def speakers(self) -> list[Speaker]:
        """Every speaker, most quoted first: a new list each call (the cached one stays whole)."""
        return list(self._load_quotes()[1])

    def speaker_slots(self, slots: int) -> dict[str, int]:
        """Colour slots per speaker name: consistent across the corpus, distinct within an article."""
        from .ledger.colours import colour_slots

        return colour_slots(self.speakers(), slots)

    def find_speakers(self, name: str) -> list[Speaker]:
        """Every speaker matching what a user typed as well as the best match does (id or full
        name, then alias, then a word of the name, then a prefix), most quoted first: "clinton"
        can be Hillary, Bill and Chelsea Clinton, and the caller must not silently pick one."""
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
                return sorted(matches, key=lambda s: -s.quote_count)
        return []

    def find_speaker(self, name: str) -> Speaker | None:
        """The most quoted of the speakers matching what a user typed (`find_speakers`)."""
        found = self.find_speakers(name)
        return found[0] if found else None

    def quotes(self, speaker: str | Speaker | None = None) -> list[Quote]:
        """Every quote, or one speaker's (a Speaker, or a name resolved by `find_speaker`)."""
        quotes, _ = self._load_quotes()
        if speaker is None:
            return list(quotes)
        found = self.find_speaker(speaker) if isinstance(speaker, str) else speaker
        return list(self._cached("by_speaker", lambda _: _by_speaker(quotes)).get(found.id, [])) if found else []

    def figures(self) -> list[Figure]:
        return self._fact_store().figures()

    def figure_groups(self) -> list[FigureGroup]:
        """The corpus's facts: figures that count the same thing, with agreement verdicts; a new
        list each call, so a caller that sorts or filters it leaves the cached ledger whole."""
        return list(self._cached("groups", _figure_groups))


def _quotes_and_speakers(facts: FactStore) -> tuple[list[Quote], list[Speaker]]:
    """Every quote, with speakers merged across the corpus (merging sets each quote's speaker_id)."""
    from .ledger.speakers import merge_speakers, speaker_organisation

    quotes = facts.quotes()
    speakers = merge_speakers(quotes)
    for s in speakers:
        s.organisation = speaker_organisation(s)
    return quotes, speakers


def _figure_groups(facts: FactStore) -> list[FigureGroup]:
    """The figure ledger over the whole fact store; article texts are read only for the few
    possible conflicts, whose notes quote each side's sentence."""
    from .ledger.figures import group_figures

    metas = {m.id: m for m in facts.articles()}
    return group_figures(facts.figures(), metas, lambda article_id: facts.texts([article_id]).get(article_id, ""))


def _by_speaker(quotes: list[Quote]) -> dict[str, list[Quote]]:
    """Quotes per speaker id, in corpus order: the speakers view lists them on every key press."""
    grouped: dict[str, list[Quote]] = {}
    for q in quotes:
        if q.speaker_id:
            grouped.setdefault(q.speaker_id, []).append(q)
    return grouped

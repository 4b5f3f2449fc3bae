"""`/`: search the corpus as you type; every match is listed (the text of those past the first page
is fetched as they scroll into view); Enter opens the article at the passage, terms marked, and
`n` walks on through every hit of every article; `c` copies the passage as a citation.

Two steps per query: the best page and the count first (the quick query), then the place of every
match (scoring them all takes two to four times as long at 100,000 passages), which extends the
list under the user's eyes without moving the highlight."""

from __future__ import annotations

import time

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label
from textual.worker import get_current_worker

from ...index.engine import Engine
from ...index.model import SearchHit, SearchResult
from .. import cite
from ..appref import reader_app
from ..messages import Location
from ..text import paragraph_label, plural
from ..walk import Walk
from ..widgets.footer import KeyFooter
from ..widgets.passage import HIT
from ..widgets.virtual_list import VirtualList

DEBOUNCE = 0.15
FIRST_PAGE = 50  # hits that come with their text at once; the rest as the list scrolls
PAGE = 40
SNIPPET_LINES = 2
LEAD = 60  # characters kept before the first match when a passage is cut to show it

Ref = tuple[str, int]


def snippet(hit: SearchHit) -> Content:
    """The passage from a little before its first match, the matches marked."""
    text, spans = hit.text, hit.highlights
    cut = 0
    if spans and spans[0][0] > LEAD:
        cut = text.rfind(" ", 0, spans[0][0] - LEAD) + 1
    body = Content(("…" if cut else "") + text[cut:])
    shift = 1 if cut else 0
    for s, e in spans:
        if s >= cut:
            body = body.stylize(HIT, s - cut + shift, e - cut + shift)
    return body


class SearchScreen(ModalScreen[Location | None]):
    AUTO_FOCUS = "#query"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close"),
        Binding("down", "focus_results", "Results", show=False),
        Binding("c", "cite", "Copy citation"),
    ]

    def __init__(self, engine: Engine, query: str = "") -> None:
        super().__init__()
        self.engine = engine
        self.initial = query
        self.result: SearchResult | None = None
        self.refs: list[Ref] = []
        self.loaded: dict[Ref, SearchHit] = {}
        self._pages: set[int] = set()  # pages asked for, so scrolling asks once
        self._pending: int | None = None  # Enter came before every match was listed: open this one then

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(
                self.initial, placeholder='Search: words, "a phrase", speaker:homan, immig*, a OR b', id="query"
            )
            yield Label("", id="search-count", markup=False)
            yield VirtualList(1 + SNIPPET_LINES, id="results")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#search-box").border_title = "Search the corpus · ? for the query syntax"
        self.set_focus(self.query_one("#query"))  # now, not later: `/homan` typed fast must land here
        self.watch(self.app, "index_ready", self._index_ready, init=False)
        if self.initial:
            self.run_search(self.initial)

    def _index_ready(self, ready: bool) -> None:
        """Opened while the index was being built: search what was typed meanwhile."""
        if ready and (text := self.query_one("#query", Input).value).strip():
            self.run_search(text, debounce=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cite":  # a key only in the list: in the box, c is a letter
            return self.focused is self.query_one("#results") and bool(self.refs)
        return True

    @on(Input.Changed, "#query")
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, text: str, debounce: bool = True) -> None:
        """Debounced: a newer keystroke cancels this worker before it queries the index."""
        if debounce:
            time.sleep(DEBOUNCE)
        if get_current_worker().is_cancelled:
            return
        if not text.strip():
            self.app.call_from_thread(self._show, None)
            return
        if not reader_app(self).index_ready:  # _index_ready searches once it is
            self.app.call_from_thread(self._waiting)
            return
        first = self.engine.search(text, limit=FIRST_PAGE)
        if get_current_worker().is_cancelled:
            return
        if first.total <= len(first.hits):  # the page is every match
            first.matches = [(h.article_id, h.paragraph) for h in first.hits]
            self.app.call_from_thread(self._show, first)
            return
        self.app.call_from_thread(self._show, first)
        every = self.engine.search(text, limit=FIRST_PAGE, every=True)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, every)

    def _waiting(self) -> None:
        if self in self.app.screen_stack:
            self.query_one("#search-count", Label).update(
                "The index is still being built: the search runs when it is ready…"
            )

    @property
    def complete(self) -> bool:
        """Whether every match is listed (else the first page is, and the rest is on its way)."""
        return self.result is not None and len(self.refs) == self.result.total

    def _show(self, result: SearchResult | None) -> None:
        if self not in self.app.screen_stack:
            return  # closed while the worker ran
        results = self.query_one("#results", VirtualList)
        count = self.query_one("#search-count", Label)
        extends = result is not None and self.result is not None and result.query == self.result.query
        highlighted = results.highlighted
        self.result = result
        self.refs = list(result.matches or ((h.article_id, h.paragraph) for h in result.hits)) if result else []
        self.loaded = {(h.article_id, h.paragraph): h for h in result.hits} if result else {}
        self._pages = {0}
        results.set_items(range(len(self.refs)), self._lines)
        if extends and highlighted is not None and highlighted < len(self.refs):
            results.highlighted = highlighted  # the same first page, now followed by the rest
        self.refresh_bindings()
        if result is None:
            count.update("")
            return
        if self._pending is not None and self.complete:
            index, self._pending = self._pending, None
            if index < len(self.refs):
                self._open(index)
                return
        if self.refs:
            matches = plural(result.total, "passage matches", "passages match")
            where = (
                f"in {plural(len({a for a, _ in self.refs}), 'article')}" if self.complete else "(listing them all…)"
            )
            count.update(f"{matches} {where} · ↓ to browse, Enter to open, n walks every hit")
        else:
            count.update(result.message or "no passages match")

    def _lines(self, index: int, width: int) -> list[Content]:
        ref = self.refs[index]
        hit = self.loaded.get(ref)
        meta = reader_app(self).meta(ref[0])
        title = meta.title if meta else hit.article_title if hit else ref[0]
        where = [b for b in (meta.outlet, meta.date) if b] if meta else []
        tail = " · " + " · ".join([*where, paragraph_label(ref[1])])
        room = max(width - len(tail), min(width, 20))  # a long title is cut, not where the hit is
        head = Content.assemble(Content.styled(title, "bold").truncate(room, ellipsis=True), (tail, "dim"))
        if hit is None:
            self._fetch(index // PAGE)
            return [head, Content.styled("…", "dim")]
        lines = snippet(hit).wrap(width)
        if len(lines) > SNIPPET_LINES:
            lines = [*lines[: SNIPPET_LINES - 1], lines[SNIPPET_LINES - 1].truncate(width - 1).append("…")]
        return [head, *lines]

    def _fetch(self, page: int) -> None:
        if page not in self._pages and self.result is not None:
            self._pages.add(page)
            self.load_page(self.result, self.refs[page * PAGE : (page + 1) * PAGE])

    @work(thread=True, group="search-pages")
    def load_page(self, result: SearchResult, refs: list[Ref]) -> None:
        hits = self.engine.passages(refs, result.terms)
        self.app.call_from_thread(self._page_loaded, result, hits)

    def _page_loaded(self, result: SearchResult, hits: list[SearchHit]) -> None:
        if self.result is not result or self not in self.app.screen_stack:
            return  # a newer search replaced it, or the window closed
        self.loaded.update({(h.article_id, h.paragraph): h for h in hits})
        self.query_one("#results", VirtualList).refresh_entries()

    @on(Input.Submitted, "#query")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.result and self.result.query == event.value and self.refs:
            self._open(self.query_one("#results", VirtualList).highlighted or 0)
        elif event.value.strip():
            self._pending = 0
            self.run_search(event.value, debounce=False)

    def action_focus_results(self) -> None:
        self.query_one("#results", VirtualList).focus()

    @on(VirtualList.Selected, "#results")
    def _selected(self, event: VirtualList.Selected) -> None:
        self._open(event.index)

    def _open(self, index: int) -> None:
        """Open a match, with the walk through every match (so it waits until they are listed)."""
        if not self.complete:
            self._pending = index
            return
        assert self.result is not None
        article_id, paragraph = self.refs[index]
        walk = Walk.of(self.result)
        self.dismiss(Location(article_id, paragraph, query=self.result.query, terms=walk.terms, walk=walk))

    def action_cite(self) -> None:
        index = self.query_one("#results", VirtualList).highlighted
        if index is None:
            return
        ref = self.refs[index]
        hit = self.loaded.get(ref)
        if hit is None:
            self.notify("That passage is still loading.", severity="information", timeout=2)
            return
        reader_app(self).copy_citation(cite.passage(hit.text, reader_app(self).meta(ref[0]), ref[1]))

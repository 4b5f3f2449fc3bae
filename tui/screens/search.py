"""`/`: search the corpus as you type; Enter opens the article at the passage, terms marked."""

from __future__ import annotations

import time

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ...index.engine import Engine
from ...index.model import SearchHit, SearchResult
from ..messages import Location
from ..text import plural
from ..widgets.lists import NavList
from ..widgets.passage import HIT

DEBOUNCE = 0.15


def _hit_prompt(hit: SearchHit) -> Content:
    body = Content(hit.text)
    for s, e in hit.highlights:
        body = body.stylize(HIT, s, e)
    head = Content.styled(f"{hit.article_title} ¶{hit.paragraph}", "bold")
    return Content("\n").join([head, body])


class SearchScreen(ModalScreen[Location | None]):
    AUTO_FOCUS = "#query"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close"),
        Binding("down", "focus_results", "Results", show=False),
    ]

    def __init__(self, engine: Engine, query: str = "") -> None:
        super().__init__()
        self.engine = engine
        self.initial = query
        self.result: SearchResult | None = None
        self._open_first = False  # Enter came before the results: open the first when they arrive

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(
                self.initial, placeholder='Search: words, "a phrase", speaker:homan, immig*, a OR b', id="query"
            )
            yield Label("", id="search-count", markup=False)
            yield NavList(id="results")

    def on_mount(self) -> None:
        self.query_one("#search-box").border_title = "Search the corpus"
        self.set_focus(self.query_one("#query"))  # now, not later: `/homan` typed fast must land here
        if self.initial:
            self.run_search(self.initial)

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
        result = self.engine.search(text, limit=50) if text.strip() else None
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, result)

    def _show(self, result: SearchResult | None) -> None:
        if self not in self.app.screen_stack:
            return  # closed while the worker ran
        self.result = result
        results = self.query_one("#results", NavList)
        count = self.query_one("#search-count", Label)
        if result is None:
            results.clear_options()
            count.update("")
            return
        results.set_entries(Option(_hit_prompt(h)) for h in result.hits)
        if self._open_first and result.hits:
            self._open(0)
            return
        if result.hits:
            shown = f" (showing {len(result.hits)})" if result.total > len(result.hits) else ""
            count.update(
                f"{plural(result.total, 'passage matches', 'passages match')}{shown} · ↓ to browse, Enter to open"
            )
        else:
            count.update(result.message or "no passages match")

    @on(Input.Submitted, "#query")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.result and self.result.query == event.value and self.result.hits:
            self._open(self.query_one("#results", OptionList).highlighted or 0)
        elif event.value.strip():
            self._open_first = True
            self.run_search(event.value, debounce=False)

    def action_focus_results(self) -> None:
        self.query_one("#results", OptionList).focus()

    @on(OptionList.OptionSelected, "#results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option_index)

    def _open(self, index: int) -> None:
        assert self.result is not None
        hit = self.result.hits[index]
        self.dismiss(Location(hit.article_id, hit.paragraph, query=self.result.query, terms=tuple(self.result.terms)))

"""A box of facts about the highlighted entry (a speaker, a fact of the ledger) that scrolls when
it is taller than its room, rather than cut its end off: a possible conflict's second sentence was
never shown. Tab reaches it, ↓/j and space scroll it; its subtitle says when there is more."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static


class Card(VerticalScroll):
    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    def __init__(self, *, id: str) -> None:
        """`id` names the text inside (what a window updates); the box is `{id}-box`."""
        super().__init__(id=f"{id}-box", classes="card")
        self.body = Static("", id=id, markup=False)

    def compose(self) -> ComposeResult:
        yield self.body

    def update(self, content: Content | str) -> None:
        self.body.update(content)
        self.scroll_home(animate=False)
        self.call_after_refresh(self._say_if_more)

    def on_resize(self) -> None:
        self.call_after_refresh(self._say_if_more)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._say_if_more()

    def _say_if_more(self) -> None:
        more = round(self.scroll_y) < self.max_scroll_y
        self.border_subtitle = ("↓ more · j" if self.has_focus else "↓ more · Tab") if more else ""

    def on_focus(self) -> None:
        self._say_if_more()

    def on_blur(self) -> None:
        self._say_if_more()

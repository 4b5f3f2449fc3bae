"""`w`: how the speakers of a passage (or one quote) were found, and how sure that is.

A window, not a toast: a reason a reporter reads should stay until they close it (esc, w, q or
enter) and never linger over the next window or article.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class WhyScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,w,q,enter", "dismiss(None)", "Close")]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.title_text, self.text = title, text

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="why-box"):
            yield Static(self.text, markup=False, id="why-text")

    def on_mount(self) -> None:
        self.query_one("#why-box").border_title = f"{self.title_text} (esc closes)"

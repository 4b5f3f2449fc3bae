"""`?` / F1: every key the reader answers to, grouped by where it works."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = [
    (
        "Anywhere",
        [
            ("/", "search the corpus"),
            ("s", "speakers: everyone quoted"),
            ("F", "figures ledger: one fact across articles"),
            ("tab / shift+tab", "next / previous pane"),
            ("a d f r", "focus articles, document, figures, related"),
            ("backspace", "go back"),
            ("] / [", "jump to the next / previous related passage"),
            ("ctrl+p", "command palette"),
            ("ctrl+r", "re-read the corpus folder"),
            ("? / F1", "this help"),
            ("q / ctrl+q", "quit"),
            ("esc", "close a window; cancel indexing"),
        ],
    ),
    (
        "Document",
        [
            ("j k / ↓ ↑", "next / previous paragraph"),
            ("space / b", "page down / up"),
            ("g / G", "top / bottom"),
            ("n / N", "next / previous search hit"),
        ],
    ),
    ("Lists", [("↑ ↓", "move"), ("enter / click", "open")]),
    ("Search", [("type", "results update as you type"), ("↓", "browse results"), ("enter", "open at the passage")]),
]


class HelpScreen(ModalScreen[None]):
    AUTO_FOCUS = "#help-box"  # so ↓, PgDn and End scroll it
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss(None)", "Close")]

    def compose(self) -> ComposeResult:
        lines: list[Content] = []
        for group, keys in KEYS:
            lines.append(Content.styled(group, "bold underline"))
            lines += [Content.assemble((f"  {k:<18}", "bold #d29922"), v) for k, v in keys]
            lines.append(Content(""))
        lines.append(
            Content.styled("Quotes are coloured by speaker and named ‹like this›; figures are underlined.", "italic")
        )
        with VerticalScroll(id="help-box"):
            yield Static(Content("\n").join(lines), markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "icereader keys (esc closes)"

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
            ("s", "speakers: everyone quoted, and the unattributed quotes"),
            ("F", "figures ledger: one fact across articles"),
            ("t", "timeline: the articles by date; Enter on a bar lists that period"),
            ("n / N", "next / previous search hit, on into the next / previous article with hits"),
            ("c", "copy a citation: words, speaker and role, title, outlet, date, url"),
            ("tab / shift+tab", "next / previous pane"),
            ("a d f r", "focus articles, document, figures, related"),
            ("backspace", "go back"),
            ("] / [", "jump to the next / previous related passage"),
            ("ctrl+p", "command palette (themes, screenshot, open an article or speaker)"),
            ("ctrl+r", "re-read the corpus folder"),
            ("? / F1", "this help"),
            ("q / ctrl+q", "quit"),
            ("esc", "clear search hits; close a window; cancel indexing"),
        ],
    ),
    (
        "Document",
        [
            ("j k / ↓ ↑", "next / previous paragraph"),
            ("space / b, ctrl+f / ctrl+b", "page down / up"),
            ("ctrl+d / ctrl+u", "half a page down / up"),
            ("g / G", "top / bottom"),
            ("c", "cite the marked quote or figure, the paragraph's quote, or the paragraph"),
        ],
    ),
    (
        "Article list",
        [
            ("l", "filter: type words of a title, outlet, date; ↓ or Enter to the list"),
            ("o", "sort by date, outlet, title or file"),
            ("esc", "show all articles again (after a filter or a timeline period)"),
        ],
    ),
    (
        "Lists and windows",
        [
            ("↑ ↓ j k", "move"),
            ("enter / click", "open"),
            ("type", "in the speakers window: filter by name, role or organisation"),
            ("c / w", "on a quote: copy its citation / why this speaker"),
        ],
    ),
    ("Search", [("type", "results update as you type"), ("↓", "browse every match"), ("enter", "open at the passage")]),
]

SYNTAX = [
    ("immigration detainer", "passages with both words (any form: detainers, detained)"),
    ('"detention center"', "the exact phrase (stop words such as 'of' are skipped)"),
    ("raid OR sweep", "either word"),
    ("asylum NOT court", "the first word without the second"),
    ("immig*", "words starting with immig"),
    ("speaker:homan", 'passages quoting a speaker (speaker:"tom homan" for the full name)'),
    ("quote:sanctuary", "only inside quotations; figure:500 inside figures"),
    ("(a OR b) c", "group with parentheses"),
]


class HelpScreen(ModalScreen[None]):
    AUTO_FOCUS = "#help-box"  # so ↓, PgDn and End scroll it
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss(None)", "Close")]

    def compose(self) -> ComposeResult:
        lines: list[Content] = []
        for group, keys in KEYS:
            lines.append(Content.styled(group, "bold underline"))
            width = max(18, *(len(k) + 2 for k, _ in keys))
            lines += [Content.assemble((f"  {k:<{width}}", "bold #d29922"), v) for k, v in keys]
            lines.append(Content(""))
        lines.append(Content.styled("Query syntax", "bold underline"))
        lines += [Content.assemble((f"  {k:<22}", "bold #2aa198"), v) for k, v in SYNTAX]
        lines.append(
            Content.styled("  Exact word forms rank first: detainer finds detainers before detained.", "italic")
        )
        lines.append(Content(""))
        lines.append(
            Content.styled("Quotes are coloured by speaker and named ‹like this›; figures are underlined.", "italic")
        )
        with VerticalScroll(id="help-box"):
            yield Static(Content("\n").join(lines), markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "icereader keys (esc closes)"

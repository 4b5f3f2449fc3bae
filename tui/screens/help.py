"""`?` / F1: every key the reader answers to, grouped by where it works."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..widgets.footer import KeyFooter

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
            ("w", "how each quote of the paragraph got its speaker, and how sure (a dimmed ? is doubtful)"),
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
            ("type", "speakers: filter by name, role, organisation; ledger: by figure, what it counts, outlet"),
            ("c", "on a quote, a search result or a ledger citation: copy its citation"),
            ("w", "on a quote: why the reader names this speaker (or none)"),
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


class HelpBox(VerticalScroll):
    """Scrolls with the reader's keys as well as the arrows."""

    BINDINGS = [
        Binding("j", "scroll_down", show=False),
        Binding("k", "scroll_up", show=False),
        Binding("space", "page_down", show=False),
        Binding("b", "page_up", show=False),
        Binding("g", "scroll_home", show=False),
        Binding("G", "scroll_end", show=False),
    ]


def _entries(keys: list[tuple[str, str]], style: str, key_width: int, width: int) -> list[Content]:
    """Key and description in two columns; a long description wraps under itself, not under the key."""
    room = max(width - key_width - 2, 20)
    out = []
    for key, description in keys:
        first, *rest = Content(description).wrap(room) or [Content("")]
        out.append(Content.assemble((f"  {key:<{key_width}}", style), first))
        out += [Content.assemble(" " * (key_width + 2), line) for line in rest]
    return out


def help_text(width: int) -> Content:
    lines: list[Content] = []
    for group, keys in KEYS:
        lines.append(Content.styled(group, "bold underline"))
        lines += _entries(keys, "bold #d29922", max(18, *(len(k) + 2 for k, _ in keys)), width)
        lines.append(Content(""))
    lines.append(Content.styled("Query syntax", "bold underline"))
    lines += _entries(SYNTAX, "bold #2aa198", 22, width)
    lines += Content.styled("  Exact word forms rank first: detainer finds detainers before detained.", "italic").wrap(
        width
    )
    lines.append(Content(""))
    lines += Content.styled(
        "Quotes are coloured by speaker and named ‹like this›; figures are underlined.", "italic"
    ).wrap(width)
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    AUTO_FOCUS = "#help-box"  # so ↓, PgDn and End scroll it
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss(None)", "Close")]

    def compose(self) -> ComposeResult:
        with HelpBox(id="help-box"):
            yield Static(help_text(80), markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "icereader keys (esc closes)"
        self.call_after_refresh(self._rewrap)

    def on_resize(self) -> None:
        self.call_after_refresh(self._rewrap)

    def _rewrap(self) -> None:
        """Wrap to the text's own width (inside the box's padding and scrollbar): a line wider
        than that is wrapped again by the widget, and its words land under the keys."""
        static = self.query_one(Static)
        width = static.content_region.width or self.query_one("#help-box").scrollable_content_region.width
        static.update(help_text(width))

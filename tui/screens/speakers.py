"""`s`: everyone quoted in the corpus; choose one to list their quotes; Enter jumps to a quote."""

from __future__ import annotations

import textwrap

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ...index.engine import Engine
from ...index.model import ArticleMeta, Quote, Speaker
from ..appref import reader_app
from ..messages import Location
from ..text import plural
from ..widgets.footer import KeyFooter
from ..widgets.virtual_list import VirtualList

QUOTE_LINES = 3  # lines of quote text shown per entry; the rest is one Enter away


def _wrap(text: str, width: int, lines: int) -> list[str]:
    out = textwrap.wrap(text, width) or [""]
    if len(out) > lines:
        out = [*out[: lines - 1], textwrap.shorten(" ".join(out[lines - 1 :]), width, placeholder="…")]
    return out


class SpeakersScreen(ModalScreen[Location | None]):
    AUTO_FOCUS = "#speaker-list"
    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close"),
        Binding("tab", "app.focus_next", "Switch list"),
    ]

    def __init__(self, engine: Engine, select: str | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.select = select  # a speaker id to open at
        self.speakers: list[Speaker] = []
        self.quotes: list[Quote] = []
        self.titles: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        with Horizontal(id="speakers-box", classes="modal-box"):
            yield VirtualList(2, id="speaker-list")
            with Vertical(id="speaker-detail"):
                yield Static("", id="speaker-card", markup=False)
                yield VirtualList(1 + QUOTE_LINES, id="speaker-quotes")
        yield KeyFooter()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 80, "-narrow")

    def on_mount(self) -> None:
        self.query_one("#speakers-box").border_title = "Speakers · Enter lists quotes · Enter on a quote opens it"
        self.query_one("#speaker-list").loading = True
        self.load()

    @work(thread=True, exclusive=True, group="speakers")
    def load(self) -> None:
        speakers = self.engine.speakers()
        metas = self.engine.articles()
        self.app.call_from_thread(self._show, speakers, metas)

    def _show(self, speakers: list[Speaker], metas: list[ArticleMeta]) -> None:
        if self not in self.app.screen_stack:
            return  # closed while the worker ran
        self.speakers = sorted(speakers, key=lambda s: (-s.quote_count, s.name.lower()))
        self.titles = {m.id: m.title for m in metas}
        lst = self.query_one("#speaker-list", VirtualList)
        lst.loading = False
        lst.set_items(self.speakers, self._speaker_lines)
        lst.border_title = plural(len(self.speakers), "speaker")
        ids = [s.id for s in self.speakers]
        if self.select in ids:
            lst.highlighted = ids.index(self.select)

    def _speaker_lines(self, s: Speaker, width: int) -> list[Content]:
        name = Content.styled(s.name, f"bold {reader_app(self).speaker_colours.of(s.name)}")
        if s.role:
            name = Content.assemble(name, ", ", (s.role, "italic"))
        return [
            name,
            Content.styled(f"{plural(s.quote_count, 'quote')} · {plural(len(s.article_ids), 'article')}", "dim"),
        ]

    def _quote_lines(self, q: Quote, width: int) -> list[Content]:
        head = Content.styled(f"{self.titles.get(q.article_id, q.article_id)} ¶{q.paragraph}", "bold")
        return [head, *(Content(line) for line in _wrap(f"“{q.text}”", width, QUOTE_LINES))]

    @on(VirtualList.Highlighted, "#speaker-list")
    def _speaker_highlighted(self, event: VirtualList.Highlighted) -> None:
        speaker = self.speakers[event.index]
        self.quotes = self.engine.quotes(speaker.id)
        quotes = self.query_one("#speaker-quotes", VirtualList)
        quotes.set_items(self.quotes, self._quote_lines)
        quotes.border_title = f"{plural(len(self.quotes), 'quote')}, in article order"
        self.query_one("#speaker-card", Static).update(self._card(speaker))

    def _card(self, s: Speaker) -> Content:
        """The speaker's page: who they are as the articles describe them, and where they speak."""
        lines = [Content.styled(s.name, f"bold {reader_app(self).speaker_colours.of(s.name)}")]
        facts = [
            ("Roles", "; ".join(s.roles)),
            ("Speaks for", s.organisation if s.organisation != s.name else None),
            ("Also named", ", ".join(a for a in s.aliases if a != s.name)),
        ]
        lines += [Content.assemble((f"{k}: ", "dim"), v) for k, v in facts if v]
        titles = [self.titles.get(a, a) for a in s.article_ids]
        more = f" and {plural(len(titles) - 3, 'more article')}" if len(titles) > 3 else ""
        lines.append(
            Content.assemble((f"Quoted in {plural(len(titles), 'article')}: ", "dim"), "; ".join(titles[:3]) + more)
        )
        return Content("\n").join(lines)

    @on(VirtualList.Selected, "#speaker-list")
    def _speaker_selected(self) -> None:
        self.query_one("#speaker-quotes", VirtualList).focus()

    @on(VirtualList.Selected, "#speaker-quotes")
    def _quote_selected(self, event: VirtualList.Selected) -> None:
        q = self.quotes[event.index]
        self.dismiss(Location(q.article_id, q.paragraph, mark=(q.start, q.end)))

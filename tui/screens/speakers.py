"""`s`: everyone quoted in the corpus, and the quotes nobody could be named for; type to filter,
choose one to list their quotes; Enter jumps to a quote, `c` copies it as a citation, `w` says
how its speaker was found."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input

from ...index.engine import Engine
from ...index.model import ArticleMeta, Quote, Speaker
from .. import cite
from ..appref import reader_app
from ..colours import UNATTRIBUTED
from ..messages import Location
from ..text import paragraph_label, plural
from ..widgets.card import Card
from ..widgets.filter_box import FilterBox, matches, words_of
from ..widgets.footer import KeyFooter
from ..widgets.virtual_list import VirtualList
from .why import WhyScreen

QUOTE_LINES = 3  # lines of quote text shown per entry; the rest is one Enter away


@dataclass
class Unattributed:
    """The speakers list's entry for quotes with no speaker: listed, never guessed."""

    quotes: list[Quote] = field(default_factory=list)
    name: str = "Unattributed quotes"

    @property
    def article_ids(self) -> list[str]:
        return sorted({q.article_id for q in self.quotes})


Entry = Speaker | Unattributed


def attribution_note(q: Quote) -> str:
    """Why the reader names this speaker (or none): `Quote.why` (how sure, the reason, the rule),
    as the reader's `w` says it, and the words the article calls the speaker by."""
    if not q.speaker:
        return f"No speaker named: {q.why}."
    surface = f"; the article calls them “{q.speaker_surface}”" if q.speaker_surface else ""
    return f"{q.why}{surface}."


def _wrap(text: str, width: int, lines: int) -> list[str]:
    out = textwrap.wrap(text, width) or [""]
    if len(out) > lines:
        out = [*out[: lines - 1], textwrap.shorten(" ".join(out[lines - 1 :]), width, placeholder="…")]
    return out


class SpeakersScreen(ModalScreen[Location | None]):
    AUTO_FOCUS = "#speaker-filter"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close"),
        Binding("q", "dismiss(None)", "Close", show=False),
        Binding("tab", "app.focus_next", "Switch list"),
        Binding("c", "cite", "Copy citation"),
        Binding("w", "why", "Why this speaker"),
    ]

    def __init__(self, engine: Engine, select: str | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.select = select  # a speaker id to open at
        self.entries: list[Entry] = []  # every speaker, then the unattributed quotes
        self.shown: list[Entry] = []  # those the filter lets through
        self.quotes: list[Quote] = []
        self.metas: dict[str, ArticleMeta] = {}

    @property
    def speakers(self) -> list[Speaker]:
        return [e for e in self.entries if isinstance(e, Speaker)]

    @property
    def titles(self) -> dict[str, str]:
        return {a: m.title for a, m in self.metas.items()}

    def compose(self) -> ComposeResult:
        with Horizontal(id="speakers-box", classes="modal-box"):
            with Vertical(id="speaker-column"):
                yield FilterBox(
                    "#speaker-list",
                    "type to filter: name, role, organisation",
                    detail="#speaker-quotes",
                    id="speaker-filter",
                )
                yield VirtualList(2, id="speaker-list")
            with Vertical(id="speaker-detail"):
                yield Card(id="speaker-card")
                yield VirtualList(1 + QUOTE_LINES, id="speaker-quotes")
        yield KeyFooter()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 80, "-narrow")

    def on_mount(self) -> None:
        self.query_one("#speakers-box").border_title = "Speakers · Enter lists quotes · Enter on a quote opens it"
        self.query_one("#speaker-list").loading = True
        self.load()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("cite", "why"):  # keys of the quotes list: elsewhere c and w are letters
            return self.focused is self.query_one("#speaker-quotes") and bool(self.quotes)
        return True

    @work(thread=True, exclusive=True, group="speakers")
    def load(self) -> None:
        speakers = self.engine.speakers()
        unattributed = [q for q in self.engine.quotes() if not q.speaker]
        metas = self.engine.articles()
        self.app.call_from_thread(self._show, speakers, metas, unattributed)

    def _show(self, speakers: list[Speaker], metas: list[ArticleMeta], unattributed: list[Quote] | None = None) -> None:
        if self not in self.app.screen_stack:
            return  # closed while the worker ran
        ranked = sorted(speakers, key=lambda s: (-s.quote_count, s.name.lower()))
        self.entries = [*ranked, *([Unattributed(unattributed)] if unattributed else [])]
        self.metas = {m.id: m for m in metas}
        lst = self.query_one("#speaker-list", VirtualList)
        lst.loading = False
        self._refill()
        if self.select:
            ids = [e.id if isinstance(e, Speaker) else None for e in self.shown]
            if self.select in ids:
                lst.highlighted = ids.index(self.select)
                lst.focus()  # opened at a speaker (the palette): the list, not the filter box

    @on(Input.Changed, "#speaker-filter")
    def _filter_typed(self) -> None:
        self._refill()

    def _refill(self) -> None:
        words = words_of(self.query_one("#speaker-filter", Input).value)
        self.shown = [e for e in self.entries if self._passes(e, words)]
        lst = self.query_one("#speaker-list", VirtualList)
        lst.set_items(self.shown, self._entry_lines)
        count = plural(sum(isinstance(e, Speaker) for e in self.entries), "speaker")
        count = f"{sum(isinstance(e, Speaker) for e in self.shown):,} of {count}" if words else count
        unnamed = " + unattributed" if any(isinstance(e, Unattributed) for e in self.shown) else ""
        lst.border_title = count + unnamed  # "0 of 130 speakers" over the unattributed entry read as a fault
        if not self.shown:
            self.quotes = []
            quotes = self.query_one("#speaker-quotes", VirtualList)
            quotes.set_items([], self._quote_lines)
            quotes.border_title = ""
            self.query_one("#speaker-card-box", Card).update("No speaker matches the filter.")

    @staticmethod
    def _passes(e: Entry, words: list[str]) -> bool:
        if isinstance(e, Unattributed):
            return matches(words, e.name, "unattributed unknown no speaker")
        return matches(words, e.name, e.organisation, *e.aliases, *e.roles)

    def _entry_lines(self, e: Entry, width: int) -> list[Content]:
        if isinstance(e, Unattributed):
            return [
                Content.styled(e.name, f"bold italic {UNATTRIBUTED}"),
                Content.styled(
                    f"{plural(len(e.quotes), 'quote')} · {plural(len(e.article_ids), 'article')} · no speaker found",
                    "dim",
                ),
            ]
        name = Content.styled(e.name, f"bold {reader_app(self).speaker_colours.of(e.name)}")
        if e.role:
            name = Content.assemble(name, ", ", (e.role, "italic"))
        return [
            name,
            Content.styled(f"{plural(e.quote_count, 'quote')} · {plural(len(e.article_ids), 'article')}", "dim"),
        ]

    def _quote_lines(self, q: Quote, width: int) -> list[Content]:
        """Where the quote is and its words; one the reader doubts is dimmed and says so, as in
        the article ("?" and how sure), so the list never shows a guess as a fact."""
        meta = self.metas.get(q.article_id)
        head = Content.styled(f"{meta.title if meta else q.article_id} · {paragraph_label(q.paragraph)}", "bold")
        if q.doubtful:  # first, so a narrow list cuts the title rather than the doubt
            head = Content.assemble((f"? {q.confidence:.0%} sure (w: why) · ", "italic dim"), head)
        style = "dim" if q.doubtful else ""
        return [head, *(Content.styled(line, style) for line in _wrap(f"“{q.text}”", width, QUOTE_LINES))]

    @on(VirtualList.Highlighted, "#speaker-list")
    def _speaker_highlighted(self, event: VirtualList.Highlighted) -> None:
        entry = self.shown[event.index]
        self.quotes = entry.quotes if isinstance(entry, Unattributed) else self.engine.quotes(entry.id)
        quotes = self.query_one("#speaker-quotes", VirtualList)
        quotes.set_items(self.quotes, self._quote_lines)
        quotes.border_title = f"{plural(len(self.quotes), 'quote')}, in article order · c cites · w why"
        self.query_one("#speaker-card-box", Card).update(self._card(entry))

    def _card(self, e: Entry) -> Content:
        """The speaker's page: who they are as the articles describe them, and where they speak."""
        if isinstance(e, Unattributed):
            lines = [
                Content.styled(e.name, f"bold italic {UNATTRIBUTED}"),
                Content.styled(
                    "Quotes the reader could not tie to a speaker: better unnamed than wrongly named. "
                    "Check them in the article (Enter opens one).",
                    "dim",
                ),
            ]
        else:
            lines = [Content.styled(e.name, f"bold {reader_app(self).speaker_colours.of(e.name)}")]
            facts = [
                ("Roles", "; ".join(e.roles)),
                ("Speaks for", e.organisation if e.organisation != e.name else None),
                ("Also named", ", ".join(a for a in e.aliases if a != e.name)),
            ]
            lines += [Content.assemble((f"{k}: ", "dim"), v) for k, v in facts if v]
        titles = [self.metas[a].title if a in self.metas else a for a in e.article_ids]
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

    def _highlighted_quote(self) -> Quote | None:
        index = self.query_one("#speaker-quotes", VirtualList).highlighted
        return self.quotes[index] if index is not None and index < len(self.quotes) else None

    def action_cite(self) -> None:
        if q := self._highlighted_quote():
            reader_app(self).copy_citation(cite.quote(q, self.metas.get(q.article_id)))

    def action_why(self) -> None:
        if q := self._highlighted_quote():
            self.app.push_screen(WhyScreen("How the speaker was found", attribution_note(q)))

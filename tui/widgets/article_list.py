"""The list of articles in the corpus: title, then outlet/date and how many quotes and figures;
sorted by file, date (newest first), outlet or title; narrowed by the words typed in its filter
box and by a period chosen in the timeline."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from ...index.model import ArticleMeta
from ..text import plural
from .filter_box import FilterBox, matches, words_of
from .virtual_list import VirtualList


def _lines(meta: ArticleMeta, width: int) -> list[Content]:
    """Two lines of title, one of facts: enough to tell articles apart at a glance."""
    title = textwrap.wrap(meta.title or meta.path, width) or [""]
    if len(title) > 2:
        title = [title[0], textwrap.shorten(" ".join(title[1:]), width, placeholder="…")]
    # The date first: a long outlet ("Department of Justice, Office of Public Affairs") cut at the
    # edge must not hide it, and the list is sorted by it.
    facts = [b for b in (meta.date[:10] if meta.date else None, meta.outlet) if b]
    facts.append(f"{plural(meta.quote_count, 'quote')} · {plural(meta.figure_count, 'figure')}")
    return [
        *(Content.styled(t, "bold") for t in title),
        *([Content("")] * (2 - len(title))),
        Content.styled(" · ".join(facts), "dim"),
    ]


Sort = Literal["file", "date", "outlet", "title"]
SORTS: tuple[Sort, ...] = ("file", "date", "outlet", "title")


@dataclass(frozen=True, slots=True)
class Period:
    """Dates from `first` to `last` (ISO, both included), as the timeline names them."""

    first: str
    last: str
    label: str

    def holds(self, date: str | None) -> bool:
        return date is not None and self.first <= date[:10] <= self.last


def sorted_articles(metas: list[ArticleMeta], by: Sort) -> list[ArticleMeta]:
    """Articles in the chosen order; those with no date or outlet go last, in file order."""
    if by == "date":
        dated = sorted((m for m in metas if m.date), key=lambda m: m.date or "", reverse=True)
        return dated + [m for m in metas if not m.date]
    if by == "outlet":
        known = sorted((m for m in metas if m.outlet), key=lambda m: ((m.outlet or "").casefold(), m.path))
        return known + [m for m in metas if not m.outlet]
    if by == "title":
        return sorted(metas, key=lambda m: (m.title.casefold(), m.path))
    return sorted(metas, key=lambda m: m.path)


class ArticleList(VirtualList):
    BINDINGS = [
        Binding("o", "cycle_sort", "Sort"),
        Binding("escape", "clear_filters", "Show all", show=False),
    ]
    sort: reactive[Sort] = reactive("file", init=False)

    @dataclass
    class Chosen(Message):
        article_id: str

    def __init__(self, **kwargs) -> None:
        super().__init__(lines=3, **kwargs)
        self.all: list[ArticleMeta] = []
        self.metas: list[ArticleMeta] = []  # what is shown: sorted, then filtered
        self.words: list[str] = []
        self.period: Period | None = None

    def set_articles(self, metas: list[ArticleMeta]) -> None:
        self.all = metas
        self._refill()

    def filter_words(self, text: str) -> None:
        self.words = words_of(text)
        self._refill()

    def filter_period(self, period: Period | None) -> None:
        self.period = period
        self._refill()

    @property
    def filtered(self) -> bool:
        return bool(self.words or self.period)

    def _refill(self) -> None:
        """Show the articles that pass the filters, in order, keeping the highlighted one."""
        current = self.metas[self.highlighted].id if self.highlighted is not None and self.metas else None
        shown = sorted_articles(self.all, self.sort)
        if self.period is not None:
            shown = [m for m in shown if self.period.holds(m.date)]
        if self.words:
            shown = [m for m in shown if matches(self.words, m.title, m.outlet, m.date, m.byline, m.path)]
        self.metas = shown
        self.set_items(self.metas, _lines)
        if current:
            self.select_article(current)
        self._title()

    def _title(self) -> None:
        count = f"{len(self.metas):,} of {len(self.all):,}" if self.filtered else f"{len(self.all):,}"
        bits = [f"Articles ({count})"]
        if self.sort != "file":
            bits.append(f"by {self.sort}")
        if self.period is not None:
            bits.append(self.period.label)
        self.pane.border_title = " · ".join(bits)
        self.pane.border_subtitle = "esc shows all" if self.filtered else ""

    @property
    def pane(self) -> Widget:
        """The bordered pane the list sits in with its filter box (the list itself outside one)."""
        parent = self.parent
        return parent if isinstance(parent, Widget) and parent.id == "articles-pane" else self

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]

    def watch_sort(self, sort: Sort) -> None:
        self._refill()
        self.notify(f"Articles sorted by {sort}", timeout=2)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filters":
            return self.filtered  # otherwise Esc is the screen's
        return True

    def action_clear_filters(self) -> None:
        self.period = None
        for box in self.pane.query(FilterBox):
            box.value = ""  # its change event refills the list
        self.filter_words("")
        self.refresh_bindings()

    def select_article(self, article_id: str) -> None:
        """Move the highlight to an article opened from elsewhere (search, history)."""
        for i, meta in enumerate(self.metas):
            if meta.id == article_id:
                self.highlighted = i
                return

    def on_virtual_list_selected(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.post_message(self.Chosen(self.metas[event.index].id))

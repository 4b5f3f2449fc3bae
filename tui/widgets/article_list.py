"""The list of articles in the corpus: title, then outlet/date and how many quotes and figures;
sorted by file, date (newest first), outlet or title."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive

from ...index.model import ArticleMeta
from ..text import plural
from .virtual_list import VirtualList


def _lines(meta: ArticleMeta, width: int) -> list[Content]:
    """Two lines of title, one of facts: enough to tell articles apart at a glance."""
    title = textwrap.wrap(meta.title or meta.path, width) or [""]
    if len(title) > 2:
        title = [title[0], textwrap.shorten(" ".join(title[1:]), width, placeholder="…")]
    facts = [b for b in (meta.outlet, meta.date) if b]
    facts.append(f"{plural(meta.quote_count, 'quote')} · {plural(meta.figure_count, 'figure')}")
    return [
        *(Content.styled(t, "bold") for t in title),
        *([Content("")] * (2 - len(title))),
        Content.styled(" · ".join(facts), "dim"),
    ]


Sort = Literal["file", "date", "outlet", "title"]
SORTS: tuple[Sort, ...] = ("file", "date", "outlet", "title")


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
    BINDINGS = [Binding("o", "cycle_sort", "Sort")]
    sort: reactive[Sort] = reactive("file", init=False)

    @dataclass
    class Chosen(Message):
        article_id: str

    def __init__(self, **kwargs) -> None:
        super().__init__(lines=3, **kwargs)
        self.border_title = "Articles"
        self.metas: list[ArticleMeta] = []

    def set_articles(self, metas: list[ArticleMeta]) -> None:
        self.metas = sorted_articles(metas, self.sort)
        self.set_items(self.metas, _lines)
        self._title()

    def _title(self) -> None:
        order = "" if self.sort == "file" else f" by {self.sort}"
        self.border_title = f"Articles ({len(self.metas):,}){order}"

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]

    def watch_sort(self, sort: Sort) -> None:
        current = self.metas[self.highlighted].id if self.highlighted is not None and self.metas else None
        self.set_articles(self.metas)
        if current:
            self.select_article(current)
        self.notify(f"Articles sorted by {sort}", timeout=2)

    def select_article(self, article_id: str) -> None:
        """Move the highlight to an article opened from elsewhere (search, history)."""
        for i, meta in enumerate(self.metas):
            if meta.id == article_id:
                self.highlighted = i
                return

    def on_virtual_list_selected(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.post_message(self.Chosen(self.metas[event.index].id))

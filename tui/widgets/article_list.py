"""The list of articles in the corpus: title, then outlet/date and how many quotes and figures."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from textual.content import Content
from textual.message import Message

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
    return [*(Content.styled(t, "bold") for t in title), *([Content("")] * (2 - len(title))),
            Content.styled(" · ".join(facts), "dim")]


class ArticleList(VirtualList):
    @dataclass
    class Chosen(Message):
        article_id: str

    def __init__(self, **kwargs) -> None:
        super().__init__(lines=3, **kwargs)
        self.border_title = "Articles"
        self.metas: list[ArticleMeta] = []

    def set_articles(self, metas: list[ArticleMeta]) -> None:
        self.metas = metas
        self.set_items(metas, _lines)
        self.border_title = f"Articles ({len(metas):,})"

    def select_article(self, article_id: str) -> None:
        """Move the highlight to an article opened from elsewhere (search, history)."""
        for i, meta in enumerate(self.metas):
            if meta.id == article_id:
                self.highlighted = i
                return

    def on_virtual_list_selected(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.post_message(self.Chosen(self.metas[event.index].id))

"""The list of articles in the corpus: title, then outlet/date and how many quotes and figures."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...index.model import ArticleMeta
from ..text import plural
from .lists import NavList


def _prompt(meta: ArticleMeta) -> Content:
    facts = [b for b in (meta.outlet, meta.date) if b]
    facts.append(f"{plural(meta.quote_count, 'quote')} · {plural(meta.figure_count, 'figure')}")
    return Content.assemble((meta.title or meta.path, "bold"), "\n", (" · ".join(facts), "dim"))


class ArticleList(NavList):
    @dataclass
    class Chosen(Message):
        article_id: str

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Articles"

    def set_articles(self, metas: list[ArticleMeta]) -> None:
        self.set_entries(Option(_prompt(m), id=m.id) for m in metas)
        self.border_title = f"Articles ({len(metas)})"

    def select_article(self, article_id: str) -> None:
        """Move the highlight to an article opened from elsewhere (search, history)."""
        try:
            self.highlighted = self.get_option_index(article_id)
        except Exception:
            pass

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))

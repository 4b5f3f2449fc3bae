"""Passages in other articles related to the selected one, each with the reason it is related."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...index.model import Related
from .lists import separated


def _snippet(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


class RelatedPanel(OptionList):
    @dataclass
    class Chosen(Message):
        index: int

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self.border_title = "Related"
        self.related: list[Related] = []

    def set_related(self, related: list[Related], source: str) -> None:
        self.related = list(related)
        self.clear_options()
        if not related:
            self.add_option(Option(Content.styled("Nothing related in other articles.", "dim italic"), disabled=True))
        self.add_options(separated(
            Option(Content.assemble((f"{r.article_title} ¶{r.paragraph}", "bold"), "\n",
                                    (r.reason, "italic #5fafaf"), "\n", _snippet(r.text)))
            for r in related
        ))
        self.border_title = f"Related to {source} ({len(related)})" if related else f"Related to {source}"

    def show_current(self, index: int) -> None:
        if 0 <= index < len(self.related):
            self.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.related:
            self.post_message(self.Chosen(event.option_index))

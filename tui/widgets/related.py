"""Passages in other articles related to the selected one, each with the reason it is related."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...index.model import Related
from ..text import paragraph_label
from .lists import NavList


def _snippet(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def _short(title: str, width: int = 28) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"


class RelatedPanel(NavList):
    @dataclass
    class Chosen(Message):
        index: int

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Related"
        self.related: list[Related] = []
        self.source = ""

    def set_related(self, related: list[Related], source_title: str, paragraph: int) -> None:
        """Show what is related to ¶`paragraph` of the article titled `source_title`."""
        self.related = list(related)
        self.source = f"{paragraph_label(paragraph)} of “{_short(source_title)}”"
        if related:
            self.set_entries(
                Option(
                    Content.assemble(
                        (f"{r.article_title} · {paragraph_label(r.paragraph)}", "bold"),
                        "\n",
                        (r.reason, "italic #2aa198"),
                        "\n",
                        _snippet(r.text),
                    )
                )
                for r in related
            )
        else:
            self.set_options(
                [Option(Content.styled("Nothing closely related in other articles.", "dim italic"), disabled=True)]
            )
        self.border_title = Content(f"Related to {self.source} ({len(related)})")

    def show_current(self, index: int) -> None:
        """Mark the entry the reader jumped to with ] or [, and where it sits in the list."""
        if 0 <= index < len(self.related):
            self.highlighted = index
            self.border_title = Content(f"Related {index + 1}/{len(self.related)} to {self.source}")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.related:
            self.post_message(self.Chosen(event.option_index))

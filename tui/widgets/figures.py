"""The figures of the open article: the number as written, then what it counts."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...index.model import Figure
from .lists import NavList


def figure_line(f: Figure, qualifier: str = "") -> Content:
    """The figure as written (bold), then what it counts (dim), one space apart: two spaces read as
    a typo once the line wrapped or the colours were lost ("millions  of Ugandans")."""
    return Content.assemble((f.text, "bold"), (qualifier, "italic"), " " if f.label else "", (f.label, "dim"))


class FiguresPanel(NavList):
    @dataclass
    class Chosen(Message):
        figure: Figure

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Figures"
        self._figures: list[Figure] = []

    def set_figures(self, figures: list[Figure]) -> None:
        self._figures = list(figures)
        self.set_entries(Option(figure_line(f)) for f in self._figures)
        self.border_title = f"Figures ({len(figures)})"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(self._figures[event.option_index]))

"""What every list in the reader shares: reader keys, and rules between multi-line entries."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class NavList(OptionList):
    """An option list that answers to the same keys as the document (j/k, g/G)."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)

    def set_entries(self, options: Iterable[Option]) -> None:
        """Replace the entries (separated by rules) and highlight the first."""
        self.set_options(separated(options))
        if self.option_count:
            self.highlighted = 0


def separated(options: Iterable[Option]) -> list[Option | None]:
    """`options` with a separator (None) between each pair; separators are not counted by
    OptionList indexes, so `option_index` still matches the position in `options`."""
    out: list[Option | None] = []
    for option in options:
        if out:
            out.append(None)
        out.append(option)
    return out

"""Shared helper for the option lists: a rule between multi-line entries keeps them apart."""

from __future__ import annotations

from collections.abc import Iterable

from textual.widgets.option_list import Option


def separated(options: Iterable[Option]) -> list[Option | None]:
    """`options` with a separator (None) between each pair; separators are not counted by
    OptionList indexes, so `option_index` still matches the position in `options`."""
    out: list[Option | None] = []
    for option in options:
        if out:
            out.append(None)
        out.append(option)
    return out

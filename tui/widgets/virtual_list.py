"""A list that stays fast with 10,000 entries: it renders only the lines on screen.

Textual's OptionList measures and wraps every option when its options change, which takes
seconds (and half a second per key press) at newsroom scale. Here every entry has the same
height and is rendered, truncated to the width, only when its lines are visible.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.segment import Segment
from textual.binding import Binding
from textual.content import Content
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style


class VirtualList(ScrollView, can_focus=True):
    """Entries of `lines` lines each plus a rule (unless `rules=False`); `render(item, width)` gives
    an entry's lines."""

    BINDINGS = [
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("home,g", "jump(0)", "First", show=False),
        Binding("end,G", "jump(-1)", "Last", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("enter", "select", "Open", show=False),
    ]
    COMPONENT_CLASSES = {"virtual-list--highlight", "virtual-list--rule"}
    DEFAULT_CSS = """
    VirtualList { background: $surface; overflow-x: hidden; }
    VirtualList > .virtual-list--highlight { background: $block-cursor-blurred-background; }
    VirtualList:focus > .virtual-list--highlight {
        background: $block-cursor-background; color: $block-cursor-foreground;
    }
    VirtualList > .virtual-list--rule { color: $panel-lighten-2; }
    """

    highlighted: reactive[int | None] = reactive(None, init=False)

    @dataclass
    class Highlighted(Message):
        list: VirtualList
        index: int

        @property
        def control(self) -> VirtualList:
            return self.list

    @dataclass
    class Selected(Message):
        list: VirtualList
        index: int

        @property
        def control(self) -> VirtualList:
            return self.list

    def __init__(self, lines: int, rules: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.lines = lines
        self.rules = rules
        self.items: Sequence[Any] = ()
        self._render_entry: Callable[[Any, int], list[Content]] = lambda item, width: []
        self._cache: dict[int, list[Content]] = {}
        self._cache_width = 0

    @property
    def entry_height(self) -> int:
        return self.lines + self.rules

    @property
    def count(self) -> int:
        return len(self.items)

    def set_items(self, items: Sequence[Any], render: Callable[[Any, int], list[Content]]) -> None:
        """Show `items`, each drawn by `render`, and highlight the first."""
        self.items, self._render_entry, self._cache = items, render, {}
        self.virtual_size = Size(0, len(items) * self.entry_height)
        self.set_reactive(VirtualList.highlighted, None)
        self.highlighted = 0 if items else None
        self.scroll_to(y=0, animate=False)
        self.refresh()

    @property
    def text_width(self) -> int:
        """Columns for an entry's text: the width left by the scrollbar, less a space each side.
        (`size` includes the scrollbar: wrapping to it cut the end of every wrapped line once the
        list grew a scrollbar.)"""
        return max(self.scrollable_content_region.width - 2, 1)

    def _entry(self, index: int) -> list[Content]:
        if self._cache_width != self.text_width:  # resized, or a scrollbar came or went
            self._cache, self._cache_width = {}, self.text_width
        lines = self._cache.get(index)
        if lines is None:
            if len(self._cache) > 512:
                self._cache.clear()
            lines = self._cache[index] = self._render_entry(self.items[index], self.text_width)
        return lines

    def refresh_entries(self) -> None:
        """Draw every entry again (what they show changed, not which they are)."""
        self._cache = {}
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = self.scroll_offset.y + y
        index, line = divmod(row, self.entry_height)
        base = self.rich_style
        if index >= len(self.items):
            return Strip.blank(width, base)
        if line == self.lines:
            rule = self.get_component_rich_style("virtual-list--rule")
            return Strip([Segment(" ", base), Segment("─" * max(width - 2, 0), base + rule), Segment(" ", base)])
        lines = self._entry(index)
        content = lines[line] if line < len(lines) else Content("")
        style = base
        if index == self.highlighted:
            style = base + self.get_component_rich_style("virtual-list--highlight")
        content = content.truncate(width - 2, ellipsis=True)
        segments = [Segment(" ", style), *content.render_segments(Style.from_rich_style(style))]
        return Strip(segments).crop_extend(0, width, style)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            if index is not None:
                self.refresh_lines(index * self.entry_height, self.lines)
        if new is not None:
            top, bottom = new * self.entry_height, (new + 1) * self.entry_height
            if top < self.scroll_offset.y:
                self.scroll_to(y=top, animate=False)
            elif bottom > self.scroll_offset.y + self.size.height:
                self.scroll_to(y=bottom - self.size.height, animate=False)
            self.post_message(self.Highlighted(self, new))

    def action_move(self, delta: int) -> None:
        if self.items:
            current = self.highlighted if self.highlighted is not None else -delta
            self.highlighted = max(0, min(len(self.items) - 1, current + delta))

    def action_jump(self, index: int) -> None:
        if self.items:
            self.highlighted = index if index >= 0 else len(self.items) - 1

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.size.height // self.entry_height))

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))

    def on_click(self, event: Click) -> None:
        index = (self.scroll_offset.y + event.y) // self.entry_height
        if 0 <= index < len(self.items):
            self.highlighted = index
            self.post_message(self.Selected(self, index))

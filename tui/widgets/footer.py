"""The key footer: the keys a newcomer needs first, and no leak.

Textual's footer lists the focused widget's keys first and the app's last, so at 80 columns
search and help fell off the end (`q Q▏^p palette`). Here `/` and `?` lead, quit closes the row,
and a narrow terminal gets the compact style.

Textual 8.2's footer also leaks: each recompose (every change of the active bindings: moving
focus, opening a view) leaves the old keys' `compact` watchers on the footer, which keep every
old key alive; the soak grew by ~60 MB per 1,000 key presses.

Keys that do not fit the width are left out (help lists them all) rather than cut off at the
right edge, which took `Quit` at 120 columns once `n Next hit` joined the row. A screen's
NARROW_KEYS are shown while it is narrow, after search and help: the keys that bring back the
panes it then hides.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

FIRST = ("search", "help")  # app actions shown before every other key
LAST = ("quit",)
NARROW = 100  # columns below which the footer goes compact


def _rank(action: str) -> int:
    if action in FIRST:
        return FIRST.index(action)
    return len(FIRST) + 1 if action in LAST else len(FIRST)


def _cells(key: str, description: str, compact: bool) -> int:
    """Columns a key takes in the row (Textual's FooterKey: padding, or a margin when compact)."""
    return cell_len(key) + cell_len(description) + (2 if compact else 3)


class KeyFooter(Footer):
    _width: int | None = None  # the terminal width the keys were chosen for

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        active = self.screen.active_bindings
        seen: dict[str, tuple[Binding, bool, str]] = {}
        narrow: frozenset[str] = (
            getattr(self.screen, "NARROW_KEYS", frozenset()) if self.screen.has_class("-narrow") else frozenset()
        )
        for _node, binding, enabled, tooltip in active.values():
            if (binding.show or binding.action in narrow) and binding.action not in seen:
                seen[binding.action] = (binding, enabled, tooltip)
        show_palette = self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE
        palette = active.get(self.app.COMMAND_PALETTE_BINDING) if show_palette else None
        compact = self.app.size.width < NARROW
        room = self.app.size.width - 1
        if palette is not None:
            room -= _cells(self.app.get_key_display(palette[1]), palette[1].description, compact) + 2
        # The narrow keys right after search and help: without them the hidden panes are unknown.
        ranked = sorted(seen.values(), key=lambda b: (_rank(b[0].action), b[0].action not in narrow))
        last = [b for b in ranked if b[0].action in LAST]
        room -= sum(_cells(self.app.get_key_display(b[0]), b[0].description, compact) for b in last)
        fitting = []
        for entry in ranked[: len(ranked) - len(last)]:
            cells = _cells(self.app.get_key_display(entry[0]), entry[0].description, compact)
            if cells <= room:
                fitting.append(entry)
                room -= cells
        self._width = self.app.size.width
        for binding, enabled, tooltip in fitting + last:
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            ).data_bind(compact=Footer.compact)
        if palette is not None:
            _node, binding, enabled, tooltip = palette
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette",
                disabled=not enabled,
                tooltip=binding.tooltip or binding.description,
            )

    def on_resize(self) -> None:
        self.compact = self.app.size.width < NARROW
        if self._width != self.app.size.width:
            self.call_after_refresh(self.recompose)  # what fits changed

    async def recompose(self) -> None:
        await super().recompose()
        # Invoking the watchers is what drops those of removed keys (Textual prunes closed ones then).
        self.mutate_reactive(Footer.compact)

"""The key footer: the keys a newcomer needs first, and no leak.

Textual's footer lists the focused widget's keys first and the app's last, so at 80 columns
search and help fell off the end (`q Q▏^p palette`). Here `/` and `?` lead, quit closes the row,
and a narrow terminal gets the compact style.

Textual 8.2's footer also leaks: each recompose (every change of the active bindings: moving
focus, opening a view) leaves the old keys' `compact` watchers on the footer, which keep every
old key alive; the soak grew by ~60 MB per 1,000 key presses.
"""

from __future__ import annotations

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


class KeyFooter(Footer):
    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        active = self.screen.active_bindings
        seen: dict[str, tuple[Binding, bool, str]] = {}
        for _node, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in seen:
                seen[binding.action] = (binding, enabled, tooltip)
        for binding, enabled, tooltip in sorted(seen.values(), key=lambda b: _rank(b[0].action)):
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            ).data_bind(compact=Footer.compact)
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE and palette is not None:
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

    async def recompose(self) -> None:
        await super().recompose()
        # Invoking the watchers is what drops those of removed keys (Textual prunes closed ones then).
        self.mutate_reactive(Footer.compact)

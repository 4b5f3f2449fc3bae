"""The key footer, without the leak of Textual 8.2's: each recompose (every change of the active
bindings: moving focus, opening a view) leaves the old keys' `compact` watchers on the footer,
which keep every old key alive; the soak grew by ~60 MB per 1,000 key presses."""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    async def recompose(self) -> None:
        await super().recompose()
        # Invoking the watchers is what drops those of removed keys (Textual prunes closed ones then).
        self.mutate_reactive(Footer.compact)

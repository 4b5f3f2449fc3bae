"""Baseline: the smallest Textual app that paints one static screen.

Why: start-up to first paint is dominated by Python and Textual start-up on any machine; this app
is the floor, so the reader's start-up is reported as a ratio to it. It imports only what a
one-screen app needs (App and Static), like the reader should before its first paint.

    python -m bench.bare_app        # in a real terminal (tmux); q quits
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

READY_TEXT = "bench bare app: ready"


class BareApp(App[None]):
    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Static(READY_TEXT, id="bare")


if __name__ == "__main__":
    BareApp().run()

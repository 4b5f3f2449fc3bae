"""Indexing progress at the bottom of the reader; hidden once the index is ready."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class IndexStatus(Horizontal):
    def compose(self) -> ComposeResult:
        yield Label("Opening the index…", id="status-label", markup=False)
        yield ProgressBar(total=None, show_eta=False, id="status-bar")

    def progress(self, done: int, total: int, label: str) -> None:
        self.display = True
        if not total:  # waiting, not counting
            self.query_one(Label).update(f"{label[:1].upper()}{label[1:]}…")
            self.query_one(ProgressBar).update(total=None)
            return
        self.query_one(Label).update(f"Indexing {done}/{total}: {label}  (Esc cancels)")
        self.query_one(ProgressBar).update(total=total, progress=done)

    def done(self) -> None:
        self.display = False

    def message(self, text: str) -> None:
        self.display = True
        self.query_one(Label).update(text)
        self.query_one(ProgressBar).display = False

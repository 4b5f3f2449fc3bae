"""Indexing progress at the bottom of the reader; hidden once the index is ready."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class IndexStatus(Horizontal):
    def compose(self) -> ComposeResult:
        yield Label("Opening the index…", id="status-label", markup=False)

    def on_mount(self) -> None:
        self.call_after_refresh(self._bar)

    def _bar(self) -> ProgressBar:
        """The bar, mounted after the first frame (or at the first progress, if sooner): its
        three widgets took a tenth of the reader's first frame, before the article list showed."""
        bars = self.query(ProgressBar)
        if bars:
            return bars.first()
        bar = ProgressBar(total=None, show_eta=False, id="status-bar")
        self.mount(bar)
        return bar

    def progress(self, done: int, total: int, label: str) -> None:
        self.display = True
        if not total:  # waiting, not counting
            self.query_one(Label).update(f"{label[:1].upper()}{label[1:]}…")
            self._bar().update(total=None)
            return
        if done >= total:  # every file read: what is left is writing the index, with no count to show
            self.query_one(Label).update(f"Indexed {total} files; saving the index (a big folder takes a while)…")
            self._bar().update(total=None)
            return
        self.query_one(Label).update(f"Indexing {done}/{total}: {label}  (Esc cancels)")
        self._bar().update(total=total, progress=done)

    def done(self) -> None:
        self.display = False

    def message(self, text: str) -> None:
        self.display = True
        self.query_one(Label).update(text)
        self._bar().display = False

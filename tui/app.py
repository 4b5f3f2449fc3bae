"""The icereader Textual app: screens, global keys and the command palette."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input

from ..index.engine import Engine
from ..index.model import ArticleMeta
from . import settings
from .colours import SpeakerColours
from .messages import Location
from .palette import CorpusCommands
from .screens.reader import ReaderScreen

# Textual's own palette entries this app replaces: "Keys" beside our help, and a screenshot that
# failed where the downloads folder does not exist.
REPLACED_COMMANDS = ("Keys", "Screenshot")


GC_RESUME_DELAY = 0.2  # seconds after the first frame


def _resume_collection() -> None:
    """One collection drops start-up's garbage (~5,000 objects); what is left lives as long as the
    app and is frozen (never scanned again); then collection resumes."""
    gc.collect()
    gc.freeze()
    gc.enable()


class IceReaderApp(App[None]):
    TITLE = "icereader"
    COMMANDS = App.COMMANDS | {lambda: CorpusCommands}
    CSS_PATH = "app.tcss"
    AUTO_FOCUS = "#articles"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
        Binding("question_mark,f1", "help", "Help"),
        Binding("ctrl+r", "reindex", "Re-index", show=False),
        # Priority, so the search box is mounted and focused before the keys typed after `/`
        # are dispatched (`tmux send-keys / h o m a n` arrives in one read).
        Binding("slash", "search", "Search", priority=True),
    ]

    # Shared with every screen and widget: whether the index can answer queries yet, and the
    # colour of each speaker (corpus-wide, known a moment after the article list).
    index_ready: reactive[bool] = reactive(False)
    speaker_colours: reactive[SpeakerColours] = reactive(SpeakerColours)

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.last_query = ""
        self.quitting = False
        self.reader = ReaderScreen(engine)
        theme = settings.load().get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, lambda theme: settings.save(theme=theme.name))

    def first_frame_shown(self) -> None:
        """`icereader` pauses the garbage collector until the first frame (see cli.main), and a
        moment longer: the collection holds the interpreter for 30-60 ms, which kept the thread
        that writes the frame to the terminal from writing it."""
        if not gc.isenabled():
            self.set_timer(GC_RESUME_DELAY, _resume_collection)

    def get_default_screen(self) -> Screen:
        return self.reader

    def meta(self, article_id: str) -> ArticleMeta | None:
        """An article's title, outlet, date and url, as the article list has them."""
        return self.reader.metas.get(article_id)

    def copy_citation(self, text: str) -> None:
        from .clipboard import copy

        places = copy(self, text)
        first = text.splitlines()[0] if text else ""
        self.notify(f"Citation copied ({', '.join(places)}):\n{first[:120]}", title="Copied", timeout=4, markup=False)

    def _open(self, location: Location | None) -> None:
        if location is not None:
            self.reader.go(location)
            self.reader.query_one("#document").focus()

    async def action_search(self) -> None:
        """Awaiting the mount matters: keys typed right after `/` must reach the search box. It
        opens while the index is built too (and searches once it is ready): refused, `/ice` left
        `ice` to the reader, whose `c` answered "Nothing to cite here"."""
        from .screens.search import SearchScreen

        await self.push_screen(SearchScreen(self.engine, self.last_query), self._searched)

    def _searched(self, location: Location | None) -> None:
        if location is not None:
            self.last_query = location.query or ""
        self._open(location)

    async def action_speakers(self, speaker_id: str | None = None) -> None:
        if self._needs_index():
            return
        from .screens.speakers import SpeakersScreen

        await self.push_screen(SpeakersScreen(self.engine, speaker_id), self._open)

    def open_article(self, article_id: str) -> None:
        self._open(Location(article_id))

    async def open_speaker(self, speaker_id: str) -> None:
        await self.action_speakers(speaker_id)

    async def action_ledger(self) -> None:
        if self._needs_index():
            return
        from .screens.ledger import LedgerScreen

        await self.push_screen(LedgerScreen(self.engine), self._open)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_reindex(self) -> None:
        self.reader.index_corpus(rebuild=False, asked=True)

    def action_save_screenshot(self) -> None:
        """An SVG of the screen in the downloads folder (or, without one, the current folder)."""
        from platformdirs import user_downloads_dir

        folder = Path(user_downloads_dir())
        if not folder.is_dir():
            folder = Path.cwd()
        try:
            path = self.save_screenshot(path=str(folder))
        except OSError as e:
            self.notify(f"Could not save the screenshot in {folder}: {e.strerror or e}", severity="error", markup=False)
            return
        self.notify(f"Screenshot saved: {path}", title="Screenshot", markup=False)

    def exit(self, *args, **kwargs) -> None:
        self.quitting = True
        super().exit(*args, **kwargs)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.quitting:  # keys typed after `q` (`qs` in one read) must not open a window mid-exit
            return False
        if action == "search":  # elsewhere, and in a filter box, `/` is just a character
            return isinstance(self.screen, ReaderScreen) and not isinstance(self.focused, Input)
        return True

    def _needs_index(self) -> bool:
        if not self.index_ready:
            self.notify("The index is still being built…", severity="warning")
            return True
        return False

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if command.title not in REPLACED_COMMANDS:
                yield command
        yield SystemCommand("Search the corpus", "Find passages by words, phrases or speaker:NAME", self.action_search)
        yield SystemCommand("Speakers", "Everyone quoted, with their quotes across articles", self.action_speakers)
        yield SystemCommand(
            "Figures across the corpus", "Facts the figures state, and possible conflicts", self.action_ledger
        )
        yield SystemCommand("Timeline", "The articles by date; choose a period to list its articles", self._timeline)
        yield SystemCommand(
            "Keys and query syntax", "Every key the reader answers to, and how to search", self.action_help
        )
        yield SystemCommand(
            "Update the index", "Re-read the corpus folder for added, changed or removed files", self.action_reindex
        )
        yield SystemCommand(
            "Files not indexed", "The folder's files that were skipped, and why", self.reader.action_show_skipped
        )
        yield SystemCommand("Go back", "Return to the previous place (backspace)", self.reader.action_back)
        yield SystemCommand(  # after the palette has closed, so it is not in the picture
            "Screenshot", "Save an SVG picture of the screen", lambda: self.set_timer(0.1, self.action_save_screenshot)
        )

    async def _timeline(self) -> None:
        await self.reader.action_timeline()

"""The main screen: article list, document, figures and related passages, with a history.

The screen coordinates: widgets post messages about what the user chose, the screen asks the
engine (always in a worker thread) and tells the widgets what to show.
"""

from __future__ import annotations

import time

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header
from textual.worker import get_current_worker

from ...index.engine import Engine
from ...index.model import Article, Related
from ..appref import reader_app
from ..messages import IndexFailed, IndexProgress, IndexReady, Location
from ..text import plural
from ..widgets.article_list import ArticleList
from ..widgets.document import DocumentView
from ..widgets.figures import FiguresPanel
from ..widgets.footer import KeyFooter
from ..widgets.related import RelatedPanel
from ..widgets.status import IndexStatus


class ReaderScreen(Screen):
    AUTO_FOCUS = "#articles"
    side: reactive[str] = reactive("articles")
    BINDINGS = [
        Binding("s", "app.speakers", "Speakers"),
        Binding("f", "focus_pane('figures')", "Figures"),
        Binding("F", "app.ledger", "Figure ledger"),
        Binding("r", "focus_pane('related')", "Related", show=False),
        Binding("d", "focus_pane('document')", "Document", show=False),
        Binding("a", "focus_pane('articles')", "Articles", show=False),
        Binding("right_square_bracket", "related_jump(1)", "Next related"),
        Binding("left_square_bracket", "related_jump(-1)", "Prev related", show=False),
        Binding("backspace", "back", "Back"),
        Binding("escape", "cancel_indexing", "Cancel indexing", show=False),
    ]

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.history: list[Location] = []
        self.article: Article | None = None
        self.related_index = -1
        self._jumping = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield ArticleList(id="articles")
            yield DocumentView(id="document")
            with Vertical(id="sidebar"):
                yield FiguresPanel(id="figures")
                yield RelatedPanel(id="related")
        yield IndexStatus(id="status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.sub_title = self.corpus_name
        # After the first frame: the worker imports Whoosh and reads the corpus, and holding
        # the GIL for that would delay the first paint.
        self.call_after_refresh(self.index_corpus)

    @property
    def corpus_name(self) -> str:
        return "bundled articles" if self.engine.is_bundled else str(self.engine.root)

    def on_resize(self) -> None:
        """Narrow terminals keep the document and show one side pane at a time (the one last
        focused); tiny ones show the document alone, or the pane being used in its place."""
        self.set_class(self.size.width < 100, "-narrow")
        self.set_class(self.size.width < 70, "-tiny")
        if self.size.width < 70 and self.focused is self.query_one(DocumentView):
            self.side = "none"

    def watch_side(self, side: str) -> None:
        for name in ("articles", "sidebar", "none"):
            self.set_class(side == name, f"-side-{name}")

    def on_descendant_focus(self, event) -> None:
        pane = event.widget.id
        if pane == "articles":
            self.side = "articles"
        elif pane in ("figures", "related"):
            self.side = "sidebar"
        elif pane == "document" and self.has_class("-tiny"):
            self.side = "none"

    # --- indexing ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index", name="index")
    def index_corpus(self, rebuild: bool = False, asked: bool = False) -> None:
        """Bring the index up to date; `asked`: the user pressed ctrl+r, so say what changed even if nothing did."""
        from ...index.errors import Cancelled, IndexBroken, IndexBusy, IndexLocationError

        worker = get_current_worker()
        last = [0.0]

        def progress(done: int, total: int, label: str) -> None:
            now = time.monotonic()
            if now - last[0] > 0.05 or done == total:
                last[0] = now
                self.post_message(IndexProgress(done, total, label))

        try:
            report = self.engine.sync(rebuild=rebuild, progress=progress, cancel=lambda: worker.is_cancelled)
        except Cancelled:
            self.post_message(
                IndexFailed(
                    "Indexing cancelled; any previous index is unchanged. Ctrl+R resumes.",
                    "Indexing cancelled",
                    "information",
                )
            )
            self._open_existing()
            return
        except IndexBusy as e:
            self.post_message(IndexFailed(f"{e}; showing the last complete index.", severity="warning"))
            self._open_existing()
            return
        except (IndexLocationError, IndexBroken, OSError) as e:
            self.post_message(IndexFailed(str(e)))
            return
        except Exception as e:  # a bug must not take the reader down with a traceback
            self.post_message(IndexFailed(f"indexing failed: {type(e).__name__}: {e}"))
            self._open_existing()
            return
        skipped = f", {plural(len(report.skipped), 'file')} skipped" if report.skipped else ""
        changes = f"Articles {report.changes()}." if report.changes() else "The index is up to date." if asked else None
        self.post_message(IndexReady(plural(report.articles, "article") + skipped, report.reason or None, changes))
        self._load_articles()

    def _open_existing(self) -> None:
        try:
            self.engine.reopen()
        except Exception:
            return
        self._load_articles()

    def _load_articles(self) -> None:
        """The list first; then the corpus-wide speaker colours (they need every quote, which
        takes a second at 10,000 articles), and the open article is repainted with them."""
        from ..colours import PALETTE, SpeakerColours

        self.app.call_from_thread(self._show_articles, self.engine.articles())
        colours = SpeakerColours(self.engine.speaker_slots(len(PALETTE)))
        self.app.call_from_thread(self._recolour, colours)

    def _recolour(self, colours) -> None:
        reader_app(self).speaker_colours = colours

    def _show_articles(self, metas) -> None:
        reader_app(self).index_ready = True
        self.query_one(ArticleList).set_articles(metas)
        if not metas:
            self.query_one(DocumentView).show_message(
                "No articles",
                f"No readable articles (.txt, .md, .html, .pdf) in {self.engine.root}.\n\n"
                "Add some, then press Ctrl+R to index them (or run: icereader --corpus DIR).",
            )
        elif self.article is None:
            self.go(Location(metas[0].id), remember=False)

    def on_index_progress(self, message: IndexProgress) -> None:
        self.query_one(IndexStatus).progress(message.done, message.total, message.label)

    def on_index_ready(self, message: IndexReady) -> None:
        self.query_one(IndexStatus).done()
        self.sub_title = f"{self.corpus_name} · {message.summary}"
        if message.warning:
            self.notify(message.warning, severity="warning", markup=False)
        if message.changes and reader_app(self).index_ready:
            self.notify(message.changes, markup=False)

    def on_index_failed(self, message: IndexFailed) -> None:
        self.query_one(IndexStatus).message(message.error)
        if self.article is None:
            self.query_one(DocumentView).show_message(message.title, message.error)
        self.notify(message.error, severity=message.severity, timeout=8, markup=False)

    def action_focus_pane(self, pane: str) -> None:
        """Focus a pane, first showing it if the terminal is too narrow to show everything."""
        self.side = {"articles": "articles", "figures": "sidebar", "related": "sidebar"}.get(pane, self.side)
        widget = self.query_one(f"#{pane}")
        self.call_after_refresh(widget.focus)

    def action_cancel_indexing(self) -> None:
        for worker in self.workers:
            if worker.group == "index" and worker.is_running:
                worker.cancel()

    # --- navigation ------------------------------------------------------------------------------

    def current_location(self) -> Location | None:
        if self.article is None:
            return None
        doc = self.query_one(DocumentView)
        return Location(self.article.id, max(doc.cursor, 0))

    def go(self, location: Location, remember: bool = True) -> None:
        if remember and (here := self.current_location()):
            self.history.append(here)
        self._load_location(location)

    @work(thread=True, exclusive=True, group="open")
    def _load_location(self, location: Location) -> None:
        article = self.article if self.article and self.article.id == location.article_id else None
        article = article or self.engine.article(location.article_id)
        if article is None:
            self.app.call_from_thread(self.notify, "That article is no longer in the index.", severity="warning")
            return
        spans = self.engine.term_spans(article.text, location.terms) if location.terms else []
        self.app.call_from_thread(self._show, article, location, spans)

    def _show(self, article: Article, location: Location, spans: list[tuple[int, int]]) -> None:
        self.article = article
        self.query_one(DocumentView).show(article, location.paragraph, hits=spans, mark=location.mark)
        self.query_one(FiguresPanel).set_figures(article.figures)
        self.query_one(ArticleList).select_article(article.id)

    @on(ArticleList.Chosen)
    def _article_chosen(self, event: ArticleList.Chosen) -> None:
        self.go(Location(event.article_id))
        self.query_one(DocumentView).focus()

    @on(FiguresPanel.Chosen)
    def _figure_chosen(self, event: FiguresPanel.Chosen) -> None:
        self.query_one(DocumentView).set_mark((event.figure.start, event.figure.end))
        if self.has_class("-tiny"):
            self.query_one(DocumentView).focus()

    def action_back(self) -> None:
        if not self.history:
            self.notify("Nothing to go back to.", severity="information")
            return
        self._jumping = False
        self._load_location(self.history.pop())

    # --- related passages ------------------------------------------------------------------------

    @on(DocumentView.CursorMoved)
    def _cursor_moved(self, event: DocumentView.CursorMoved) -> None:
        if self._jumping:
            self._jumping = False
            return
        self.related_index = -1
        self._load_related(event.article_id, event.paragraph)

    @work(thread=True, exclusive=True, group="related")
    def _load_related(self, article_id: str, paragraph: int) -> None:
        time.sleep(0.12)  # holding j should not compute related passages for every paragraph
        if get_current_worker().is_cancelled:
            return
        related = self.engine.related(article_id, paragraph)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_related, related, paragraph)

    def _show_related(self, related: list[Related], paragraph: int) -> None:
        title = self.article.title if self.article else ""
        self.query_one(RelatedPanel).set_related(related, title, paragraph)

    @on(RelatedPanel.Chosen)
    def _related_chosen(self, event: RelatedPanel.Chosen) -> None:
        self._jump_to_related(event.index)

    def action_related_jump(self, delta: int) -> None:
        panel = self.query_one(RelatedPanel)
        if not panel.related:
            self.notify("No related passages for this passage.", severity="information")
            return
        self._jump_to_related((self.related_index + delta) % len(panel.related))

    def _jump_to_related(self, index: int) -> None:
        panel = self.query_one(RelatedPanel)
        target = panel.related[index]
        self.related_index = index
        panel.show_current(index)
        self._jumping = True
        self.go(Location(target.article_id, target.paragraph))

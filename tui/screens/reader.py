"""The main screen: article list, document, figures and related passages, with a history.

The screen coordinates: widgets post messages about what the user chose, the screen asks the
engine (always in a worker thread) and tells the widgets what to show. It also walks a search's
hits across articles (`n`/`N`), copies citations (`c`) and narrows the article list (`l`, `t`).

Start-up: the first frame holds the articles of the last index, listed from its fact store (no
Whoosh, no look at the folder), and little else; after it come the side panels, the first article,
and the worker that checks the folder and opens the index.
"""

from __future__ import annotations

import textwrap
import time

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Input
from textual.worker import get_current_worker

from ...index.engine import READABLE, Engine
from ...index.model import Article, ArticleMeta, Related, Skipped
from .. import cite
from ..appref import reader_app
from ..messages import IndexFailed, IndexProgress, IndexReady, Location
from ..text import plural
from ..walk import Walk
from ..widgets.article_list import ArticleList, Period
from ..widgets.document import DocumentView
from ..widgets.figures import FiguresPanel
from ..widgets.filter_box import FilterBox
from ..widgets.footer import KeyFooter
from ..widgets.related import RelatedPanel
from ..widgets.status import IndexStatus
from .why import WhyScreen


def _hit_spans(engine: Engine, article: Article, location: Location) -> list[tuple[int, int]]:
    """Where the search that led here matched in `article`: its terms in the passages that
    matched (a passage that matched without one, e.g. on `speaker:`, is a hit as a whole)."""
    if not location.terms and location.walk is None:
        return []
    spans = engine.term_spans(article.text, location.terms)
    matched = location.walk.paragraphs.get(article.id) if location.walk else None
    if matched is None:
        return spans
    keep = set(matched)
    inside = [(s, e) for s, e in spans if (p := article.passage_at(s)) is not None and p.index in keep]
    covered = {p.index for s, _ in inside if (p := article.passage_at(s)) is not None}
    whole = [(p.start, p.end) for p in article.passages if p.index in keep and p.index not in covered]
    return sorted(inside + whole)


class ReaderScreen(Screen):
    AUTO_FOCUS = "#articles"
    # In the footer while the screen is narrow, where the figures and related panes are hidden
    # until f or r brings them (and the footer said nothing of either key).
    NARROW_KEYS = frozenset(("focus_pane('figures')", "focus_pane('related')"))
    side: reactive[str] = reactive("articles")
    BINDINGS = [
        Binding("s", "app.speakers", "Speakers"),
        Binding("f", "focus_pane('figures')", "Figures", show=False),
        Binding("r", "focus_pane('related')", "Related", show=False),
        Binding("F", "app.ledger", "Figure ledger"),
        Binding("d", "focus_pane('document')", "Document", show=False),
        Binding("a", "focus_pane('articles')", "Articles", show=False),
        Binding("n", "hit(1)", "Next hit"),
        Binding("N", "hit(-1)", "Prev hit", show=False),
        Binding("c", "cite", "Cite"),
        Binding("w", "why", "Why this speaker", show=False),
        Binding("l", "filter_articles", "Filter", show=False),
        Binding("t", "timeline", "Timeline"),
        Binding("right_square_bracket", "related_jump(1)", "Next related"),
        Binding("left_square_bracket", "related_jump(-1)", "Prev related", show=False),
        Binding("backspace", "back", "Back"),
        Binding("escape", "escape", "Clear hits", show=False),
    ]

    def __init__(self, engine: Engine) -> None:
        # The class `side` starts with (see watch_side), given here: added on mount, it restyled
        # every widget once more before the first frame.
        super().__init__(classes="-side-articles")
        self.engine = engine
        self.history: list[Location] = []
        self.article: Article | None = None
        self.metas: dict[str, ArticleMeta] = {}
        self.walk: Walk | None = None  # the last search opened, walked with n/N
        self.skipped: tuple[Skipped, ...] = ()  # the folder's files the last sync did not index, with why
        self.related_index = -1
        self._jumping = False
        self.figures_panel = FiguresPanel(id="figures")
        self.related_panel = RelatedPanel(id="related")
        self._side_panels_mounted = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="articles-pane"):
                yield FilterBox("#articles", "l filters · o sorts", leave_on_clear=True, id="article-filter")
                yield ArticleList(id="articles")
            yield DocumentView(id="document")
            yield Vertical(id="sidebar")  # its panels come after the first frame: _mount_side_panels
        yield IndexStatus(id="status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.sub_title = self.corpus_name
        self.list_last_index()
        # After the first frame: the worker imports Whoosh and reads the corpus, and holding
        # the GIL for that would delay the first paint.
        self.call_after_refresh(self._first_frame_shown)

    def _first_frame_shown(self) -> None:
        reader_app(self).first_frame_shown()
        self._mount_side_panels()
        self.index_corpus()

    def _mount_side_panels(self) -> None:
        """The figures and related panels, mounted after the first frame (or at first use, if
        that comes sooner): two lists with nothing to show yet took a fifth of the work before
        the first frame, and so before the article list showed."""
        if not self._side_panels_mounted:
            self._side_panels_mounted = True
            self.query_one("#sidebar").mount(self.figures_panel, self.related_panel)

    def list_last_index(self) -> None:
        """The articles as the last index knew them, in the first frame, before the folder is
        checked. Read here rather than in a worker: one SQLite query (0.14 s at 10,000 articles)
        costs less than the wait for a thread that competes with the indexing worker for the GIL
        (the list showed 1.3 s after the first frame at 10,000 articles, 0.12 s with five)."""
        try:
            metas = self.engine.last_articles()
        except Exception:  # an unreadable last index: the sync rebuilds it and lists the articles
            return
        if metas:
            self._show_articles(metas, False)

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
        self.query_one("#article-filter", FilterBox).placeholder = (
            "l filters · o sorts" if self.size.width >= 70 or self.side == "articles" else ""
        )

    def watch_side(self, side: str) -> None:
        for name in ("articles", "sidebar", "none"):
            self.set_class(side == name, f"-side-{name}")

    def on_descendant_focus(self, event) -> None:
        pane = event.widget.id
        if pane in ("articles", "article-filter"):
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
        skipped = (
            f", {plural(len(report.skipped), 'file')} skipped (palette: Files not indexed)" if report.skipped else ""
        )
        changes = f"Articles {report.changes()}." if report.changes() else "The index is up to date." if asked else None
        summary = plural(report.articles, "article") + skipped
        self.post_message(IndexReady(summary, report.reason or None, changes, tuple(report.skipped)))
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

        self.app.call_from_thread(self._show_articles, self.engine.articles(), True)
        colours = SpeakerColours(self.engine.speaker_slots(len(PALETTE)))
        self.app.call_from_thread(self._recolour, colours)

    def _recolour(self, colours) -> None:
        reader_app(self).speaker_colours = colours

    def _show_articles(self, metas: list[ArticleMeta], ready: bool) -> None:
        """`ready`: the index is synced and open (else these come from the last index, early)."""
        if not ready and reader_app(self).index_ready:
            return  # the synced list came first
        reader_app(self).index_ready = ready
        self.metas = {m.id: m for m in metas}
        self.query_one(ArticleList).set_articles(metas)
        if ready and self.article is not None and self.article.id not in self.metas:
            self.article = None  # removed from the folder: open another
        if ready and self.article is not None and (cursor := self.query_one(DocumentView).cursor) >= 0:
            self._load_related(self.article.id, cursor)  # (below 0: still opening; its cursor move loads them)
        if not metas:
            self.query_one(DocumentView).show_message(
                "No articles",
                f"No readable articles ({READABLE}) in {self.engine.root}.\n\n"
                "Add some, then press Ctrl+R to index them (or run: icereader --corpus DIR).",
            )
        elif self.article is None:
            self._load_location(Location(metas[0].id), follow=False)

    def on_index_progress(self, message: IndexProgress) -> None:
        self.query_one(IndexStatus).progress(message.done, message.total, message.label)

    def on_index_ready(self, message: IndexReady) -> None:
        self.skipped = message.skipped
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
        self._mount_side_panels()
        widget = self.query_one(f"#{pane}")
        # Focus first, then show: a focused widget that is hidden hands its focus to a sibling
        # (the article list to its filter box), which brought back the pane just left.
        widget.focus()
        self.side = {"articles": "articles", "figures": "sidebar", "related": "sidebar"}.get(pane, self.side)

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
    def _load_location(self, location: Location, follow: bool = True) -> None:
        """Open `location`; `follow`: the article list's highlight moves to it (not for the first
        article, opened as the list appears: a key pressed meanwhile moved the highlight, which
        this then took back)."""
        article = self.article if self.article and self.article.id == location.article_id else None
        try:
            article = article or self.engine.article(location.article_id)
        except Exception as e:  # an unreadable index must not take the reader down with a traceback
            self.post_message(IndexFailed(f"could not open the article: {type(e).__name__}: {e}"))
            return
        if article is None:
            self.app.call_from_thread(self.notify, "That article is no longer in the index.", severity="warning")
            return
        self.app.call_from_thread(self._show, article, location, _hit_spans(self.engine, article, location), follow)

    def _show(self, article: Article, location: Location, spans: list[tuple[int, int]], follow: bool) -> None:
        self.article = article
        doc = self.query_one(DocumentView)
        if location.walk is not None:
            self.walk = location.walk
        here = self.walk.position(article.id) if self.walk and spans else None
        many = self.walk is not None and len(self.walk.order) > 1
        doc.walk_note = (
            f"article {here + 1} of {len(self.walk.order)}" if self.walk and many and here is not None else ""
        )
        doc.show(article, location.paragraph, hits=spans, mark=location.mark, last_hit=location.last_hit)
        self._mount_side_panels()
        self.figures_panel.set_figures(article.figures)
        if follow:
            self.query_one(ArticleList).select_article(article.id)

    # --- search hits, walked across the corpus -----------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if reader_app(self).quitting:
            return False
        if action == "hit":
            return bool(self.walk or self.query_one(DocumentView).hits)
        return True

    def action_hit(self, delta: int) -> None:
        """The next hit in the article; past its last, the first hit of the next article with hits
        (N: the last hit of the one before)."""
        doc = self.query_one(DocumentView)
        if doc.step_hit(delta):
            return
        step = self.walk.step(self.article.id, delta) if self.walk and self.article else None
        if step is None:
            doc.wrap_hit(delta)
            return
        assert self.walk is not None
        article_id, wrapped = step
        if wrapped:
            self.notify(
                "Search walk wrapped to the " + ("first" if delta > 0 else "last") + " article with hits", timeout=2
            )
        paragraphs = self.walk.paragraphs[article_id]
        self.go(
            Location(
                article_id,
                paragraphs[0] if delta > 0 else paragraphs[-1],
                query=self.walk.query,
                terms=self.walk.terms,
                walk=self.walk,
                last_hit=delta < 0,
            )
        )

    def action_escape(self) -> None:
        """Esc clears the search hits and ends the walk; with none, it cancels indexing."""
        doc = self.query_one(DocumentView)
        if doc.hits or self.walk:
            doc.clear_hits()
            self.walk = None
            self.refresh_bindings()
        else:
            self.action_cancel_indexing()

    # --- citations --------------------------------------------------------------------------------

    def action_cite(self) -> None:
        """Copy a citation of what is chosen in the focused pane: a figure, a related passage, or in
        the document the marked quote or figure, the passage's only quote, or the passage."""
        text = self._citation()
        if text is None:
            self.notify("Nothing to cite here: choose a passage, quote or figure.", severity="information")
            return
        reader_app(self).copy_citation(text)

    def _citation(self) -> str | None:
        article, doc = self.article, self.query_one(DocumentView)
        if article is None or doc.article is None:
            return None
        focused = self.focused
        meta = article.meta
        if isinstance(focused, FiguresPanel) and focused.highlighted is not None:
            f = article.figures[focused.highlighted]
            return cite.figure(f, meta, article.passages[f.paragraph].text)
        if isinstance(focused, RelatedPanel) and focused.highlighted is not None and focused.related:
            r = focused.related[focused.highlighted]
            return cite.passage(r.text, self.metas.get(r.article_id), r.paragraph)
        passage = article.passages[max(doc.cursor, 0)]
        if doc.mark and passage.start <= doc.mark[0] <= passage.end:
            for q in article.quotes:
                if (q.start, q.end) == doc.mark:
                    return cite.quote(q, meta)
            for f in article.figures:
                if (f.start, f.end) == doc.mark:
                    return cite.figure(f, meta, passage.text)
        quotes = [q for q in article.quotes if q.paragraph == passage.index]
        if len(quotes) == 1:
            return cite.quote(quotes[0], meta)
        return cite.passage(passage.text, meta, passage.index)

    def action_show_skipped(self) -> None:
        """The files of the folder that were not indexed, each with why (empty, binary, a scan
        with no text layer…): the command line's `index --verbose` list, in the reader."""
        kinds = f"Only {READABLE} files are read: files of other kinds are passed over and not listed."
        if not self.skipped:
            self.notify(f"Every file of the folder was indexed. {kinds}", severity="information", markup=False)
            return
        lines = [f"{s.path}: {s.reason}" for s in self.skipped]
        self.app.push_screen(WhyScreen(f"{plural(len(lines), 'file')} not indexed", "\n".join([*lines, "", kinds])))

    def action_why(self) -> None:
        """Say how each quote of the current passage (or the marked one) got its speaker, and how
        sure that is: the reason behind a dimmed "?"."""
        article, doc = self.article, self.query_one(DocumentView)
        if article is None or doc.article is None:
            return
        passage = article.passages[max(doc.cursor, 0)]
        quotes = [q for q in article.quotes if q.paragraph == passage.index]
        marked = [q for q in quotes if (q.start, q.end) == doc.mark]
        if not quotes:
            self.notify("No quote in this passage.", severity="information")
            return
        lines = [f"“{textwrap.shorten(q.text, 40, placeholder='…')}” {q.why}" for q in marked or quotes]
        self.app.push_screen(WhyScreen("How the speakers were found", "\n\n".join(lines)))

    # --- narrowing the article list ------------------------------------------------------------------

    def action_filter_articles(self) -> None:
        self.query_one("#article-filter").focus()  # first: see action_focus_pane
        self.side = "articles"

    @on(Input.Changed, "#article-filter")
    def _filter_typed(self, event: Input.Changed) -> None:
        self.query_one(ArticleList).filter_words(event.value)

    async def action_timeline(self) -> None:
        from .timeline import TimelineScreen

        await self.app.push_screen(TimelineScreen(self.query_one(ArticleList).all), self._period_chosen)

    def _period_chosen(self, period: Period | None) -> None:
        if period is not None:
            articles = self.query_one(ArticleList)
            articles.filter_period(period)
            self.action_focus_pane("articles")

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
        if reader_app(self).index_ready:  # related passages need the index; loaded when it opens
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
        """Fill the panel; a result that arrives while the app quits finds it unmounted and is
        dropped (querying it then raised NoMatches from the worker at exit)."""
        title = self.article.title if self.article else ""
        for panel in self.query(RelatedPanel):
            panel.set_related(related, title, paragraph)

    @on(RelatedPanel.Chosen)
    def _related_chosen(self, event: RelatedPanel.Chosen) -> None:
        self._jump_to_related(event.index)

    def action_related_jump(self, delta: int) -> None:
        panel = self.related_panel
        if not panel.related:
            self.notify("No related passages for this passage.", severity="information")
            return
        self._jump_to_related((self.related_index + delta) % len(panel.related))

    def _jump_to_related(self, index: int) -> None:
        panel = self.related_panel
        target = panel.related[index]
        self.related_index = index
        panel.show_current(index)
        self._jumping = True
        self.go(Location(target.article_id, target.paragraph))

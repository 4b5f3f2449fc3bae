"""The document pane: an article's paragraphs with a passage cursor and search-hit navigation
(the screen walks the hits on from article to article)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import AwaitMount
from textual.widgets import Static

from ...index.model import Article
from ..appref import reader_app
from ..text import plural
from .passage import PassageView, passage_content

_SHOWN_URL = 40  # characters of a url (without its scheme) shown in the header: one line of a narrow pane


class DocumentView(VerticalScroll, can_focus=True):
    BINDINGS = [
        Binding("j,down", "move(1)", "Next ¶", show=False),
        Binding("k,up", "move(-1)", "Prev ¶", show=False),
        Binding("g,home", "go_to(0)", "Top", show=False),
        Binding("G,end", "go_to(-1)", "Bottom", show=False),
        Binding("space,pagedown,ctrl+f", "page(1)", "Page down", show=False),
        Binding("b,pageup,ctrl+b", "page(-1)", "Page up", show=False),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False),
    ]

    cursor: reactive[int] = reactive(0, init=False)
    WINDOW = 120

    @dataclass
    class CursorMoved(Message):
        """The selected passage changed (the related panel follows it)."""

        article_id: str
        paragraph: int

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.hits: list[tuple[int, int]] = []
        self.hit_index = -1
        self.mark: tuple[int, int] | None = None
        self.walk_note = ""  # where the article sits in a search walk ("article 2 of 41")
        self._views: list[PassageView] = []  # the mounted window: passages _lo … _lo + len - 1
        self._lo = 0

    def on_mount(self) -> None:
        self.watch(self.app, "speaker_colours", lambda _: self.restyle(), init=False)

    def show(
        self,
        article: Article,
        paragraph: int = 0,
        *,
        hits: Sequence[tuple[int, int]] = (),
        mark: tuple[int, int] | None = None,
        last_hit: bool = False,
    ) -> None:
        """Replace the pane's content with `article`, select `paragraph`, scroll to it; the current
        hit is the first in or after that paragraph (with `last_hit`, the last in it)."""
        self.article, self.hits, self.mark = article, list(hits), mark
        self.hit_index = -1
        if self.hits:
            para = article.passages[paragraph] if paragraph < len(article.passages) else None
            starts = [s for s, _ in self.hits]
            if last_hit and para is not None:
                self.hit_index = max(bisect_left(starts, para.end + 1) - 1, 0)
            else:
                first = bisect_left(starts, para.start if para else 0)
                self.hit_index = first if first < len(self.hits) else 0
        self._hit_subtitle()
        self.border_title = Content(article.title)
        self.refresh_bindings()
        self._window(paragraph)

    def _window(self, paragraph: int) -> None:
        """Mount the passages of the window around `paragraph`, then select it. A widget per paragraph
        is what makes a paragraph clickable and styleable, but Textual takes seconds to mount
        thousands, so a long article (a report, a transcript) shows WINDOW paragraphs at a time and
        moves the window when the cursor leaves it."""
        article = self.article
        assert article is not None
        total = len(article.passages)
        self._lo = max(0, min(paragraph - self.WINDOW // 2, total - self.WINDOW))
        hi = min(total, self._lo + self.WINDOW)
        self.remove_children()
        self._views = [
            PassageView(p, self._styled(p.index), headline=p.index == 0 and p.text == article.title)
            for p in article.passages[self._lo : hi]
        ]
        self.set_reactive(DocumentView.cursor, -1)
        above = (
            [Static(self._meta_line(article), classes="meta", markup=False)]
            if self._lo == 0
            else [Static(f"↑ {plural(self._lo, 'paragraph')} above · k or b to read on, g for the top", classes="more")]
        )
        below = (
            [Static(f"↓ {plural(total - hi, 'more paragraph')} · j or space to read on, G for the end", classes="more")]
            if hi < total
            else []
        )
        self.call_next(self._select_when_laid_out, self.mount_all(above + self._views + below), paragraph)

    async def _select_when_laid_out(self, mounted: AwaitMount, paragraph: int) -> None:
        """Select `paragraph` once the new window is mounted and laid out: scrolled to before, the
        passage had no place yet and the pane stayed where it was (a quote opened from the speakers
        window showed "↑ 110 paragraphs above", the quote off screen)."""
        await mounted
        self.call_after_refresh(self._select, paragraph, True)

    def _hit_subtitle(self) -> None:
        where = f"hit {self.hit_index + 1} of {len(self.hits)}" if self.hits else ""
        self.border_subtitle = " · ".join(b for b in (where, self.walk_note, "n/N" if where else "") if b)

    def clear_hits(self) -> None:
        if self.article is None:
            return
        touched = {p.index for p in (self.article.passage_at(s) for s, _ in self.hits) if p}
        self.hits, self.hit_index, self.walk_note = [], -1, ""
        self.border_subtitle = ""
        self._refresh_passages(touched)

    def show_message(self, title: str, text: str) -> None:
        """No article to show (empty corpus, index failed): say why and what to do."""
        self.article, self.hits, self._views, self._lo = None, [], [], 0
        self.remove_children()
        self.mount(Static(Content(text), classes="message", markup=False))
        self.border_title = Content(title)

    @staticmethod
    def _meta_line(article: Article) -> Content:
        """Outlet, byline, date, counts and where the article came from; a long url is shortened
        (a citation, `c`, copies it whole): unbroken, it wrapped mid-word over several lines of a
        narrow terminal, the text pushed below the fold."""
        bits = [b for b in (article.outlet, article.byline and f"by {article.byline}", article.date) if b]
        counts = f"{plural(len(article.quotes), 'quote')} · {plural(len(article.figures), 'figure')}"
        where = (article.url or article.path).removeprefix("https://").removeprefix("http://")
        if len(where) > _SHOWN_URL:
            where = where[: _SHOWN_URL - 1] + "…"
        bits.append(f"{counts} · {where}")
        return Content(" · ".join(bits))

    def _styled(self, index: int) -> Content:
        article = self.article
        assert article is not None
        current = self.hits[self.hit_index] if 0 <= self.hit_index < len(self.hits) else None
        return passage_content(
            article.passages[index],
            article.quotes,
            article.figures,
            reader_app(self).speaker_colours,
            self.hits,
            current,
            self.mark,
        )

    def restyle(self) -> None:
        """Render every mounted passage again (the speaker colours changed)."""
        self._refresh_passages({view.passage.index for view in self._views})

    def _view(self, index: int) -> PassageView | None:
        """The mounted view of passage `index`, if it is in the window."""
        return self._views[index - self._lo] if 0 <= index - self._lo < len(self._views) else None

    def _refresh_passages(self, indexes: set[int]) -> None:
        for i in indexes:
            if view := self._view(i):
                view.update(self._styled(i))

    def _select(self, index: int, center: bool = False) -> None:
        if not self._views or self.article is None:
            return
        index = max(0, min(index, len(self.article.passages) - 1))
        if self._view(index) is None:
            self._window(index)
            return
        self.cursor = index
        view = self._view(index)
        if index == 0:
            self.scroll_home(animate=False)  # keep the byline and date in view
        elif view is None:
            return  # not mounted: the window moves to it first
        elif center:
            self.scroll_to_center(view, animate=False)
        else:
            self.scroll_to_widget(view, animate=False)

    def watch_cursor(self, old: int, new: int) -> None:
        if view := self._view(old):
            view.remove_class("selected")
        if view := self._view(new):
            view.add_class("selected")
        if self.article is not None:
            self.post_message(self.CursorMoved(self.article.id, new))

    def on_passage_view_clicked(self, event: PassageView.Clicked) -> None:
        self.focus()
        self._select(event.index)

    def action_move(self, delta: int) -> None:
        self._select(self.cursor + delta)

    def action_go_to(self, index: int) -> None:
        if self.article is not None:
            self._select(index if index >= 0 else len(self.article.passages) - 1)

    def action_page(self, direction: int) -> None:
        """Scroll a screenful and put the cursor on the first passage in view; at the edge of a long
        article's window, step into the next window instead."""
        at_edge = self.scroll_y >= self.max_scroll_y if direction > 0 else self.scroll_y <= 0
        if at_edge and self._views:
            self._select(self._views[-1].passage.index + 1 if direction > 0 else self._lo - 1)
            return
        (self.scroll_page_down if direction > 0 else self.scroll_page_up)(animate=False)
        self.call_after_refresh(self._cursor_to_view)

    def _cursor_to_view(self) -> None:
        """The cursor goes to the first passage that starts on screen (a passage taller than the
        screen: the one showing at the top)."""
        top, bottom = self.scroll_offset.y, self.scroll_offset.y + self.scrollable_content_region.height
        showing = [v for v in self._views if v.virtual_region.bottom > top and v.virtual_region.y < bottom]
        starting = [v for v in showing if v.virtual_region.y >= top]
        if starting or showing:
            self.cursor = (starting or showing)[0].passage.index

    def on_resize(self) -> None:
        """A resize rewraps every paragraph: bring the one being read back into view."""
        if (view := self._view(self.cursor)) is not None:
            self.call_after_refresh(self.scroll_to_center, view, animate=False)

    def action_half_page(self, direction: int) -> None:
        """ctrl+d / ctrl+u as in less and vim: half a screen, the cursor following."""
        self.scroll_relative(y=direction * max(self.scrollable_content_region.height // 2, 1), animate=False)
        self.call_after_refresh(self._cursor_to_view)

    def step_hit(self, delta: int) -> bool:
        """Move to the next (previous) hit in the article; False at the last (first) one."""
        if not self.hits or not 0 <= self.hit_index + delta < len(self.hits):
            return False
        self._go_to_hit(self.hit_index + delta)
        return True

    def wrap_hit(self, delta: int) -> None:
        """Past the last hit, back to the first (and the other way): when no other article has hits."""
        if self.hits:
            if len(self.hits) > 1:
                self.notify("Search wrapped to the " + ("first" if delta > 0 else "last") + " hit", timeout=2)
            self._go_to_hit(0 if delta > 0 else len(self.hits) - 1)

    def _go_to_hit(self, index: int) -> None:
        assert self.article is not None
        old = self.hits[self.hit_index] if self.hit_index >= 0 else None
        self.hit_index = index
        s, e = self.hits[self.hit_index]
        touched = {p.index for p in (self.article.passage_at(s), old and self.article.passage_at(old[0])) if p}
        self._refresh_passages(touched)
        target = self.article.passage_at(s)
        if target:
            self._select(target.index, center=True)
        self._hit_subtitle()

    def set_mark(self, mark: tuple[int, int] | None) -> None:
        """Mark a quote or figure (article offsets) and bring it into view."""
        if self.article is None:
            return
        touched = {
            p.index
            for p in (self.mark and self.article.passage_at(self.mark[0]), mark and self.article.passage_at(mark[0]))
            if p
        }
        self.mark = mark
        self._refresh_passages(touched)
        if mark and (p := self.article.passage_at(mark[0])):
            self._select(p.index, center=True)

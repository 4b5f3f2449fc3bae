"""`F`: the corpus figures ledger. The facts the articles' figures state, each with its members
(the figure as written, its qualifier, the article), the words that tie them, and a verdict
(agree, consistent, possible conflict: with each side's sentence, outlet and date); Enter on a
citation opens it in its article, `c` copies it as a citation. Typing filters the facts (a figure,
what it counts, an outlet)."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input

from ...index.engine import Engine
from ...index.model import ArticleMeta, Figure, FigureGroup
from .. import cite
from ..appref import reader_app
from ..messages import Location
from ..text import paragraph_label, plural
from ..widgets.card import Card
from ..widgets.figures import figure_line
from ..widgets.filter_box import FilterBox, matches, words_of
from ..widgets.footer import KeyFooter
from ..widgets.virtual_list import VirtualList

VERDICT = {
    "conflict": ("POSSIBLE CONFLICT", "bold #ff8787"),
    "consistent": ("CONSISTENT", "bold #5fd7d7"),
    "agree": ("AGREE", "bold #87d787"),
    "single": ("ONCE", "dim"),
}


def _group_lines(g: FigureGroup, width: int) -> list[Content]:
    word, style = VERDICT[g.verdict]
    distinct = list(dict.fromkeys(f.text for f in g.figures))
    values = ", ".join(distinct[:4]) + (f" … +{len(distinct) - 4}" if len(distinct) > 4 else "")
    return [
        Content.assemble((word, style), ": ", (values, "bold")),
        Content(g.label or "(unclear what it counts)"),
        Content.styled(f"{plural(len(g.figures), 'citation')} · {plural(len(g.article_ids), 'article')}", "dim"),
    ]


class LedgerScreen(ModalScreen[Location | None]):
    AUTO_FOCUS = "#ledger-filter"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close"),
        Binding("q", "dismiss(None)", "Close", show=False),
        Binding("tab", "app.focus_next", "Switch list"),
        Binding("c", "cite", "Copy citation"),
    ]

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.all: list[FigureGroup] = []  # shared facts first, then those cited once
        self.groups: list[FigureGroup] = []  # those the filter lets through
        self.metas: dict[str, ArticleMeta] = {}

    def compose(self) -> ComposeResult:
        with Horizontal(id="ledger-box", classes="modal-box"):
            with Vertical(id="groups-column"):
                yield FilterBox(
                    "#groups",
                    "type to filter: a figure, what it counts, outlet",
                    detail="#citations",
                    id="ledger-filter",
                )
                yield VirtualList(3, id="groups")
            with Vertical(id="group-detail"):
                yield Card(id="group-card")
                yield VirtualList(2, id="citations")
        yield KeyFooter()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 80, "-narrow")

    def on_mount(self) -> None:
        self.query_one(
            "#ledger-box"
        ).border_title = "Figures across the corpus · Enter lists citations · Enter on a citation opens it"
        self.query_one("#groups").loading = True
        self.load()

    @work(thread=True, exclusive=True, group="ledger")
    def load(self) -> None:
        groups = self.engine.figure_groups()
        metas = self.engine.articles()
        self.app.call_from_thread(self._show, groups, metas)

    def _show(self, groups: list[FigureGroup], metas: list[ArticleMeta]) -> None:
        if self not in self.app.screen_stack:
            return  # closed while the worker ran
        self.all = [g for g in groups if len(g.figures) > 1] + [g for g in groups if len(g.figures) == 1]
        self.metas = {m.id: m for m in metas}
        self.query_one("#groups", VirtualList).loading = False
        self._refill()

    @on(Input.Changed, "#ledger-filter")
    def _refill(self) -> None:
        words = words_of(self.query_one("#ledger-filter", Input).value)
        self.groups = [g for g in self.all if not words or matches(words, *self._facets(g))]
        lst = self.query_one("#groups", VirtualList)
        lst.set_items(self.groups, _group_lines)
        shared = [g for g in self.groups if len(g.figures) > 1]
        conflicts = sum(g.verdict == "conflict" for g in shared)
        title = f"{plural(len(shared), 'fact')} cited more than once · {plural(conflicts, 'possible conflict')}"
        lst.border_title = f"{len(self.groups):,} of {len(self.all):,} · {title}" if words else title
        if not self.groups:
            self.query_one("#group-card-box", Card).update(
                "No fact matches the filter." if words else "No figures in this corpus."
            )
            self.query_one("#citations", VirtualList).set_items([], self._citation_lines)

    def _facets(self, g: FigureGroup) -> list[str | None]:
        """What a fact is found by: its figures as written, what they count, the verdict, and the
        articles they come from (title and outlet)."""
        return [
            g.label,
            VERDICT[g.verdict][0],
            *(f.text for f in g.figures),
            *(f.counts for f in g.figures),
            *(self.metas[a].title for a in g.article_ids if a in self.metas),
            *(self.metas[a].outlet for a in g.article_ids if a in self.metas),
        ]

    def _citation_lines(self, f: Figure, width: int) -> list[Content]:
        qualifier = f" ({f.qualifier})" if f.qualifier else ""
        return [
            figure_line(f, qualifier),
            Content(
                f"{meta.title if (meta := self.metas.get(f.article_id)) else f.article_id} · "
                f"{paragraph_label(f.paragraph)}"
            ),
        ]

    @on(VirtualList.Highlighted, "#groups")
    def _group_highlighted(self, event: VirtualList.Highlighted) -> None:
        g = self.groups[event.index]
        word, style = VERDICT[g.verdict]
        card = [Content.assemble((word, style), ": " if g.label else "", (g.label or "", "bold"))]
        if g.evidence:
            card.append(Content.styled(f"tied by: {', '.join(g.evidence)}", "dim"))
        card += [Content(f"• {note}") for note in g.notes]
        for c in g.conflicts:
            for f, sentence in ((c.a, c.a_sentence), (c.b, c.b_sentence)):
                source = Content.styled(f" ({self._source(f.article_id)})", "dim")
                card.append(Content.assemble(f"“{f.text}”", source, ": ", (sentence, "italic")))
        self.query_one("#group-card-box", Card).update(Content("\n").join(card))
        self.query_one("#citations", VirtualList).set_items(g.figures, self._citation_lines)

    def _source(self, article_id: str) -> str:
        """Where a side of a conflict comes from, as the ledger's note says it: the outlet (or,
        without one, the title) and the date."""
        meta = self.metas.get(article_id)
        if meta is None:
            return article_id
        return ", ".join(b for b in (meta.outlet or meta.title, meta.date) if b)

    @on(VirtualList.Selected, "#groups")
    def _group_selected(self) -> None:
        self.query_one("#citations", VirtualList).focus()

    @on(VirtualList.Selected, "#citations")
    def _citation_selected(self, event: VirtualList.Selected) -> None:
        groups = self.query_one("#groups", VirtualList)
        f = self.groups[groups.highlighted or 0].figures[event.index]
        self.dismiss(Location(f.article_id, f.paragraph, mark=(f.start, f.end)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cite":  # a key of the citations list: in the filter box c is a letter
            return self.focused is self.query_one("#citations")
        return True

    def action_cite(self) -> None:
        """The highlighted citation with its sentence's paragraph, title, outlet, date and url."""
        groups, citations = self.query_one("#groups", VirtualList), self.query_one("#citations", VirtualList)
        if groups.highlighted is None or citations.highlighted is None or not self.groups:
            return
        f = self.groups[groups.highlighted].figures[citations.highlighted]
        article = self.engine.article(f.article_id)
        passage = article.passages[f.paragraph].text if article and f.paragraph < len(article.passages) else ""
        reader_app(self).copy_citation(cite.figure(f, self.metas.get(f.article_id), passage))

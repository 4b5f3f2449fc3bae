"""`t`: the story's timeline. A bar per day, week or month of the articles' dates, drawn in the
terminal; Enter on a bar narrows the article list to that period (Esc in the list shows all).

Empty periods are drawn too (a gap in the coverage is part of the story); articles without a
date are counted, never placed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ...index.model import ArticleMeta
from ..text import plural
from ..widgets.article_list import Period
from ..widgets.footer import KeyFooter
from ..widgets.virtual_list import VirtualList

Unit = Literal["day", "week", "month"]
EIGHTHS = " ▏▎▍▌▋▊▉"
LABEL = 12  # columns of a bar's date label


@dataclass(frozen=True, slots=True)
class Bar:
    period: Period
    count: int


def _parse(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _start(d: date, unit: Unit) -> date:
    if unit == "week":
        return d - timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    return d


def _next(d: date, unit: Unit) -> date:
    if unit == "week":
        return d + timedelta(days=7)
    if unit == "month":
        return date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return d + timedelta(days=1)


def _label(d: date, unit: Unit) -> str:
    if unit == "month":
        return d.strftime("%Y-%m")
    return d.isoformat()


def best_unit(first: date, last: date) -> Unit:
    """Days for a story of two months, weeks up to two years, months beyond."""
    span = (last - first).days
    return "day" if span <= 62 else "week" if span <= 731 else "month"


def bars(metas: list[ArticleMeta], unit: Unit) -> list[Bar]:
    """One bar per period from the first dated article to the last, empty ones included."""
    dates = [d for d in (_parse(m.date) for m in metas) if d is not None]
    if not dates:
        return []
    counts = Counter(_start(d, unit) for d in dates)
    out = []
    here, last = _start(min(dates), unit), _start(max(dates), unit)
    while here <= last:
        after = _next(here, unit)
        name = {"day": here.isoformat(), "week": f"week of {here.isoformat()}", "month": here.strftime("%B %Y")}[unit]
        out.append(Bar(Period(here.isoformat(), (after - timedelta(days=1)).isoformat(), name), counts[here]))
        here = after
    return out


def bar_line(bar: Bar, peak: int, width: int, unit: Unit) -> Content:
    """`2017-09-25 ████▌ 12`: the bar scaled to the busiest period, in eighths of a cell."""
    room = max(width - LABEL - 6, 1)
    eighths = round(bar.count / peak * room * 8) if peak else 0
    if bar.count and not eighths:
        eighths = 1  # one article is never drawn as nothing
    full, part = divmod(eighths, 8)
    blocks = "█" * full + (EIGHTHS[part] if part else "")
    label = _label(date.fromisoformat(bar.period.first), unit)
    return Content.assemble(
        (f"{label:<{LABEL}}", "dim" if not bar.count else ""),
        (blocks, "#3a96dd"),
        (f" {bar.count}" if bar.count else "", "bold"),
    )


class TimelineScreen(ModalScreen[Period | None]):
    AUTO_FOCUS = "#bars"
    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close"),
        Binding("d", "unit('day')", "Days"),
        Binding("w", "unit('week')", "Weeks"),
        Binding("m", "unit('month')", "Months"),
    ]

    def __init__(self, metas: list[ArticleMeta]) -> None:
        super().__init__()
        self.metas = metas
        dated = [d for d in (_parse(m.date) for m in metas) if d is not None]
        self.first: date | None = min(dated) if dated else None
        self.last: date | None = max(dated) if dated else None
        self.unit: Unit = best_unit(self.first, self.last) if self.first and self.last else "day"
        self.bars: list[Bar] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="timeline-box", classes="modal-box"):
            yield Static("", id="timeline-summary", markup=False)
            yield VirtualList(1, id="bars", rules=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#timeline-box").border_title = "Timeline · Enter shows that period's articles"
        self._draw()

    def _draw(self) -> None:
        self.bars = bars(self.metas, self.unit)
        peak = max((b.count for b in self.bars), default=0)
        lst = self.query_one("#bars", VirtualList)
        lst.set_items(self.bars, lambda bar, width: [bar_line(bar, peak, width, self.unit)])
        undated = len(self.metas) - sum(b.count for b in self.bars)
        if self.first and self.last:
            summary = (
                f"{plural(len(self.metas) - undated, 'dated article')} from {self.first} to {self.last}, "
                f"a bar per {self.unit} (d, w, m change it)"
            )
        else:
            summary = "No article in this corpus gives a date."
        if undated:
            summary += f" · {plural(undated, 'article')} without a date (not shown)"
        self.query_one("#timeline-summary", Static).update(summary)
        busiest = max(range(len(self.bars)), key=lambda i: self.bars[i].count, default=None)
        if busiest is not None:
            lst.highlighted = busiest

    def action_unit(self, unit: Unit) -> None:
        self.unit = unit
        self._draw()

    @on(VirtualList.Selected, "#bars")
    def _chosen(self, event: VirtualList.Selected) -> None:
        bar = self.bars[event.index]
        if not bar.count:
            self.notify("No articles in that period.", severity="information", timeout=2)
            return
        self.dismiss(bar.period)

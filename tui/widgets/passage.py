"""One paragraph of an article, styled: quotes in their speaker's colour with the speaker named,
figures underlined, search hits and the selected quote or figure marked.

Article text only ever enters a `Content` as plain text, so `[bold]` in an article stays literal.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from ...index.model import Figure, Passage, Quote
from ..colours import UNATTRIBUTED, SpeakerColours

HIT = "#000000 on #ffd75f"
CURRENT_HIT = "bold #000000 on #ff8700"
MARK = "reverse bold"
QUOTE_MARKS = "\"'“”‘’«»„"


def _clip(start: int, end: int, p: Passage) -> tuple[int, int] | None:
    s, e = max(start, p.start) - p.start, min(end, p.end) - p.start
    return (s, e) if s < e else None


def _overlapping(items: Sequence, start: int, end: int, bounds=lambda item: (item.start, item.end)) -> list:
    """The items (sorted, non-overlapping spans) that touch [start, end): found by bisection, so
    styling every paragraph of a 4,000-paragraph article stays linear, not quadratic."""
    out = []
    for item in items[bisect_right(items, start, key=lambda item: bounds(item)[1]) :]:
        if bounds(item)[0] >= end:
            break
        out.append(item)
    return out


def _label(q: Quote, colours: SpeakerColours, glued: bool) -> Content:
    """The speaker tag after a quote: dimmed with "?" when the attribution is doubtful (the
    reason is `Quote.why`); a space after it when the text runs on without one (a scraped
    `in prison, ”he said.` must not read `‹Mike Alvarez›he said`)."""
    name = f"{q.speaker}?" if q.doubtful else q.speaker or "unattributed"
    style = f"italic {colours.of(q.speaker)}" + (" dim" if q.doubtful else "")
    return Content.styled(f" ‹{name}›" + (" " if glued else ""), style)


def passage_content(
    p: Passage,
    quotes: list[Quote],
    figures: list[Figure],
    colours: SpeakerColours,
    hits: Sequence[tuple[int, int]] = (),
    current_hit: tuple[int, int] | None = None,
    mark: tuple[int, int] | None = None,
) -> Content:
    """The styled text of passage `p`; all offsets given are article offsets."""
    text = p.text
    content = Content(text)
    labels: list[tuple[int, Content]] = []
    mine = _overlapping(quotes, p.start - 1, p.end + 1)
    for i, q in enumerate(mine):
        span = _clip(q.start - 1, q.end + 1, p)
        if span is None:
            continue
        s, e = span
        s += 0 if text[s] in QUOTE_MARKS else 1
        e -= 0 if text[e - 1] in QUOTE_MARKS else 1
        content = content.stylize(colours.of(q.speaker) if q.speaker else f"italic {UNATTRIBUTED}", s, e)
        nxt = mine[i + 1] if i + 1 < len(mine) else None
        if q.end <= p.end and not (nxt and nxt.speaker == q.speaker):
            labels.append((e, _label(q, colours, text[e : e + 1].isalnum())))
    for f in _overlapping(figures, p.start, p.end):
        span = _clip(f.start, f.end, p)
        if span:
            content = content.stylize("bold underline", *span)
    for start, end in _overlapping(hits, p.start, p.end, bounds=lambda hit: hit):
        span = _clip(start, end, p)
        if span:
            content = content.stylize(CURRENT_HIT if (start, end) == current_hit else HIT, *span)
    if mark and (span := _clip(*mark, p)):
        content = content.stylize(MARK, *span)
    if not labels:
        return content
    parts = content.divide([pos for pos, _ in labels])
    out: list[Content] = []
    for part, (_, label) in zip(parts, labels):
        out += [part, label]
    out += parts[len(labels) :]
    return Content("").join(out)


class PassageView(Static):
    """A paragraph in the document pane; a click selects it."""

    @dataclass
    class Clicked(Message):
        index: int

    def __init__(self, passage: Passage, content: Content, *, headline: bool = False) -> None:
        super().__init__(content, classes="passage headline" if headline else "passage", markup=False)
        self.passage = passage

    def on_click(self) -> None:
        self.post_message(self.Clicked(self.passage.index))

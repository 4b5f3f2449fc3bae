"""Quotation spans: pair the marks of each paragraph, tell quotes from scare quotes, split sentences.

News text arrives with straight, curly and mixed marks, damaged pairs, single-quote house styles
full of apostrophes, and quotes that run over several paragraphs. Marks are paired paragraph by
paragraph, so one damaged quote cannot shift the pairing of every later one; a mark's direction is
read from the characters around it, because a curly mark can be the wrong way round in scraped
text ("in prison, ”he said").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from ..lexicon.words import CUE_VERBS, NAMING_CUES, PHRASAL_CUES, SMALL_WORDS, TITLE_ABBREVIATIONS
from ..text.tokens import looks_title_case

DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER = "“„«", "”»", '"″'
SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER = "‘‹", "’›", "'"
MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_EITHER
_OPEN_LEFT = "([{—–-/" + MARKS
_CLOSE_RIGHT = ".,;:!?)]}—–-…" + MARKS
_DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER
_SINGLE = SINGLE_OPEN + SINGLE_CLOSE + SINGLE_EITHER
_ELISION = re.compile(r"(?:\d\ds|em|til|cause|n'|tis|twas|bout|round|fore|nuff|kay|cuz|nother)\b", re.I)
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_SPEAKING_PRONOUNS = frozenset("i we you me us our my your i'm we're we'll you're i’m we’re we’ll you’re".split())


@dataclass(slots=True)
class Span:
    """Text between a pair of marks. `end` is the closing mark, or the paragraph end if unclosed."""

    start: int
    end: int
    paragraph: int
    open_mark: int
    closed: bool = True
    continued: bool = False  # reopens a quote left open at the end of the previous paragraph
    is_quote: bool = False
    reason: str = ""


def _offsets(text: str, lo: int, hi: int, chars: str) -> list[int]:
    """The offsets in [lo, hi) of any of `chars`, in order. A substring search per character
    skips ahead in C; a regex character class tests every character of the text, which cost
    several times more (most paragraphs hold few marks)."""
    out = []
    for ch in chars:
        i = text.find(ch, lo, hi)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1, hi)
    out.sort()
    return out


def _context(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(looks like an opening mark, looks like a closing mark) from the neighbouring characters."""
    left = text[i - 1] if i > lo else " "
    right = text[i + 1] if i + 1 < hi else " "
    opens = (left.isspace() or left in _OPEN_LEFT) and not right.isspace()
    closes = not left.isspace() and (right.isspace() or right in _CLOSE_RIGHT)
    return opens, closes


def _pair_double(text: str, lo: int, hi: int) -> list[tuple[int, int | None]]:
    """Pair double marks left to right; a clear opener inside an open quote restarts it."""
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    for i in _offsets(text, lo, hi, _DOUBLE):
        ch = text[i]
        opens, closes = _context(text, i, lo, hi)
        if open_at is None:
            if ch in DOUBLE_CLOSE and not (opens and not closes):
                continue  # a stray closing mark
            if ch in DOUBLE_EITHER and closes and not opens:
                continue  # inches, or the end of a quote whose opening was lost
            open_at = i
        elif ch in DOUBLE_CLOSE or not (opens and not closes):
            pairs.append((open_at, i))
            open_at = None
        else:
            open_at = i  # the earlier quote was never closed; keep the one that is
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


def _single_events(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Single marks outside double-quoted spans, as ("o"pen / "c"lose / "w"eak close) events.

    A mark between two letters is an apostrophe; "s' " before a lower-case word may be a
    possessive ("workers' rights"), so it only closes when no later closer competes with it.
    """
    events = []
    k = 0
    for i in _offsets(text, lo, hi, _SINGLE):
        ch = text[i]
        while k < len(skip) and skip[k][1] < i:
            k += 1
        if k < len(skip) and skip[k][0] <= i <= skip[k][1]:
            continue
        left = text[i - 1] if i > lo else " "
        right = text[i + 1] if i + 1 < hi else " "
        if left.isalnum() and right.isalnum():
            continue
        opens, closes = _context(text, i, lo, hi)
        if opens and ch not in SINGLE_CLOSE and not _ELISION.match(text, i + 1, hi):
            events.append((i, "o"))
        elif closes and ch not in SINGLE_OPEN:
            possessive = left in "sSzZ" and right == " " and i + 2 < hi and text[i + 2].islower()
            events.append((i, "w" if possessive else "c"))
    return events


def _pair_single(events: list[tuple[int, str]]) -> list[tuple[int, int | None]]:
    """Pair single marks; a weak closer gives way when the next event is also a closer."""
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    for j, (i, kind) in enumerate(events):
        if kind == "o":
            open_at = i
        elif open_at is not None:
            if kind == "w" and j + 1 < len(events) and events[j + 1][1] != "o":
                continue
            pairs.append((open_at, i))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


def _outside(inner: list[tuple[int, int | None]], outer: list[tuple[int, int]]) -> list[tuple[int, int | None]]:
    """The pairs of `inner` not nested in a pair of `outer` (both sorted, outer non-overlapping)."""
    starts = [a for a, _ in outer]
    keep = []
    for o, c in inner:
        k = bisect_right(starts, o) - 1
        if not (k >= 0 and c is not None and c < outer[k][1]):
            keep.append((o, c))
    return keep


def _opens_paragraph(text: str, lo: int, hi: int) -> bool:
    lo += lo + 1 < hi and text[lo] == " "  # a doubled apostrophe read as ' "' (`marks_view`)
    return lo < hi and text[lo] in MARKS and text[lo] not in DOUBLE_CLOSE + SINGLE_CLOSE


_DOUBLED = re.compile(r"(?<!')''(?!')")


def marks_view(text: str) -> str:
    """The text with each doubled apostrophe (''quote'', as the New York Times feed writes double
    marks) read as one double mark and a space, so it pairs like any double mark; offsets and the
    characters of every quote are unchanged."""
    if "''" not in text:
        return text
    out, pos = [], 0
    for m in _DOUBLED.finditer(text):
        i = m.start()
        left = text[i - 1] if i else " "
        right = text[i + 2] if i + 2 < len(text) else " "
        opens = (left.isspace() or left in _OPEN_LEFT) and not right.isspace()
        out += [text[pos:i], ' "' if opens else '" ']
        pos = i + 2
    out.append(text[pos:])
    return "".join(out)


def find_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    """Every span between paired marks, in text order, paragraph by paragraph.

    Double marks are paired first; single marks are paired only outside them (inside, they are
    nested quotes or apostrophes), and a double pair inside a single pair is nested and dropped.
    A quote left open at a paragraph's end is kept when the next paragraph reopens with a mark
    (the multi-paragraph convention) or when it ends like a finished sentence (a lost closing mark).
    """
    out: list[Span] = []
    carried = False
    for p, (lo, hi) in enumerate(paragraphs):
        doubles = _pair_double(text, lo, hi)
        skip = [(o, hi if c is None else c) for o, c in doubles]
        singles = _pair_single(_single_events(text, lo, hi, skip))
        doubles = _outside(doubles, [(o, c) for o, c in singles if c is not None])
        next_opens = p + 1 < len(paragraphs) and _opens_paragraph(text, *paragraphs[p + 1])
        reopened = carried and _opens_paragraph(text, lo, hi)
        carried = False
        for o, c in sorted(doubles + singles):
            if c is None:
                end = len(text[o + 1 : hi].rstrip()) + o + 1
                if not (next_opens or re.search(r"[.!?…]$", text[o + 1 : end])):
                    continue
                carried = next_opens
            first = o == lo or o == lo + 1 and text[lo] == " "
            out.append(Span(o + 1, hi if c is None else c, p, o, c is not None, reopened and first))
            if c is None:
                out[-1].end = end
    return out


_NAMING = re.compile(r"(?:\W|^)(?:" + "|".join(re.escape(c) for c in NAMING_CUES) + r")[\s:,]*$", re.I)


def _naming_context(text: str, lo: int, mark: int) -> bool:
    return _NAMING.search(text, max(lo, mark - 30), mark) is not None


def _labelled(text: str, lo: int, span: Span, inner: str) -> bool:
    """A lower-case noun phrase after "the", with no sentence in it, is a label the writer quotes
    ("a town which boasts of being the "strawberry capital of the world""), not speech."""
    before = text[max(lo, span.open_mark - 5) : span.open_mark]
    return before.lower().endswith("the ") and inner[:1].islower() and not re.search(r"[.!?,;:]", inner)


def _title_cased(text: str, lo: int, hi: int, span: Span) -> bool:
    """A headline written in Title Case (judged outside the span), where capitals say nothing
    about what the span is."""
    return looks_title_case(text[lo : span.open_mark] + " " + text[span.end + 1 : hi], fewest=1)


def _headline_speech(text: str, lo: int, span: Span, words: list[str]) -> bool:
    """In a Title Case headline capitals say nothing, so a Title Case span there is speech only
    with a sign of it: a name and colon or a cue verb before it ("Homan: 'We Will Not Back
    Down'", "Trump Says 'Sanctuary Cities Will Pay'"), a first- or second-person pronoun inside,
    or a question or exclamation; otherwise it is a title ("'The Deportation Machine Comes Home'")."""
    before = text[lo : span.open_mark].rstrip()
    cue = _WORD.findall(before)[-1:]
    return (
        before.endswith(":")
        or bool(cue)
        and cue[0].lower() in CUE_VERBS
        or any(w.lower() in _SPEAKING_PRONOUNS for w in words)
        or text[span.end - 1 : span.end] in "!?"
    )


def _capitalised(words: list[str]) -> bool:
    """Whether every significant word is capitalised (small words and numbers aside)."""
    return all(w[0].isupper() for w in words if w.lower() not in SMALL_WORDS and not w[0].isdigit())


def classify(text: str, span: Span, paragraph: tuple[int, int]) -> None:
    """Decide whether a span reproduces speech or writing, and record why not.

    Three words or fewer is never a quote; a Title Case span is a name or title ("Operation
    Safe City", a book, a slogan), unless it is all capitals (shouted posts are speech) or sits
    in a Title Case headline, runs past four words and shows it is speech (`_headline_speech`);
    a span after a naming cue ("dubbed", "the term", "signs reading") or a lower-case label after
    "the" is a term or slogan.
    """
    inner = text[span.start : span.end]
    found = _WORD.finditer(inner)
    words = [m.group() for m in islice(found, 4)]
    if _capitalised(words):  # speech has a lower-case word among its first four: only a title is read on
        words += [m.group() for m in found]
    if len(words) < 4:
        span.reason = "short"
    elif (
        _capitalised(words)
        and any(ch.islower() for ch in inner)
        and not re.search(r"[.!?]\s+\S", inner)
        and (
            len(words) == 4
            or not _title_cased(text, *paragraph, span)
            or not _headline_speech(text, paragraph[0], span, words)
        )
    ):
        span.reason = "title"
    elif _naming_context(text, paragraph[0], span.open_mark) or _labelled(text, paragraph[0], span, inner):
        span.reason = "term"
    else:
        span.is_quote = True


# A sentence ends at . ! ? (and closing marks) before a space, or before a capitalised word with
# the space lost in scraping ("the harvest.He said"). It opens with one of _STOPS, where
# `_boundaries` tries it.
_STOPS = ".!?…"
_BOUNDARY = re.compile(
    r"[.!?…][.!?…]*(?P<trail>[\"'”’)\]]*)(?:\s+(?=[\"“‘'(\d]|[^\W\d_])|(?<=[a-z][.!?])(?=[A-Z][a-z]))"
)


# After a quote that ends in "?" or "!", a name and a cue verb still belong to its sentence:
# `"… solved!!!" Trump wrote on Truth Social.`, `"Why now?" Sen. Dick Durbin asked.`
_NAME_CUE_AFTER = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|of|the)\s+){1,5}(?:"
    + "|".join([*sorted(CUE_VERBS), *(f"{a} {b}" for a, b in PHRASAL_CUES.items())])
    + r")\b"
)


def _name_cue_follows(text: str, m: re.Match[str]) -> bool:
    """Whether the boundary m closes a quote with "?" or "!" and a speaker with a cue follows."""
    return bool(m.group("trail")) and m.group()[0] in "!?" and bool(_NAME_CUE_AFTER.match(text, m.end()))


def _abbreviation(text: str, lo: int, p: int) -> bool:
    """Whether the full stop at p ends an abbreviation or initial rather than a sentence."""
    words = text[max(lo, p - 20) : p].rsplit(None, 1)
    return bool(words) and not text[p - 1].isspace() and _abbreviated(words[-1])


@lru_cache(maxsize=4096)
def _abbreviated(word: str) -> bool:
    """A word before a full stop that is a title, an initial or initials ("Sen", "J", "U.S",
    "J.D"); cached: most are ordinary words that recur."""
    word = word.lstrip("(\"“‘'")
    if word.lower().rstrip(".") in TITLE_ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    return bool(_INITIALS.fullmatch(word))  # "U.S.", "J.D. Vance", "D.C."


def _boundaries(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """_BOUNDARY's matches in [lo, hi), as finditer finds them, tried only at the stops found
    by `_offsets`: a match opens with one, and a full scan would test every character."""
    pos = lo
    for i in _offsets(text, lo, hi, _STOPS):
        if i >= pos and (m := _BOUNDARY.match(text, i, hi)):
            pos = m.end()
            yield m


def sentences(text: str, lo: int, hi: int, spans: list[Span]) -> list[tuple[int, int]]:
    """Sentences of one paragraph, quote-aware: full stops inside a quote do not end the
    sentence around it, unless the quote closes right after them ('... safe.” He said')."""
    starts = [s.start for s in spans]
    bounds = [lo]
    for m in _boundaries(text, lo, hi):
        p, nxt = m.start(), text[m.end()]
        if nxt.isalpha() and not nxt.isupper():
            continue
        k = bisect_right(starts, p) - 1
        if k >= 0 and p < spans[k].end and not m.start("trail") <= spans[k].end < m.end("trail"):
            continue  # a full stop inside a quote that goes on
        if _abbreviation(text, lo, p) or m.group("trail") and _name_cue_follows(text, m):
            continue
        bounds.append(m.end())
    bounds.append(hi)
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]

"""The figure ledger: figures that count the same thing grouped across articles, with whether
the articles agree.

Two figures count the same thing when they measure the same event ("arrested", "arrests"), in
the same place when either names one, in the same unit, and are near enough in size to be
reports of one fact (within a factor of 1.5). Inside a group each figure becomes the interval
its wording allows ("nearly 500" is 425–500, "more than 450" is above 450), so the ledger can
say whether two different numbers can both be true.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..lexicon.names import US_STATES
from ..lexicon.numbers import QUALIFIER_RANGES
from ..model import Figure, FigureGroup

_EVENTS = (
    "arrest",
    "deport",
    "detain",
    "detent",
    "remov",
    "releas",
    "convict",
    "charg",
    "apprehen",
    "cross",
    "encounter",
    "expel",
    "expuls",
    "book",
    "raid",
    "target",
    "prosecut",
    "sentenc",
    "kill",
    "die",
    "death",
    "injur",
    "fund",
    "cost",
    "spend",
    "budget",
    "bed",
    "agent",
    "officer",
    "employ",
    "case",
    "petition",
    "applicat",
    "request",
    "visa",
    "asylum",
    "refuge",
)
_GENERIC = frozenset(
    """a an the of in on at for to from by with and or who which that those these
    people person persons immigrants immigrant individuals individual men women undocumented more than
    had have has been were was are is be this last week month year day since during across around
    about nearly almost total some their its his her they them it""".split()
)
_PLACE = re.compile(
    r"\b(?:in|across|from|at|for)\s+(?:the\s+(?:state|city|county)\s+of\s+)?"
    r"((?:[A-Z][\w.'’-]*|of)(?:\s+(?:[A-Z][\w.'’-]*|of))*)"
)


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ions", "ion", "ments", "ment", "als", "al", "ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def interval(f: Figure) -> tuple[float, float]:
    """The values the figure's wording allows."""
    v = f.value if f.value is not None else 0.0
    if f.value_max is not None:
        return v, f.value_max
    lo, hi = QUALIFIER_RANGES.get((f.qualifier or "").lower(), (1.0, 1.0))
    return v * lo, v * hi


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] + 1e-9 and b[0] <= a[1] + 1e-9


@dataclass(slots=True)
class _Topic:
    measures: frozenset[str]
    place: str | None
    words: frozenset[str]


def topic(f: Figure) -> _Topic:
    """What a figure measures (event stems, else content nouns) and where (a normalised place)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", f.counts)]
    stems = [_stem(w) for w in words if w not in _GENERIC]
    events = frozenset(s for s in stems if s.startswith(_EVENTS))
    place = None
    if m := _PLACE.search(f.counts):
        raw = re.sub(r"[.,]", "", m.group(1)).strip().lower()
        raw = re.sub(r"\s+of$", "", raw)
        place = US_STATES.get(raw, raw.split(" d c")[0].split(" dc")[0]) or None
    return _Topic(events or frozenset(stems[:2]), place, frozenset(stems))


_RELATIVE = ("percent", "fraction")


def _same_thing(a: Figure, ta: _Topic, b: Figure, tb: _Topic) -> bool:
    if a.unit != b.unit or not (ta.measures & tb.measures):
        return False
    if a.unit in _RELATIVE and len(ta.words & tb.words) < 2:
        return False  # "a third" of what: shares need more than one common word to be one fact
    if ta.place != tb.place and (ta.place and tb.place or a.value != b.value):
        return False
    lo, hi = sorted((a.value or 0.0, b.value or 0.0))
    return lo > 0 and hi / lo <= 1.5


def group_figures(figures: Iterable[Figure], titles: dict[str, str] | None = None) -> list[FigureGroup]:
    """Groups, those cited by the most articles first. Small counts (a dozen or fewer) and
    durations are left out: "two officials" in two stories is not one fact."""
    titles = titles or {}
    figs = [
        f
        for f in figures
        if f.value and (f.value > 12 or f.unit is not None or f.value != int(f.value)) and f.unit != "days"
    ]
    topics = [topic(f) for f in figs]
    parent = list(range(len(figs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for i, (f, t) in enumerate(zip(figs, topics)):
        for m in t.measures:
            blocks[(f.unit, m)].append(i)
    value = [f.value or 0.0 for f in figs]  # every figure kept has a value
    low, high = list(value), list(value)
    for members in blocks.values():
        members.sort(key=lambda i: value[i])
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                if value[j] > value[i] * 1.5:
                    break
                ri, rj = find(i), find(j)
                lo, hi = min(low[ri], low[rj]), max(high[ri], high[rj])
                # A group spans at most a factor of 1.5, so similar counts cannot chain into one.
                if ri != rj and hi <= lo * 1.5 and _same_thing(figs[i], topics[i], figs[j], topics[j]):
                    parent[rj] = ri
                    low[ri], high[ri] = lo, hi
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(figs)):
        clusters[find(i)].append(i)
    groups = [_judge([figs[i] for i in members], titles) for members in clusters.values()]
    groups.sort(key=lambda g: (-len(g.article_ids), -len(g.figures), g.label))
    return groups


def _name(f: Figure, titles: dict[str, str]) -> str:
    title = titles.get(f.article_id, f.article_id)
    return f"“{f.text}” ({title[:40] + '…' if len(title) > 40 else title})"


def _judge(figs: list[Figure], titles: dict[str, str]) -> FigureGroup:
    figs.sort(key=lambda f: (f.article_id, f.start))
    exact = [f for f in figs if interval(f)[0] == interval(f)[1]]
    anchor = Counter(f.value or 0.0 for f in exact).most_common(1)[0][0] if exact else figs[0].value or 0.0
    label = max((f.counts for f in figs), key=lambda c: (len(c.split()) <= 12, len(c)))
    if len({f.article_id for f in figs}) == 1 and len(figs) == 1:
        return FigureGroup(label, figs, "single")
    articles = len({f.article_id for f in figs})
    if not exact:  # only approximations: do they leave a value all of them allow?
        lo = max(interval(f)[0] for f in figs)
        hi = min(interval(f)[1] for f in figs)
        if lo <= hi + 1e-9:
            return FigureGroup(
                label, figs, "consistent", [f"{len(figs)} approximate citations in {articles} articles fit together"]
            )
        return FigureGroup(
            label,
            figs,
            "differs",
            [f"the approximations {', '.join(_name(f, titles) for f in figs)} cannot all be true"],
        )
    notes: list[str] = []
    verdict = "agree"
    point = (anchor, anchor)
    for f in figs:
        iv = interval(f)
        if iv == point:
            continue
        if _overlap(iv, point):
            verdict = "consistent" if verdict == "agree" else verdict
            notes.append(f"{_name(f, titles)} is consistent with {_fmt(anchor)}")
        else:
            verdict = "differs"
            notes.append(f"{_name(f, titles)} does not fit {_fmt(anchor)}: the articles disagree")
    if verdict == "agree":
        notes.append(f"{len(figs)} citations in {articles} articles all give {_fmt(anchor)}")
    return FigureGroup(label, figs, verdict, notes)


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,.3g}"

"""The fixed query mix, in the engine's syntax and translated to SQLite FTS5.

Why a fixed mix with kinds: a latency number only means something next to what was asked. The
mix covers what readers type: single words, two-word AND, phrases, `speaker:NAME`, prefixes, OR and
NOT, and common words that match a third to half of all passages (the slow case for any engine
that scores every match). No query word is on the engine's stop list, so both engines do work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .generate import Pools


@dataclass(frozen=True, slots=True)
class Query:
    kind: str
    text: str  # engine (Whoosh) syntax

    @property
    def fts5(self) -> str:
        return to_fts5(self.text)


SINGLE = [
    "detention",
    "deportation",
    "sanctuary",
    "asylum",
    "courthouse",
    "warrant",
    "backlog",
    "contractor",
    "shelters",
    "detainers",
    "flights",
    "workers",
    "hotline",
    "vigil",
    "lawsuit",
    "ordinance",
    "chicago",
    "phoenix",
    "percent",
]
AND2 = [
    "ice detention",
    "sanctuary ordinance",
    "courthouse arrests",
    "bond hearings",
    "deportation flights",
    "detention contract",
    "border patrol",
    "asylum backlog",
    "county jail",
    "federal judge",
]
PHRASES = [
    '"sanctuary policy"',
    '"detention center"',
    '"final order of removal"',
    '"due process"',
    '"public safety"',
    '"immigration court"',
    '"field office"',
    '"judicial warrant"',
    '"unmarked vehicles"',
    '"work permit"',
]
COMMON = ["immigration", "federal", "people", "officials", "arrests", "immigration federal"]
OPERATORS = ["deport*", "immig*", "raid OR sweep", "asylum NOT court"]


def speaker_queries(seed: int, n: int = 8) -> list[str]:
    """`speaker:LAST` for the generator's most quoted people (and one less quoted), plus one full
    name as a phrase (the most quoted person shares a surname with others in the pool)."""
    speakers = Pools(seed).speakers
    out = [f"speaker:{speakers[i].last.lower()}" for i in (0, 1, 2, 3, 4, 5, 20)][: n - 1]
    out.append(f'speaker:"{speakers[0].first.lower()} {speakers[0].last.lower()}"')
    return out


def mix(seed: int = 7) -> list[Query]:
    groups = {
        "single": SINGLE,
        "and": AND2,
        "phrase": PHRASES,
        "speaker": speaker_queries(seed),
        "common": COMMON,
        "operator": OPERATORS,
    }
    return [Query(kind, text) for kind, texts in groups.items() for text in texts]


_FIELD = re.compile(r"^(\w+):(.+)$")


def to_fts5(text: str) -> str:
    """Engine syntax → FTS5: `speaker:x` becomes a column filter, everything else is searched in
    the body and title columns (as the engine's parser does); AND/OR/NOT, phrases and `word*`
    mean the same in both."""
    m = _FIELD.match(text.strip())
    if m:
        return f"{m.group(1)} : {m.group(2)}"
    return "{body title} : (" + text + ")"

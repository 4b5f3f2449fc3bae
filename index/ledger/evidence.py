"""Whether two figures state one fact: what each counts, compared part by part, and how much of
their sentences' telling words they share.

A figure's `Reading` gives its kind, counted thing, event, scope, place, time, direction and
person; its `context` gives the telling words of its sentence. Two figures are one fact only
when nothing in their readings tells them apart (another person, place, year, event, subset or
direction is a veto; so is a small count told in a plea with no name to tie it) and their
sentences share enough rare words, weighted by how few articles use them: "498 arrested in a
four-day operation targeting sanctuary cities" and "nearly 500 people … in an operation
targeting sanctuary cities" share rare words; the ages of two defendants, a poll's 50 percent
and a man aged 50, or arrests in 2010 and in 2020 do not.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from ..lexicon.names import STATE_NAME_WORDS, STATE_NAMES
from ..lexicon.numbers import (
    CONTEXT_STOP,
    CUSTODY,
    EVENT_NOUNS,
    EVENTS,
    PEOPLE_EVENTS,
    PEOPLE_NOUNS,
    SAME_NOUNS,
    SCALES,
    TENS_WORDS,
    UNITS_WORDS,
    VERB_WORDS,
    WEEKDAYS,
    YEAR,
)
from ..lexicon.words import PREPOSITIONS, ROLE_WORDS
from ..model import ArticleMeta, Figure
from ..text.tokens import without_possessive
from .speakers import person_name
from .values import interval

_WORD = re.compile(r"[a-z][a-z'’-]*|\d{4}")
_NUMBER_WORDS = frozenset([*UNITS_WORDS, *TENS_WORDS, *SCALES])
_NEGATION = frozenset("not no without never non".split())
# "475 workers Thursday detained": the day is no part of what was counted
_HEAD_ENDS = frozenset("who that which whose when where while nationwide annually last this".split()) | WEEKDAYS
# Scope words that say nothing about which subset is meant.
_SCOPE_FILLER = frozenset("of the those these that who were was are is had have has with been a an".split())
_SUFFIXES = ("ations", "ation", "ions", "ion", "ments", "ment", "ings", "ing", "ies", "ed", "es", "s")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(rf"\b(?:{YEAR.pattern})\b")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, enough to match "arrests", "arrested" and "arrest"."""
    w = without_possessive(word.lower().strip("'’-"))
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def _stems(text: str) -> frozenset[str]:
    """The telling words of a text, stemmed; a hyphenated word as its parts ("Muslim-majority",
    "majority-Muslim" and "Muslim majority" are one wording)."""
    words = _WORD.findall(text.lower())
    if "-" in text:
        words = [p for w in words for p in w.split("-")]
    return frozenset(map(stem, filter(_telling, words)))


@lru_cache(maxsize=65536)
def _telling(word: str) -> bool:
    """A word that tells what a sentence is about: not a function word, nor a number's own word
    ("twenty" of "Twenty-two" ties no two sentences)."""
    return len(word) > 2 and word not in CONTEXT_STOP and word not in _NUMBER_WORDS


class Traits(NamedTuple):
    """A figure's reading in comparable form."""

    kind: str
    unit: str
    low: float
    high: float
    head: str  # the counted thing's head noun, stemmed; "people" for any noun for people
    event: str
    scope: frozenset[str]
    negated: bool
    place: frozenset[str]
    years: frozenset[str]
    person: str
    direction: str
    context: frozenset[str]
    modifiers: frozenset[str]  # the counted thing's words before its noun ("muslim", "majority")
    day: int | None  # the article's date, in days, when known
    before: bool = False  # its time points back from the article's own ("last year", "two years ago")
    named: frozenset[str] = frozenset()  # the telling words of all the article's figures (`with_article_words`)
    ranged: bool = False  # written as a range ("approximately 45 to 60")


def _head(thing: str) -> tuple[str, str]:
    """(head noun, event) of a counted thing: "criminal illegal aliens" → ("people", ""),
    "arrests" → ("people", "arrested"), "of those arrested" → ("", "arrested"), "count of
    conspiracy" → ("count/conspiracy", ""): what a count of a thing counts is part of it."""
    words = [w.strip(".,'’\"“”") for w in thing.lower().split()]
    words = [w for w in words if w and w not in ("the", "those", "these", "a", "an")]
    of = ""
    for k, w in enumerate(words):
        if k and (w in _HEAD_ENDS or w in PREPOSITIONS or w in VERB_WORDS or w.endswith(("ing", "ed")) and len(w) > 5):
            if w == "of" and k + 1 < len(words):
                of = stem(words[k + 1])
            words = words[:k]
            break
    words = [w for w in words if w != "of"]
    if not words:
        return "", ""
    last = words[-1].removesuffix("-plus")
    last = SAME_NOUNS.get(last, last)
    if last in EVENT_NOUNS:
        return "people", EVENTS[last]
    if last in PEOPLE_NOUNS or last + "s" in PEOPLE_NOUNS or last in ("people", "persons"):
        return "people", ""
    return stem(last) + (f"/{of}" if of else ""), ""


def _modifiers(thing: str) -> frozenset[str]:
    """The telling words of a counted thing before its noun, up to a clause break."""
    words = _WORD.findall(thing.lower())
    cut = next((k for k, w in enumerate(words) if k and (w in _HEAD_ENDS or w in PREPOSITIONS)), len(words))
    return _stems(" ".join(words[: cut - 1]))


def _day(date: str | None) -> int | None:
    m = _DATE.match(date or "")
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    return y * 372 + mo * 31 + d


def traits(f: Figure, meta: ArticleMeta | None) -> Traits:
    r = f.reading
    head, event = _head(r.thing)
    scope_words = [w for w in _WORD.findall(r.scope.lower()) if w not in _SCOPE_FILLER]
    if not (r.event or event) and len(scope_words) == 1 and scope_words[0] in EVENTS:
        event, scope_words = scope_words[0], []  # "475 people who were detained" were detained
    event = EVENTS.get(r.event or event, r.event or event)
    event = "arrested" if event in CUSTODY else event
    low, high = interval(f)
    return Traits(
        r.kind,
        f.unit or "",
        low,
        high,
        head if r.kind not in ("age", "duration") else f.unit or "",
        event,
        frozenset(stem(w) for w in scope_words if w not in _NEGATION),
        any(w in _NEGATION for w in scope_words),
        _places(r.place),
        frozenset(_YEAR.findall(f"{r.time} {r.place} {r.scope}")),
        _person(r.person),
        r.direction,
        _stems(" ".join((f.context, r.thing, r.scope, r.place, r.time))),
        _modifiers(r.thing),
        _day(meta.date if meta else None),
        bool(_EARLIER.search(r.time)),
        ranged=f.qualifier == "between",
    )


# A time a month or more back from the article's own: "101 people were arrested last year in a
# similar operation" is not this week's 101 ("last night" may well be the same event; a year
# written out is compared as a year).
_EARLIER = re.compile(
    r"\b(?:last|previous|prior)\s+(?:year|month|spring|summer|fall|autumn|winter)\b|\b(?:years?|months?)\s+ago\b", re.I
)


_PLACE_ALIASES = {
    "nyc": "new york",
    "la": "los angeles",
    "dc": "washington",
    "u.s": "united states",
    "us": "united states",
}
_PLACE_FILLER = frozenset(
    """in at across throughout near outside inside within along from to into the of area
    metropolitan city county state""".split()
)


# The words of a state's or the nation's name: a place named only by them holds the towns and
# businesses another article names ("at Corso's Flower" is in Ohio). Not New York and Washington,
# which are cities too.
_REGION_WORDS = frozenset(w for name in STATE_NAMES - {"new york", "washington"} for w in name.split()) | frozenset(
    ("nationwide", "united", "states", "america")
)


# A state's own word ("indiana", "carolina"; not "north" or "new"), and its stem as context words have it.
_STATE_WORDS = {
    w: stem(w) for w in STATE_NAME_WORDS - {"north", "south", "new", "west", "island", "york", "washington"}
}


def _other_state(a: Traits, b: Traits) -> bool:
    """Whether a figure's place names a state that the other figure's article never names, while
    that article names another state: "26 defendants charged in the Southern District of Indiana"
    is not the "26 defendants" of a North Carolina indictment."""
    states = {_STATE_WORDS[w] for w in a.place if w in _STATE_WORDS}
    return bool(states) and not states & b.named and any(s in b.named for s in _STATE_WORDS.values() if s not in states)


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one place is only a state's (or the nation's) name and the other names no state:
    a town or business that may lie in it, not a different place."""
    return a <= _REGION_WORDS and not b & _REGION_WORDS or b <= _REGION_WORDS and not a & _REGION_WORDS


def _places(place: str) -> frozenset[str]:
    """The names of a place, short names spelled out ("NYC" is New York): its capitalised words
    and "nationwide" ("in rural Tennessee" is in Tennessee)."""
    words = []
    for w in re.findall(r"[A-Za-z][A-Za-z.'’-]*", place):
        if not (w[0].isupper() or w == "nationwide"):
            continue
        w = without_possessive(w.lower().strip("."))  # "Georgia's Hyundai site" is in Georgia
        words += _PLACE_ALIASES.get(w, w).split()
    return frozenset(w for w in words if w not in _PLACE_FILLER)


def _person(name: str) -> str:
    """A person's name as lowercase words, titles and roles dropped; the surname last."""
    given, surname, _ = person_name(name) if name else ("", "", "")
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", name)]
    roles = [k for k, w in enumerate(words) if w in ROLE_WORDS]
    words = words[roles[-1] + 1 :] if roles else words  # "Border Protection Officer Juan Guerrero"
    return " ".join([*words[:-1], surname]) if surname else ""


def article_counts(contexts: Iterable[tuple[str, frozenset[str]]]) -> tuple[Counter[str], int]:
    """In how many articles each context word occurs, and how many articles there are."""
    by_article: dict[str, set[str]] = {}
    for article, words in contexts:
        by_article.setdefault(article, set()).update(words)
    return Counter(w for words in by_article.values() for w in words), len(by_article)


def with_article_words(articles: list[str], ts: list[Traits]) -> list[Traits]:
    """Each figure's traits with the telling words of every figure of its article: where an
    article says a place is ("Hyundai's Georgia site" in the headline, "near Savannah" below)."""
    named: dict[str, set[str]] = {}
    for article, t in zip(articles, ts):
        named.setdefault(article, set()).update(t.context)
    frozen = {a: frozenset(w) for a, w in named.items()}
    return [t._replace(named=frozen[a]) for a, t in zip(articles, ts)]


def rarity(df: Counter[str], n: int) -> dict[str, float]:
    """How telling each context word is: the log of how few articles use it."""
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def dice(a: frozenset[str], b: frozenset[str], weight: dict[str, float]) -> float:
    """Share of two sets of words (by weight) that they have in common."""
    shared = sum(weight.get(w, 0.0) for w in a & b)
    total = sum(weight.get(w, 0.0) for w in a) + sum(weight.get(w, 0.0) for w in b)
    return 2 * shared / total if total else 0.0


def similarity(a: Traits, b: Traits, weight: dict[str, float]) -> float:
    """Share of both sentences' telling words (by weight) that the two have in common."""
    return dice(a.context, b.context, weight)


def modifier_similarity(a: Traits, b: Traits, weight: dict[str, float]) -> float:
    """Share of the two counted things' modifiers (by weight) that they have in common: "seven
    Muslim-majority countries" and "seven majority-Muslim countries" count one thing however long
    the sentences around them are."""
    if not (a.day and b.day and abs(a.day - b.day) <= 14):
        return 0.0
    return dice(a.modifiers, b.modifiers, weight)


def agreement(a: Traits, b: Traits) -> float:
    """What two readings say alike, as a bonus to their sentences' similarity: the same counted
    thing, event, place, time or person each tell of one fact worded two ways ("41 people
    arrested in the New York City area", "roughly 40 arrests in the NYC area")."""
    score = 0.0
    if a.head and a.head == b.head:
        score += 0.1
    if a.event and a.event == b.event:
        score += 0.1
    if a.place & b.place:
        score += 0.1
    if a.years & b.years:
        score += 0.1
    if a.day and b.day and abs(a.day - b.day) <= 14:
        score += 0.1  # articles of the same fortnight
    if a.person and b.person and _same_person(a.person, b.person):
        score += 0.2  # the age or term of one named person
    return score


def veto(a: Traits, b: Traits, same_article: bool, same_case: bool = False) -> str | None:
    """Why two figures cannot be one fact, or None when their readings allow it. `same_case`:
    their articles name exactly the same people (the plea and the sentencing of one defendant),
    or their one article names at most one, so a term, fine, charge or plea detail of no one
    named is that defendant's in both."""
    one_case = same_case
    unnamed = not (a.person and b.person)
    if a.unit != b.unit or a.kind != b.kind:
        return "different units"
    if a.direction != b.direction:
        return "different directions"
    if same_article and a.ranged and b.ranged and (a.low, a.high) != (b.low, b.high):
        return "two ranges"  # "approximately 50 to 100" and "approximately 45 to 60" aliens: two smugglers'
    # Across articles two ranges may be one count reported two ways: a possible conflict.
    if (a.person or b.person) and not _same_person(a.person, b.person) and not (same_case and same_article and unnamed):
        return "different people"  # a term of no one named in a release naming one person is that person's
    if a.kind == "age" and not a.person and not same_article:
        return "ages of no one named"  # "44 years old" here and a 41-year-old airplane there
    if unnamed and not one_case and (_personal(a) or _personal(b)):
        return "terms, fines or charges of no one named"  # "faces up to 15 years" in two cases
    if unnamed and not same_article and not one_case and (_pleaded(a) or _pleaded(b)):
        return "a plea's small counts, of no one named"
    if a.head and b.head and a.head != b.head:
        return "different things"
    if a.kind == "count" and a.high <= 12 and a.modifiers and b.modifiers and not a.modifiers & b.modifiers:
        return "different kinds"  # "two undocumented migrants", "Two Foreign Nationals"
    if a.event != b.event and charge(a):
        return "different steps of a case"  # the counts charged, and those pleaded to
    if a.event in PEOPLE_EVENTS and b.event in PEOPLE_EVENTS and a.event != b.event:
        return "different events"  # arrested and deported; not "identified" and "required"
    if a.negated != b.negated or a.scope and b.scope and not _scopes_agree(a.scope, b.scope):
        return "different scope"
    if (a.scope or b.scope) and not (a.scope and b.scope) and (a.low, a.high) != (b.low, b.high):
        return "a subset and a whole"
    if (
        a.place
        and b.place
        and not a.place & b.place
        and not (a.place & b.named or b.place & a.named)
        and not _nested(a.place, b.place)
    ):
        return "different places"  # unless one article names the other's place too ("near Savannah", "Georgia")
    if a.years and b.years and not a.years & b.years:
        return "different years"
    if not same_article and (_other_state(a, b) or _other_state(b, a)):
        return "different states"
    if a.before != b.before and not (a.years or b.years):
        return "one is an earlier time's"  # "last year" here, the article's own time there
    if not same_article and not (a.years & b.years) and a.day and b.day and abs(a.day - b.day) > 300:
        return "articles a year apart"
    return None


# Words of a sentence, a settlement's term, a penalty or a charge: each belongs to one party.
_PERSONAL_CONTEXT = frozenset(
    map(stem, "prison sentence sentenced probation jail imprisonment supervised monitoring settlement".split())
)
_PERSONAL_THINGS = frozenset(map(stem, "fine restitution judgment forfeiture penalty bond bail".split()))
_CHARGES = frozenset(map(stem, "count counts charge charges".split()))
_PLEA = frozenset(map(stem, "count counts pleaded plead guilty indictment indicted".split()))


def _personal(t: Traits) -> bool:
    """Whether a figure is a prison term, a fine or judgment, or a number of charges: facts about
    one defendant, which two releases share only through that defendant's name ("faces up to 15
    years in prison" and "one count of conspiracy" recur in every case)."""
    if t.kind == "duration":
        return t.event == "sentenced" or bool(t.context & _PERSONAL_CONTEXT)
    if t.kind == "money":
        return t.head in _PERSONAL_THINGS
    return charge(t)


def charge(t: Traits) -> bool:
    """A number of counts or charges ("one count of conspiracy")."""
    return t.kind == "count" and t.head.split("/")[0] in _CHARGES


def _pleaded(t: Traits) -> bool:
    """A small count told in a plea or an indictment ("pleaded guilty to … bringing two
    undocumented migrants", "charged with six human smuggling counts"): a detail of one
    defendant's case, which the next release about a co-defendant repeats word for word."""
    return t.kind == "count" and t.high <= 12 and bool(t.context & _PLEA)


def _same_person(a: str, b: str) -> bool:
    """The same surname, and the shorter name's words all in the longer ("Defendants Vishnubhai
    Chaudhari" is Vishnubhai Chaudhari; Leelabahen Chaudhari is not)."""
    wa, wb = a.split(), b.split()
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    short, long = sorted((set(wa), set(wb)), key=len)
    return short <= long


def _scopes_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two subsets are one when their wording shares half its words ("with criminal
    convictions", "had prior criminal convictions")."""
    return len(a & b) >= 0.5 * min(len(a), len(b))

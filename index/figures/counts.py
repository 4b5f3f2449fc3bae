"""What a figure counts, read the way news sentences put it.

A count in news has a counted noun ("498 people"), often an event (a participle after the noun, or
the verb that takes the number as object: "ICE arrested 498 people" → "people arrested") and a
place or time ("in Los Angeles", "this week"). A number with no noun of its own borrows one: from
a partitive ("317 of the nearly 500 arrested"), from the group its sentence or list opened with
("Of the 498 immigrants arrested, 317 had…"), or from the figure before it ("28 arrests in
Baltimore, 30 in Cook County"). A change verb makes the figure a rise or fall in its subject
("arrests fell by about a third" → "fall in arrests"). The parts are put in reading order, read up
to a clause break, and the phrase never ends on a verb, preposition or article: the ledger groups
figures across articles by what it says. Readings of the words after a number are in
`after.py`, of the words before it in `before.py`; the words are `text.tokens.sentence_words`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress

from ..lexicon.names import PLACE_WORDS
from ..lexicon.numbers import (
    AGES,
    CHANGE_VERBS,
    CONTEXT_STOP,
    COUNTS_AUX,
    CURRENCIES,
    EVENTS,
    PEOPLE_EVENTS,
    TIME_UNITS,
    VAGUE,
    YEAR,
)
from ..model import FigureKind, Reading
from ..text.tokens import WORD_TOKEN, plain_words, sentence_words, strip_article
from .after import (
    active,
    clause_end,
    event_of,
    is_place,
    is_time,
    join,
    noun_phrase,
    participle,
    phrase_word,
    predicate,
    purpose,
    qualifiers,
    time_phrases,
    trim,
    verb_group,
)
from .before import age_of, clause_subject, fronted, measure, opening_group, place_subject, sentence_head, subject

_REACH_BEFORE, _REACH_AFTER = 140, 120  # characters read on each side of a figure
_CONTEXT = 150  # characters of its sentence on each side that give a figure's context
_ONE_PASS = 1500  # sentences up to this long are tokenised once for all their figures
_MONEY = frozenset(CURRENCIES.values())
_TIME_UNITS = frozenset(u for u in TIME_UNITS if u.endswith("s"))
# Units whose figures never borrow the noun of a figure before them: "18 months" then
# "$40,000 in restitution" is no "months" of anything.
_OWN_NOUN = _MONEY | _TIME_UNITS
# Verbs that change their object by the amount after "by": "reduce U.S. GDP by about $1 trillion".
_CHANGE_OBJECT = {
    **{w: "fall" for w in "reduce reduces reduced reducing cut cuts lower lowers lowered".split()},
    **{w: "rise" for w in "raise raises raised boost boosts boosted increase increases".split()},
}
_CHANGE_NOUNS = frozenset("decrease increase drop decline rise fall jump reduction cut".split())
# Participles that say what is believed or found of a group ("believed to be working illegally").
_HEDGES = frozenset("believed thought suspected said reported alleged estimated expected known found feared".split())
_PLACE_VERBS = frozenset("saw see sees had has have recorded reported logged counted".split())


@dataclass(slots=True)
class Context:
    """What earlier figures leave for later ones: the noun and event of the figure before in the
    paragraph, and a group ("of the 58 individuals arrested") with the offset up to which it
    applies: its sentence, or the list items a colon introduces (extended by `find_figures`)."""

    noun: str | None = None
    event: str | None = None
    group: str | None = None
    group_until: int = -1
    by_unit: dict[str, str] = field(default_factory=dict)  # the last noun of money, percentages
    person: str = ""  # the last person named with an age or as a sentence's subject (for "her")
    aged: tuple[tuple[int, int], list[str]] = ((-1, -1), [])  # a sentence and the people it gives ages to
    charged: tuple[tuple[int, int], str, str] = ((-1, -1), "", "")  # a sentence, whose charge, and how
    people: dict[str, str] = field(default_factory=dict)  # surname → the full name given before
    sentence: tuple[int, int] = (-1, -1)
    words: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    telling: tuple[list[int], list[str]] | None = None  # the sentence's context words and offsets

    def around(self, text: str, start: int, end: int, sent: tuple[int, int]) -> tuple[list[str], list[str], str, bool]:
        """Words of the figure's sentence before it (within _REACH_BEFORE characters) and after it
        up to the clause break (within _REACH_AFTER), the mark that ends the clause, and whether the
        words before start the sentence. What a figure counts is said close to it; a sentence is
        tokenised once for all its figures (lists hold many), a very long one only around each."""
        b, mark = clause_end(text, end, min(sent[1], end + _REACH_AFTER))
        if sent[1] - sent[0] > _ONE_PASS:
            a = text.find(" ", max(sent[0], start - _REACH_BEFORE), start) + 1 or start
            words = plain_words(f"{text[a:start]} \x00 {text[end:b]}")
            cut = words.index("\x00")
            return words[:cut], words[cut + 1 :], mark, a == sent[0]
        if sent != self.sentence:
            self.sentence, self.telling = sent, None
            self.words, self.starts = sentence_words(text, *sent)
        a = bisect_left(self.starts, start - _REACH_BEFORE)
        i, j, k = bisect_left(self.starts, start), bisect_left(self.starts, end), bisect_left(self.starts, b)
        return self.words[a:i], self.words[j:k], mark, a == 0

    def context(self, text: str, start: int, end: int, sent: tuple[int, int]) -> str:
        """The telling words of the figure's sentence within _CONTEXT characters of it,
        lowercased, in order, once each: names, places, nouns and verbs; years kept, other
        numbers and function words left out. The ledger's evidence that two figures report
        one event."""
        if self.sentence != sent:  # a very long sentence, read only around the figure
            words = WORD_TOKEN.findall(text, max(sent[0], start - _CONTEXT), min(sent[1], end + _CONTEXT))
            return " ".join(dict.fromkeys(w for w in map(_context_word, words) if w))
        if self.telling is None:  # once per sentence: its telling words and where they start
            telling = list(map(_context_word, self.words))  # "" for a word that tells nothing
            self.telling = (list(compress(self.starts, telling)), list(filter(None, telling)))
        starts, words = self.telling
        return " ".join(
            dict.fromkeys(words[bisect_left(starts, start - _CONTEXT) : bisect_left(starts, end + _CONTEXT)])
        )


@lru_cache(maxsize=32768)
def _context_word(w: str) -> str:
    """A token as a context word, or "" when it tells nothing (cached: tokens recur)."""
    low = w.lower().strip(".'’-")
    if YEAR.fullmatch(low):
        return low
    return low if len(low) > 2 and low[0].isalpha() and low not in CONTEXT_STOP else ""


@dataclass(slots=True)
class _Reading:
    """The parts of what a figure counts, as read around it."""

    noun: str | None = None
    partitive: bool = False
    event: str | None = None
    predicate: list[str] = field(default_factory=list)
    quals: list[str] = field(default_factory=list)
    change: str | None = None
    category: bool = False  # "five cities: Atlanta (61)", "10 other countries (7)": a list's labels


def _after(toks: list[str], unit: str | None, ctx: Context) -> _Reading:
    """The noun (or partitive), event, predicate and place after the number."""
    r = _Reading()
    n = len(toks)
    i = 1 if n and (toks[0] == ")" or unit == "percent" and toks[0] == "percent") else 0
    i += 2 * (toks[i : i + 2] == ["or", "so"])  # "11.3 million or so undocumented immigrants"
    r.partitive = i < n and toks[i] in ("of", "Of")
    j = noun_phrase(toks, i + r.partitive, 6 if r.partitive else 4)
    if j > i + r.partitive:
        r.noun = join((["of"] if r.partitive else []) + toks[i + r.partitive : j])
        if (
            not r.partitive
            and j + 1 < n
            and toks[j] in ("with", "of")
            and toks[j + 1] not in ("the", "those")
            and (k := noun_phrase(toks, j + 1, 3)) > j + 1
        ):
            r.noun, j = join(toks[i:k]), k  # "noncitizens with criminal records", "pounds of fentanyl"
    if r.noun and not r.partitive and j < n and toks[j] in (",", "and"):
        j = next((k for k in range(j, min(n, j + 12)) if toks[k].lower() in COUNTS_AUX), j)  # "A, B and C were"
    if not r.noun and unit in _MONEY and toks[j : j + 1] == ["in"] and (k := noun_phrase(toks, j + 1, 3)) > j + 1:
        r.noun, j = join(toks[j + 1 : k]), k  # "$40,000 in restitution", "$2 million in back wages"
    if unit in _TIME_UNITS and j < n and toks[j].lower() in COUNTS_AUX:
        return r  # "Trump's first three months were initiated …": the verb is the subject's, not the span's
    if not r.noun and (aim := purpose(toks, j)):
        r.predicate = aim  # "nine million to find and deport"
        return r
    group, r.event, rest = verb_group(toks, j)
    if r.event in _HEDGES and toks[rest : rest + 1] == ["to"]:
        r.event = None  # "680 people believed to be working without authorization": said of them, no subset
        return r
    rest = rest if r.event else j
    if r.partitive and r.noun and any(w[0].isdigit() for w in r.noun.split()) and group and r.event:
        if group[0].lower() not in COUNTS_AUX:  # "300 of 680 people detained … were released": the 680 were detained
            r.noun, r.event = join([r.noun, *group]), None
    if (r.partitive or not r.noun and r.event != ctx.event) and group and group[0].lower() in COUNTS_AUX and r.event:
        quals, rest = qualifiers(toks, rest, argument=True)
        r.predicate, r.quals = ["who", *group, *quals[:1]], quals[1:]  # "of those arrested who were deported"
        r.event = None
    else:
        r.quals, rest = qualifiers(toks, rest, money=unit in _MONEY)
    if rest < n:
        r.predicate = (
            r.predicate or predicate(toks, rest) or purpose(toks, rest) or (active(toks, rest) if not r.noun else [])
        )
        if len(r.quals) < 2:
            r.quals += [t for t in time_phrases(toks[rest:]) if t not in r.quals][: 2 - len(r.quals)]
    return r


def _before(before: list[str], r: _Reading, ctx: Context, whole: bool, unit: str | None) -> None:
    """What the words before the number add: a change ("fell by"), the verb taking it as object
    ("arrested 498"), a place as subject ("Los Angeles saw"), a list it closes ("… with 51",
    "Atlanta (61)")."""
    how, v = measure(before)
    verb = before[v].lower() if v >= 0 else ""
    if verb == "worth" and not r.noun and (what := subject(before, v)):
        r.noun = f"{what} worth"  # "Fentanyl Worth Over $384K"
    if (
        before[-1:] == ["by"]
        and (
            cut := next(
                (
                    k
                    for k in range(len(before) - 2, max(-1, len(before) - 8), -1)
                    if before[k].lower() in _CHANGE_OBJECT
                ),
                None,
            )
        )
        is not None
    ):
        r.change = (
            f"{_CHANGE_OBJECT[before[cut].lower()]} in {join(before[cut + 1 : -1])}"  # "reduce GDP by $1 trillion"
        )
    elif before[-1:] == ["of"] and len(before) > 1 and before[-2].lower() in _CHANGE_NOUNS and not r.noun:
        r.noun = before[-2].lower()  # "a decrease of 28.6 percent"
    elif before[-1:] == ["of"] and unit in _MONEY and not r.noun and (what := subject(before, len(before) - 1)):
        r.noun = what  # "a money judgment of $942,537.00", "restitution of $40,000"
    elif how == "level" and not r.noun and not r.predicate:
        r.noun = clause_subject(before, v, whole) or None
    elif how == "change" and (
        subj := ctx.noun if verb in ("up", "down") and not whole else clause_subject(before, v, whole)
    ):
        r.change = f"{CHANGE_VERBS.get(verb) or ('rise' if verb == 'up' else 'fall')} in {subj}"
    elif not r.event and not r.predicate and (verb in EVENTS or participle(verb, "x")):
        r.event = event_of(verb)
    if verb in _PLACE_VERBS and not r.quals and (place := place_subject(before, v)):
        r.quals = [f"in {place}"]
    if before[-1:] == ["with"] and not r.noun:  # "Clark County had the most declined detainers with 51"
        r.noun = subject(before, len(before) - 1) or None
        verb_at = next((k for k, w in enumerate(before) if w.lower() in _PLACE_VERBS), 0)
        r.quals = r.quals or [f"in {p}" for p in [place_subject(before, verb_at)] if p]
    if before[-1:] == ["("]:  # "Arrests by city: Atlanta (61)", "came from 14 countries: Mexico (101)"
        r.noun = r.noun or ctx.noun or sentence_head(before)
        place = place_subject(before[:-1], len(before) - 1) or subject(before, len(before) - 1)
        r.quals = [f"in {place}"] if place else r.quals


def _borrow(r: _Reading, ctx: Context, start: int, figure: str, before: list[str], unit: str | None) -> str | None:
    """A noun for a number that has none: the group it belongs to, the noun of the figure before,
    the noun right before it ("a child under 14"), or people for what happens to people."""
    if r.noun or r.change:
        return None
    if ctx.group and start < ctx.group_until and (r.predicate or not r.event):
        return ctx.group
    if (r.predicate or not r.event) and (opening := opening_group(before)):
        return opening
    if r.predicate and ctx.event:
        return f"of those {ctx.event}"
    if (
        figure.split()[0].lower() in ("under", "over", "above", "below")
        and before
        and before[-1].islower()
        and phrase_word(before[-1], None)
        and before[-1] not in EVENTS
        and not r.event
        and not r.predicate
    ):
        return before[-1]  # "a child under 14"
    if unit and unit in ctx.by_unit and not r.event:
        return ctx.by_unit[unit]  # "$7.5 billion over two years or $3.74 billion annually"
    if ctx.noun and (not r.event or r.event == ctx.event or not ctx.event) and unit not in _OWN_NOUN:
        r.event = r.event or ctx.event
        return ctx.noun
    if r.event in PEOPLE_EVENTS or figure.lower().split()[-1] in VAGUE and unit is None:
        return "people"
    return None


def counts_of(
    text: str,
    start: int,
    read_to: int,
    end: int,
    sent: tuple[int, int],
    unit: str | None,
    ctx: Context,
    titled: bool = False,
) -> tuple[str, Reading, str]:
    """What the figure text[start:end] counts, read in its sentence after `read_to` (the end of
    its number, before a time unit it took: "31 months in prison" reads "months in prison"):
    the readable phrase, its parts, and the telling words around it. `titled`: the paragraph
    is a Title Case headline. Updates ctx for later figures."""
    before, toks, mark, whole = ctx.around(text, start, read_to, sent)
    figure = text[start:end]
    context = ctx.context(text, start, end, sent)
    age = unit == "years" and figure.lower().endswith(AGES)
    if (whose := age_of(before, toks, text[start:read_to], ctx.noun)) is not None:
        if _named(whose):
            ctx.person = ctx.people[whose.split()[-1]] = whose
            ctx.aged = (sent, [*ctx.aged[1], whose] if ctx.aged[0] == sent else [whose])
        return (f"age of {whose}".strip() if whose else "age"), Reading("age", "years", person=whose), context
    r = _after(toks, unit, ctx)
    if before[-1:] == [","] and toks[:1] == [","] and len(before) > 1 and not r.noun:
        r.noun = subject(before, len(before) - 1) or None  # "The number for June, 21,659, was down"
    r.category = bool(r.noun) and not (r.quals or r.event) and mark in (":", "(")
    of_the = _of_the(before)
    if of_the and _part(before[:-2]):
        r.predicate = []  # "317 of the nearly 500 people arrested had…": what they had is said of the 317
    _before(before, r, ctx, whole, unit)
    borrowed = None if age else _borrow(r, ctx, start, figure, before, unit)
    if len(r.quals) < 2 and "," in before and (lead := fronted(before)) and lead not in r.quals:
        r.quals = [*r.quals[:1], lead]
    words = trim(" ".join(p for p in (r.change, r.noun or borrowed, r.event, *r.predicate, *r.quals) if p).split())
    # With nothing read, the word before the number, if it tells anything ("tax cut"; not "just", "it")
    phrase = join(words) or join(trim([w for w in before[-3:] if w[0].isalnum() and _context_word(w)])[-1:])
    if unit in _TIME_UNITS and "-" in figure:
        phrase = f"{'age' if age else 'duration'} of {phrase}".strip()
    _remember(ctx, figure, sent, of_the, r, unit)
    reading = _reading(r, borrowed, unit, titled)
    if unit in _OWN_NOUN and not titled and (whose := _sentenced(before, toks, whole, ctx)):
        reading = replace(reading, person=whose)  # a prison term, fine or judgment is someone's
    elif unit is None and reading.thing.split(" ", 1)[0].lower() in _CHARGE_NOUNS and not titled:
        whose, how = _charged(before, ctx, sent)  # so is a charge, pleaded to or charged with
        ctx.charged = (sent, whose, how)
        reading = replace(reading, person=whose, event=reading.event or how)
    elif reading.kind == "count" and ctx.charged[0] == sent and ctx.charged[1]:
        reading = replace(reading, person=ctx.charged[1])  # "… one count of bringing two migrants": his two
    if age:  # "a 37-year-old man from New Paltz": an age, of someone the article describes
        reading = Reading("age", "years", scope=join([reading.thing, reading.scope]).strip())
    return phrase, reading, context


def _reading(r: _Reading, borrowed: str | None, unit: str | None, titled: bool) -> Reading:
    """The parts of what a figure counts, from what was read around it: the predicate is its
    scope ("with prior convictions"), places and times are told apart from other qualifiers, a
    change keeps its direction and what changed."""
    places, times = [], []
    for q in r.quals:  # other qualifiers ("in prison", "at the motel") stay in the phrase only
        if is_time(q):
            times.append(q)
        elif is_place(q) and (not titled or any(w in PLACE_WORDS for w in q.split())):
            places.append(q)  # in a Title Case headline only a known place name says where
    thing = r.noun or borrowed or ""
    thing = strip_article(thing)  # "a money judgment"
    direction = ""
    if r.change:
        direction, _, thing = r.change.partition(" in ")
    kind: FigureKind = (
        "change"
        if direction
        else "share"
        if unit in ("percent", "percentage points", "fraction")
        else "money"
        if unit in _MONEY
        else "duration"
        if unit in _TIME_UNITS
        else "count"
    )
    return Reading(
        kind,
        unit or thing if kind == "duration" else thing,
        r.event or "",
        join(r.predicate),
        "; ".join(places),
        "; ".join(times),
        direction,
    )


_PENALTY = frozenset(
    """sentenced sentence prison jail probation ordered pay fined fine restitution judgment forfeit
    forfeiture supervised""".split()
)
_PRONOUNS = frozenset("he she her him his".split())  # not "their": a sum of several defendants


def _named(name: str) -> bool:
    """A person's name: two or more capitalised words ("Maria Lopez", not "Sept" or "Defendants")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words[-2:])


def _sentenced(before: list[str], after: list[str], whole: bool, ctx: Context) -> str:
    """Whose prison term, fine or judgment a duration or sum is, when its sentence speaks of one:
    the name the sentence opens with ("Maria Lopez, 41, … was sentenced to 46 months"), or the
    person named last for "her" ("ordered her to pay a money judgment of $942,537.00")."""
    low = [w.lower() for w in before]
    if not _PENALTY.intersection(low) and not _PENALTY.intersection(w.lower() for w in after[:4]):
        return ""
    if whole and before and before[0][:1].isupper():
        k = 0
        while k < len(before) and before[k][:1].isupper() and before[k] not in ("The", "A", "An"):
            k += 1
        name = join(before[:k])
        if _named(name) and before[k : k + 1] != [":"] and not _COURT.intersection(name.lower().split()):
            ctx.person = ctx.people[name.split()[-1]] = name  # not "Maximum Penalties:", nor the judge
            return name
        if k == 1 and before[0] in ctx.people:
            return ctx.people[before[0]]  # "Lopez faced up to 10 years": a person named before
    return ctx.person if _PRONOUNS.intersection(low) else ""


# Titles of those who try a case, not those tried ("Senior U.S. District Judge Lauri Smith Camp ordered").
_COURT = frozenset("judge justice magistrate prosecutor prosecutors attorney".split())
_CHARGE_NOUNS = frozenset("count counts charge charges".split())
_PLEA_VERBS = frozenset("pleaded pleads plead pleading charged charging indicted convicted".split())
_BEFORE_VERB = frozenset("was is has have had been were".split())


def _charged(before: list[str], ctx: Context, sent: tuple[int, int]) -> tuple[str, str]:
    """Whose charge a count of one is ("… pleaded guilty to one count of conspiracy"): the name
    right before the plea or charge verb ("Co-conspirator Fabiano Amorim has been charged",
    "Thakkar was charged", "A third co-conspirator, Maria De Luna, pleaded"), else the one person
    the sentence gave an age to ("Kaushik Thakkar, 33, an Indian national, pleaded"), else the
    person named last for "he" or "her"; no one for co-defendants ("each pleaded", "They each").
    With the person, how: "pleaded" to the count, or "charged" with it. A count in a list far
    from its verb is the previous count's defendant's."""
    low = [w.lower() for w in before]
    verbs = [k for k, w in enumerate(low) if w in _PLEA_VERBS]
    if not verbs and ctx.charged[0] == sent:
        return ctx.charged[1:]  # "to one count of bribery, one count of conspiracy and one count of …"
    if not verbs or "each" in low or "respectively" in low:
        return "", ""
    v = verbs[-1]
    how = "pleaded" if low[v].startswith("plead") else "charged"
    while v > 0 and low[v - 1] in _BEFORE_VERB:
        v -= 1
    if v > 1 and before[v - 1] == ",":
        v -= 1  # an appositive: "A third co-conspirator, Maria Adela De Luna, pleaded"
    i = v
    while i > 0 and before[i - 1][:1].isupper():
        i -= 1
    name = join(before[i:v])
    if _named(name) and not _COURT.intersection(name.lower().split()):
        ctx.person = ctx.people[name.split()[-1]] = name
        return name, how
    if v - i == 1 and name in ctx.people:
        return ctx.people[name], how
    aged = ctx.aged[1] if ctx.aged[0] == sent else []
    if len(aged) == 1:
        return aged[0], how
    return (ctx.person, how) if _PRONOUNS.intersection(low) else ("", "")


# Words for a part of a group: "a majority of the 475 arrests were Korean nationals" says it of the part.
_PARTS = frozenset("majority most half many some several few none all bulk portion share third quarter".split())


def _part(before: list[str]) -> bool:
    """Whether the words before "of the" name a part of the group after it: a number ("317 of
    the …") or a word for a part ("a “majority” of the 475"), quote marks skipped."""
    word = next((w for w in reversed(before) if w[0].isalnum()), "")
    return word[:1].isdigit() or word.lower() in _PARTS


def _of_the(before: list[str]) -> bool:
    """Whether the words before a number end with "of the" or "of those" (a partitive group)."""
    return len(before) > 1 and before[-1].lower() in ("the", "those") and before[-2].lower() == "of"


def _remember(ctx: Context, figure: str, sent: tuple[int, int], of_the: bool, r: _Reading, unit: str | None) -> None:
    """Keep the noun and event for the next figure, and the group later numbers are part of: a
    partitive ("205 of those arrested"), or a group the sentence or a list intro opens with ("Of
    the 498 immigrants arrested, …", "of the 58 individuals arrested:")."""
    if r.noun and not r.partitive and not r.category:
        ctx.noun = r.noun
        if unit:
            ctx.by_unit[unit] = r.noun
    ctx.event = r.event or ctx.event
    if r.partitive and r.noun:
        ctx.group, ctx.group_until = r.noun + (f" {r.event}" if r.event else ""), sent[1]
    elif r.noun and of_the:
        ctx.group, ctx.group_until = join(["of the", figure, r.noun, *([r.event] if r.event else [])]), sent[1]

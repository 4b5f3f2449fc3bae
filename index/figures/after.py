"""Phrases after a number, read from plain words without a parser: the noun phrase a number
modifies, a verb group ("had previously been deported"), what a number standing as subject has or
is, place and time phrases ("in Cook County, Illinois", "this week"), a clause's end. The words
before a number are read in `before.py`; `counts.py` puts both into what a figure counts.

Words are told apart by small closed lists (auxiliaries, prepositions, determiners, clause words,
common verbs) and by shape: an -ed word is a verb unless a noun follows it ("convicted criminal
aliens"), an -ly word is an adverb, a capitalised word is part of a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.numbers import (
    COUNTS_AUX,
    COUNTS_STOPS,
    EVENTS,
    HAVE,
    KEPT_PREPS,
    LY_NOUNS,
    MONTHS,
    PARTICIPLES,
    TIME_WORDS,
    VERB_WORDS,
    WEEKDAYS,
    YEAR,
)
from ..lexicon.words import DETERMINERS, PREPOSITIONS

ADVERBS = frozenset("previously already also currently recently reportedly allegedly later still not up down".split())
_NUMERIC = re.compile(r"\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)$", re.I)
_PREPS = PREPOSITIONS | KEPT_PREPS - {"nationwide"}
_END_WORDS = COUNTS_AUX | _PREPS | COUNTS_STOPS | DETERMINERS | {"to", "more", "who", "those", "per"}
BEFORE_NUMBER = frozenset(
    """more than nearly about almost some over by around roughly least at a total of only
    just up to as many approximately an estimated fewer less""".split()
)
_PER_TIME = frozenset("nationwide annually daily weekly monthly yearly".split())
_NP_QUALIFIERS = frozenset(
    "more than nearly about almost some roughly approximately estimated only just fewer less".split()
)
_TIME_LEADS = ("this", "last", "next", "each", "per", "a")
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_TIME_CUES = frozenset(w for lead in ("this", "last", "next", "since", "in") for w in (lead, lead.capitalize()))
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands".split()
)


def join(words: list[str]) -> str:
    text = " ".join(words)
    return text.replace(" ,", ",").replace(" )", ")").replace("( ", "(") if "," in text or "(" in text else text


def trim(words: list[str]) -> list[str]:
    """Without a trailing verb, preposition, article or conjunction ("people in the raid represent a")."""
    while words and (
        not words[-1][0].isalnum()
        or not words[-1][0].isupper()
        and (words[-1] in _END_WORDS or words[-1] in VERB_WORDS)
    ):
        words = words[:-1]  # a capitalised word is a name: "since May"
    return words


@lru_cache(maxsize=8192)
def participle(w: str, nxt: str | None) -> bool:
    """An -ed word read as a verb: not before a noun it describes ("convicted criminal aliens")."""
    low = w.lower()
    if not (low in PARTICIPLES or low.endswith("ed") and len(low) > 4):
        return False
    return (
        nxt is None
        or not nxt[0].isalnum()
        or nxt.lower() in _END_WORDS
        or nxt.lower() in VERB_WORDS
        or nxt.lower() in ("up", "out", "back")
        or participle(nxt, None)
        or nxt.endswith("ing")
        and nxt.islower()
    )


@lru_cache(maxsize=8192)
def phrase_word(w: str, nxt: str | None) -> bool:
    """A plain-word token that can stand in a counted noun phrase (no verb, adverb, preposition
    or clause word); quotes/mentions.np_word judges tokens of a name instead."""
    low = w.lower()
    return (
        w[0].isalnum()
        and low not in _END_WORDS - DETERMINERS
        and low not in VERB_WORDS
        and low not in ADVERBS
        and not participle(w, nxt)
        and not (low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS)
        and not (low.endswith("ing") and len(low) > 5 and w.islower())
        and not (low in ("this", "next", "last") and nxt is not None and nxt.lower() in TIME_WORDS)
    )


def noun_phrase(toks: list[str], i: int, most: int = 4) -> int:
    """End of the noun phrase at token i: a leading determiner (not "a") or "more" ("50 more
    judges"), qualified numbers inside ("the nearly 500 people"), no verb, adverb or clause word."""
    j, n = i, len(toks)
    while j < n and j - i < most:
        w = toks[j]
        low, nxt = w.lower(), toks[j + 1] if j + 1 < n else None
        if low in DETERMINERS and (j > i or low in ("a", "an")):
            break
        if phrase_word(w, nxt):
            j += 1
            continue
        after = toks[j + 2] if j + 2 < n else None
        if low in ("or", "and") and j > i and nxt and after and _paired(toks[j - 1], nxt, after):
            j += 1  # "170 violent or serious felonies": two words before one noun
            continue
        if j > i and w.islower() and low.endswith("ing") and nxt and _compound(toks[j - 1], nxt, after):
            j += 1  # "seven food processing plants"; not "500 agents conducting raids"
            continue
        if j > i and nxt and nxt.endswith("ing") and after and participle(w, nxt) and phrase_word(after, None):
            j += 2  # "two separate failed smuggling attempts"
            continue
        if not (
            low in _NP_QUALIFIERS
            and nxt
            and _NUMERIC.search(nxt)
            or j == i
            and low in ("those", "that", "this", "these")
            or j == i
            and low in ("more", "other", "additional")
            and nxt
            and phrase_word(nxt, after)
        ):
            break
        j += 1
    # Only the first word can be a determiner (a later one ends the phrase): a phrase of two or
    # more words has a word besides it.
    return j if j > i + 1 or j > i and toks[i].lower() not in DETERMINERS else i


def _paired(a: str, b: str, noun: str) -> bool:
    """Whether "a or b noun" pairs two words before one plural noun ("violent or serious
    felonies", "state and local officials"; not "men and women overnight")."""
    return (
        a.islower()
        and b.islower()
        and not _plural(a)
        and not _plural(b)
        and _plural(noun)
        and phrase_word(a, b)
        and phrase_word(b, noun)
        and phrase_word(noun, None)
    )


_OR_PAIR = re.compile(r" or (\w+)[\"”’]? (\w+)")
_LAST_WORD = re.compile(r"(\w+)[\"”’]?$")


def _or_pair(text: str, a: int, at: int) -> bool:
    """Whether the " or " at offset `at` pairs two words before one noun ("violent or serious
    felonies"), so the clause goes on."""
    last, pair = _LAST_WORD.search(text, a, at), _OR_PAIR.match(text, at)
    return last is not None and pair is not None and _paired(last.group(1), pair.group(1), pair.group(2))


def _compound(before: str, nxt: str, after: str | None) -> bool:
    """Whether an -ing word between a singular word and a plural noun is part of one name for a
    thing ("food processing plants", "human smuggling counts")."""
    return not _plural(before) and nxt.islower() and _plural(nxt) and phrase_word(nxt, after)


def _plural(w: str) -> bool:
    return w.endswith("s") and not w.endswith(("ous", "ss", "us", "is"))


def event_of(w: str) -> str | None:
    """The participle an event word stands for ("arrests", "apprehension" → "arrested")."""
    low = w.lower()
    return EVENTS.get(low) or (low if low in PARTICIPLES or low.endswith("ed") and len(low) > 4 else None)


def _phrase(toks: list[str], i: int) -> int:
    """End of the prepositional phrase at token i: its noun phrase with numbers, names, "of" links
    and a ", State" after a place ("in Cook County, Illinois")."""
    j, n = i + 1, len(toks)
    while j < n and j - i <= 8:
        w, nxt = toks[j], toks[j + 1] if j + 1 < n else None
        low = w.lower()
        if low in WEEKDAYS:
            break  # "at a Sandusky-area gardening company Tuesday morning": the day says when, not where
        if (
            low in ("of", "through")
            and nxt
            and nxt[0].isalnum()
            and j > i + 1
            or w == ","
            and nxt
            and nxt[0].isupper()
            and toks[j - 1][0].isupper()
            and not (j + 2 < n and _NUMERIC.search(toks[j + 2]))
            or phrase_word(w, nxt)
            or low in DETERMINERS
            or _NUMERIC.search(w)
            or w[0].isupper()
            or w.endswith("ing")
            and low not in _PREPS  # "near Savannah during a Thursday operation"
            and phrase_word(toks[j - 1], w)
            and j > i + 1
            or low in BEFORE_NUMBER
            and nxt
            and (_NUMERIC.search(nxt) or nxt.lower() in BEFORE_NUMBER)
        ):
            j += 1
        else:
            break
    return i + len(trim(toks[i:j])) if j > i + 1 else i


def qualifiers(toks: list[str], i: int, argument: bool = False, money: bool = False) -> tuple[list[str], int]:
    """Place and time phrases from token i on, over other phrases: ["in MA", "this week"]. With
    `argument` the first phrase is the verb's own ("referred for criminal prosecution"); money
    keeps what it is for or per ("$85 per detainee per day", "$1.2 billion for detention")."""
    out: list[str] = []
    n = len(toks)
    while i < n and len(out) < 3:
        low = toks[i].lower()
        if low in _TIME_LEADS and i + 1 < n and toks[i + 1].lower() in TIME_WORDS:
            end = i + 2 + (toks[i + 1].lower() == "fiscal" and i + 2 < n)
            end += end < n and toks[end].lower() in ("earlier", "later", "ago", "before")
            out.append(join(toks[i:end]))
            i = end
        elif low in WEEKDAYS:
            end = i + 1 + (i + 1 < n and toks[i + 1].lower() in _DAY_PARTS)
            out.append(join(toks[i:end]))  # "Tuesday morning"
            i = end
        elif low in _PREPS and low != "of" and (j := _phrase(toks, i)) > i:
            named = toks[i + 1][0].isupper() or low != "to" and (toks[i + 1][0].isdigit() or toks[j - 1][0].isdigit())
            if (
                argument
                or low in KEPT_PREPS - {"from"}
                or low in ("to", "into", "for", "from")
                and named
                or money
                and low in ("per", "for", "on")
            ):
                out.append(join(toks[i:j]))
            argument, i = False, j
        elif low in ADVERBS or low in ("up", "out", "back") or low in _PER_TIME:
            out += [low] if low in _PER_TIME else []
            i += 1
        elif (
            low in ("and", "or")
            and out
            and i + 1 < n
            and (toks[i + 1].lower() in _PREPS or toks[i + 1].lower() in _TIME_LEADS)
        ):
            i += 1  # "in 2014 and in 2017 were not criminals": the next phrase, then what is said of them
        else:
            break
    return out, i


def time_phrases(toks: list[str]) -> list[str]:
    """Times anywhere in a clause before the next number: "this year", "last fiscal year",
    "since 2019", "in 2017"."""
    out: list[str] = []
    if _TIME_CUES.isdisjoint(toks):
        return out  # most clauses name no time: one set test instead of a scan
    for i in range(len(toks) - 1):
        w, nxt = toks[i], toks[i + 1]
        low = w.lower()
        if low in _TIME_LEADS and low not in ("a", "each", "per") and nxt.lower() in TIME_WORDS:
            out.append(join(toks[i : i + 2 + (nxt.lower() == "fiscal" and i + 2 < len(toks))]))
        elif low in ("since", "in") and YEAR.fullmatch(nxt):
            out.append(f"{low} {nxt}")
        elif (w[0].isdigit() or low in _NUMBER_WORDS) and not YEAR.fullmatch(w):
            break
    return out


_PLACE_LEADS = frozenset("in at across throughout near outside inside within along from to into".split())


@lru_cache(maxsize=4096)
def is_time(phrase: str) -> bool:
    """Whether a qualifier says when: "last week", "in 2017", "since Jan. 20", "in FY 2013",
    "during the first full week", "annually" (cached: the same phrases recur)."""
    words = phrase.split()
    low = [w.lower().strip(".,") for w in words]
    return bool(low) and (
        low[0] in _TIME_LEADS
        and len(low) > 1
        and low[1] in TIME_WORDS
        or low[0] in WEEKDAYS
        or low[0] in ("annually", "daily", "weekly", "monthly", "yearly")
        or any(YEAR.fullmatch(w) or w in MONTHS or w in ("fy", "fiscal") for w in low[1:])
        or low[0] in ("since", "during", "until", "through")
        and any(w in TIME_WORDS or w in ("first", "last", "past", "next") for w in low[1:])
    )


@lru_cache(maxsize=4096)
def is_place(phrase: str) -> bool:
    """Whether a qualifier says where: a place preposition before a name ("in Cook County",
    "across the United States"), or "nationwide" (cached: the same phrases recur)."""
    words = phrase.split()
    return bool(words) and (
        words[0].lower() == "nationwide" or words[0].lower() in _PLACE_LEADS and any(w[0].isupper() for w in words[1:])
    )


# A mark, a spaced dash, a comma, or the space before a clause word (a lookahead after a space is far
# cheaper for the regex engine than a word boundary tried at every position).
_CLAUSE_END = re.compile(r"[;:(—–]| - |, | (?=(?:or|but|as|if|than|that|because|wh(?:ile|ich|o|om|ose|en|ere))\b)")
_AFTER_COMMA = re.compile(
    r"(?:and|or|but|while|which|who|that|when|where|because|as|if|than|whom|whose|including"
    r"|an?|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b|\d",
    re.I,
)


def clause_end(text: str, a: int, b: int) -> tuple[int, str]:
    """Where the clause from offset a ends before b (";", a dash, ", while", ", including",
    ", 28 in"), and the mark that ends it (" " for a word, "" for none)."""
    pos = a
    while m := _CLAUSE_END.search(text, pos, b):
        if text.startswith(" or so ", m.start()):
            pos = m.end() + 5  # "11.3 million or so undocumented immigrants"
        elif text.startswith(" or ", m.start()) and _or_pair(text, a, m.start()):
            pos = m.end() + 3  # "170 “violent or serious” felonies"
        elif m.group() != ", " or _AFTER_COMMA.match(text, m.end()):
            return m.start(), m.group()
        else:
            pos = m.end()
    return b, ""


def verb_group(toks: list[str], i: int) -> tuple[list[str], str | None, int]:
    """Auxiliaries, adverbs and a participle at token i ("had previously been deported", "are
    reported to be headed"): (the words, the event, next index)."""
    j = i
    while j < len(toks) and (toks[j].lower() in COUNTS_AUX or adverb(toks[j])):
        j += 1
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if j < len(toks) and (
        participle(toks[j], nxt) or j > i and participle(toks[j], None) and nxt is not None and nxt[0].isupper()
    ):
        if toks[j + 1 : j + 3] == ["to", "be"] and j + 3 < len(toks) and participle(toks[j + 3], None):
            j += 3
        event = event_of(toks[j])
        if toks[j + 1 : j + 2] in (["up"], ["out"], ["back"]):  # "rounded up"
            event, j = f"{event} {toks[j + 1]}", j + 1
        return toks[i : j + 1], event, j + 1
    return toks[i:j], None, j


def predicate(toks: list[str], i: int) -> list[str]:
    """What a number standing as subject has or is: "had prior convictions" → "with prior
    convictions", "were foreign fugitives" → "who were foreign fugitives"."""
    while i < len(toks) and adverb(toks[i]):
        i += 1
    if i >= len(toks) or toks[i].lower() not in COUNTS_AUX:
        return []
    j = i
    while j < len(toks) and (toks[j].lower() in COUNTS_AUX or adverb(toks[j])):
        j += 1
    if j < len(toks) and _NUMERIC.search(toks[j]):
        return []  # "deportations was $7.5 billion": the number is another figure
    k = noun_phrase(toks, j, 5)
    if k > j and toks[i].lower() in HAVE and j == i + 1:
        return ["with", *toks[j:k]]
    return ["who", *toks[i:k]] if k > j else []


def adverb(w: str) -> bool:
    low = w.lower()
    return low in ADVERBS or low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS and w.islower()


def purpose(toks: list[str], i: int) -> list[str]:
    """What a number is for: "nine million to find and deport", "2.3 million to account for
    more recent arrivals"."""
    if i + 1 < len(toks) and toks[i] == "to" and toks[i + 1].islower() and toks[i + 1] not in DETERMINERS:
        return trim(toks[i : i + 6])
    return []


def active(toks: list[str], i: int) -> list[str]:
    """A number as the subject of an active verb: "hundreds started protesting" → "who started
    protesting"."""
    if (
        i < len(toks)
        and toks[i].islower()
        and (toks[i].endswith("ed") or toks[i] in VERB_WORDS)
        and toks[i] not in ("compared", "according")
    ):
        return trim(["who", *toks[i : i + 3]])
    return []

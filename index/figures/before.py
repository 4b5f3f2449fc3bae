"""What the words before a number say about it: the verb that takes it and how (the amount a
change or a level reaches, "fell by", "dropped from … to"), the subject of that verb, a place as
subject ("Los Angeles saw"), a place or time set off before it ("In fiscal year 2018,"), the
group a sentence opens with ("Of those arrested,"), and whose age a bare number gives. Used by
`counts.py`; the words come from `text.tokens.sentence_words`.
"""

from __future__ import annotations

from ..lexicon.numbers import CHANGE_VERBS, COUNTS_AUX, LEVEL_VERBS
from ..lexicon.words import DETERMINERS, DISCOURSE_WORDS, PREPOSITIONS
from .after import BEFORE_NUMBER, join, noun_phrase, participle, phrase_word, time_phrases

_NEW_CLAUSE = frozenset("while as because when although whereas ; :".split())
# Prepositions a subject may hold once: "revenue from federal contracts", "arrests inside the country".
_LINKS = frozenset("of from for in inside outside at".split())
_COPULAS = frozenset("was were is are".split())
_FRONTED = ("in", "since", "during", "across", "throughout")


def before_verb(before: list[str]) -> int:
    """Index of the word before the number and its qualifier words (a verb taking it as object)."""
    k = len(before)
    while (
        k > 0
        and before[k - 1].lower() in BEFORE_NUMBER
        and not (before[k - 1].lower() == "up" and before[k : k + 1] != ["to"])
    ):  # "up to 48", not "up by"
        k -= 1
    return k - 1


def subject(before: list[str], v: int) -> str:
    """The noun phrase before token v, auxiliaries skipped ("the agency’s arrests" fell); a
    superlative is dropped ("the most declined detainers" → "declined detainers")."""
    while v > 0 and (before[v - 1].lower() in COUNTS_AUX or before[v - 1].lower() in ("gone", "been")):
        v -= 1  # "that budget has gone up"
    i, linked = v, False
    while (
        i > 0
        and v - i < 8
        and (
            phrase_word(before[i - 1], before[i])
            or before[i - 1].lower() in DETERMINERS
            or not linked
            and before[i - 1].lower() in _LINKS
            and i > 1
            and i < v
        )
    ):
        linked = linked or before[i - 1].lower() in _LINKS
        i -= 1
    words = before[i:v]
    cut = next((k + 1 for k, w in enumerate(words[:2]) if w.lower() in ("most", "largest", "highest")), 0)
    return join(words[cut:])


def clause_subject(before: list[str], v: int, whole: bool) -> str:
    """The subject of the verb at token v: the noun phrase the sentence opens with (after a
    fronted phrase such as "For the month of September,", with an "of" complement: "The
    apprehension of migrants … dropped from 132,880 to 94,897"), unless a new clause starts in
    between ("…, while the agency's arrests fell"), where it is the noun phrase right before v."""
    start = 0
    while start < v and (before[start].lower() in DISCOURSE_WORDS or before[start] == ","):
        start += 1
    if (
        whole
        and start < v
        and (before[start].lower() in PREPOSITIONS or before[start].endswith("ing"))
        and "," in before[start:v]
    ):
        start = before.index(",", start) + 1
    if not whole or any(
        w.lower() in _NEW_CLAUSE or w.lower() in ("and", "but") and before[k - 1] == ","
        for k, w in enumerate(before[start:v], start)
    ):
        return subject(before, v)
    head = before[:v]
    j = noun_phrase(head, start)
    for _ in range(2):  # "Data on the number of farmworkers … varies"
        if j < v - 1 and head[j] in ("of", "from", "for", "on") and (k := noun_phrase(head, j + 1, 4)) > j + 1:
            j = k
    return join(head[start:j]) if j > start else subject(before, v)


def place_subject(before: list[str], v: int) -> str | None:
    """A place that is the subject of "saw" or "had" ("Los Angeles saw 101 people arrested")."""
    i = v
    while i > 0 and (before[i - 1][0].isupper() or before[i - 1] == "in" and i > 1 and before[i - 2][0].isupper()):
        i -= 1
    return join(before[i:v]) if i < v and (i == 0 or before[i - 1] in (",", "and")) else None


def sentence_head(before: list[str]) -> str | None:
    """The noun phrase a sentence opens with, and a participle after it, for a list it introduces
    ("Arrests by city: …", "The individuals arrested came from 14 countries: …")."""
    j = noun_phrase(before, 0)
    if j and j < len(before) and participle(before[j], before[j + 1] if j + 1 < len(before) else None):
        j += 1
    return join(before[:j]) if j else None


def measure(before: list[str]) -> tuple[str, int]:
    """The verb a number measures and how: ("level", v) for the amount reached ("costs reached
    $3.4 billion", "encounters were 52,546", "dropped from 132,880 in May to 94,897"), ("change",
    v) for the amount of a change ("fell by a third", "down 60%"), ("", v) otherwise."""
    v = before_verb(before)
    verb = before[v].lower() if v >= 0 else ""
    if verb == "from" and v > 0 and (before[v - 1].lower() in LEVEL_VERBS or before[v - 1].lower() in CHANGE_VERBS):
        return "level", v - 1  # "varies from 400,000", "dropped from 132,880"
    if before[-1:] == ["to"]:
        back = next(
            (
                k
                for k in range(v, max(-1, v - 8), -1)
                if before[k].lower() in CHANGE_VERBS
                or before[k].lower() in LEVEL_VERBS
                or before[k].lower() in ("up", "down")
            ),
            None,
        )
        if back is not None:
            return "level", back  # "rose to $1.3 billion", "dropped from 132,880 in May to 94,897"
    if verb in LEVEL_VERBS or verb in _COPULAS:
        return "level", v
    if verb in CHANGE_VERBS or verb in ("up", "down"):
        return "change", v
    return "", v


def age_of(before: list[str], toks: list[str], figure: str, noun: str | None) -> str | None:
    """Whose age a bare number gives, "" for an age of no one named, None when it is no age:
    "Milton Carvajal, 39,", "his mother, who is 81,", "aged 45 and 26", "moved here at 18",
    "between the ages of 40 and 60"."""
    first = figure.split()[0]
    if not first.isdigit() or len(first) > 3 or int(first) > 120 or toks and toks[0] not in (",", ")", "and"):
        return None
    while len(before) > 2 and before[-1] in ("and", ",") and before[-2].isdigit():
        before = before[:-2]  # "aged 45 and 26"
    low = [w.lower() for w in before[-3:]]
    if low[-1:] == [","] and len(before) > 1 and before[-2][0].isupper():
        before = _without_alias(before)
        return place_subject(before[:-1], len(before) - 1) or before[-2]
    if low[-2:] in (["who", "is"], ["who", "was"]) and low[:1] == [","]:
        return subject(before, len(before) - 3)
    if low[-1:] in (["aged"], ["age"]) or low[-2:] == ["ages", "of"] or low[-1:] == ["at"] and not toks:
        return noun or ""
    return None


_ALIAS = frozenset(("aka", "a.k.a.", "a/k/a"))


def _without_alias(before: list[str]) -> list[str]:
    """The words before an age with the alias after a name cut ("Annita Devi Gerald, aka Annita
    Rampersad, 52": the age is Gerald's, as the article names her)."""
    i = len(before) - 1
    while i > 0 and before[i - 1][0].isupper():
        i -= 1
    if i > 2 and before[i - 1].lower() in _ALIAS and before[i - 2] == "," and before[i - 3][0].isupper():
        return [*before[: i - 2], ","]
    return before


def opening_group(before: list[str]) -> str | None:
    """The group a sentence opens with, before the numbers that divide it ("Of those arrested,
    150 had convictions, 22 had pending charges")."""
    if before[:1] in (["Of"], ["of"]) and "," in before[:8]:
        words = before[1 : before.index(",")]
        return join(["of", *words]) if words and not any(w[0].isdigit() for w in words) else None
    return None


def fronted(before: list[str]) -> str | None:
    """A place or time set off by a comma before the number ("In fiscal year 2018, 82.4 percent",
    "reported that in Denver, 63 were", "Last year, …"); a phrase naming no place or time ("In a
    statement,") is none."""
    if "," not in before:
        return None
    comma = len(before) - 1 - before[::-1].index(",")
    lead = next((k for k in range(comma - 1, max(-1, comma - 7), -1) if before[k].lower() in _FRONTED), None)
    opens = lead is not None and (lead == 0 or before[lead - 1].lower() in (",", "that", "and", "but", ";", ":"))
    words = before[lead + 1 : comma] if opens and lead is not None else []
    if (
        lead is not None
        and words
        and all(phrase_word(w, None) or w.lower() in ("the", "of") for w in words)
        and any(w[0].isupper() or w[0].isdigit() for w in words)
    ):
        return join(["in" if before[lead] == "In" else before[lead].lower(), *before[lead + 1 : comma]])
    times = time_phrases(before[max(0, comma - 3) : comma + 1])
    return times[-1] if times else None

"""A person named after a title or description, as inverted attribution writes them: "said
U.S. Attorney for the District of Massachusetts Leah B. Foley", "Acting DHS Secretary Kevin K.
McAleenan said", "said the acting director of the Seattle field office, Drew Bostock". The name
closes the phrase; everything before it is the person's role.
"""

from __future__ import annotations

import re

from ..lexicon.names import GIVEN_NAMES, PLACE_WORDS
from ..lexicon.words import DETERMINERS, NAME_LINKS, PARTICIPLE_CUES, PREPOSITIONS, ROLE_WORDS
from ..text.tokens import Token, is_possessive, strip_article
from .mentions import Mention, finish, interpret, is_cue, modifies_role, np_word

_INITIAL = re.compile(r"[A-Z]\.")


def final_name(text: str, toks: list[Token]) -> Mention | None:
    """A long title closed by a person's name: "U.S. Attorney for the District of Massachusetts
    Leah B. Foley", "Special Agent in Charge of the FBI Boston Division Jodi Cohen". The name
    starts at a known given name in the last run of capitalised words; the title is the role."""
    s = len(toks)
    while s > 0 and (toks[s - 1].cap or len(toks[s - 1].text) == 2 and toks[s - 1].text.endswith(".")):
        s -= 1
    start = next((k for k in range(s, len(toks)) if toks[k].text in GIVEN_NAMES), None)
    if start is None and len(toks) - s >= 3 and _INITIAL.fullmatch(toks[-2].text):
        start = len(toks) - 3  # "Director of Field Operations Marty C. Raybon"
    if start is None and 0 < s and toks[s - 1].low in ROLE_WORDS and len(toks) - s in (2, 3):
        start = s  # a lower-case role before the name: "Republican National Committee chairman Rence Priebus"
    if start is None or start == 0 or not 2 <= len(toks) - start <= 4:
        return None
    name = " ".join(t.text for t in toks[start:])
    role = strip_article(text[toks[0].start : toks[start - 1].end])
    return finish(Mention("person", "", toks[0].start, toks[-1].end, name=name, role=role), text, None)


def in_charge(toks: list[Token], k: int) -> bool:
    """Whether token k is the "in" of the title "Special Agent in Charge"."""
    return toks[k].low == "in" and k + 1 < len(toks) and toks[k + 1].text == "Charge"


def title_name_before_cue(text: str, toks: list[Token], i: int) -> Mention | None:
    """`…," Acting Department of Homeland Security (DHS) Secretary Kevin K. McAleenan said`: a
    title in capitals (brackets and links allowed) closed by a name, then the cue."""
    c = i
    while (
        c < len(toks)
        and c - i < 16
        and (
            toks[c].text[:1].isupper()
            or toks[c].text in "()"
            or toks[c].low in NAME_LINKS
            or toks[c].low == "the"
            or in_charge(toks, c)
            or toks[c].text.isalpha()  # "Legal Aid supervising immigration law attorney Ward Oliver told"
            and toks[c].text.islower()
            and toks[c].low not in PREPOSITIONS
            and toks[c].low not in DETERMINERS
            and not is_cue(toks[c])
        )
    ):
        c += 1
    if c - i < 3 or c >= len(toks) or not is_cue(toks[c]) or toks[c].text in PARTICIPLE_CUES:
        return None
    return final_name(text, [t for t in toks[i:c] if t.text not in "()"])


def title_then_name(text: str, toks: list[Token], i: int) -> Mention | None:
    """The phrase from token i to the end of its clause, when a title with prepositions leads to a
    person's name ("said U.S. Attorney for the District of Massachusetts Leah B. Foley.", "said
    Make the Road New York co-director Javier Valdés in a statement")."""
    j = i
    while (
        j < len(toks)
        and j - i < 20
        and (
            np_word(toks[j])
            or toks[j].text[:1].isupper()
            or toks[j].low in PREPOSITIONS
            or toks[j].low in DETERMINERS
            or toks[j].low in NAME_LINKS
            or modifies_role(toks, j)  # "said county budget director Helen Marsh"
            or "-" in toks[j].text
            and toks[j].text.islower()  # "co-host", "nutritional-supplement"
        )
    ):
        j += 1
    ended = j >= len(toks) or toks[j].text in ".,;"
    for e in range(i + 2, j + 1):  # the name may close the title before "in a live video conference"
        closes = ended if e == j else toks[e].low in PREPOSITIONS
        if toks[e - 1].cap and closes and (found := final_name(text, toks[i:e])):
            return found
    return None


def described_name(text: str, toks: list[Token], i: int) -> Mention | None:
    """`said the acting director of the Seattle field office, Drew Bostock.`: a description, a
    comma, then the name closing the clause; the description becomes the role."""
    comma = next((k for k in range(i, min(i + 14, len(toks))) if toks[k].text in ",.;:"), None)
    if comma is None or toks[comma].text != "," or comma == i:
        return None
    definite = toks[i].low in ("the", "his", "her", "their", "its") or is_possessive(toks[i].low)
    if not definite and not any(t.low in ROLE_WORDS for t in toks[i:comma]):
        return None  # "said an undocumented farm worker in Ventura county, California,": no one named
    end = comma + 1
    while end < len(toks) and toks[end].cap:
        end += 1
    if end - comma - 1 not in (1, 2, 3, 4) or (end < len(toks) and toks[end].text not in ".,;"):
        return None
    m = interpret(toks[comma + 1 : end])
    if m is None or m.kind != "person" or m.name in PLACE_WORDS:
        return None
    m.role = strip_article(text[toks[i].start : toks[comma - 1].end])
    m.start = toks[i].start
    return finish(m, text, None)

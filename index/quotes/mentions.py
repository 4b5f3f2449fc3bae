"""Noun phrases that can name a speaker: tokens, mentions and how a phrase is read.

A speaker is written as a noun phrase: a name with its role ("ICE spokesman Henry Lucero"), a
pronoun, an organisation ("the Department of Homeland Security"), an anaphor ("the agency"), a
document ("a DHS statement") or an unnamed group ("two officials"). This module reads such a phrase
from tokens and says which of these it is; `attribution.py` decides where the phrase stands
relative to a cue verb, and `resolve.py` turns it into a canonical speaker. Everything runs on text
with quotation interiors blanked, so words inside quotes never read as a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon.names import GIVEN_NAMES, NOT_NAMES, PLACE_WORDS, STATE_NAMES
from ..lexicon.orgs import ALIASES, ANAPHOR_TYPES, NOT_ORGS, ORG_HEADS, alias_key
from ..lexicon.words import (
    ADVERBIAL_STARTS,
    AUTHORING_VERBS,
    CLAUSE_STOPS,
    CUE_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_ROLES,
    GROUP_NOUNS,
    MALE_ROLES,
    NAME_LINKS,
    NAME_PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
    SPOKES,
    TITLE_ABBREVIATIONS,
)
from ..text.tokens import Token, is_possessive, strip_article, without_possessive


@dataclass(slots=True)
class Mention:
    """A speaker as written. kind: person, pronoun, org, anaphor, role, doc, group."""

    kind: str
    surface: str
    start: int
    end: int
    name: str | None = None
    role: str | None = None
    head: str | None = None
    gender: str | None = None


def _is_head(t: Token) -> bool:
    low = without_possessive(t.low)
    return low in ROLE_WORDS or low in GROUP_NOUNS or low in DOCUMENT_NOUNS or low in ANAPHOR_TYPES


def is_cue(t: Token) -> bool:
    """A verb of speaking, or the "according" of "according to"."""
    return t.text in CUE_VERBS or t.low == "according"


def np_word(t: Token) -> bool:
    return t.cap or t.low in ROLE_WORDS or _is_head(t)


def modifies_role(toks: list[Token], k: int) -> bool:
    """A lower-case word inside a title or before a document, before its head word: "legal
    director", "deputy press secretary", "the DHS web page" (so "ACLU of Michigan legal director
    Michael Steinberg" reads as one phrase)."""
    t = toks[k]
    return (
        t.text.isalpha()
        and t.text.islower()
        and t.text not in CUE_VERBS
        and t.low not in PREPOSITIONS
        and t.low not in DETERMINERS
        and any(x.low in ROLE_WORDS or x.low in DOCUMENT_NOUNS and x.text.islower() for x in toks[k + 1 : k + 3])
    )


_CONTRACTION = re.compile(r"['’](?:s|re|ve|ll|d|t)$", re.I)


def plausible_name(words: list[str], titled: bool = False) -> bool:
    """Whether capitalised words can be a person's name: not a time word, platform, credit, party
    or nationality word or sentence opener ("Hours later", "Twitter", "Getty", "Democratic",
    "Finally", "Performing"), not a possessive or contraction ("Obama's", "There's"), not a
    shouted dateline ("WASHINGTON"), not holding a speech verb ("Chief Says"); a given name first
    otherwise always can. After a title a word in -ing is a surname ("Mr. King", "Sen. Manning")."""
    return _plausible(tuple(words), titled)


# A speech verb's inflected forms, capitalised in a Title Case headline ("Former Police Chief Says
# He Was Detained"), are never part of a name; base forms can be surnames ("Read", "Post").
_VERB_FORMS = frozenset(w.capitalize() for w in CUE_VERBS if w.endswith(("s", "ed")) or w in ("told", "wrote"))


@lru_cache(maxsize=1 << 14)
def _plausible(words: tuple[str, ...], titled: bool) -> bool:  # cached: the same names recur in every article
    if not words or not _VERB_FORMS.isdisjoint(words[1:] or words):  # "Stated Stone:" opens with its verb
        return False
    if words[0] in GIVEN_NAMES and len(words) > 1:
        return not _CONTRACTION.search(words[-1])
    if any(w in NOT_NAMES or w.rstrip(".,") in NOT_NAMES for w in words) or _CONTRACTION.search(words[-1]):
        return False
    if len(words) == 1:
        w = words[0]
        if w.isupper() and len(w) > 2 or w.endswith(("ly", "ing")) and w not in GIVEN_NAMES and not titled:
            return False
    return not all(w.isupper() and len(w) > 2 for w in words)


def name_start(words: list[str]) -> int:
    """Where a person's name begins in a run of capitalised words: after a possessive ("The Post’s
    Chris Cillizza", "RealClearPolitics’ David Byler") or after an occupation before a given name
    ("Journalist Jorge Ramos", "Attorney-in-Chief Seymour W. James Jr.")."""
    for i in range(len(words) - 2, -1, -1):
        if words[i].endswith(("’s", "'s", "’", "'")):
            return i + 1
    k = 0
    while k < len(words) - 2 and any(part.islower() for part in words[k].split("-")[1:]):
        k += 1  # "Attorney-in-Chief", "Editor-at-Large"
    return k + (len(words) - k >= 3 and words[k] not in GIVEN_NAMES and words[k + 1] in GIVEN_NAMES)


def _place_after(toks: list[Token]) -> int:
    """Where a person's name ends before "of"/"from" and a place or body ("Dean Murray of Long
    Island", "Tania Mattos of Queens Neighborhoods United"): the index of that word, or the length."""
    return next(
        (k for k in range(2, len(toks) - 1) if toks[k].low in ("of", "from") and toks[k - 1].cap and toks[k + 1].cap),
        len(toks),
    )


def acronym(word: str) -> bool:
    """Whether a word in capitals can be an organisation's acronym ("ACLU"); a dateline
    ("WASHINGTON", "MINNESOTA") or a word on the list of capitals that are not is not."""
    return (
        word.isupper() and word not in NOT_ORGS and word.title() not in PLACE_WORDS and word.lower() not in STATE_NAMES
    )


# Bodies that speak for the person who owns them: "Mrs. Clinton's campaign said" is Clinton.
_OWNED = frozenset("campaign office".split())


def _owner(words: list[str]) -> tuple[str, str | None] | None:
    """The person a possessive or modifier names before a campaign or office, with their title:
    ("Clinton", "Mrs.") for "Mrs. Clinton's", ("Trump", None) for "Trump"; None for a body or no name."""
    if not words or find_org(words):
        return None
    words = [*words[:-1], without_possessive(words[-1])]
    k = 0
    while k < len(words) - 1 and words[k].lower().rstrip(".") in TITLE_ABBREVIATIONS | ROLE_WORDS:
        k += 1
    name = words[k:]
    if not all(w[:1].isupper() for w in name) or len(name) > 3 or not plausible_name(name):
        return None
    return " ".join(name), " ".join(words[:k]) or None


def find_org(words: list[str]) -> str | None:
    """Short name of the longest known organisation named inside a run of words."""
    return _find_org(tuple(words))


@lru_cache(maxsize=1 << 14)
def _find_org(words: tuple[str, ...]) -> str | None:  # cached: it tries every stretch, and phrases recur
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            if words[i][:1].isupper() and (short := ALIASES.get(alias_key(" ".join(words[i : i + n])))):
                return short
    return None


_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")


def interpret(toks: list[Token]) -> Mention | None:
    """Decide what a noun phrase names; None when it is no speaker at all."""
    if not toks:
        return None
    surface_span = (toks[0].start, toks[-1].end)
    body = toks[1:] if toks[0].low in DETERMINERS else toks
    if not body:
        return None
    words = [t.text for t in body]
    lows = [without_possessive(w.lower()) for w in words]

    def mk(kind: str, **fields: str | None) -> Mention:
        return Mention(kind, "", surface_span[0], surface_span[1], **fields)

    if len(body) == 1 and toks[0] is body[0] and words[0][0].isupper() and lows[0].endswith("ing"):
        return None  # "Taking a victory lap, the agency proclaimed": a participle, no name
    if len(body) == 1 and lows[0] in PRONOUNS and toks[0] is body[0]:
        return mk("pronoun", head=lows[0], gender=PRONOUNS[lows[0]])
    org = find_org(words)
    roles = [
        i
        for i, w in enumerate(lows)
        if w in ROLE_WORDS
        and not (i and i == len(words) - 1 and words[i - 1] in GIVEN_NAMES)
        and not is_possessive(words[i])
    ]  # "the National Sheriff's Association" is no sheriff
    if roles and roles[-1] + 1 < len(body):
        name = body[roles[-1] + 1 :]
        while len(name) > 2 and _ABBREVIATION.fullmatch(name[0].text):
            name = name[1:]  # "U.S. Attorney U.S. Jeffrey H. Sloman": no name starts with "U.S."
        name = name[: _place_after(name)]  # "Assemblyman Dean Murray of Long Island"
        if (
            name[0].cap
            and name[-1].cap
            and all(
                t.cap and not find_org([t.text]) and t.text not in ORG_HEADS or t.low in NAME_PARTICLES for t in name
            )
        ):
            role = " ".join(words[: roles[-1] + 1])
            gender = "f" if FEMALE_ROLES.intersection(lows) else "m" if MALE_ROLES.intersection(lows) else None
            if plausible_name([t.text for t in name], titled=True):
                return mk("person", name=" ".join(t.text for t in name), role=role, gender=gender)
    head = lows[-1]
    if head in DOCUMENT_NOUNS and (words[-1].islower() or len(body) > 1 and words[0] not in GIVEN_NAMES):
        # "the DHS web page", "the Declined Detainer Outcome Report"; not "Sam Page"
        owner = next((w for w in words[:-1] if is_possessive(w) and w[0].isupper()), None)
        return mk("doc", name=org or (owner[:-2] if owner else None), head=head)
    # Officials and spokespeople speak for their organisation; an agent or officer speaks for
    # no one but themselves ("a Border Patrol agent who asked not to be named").
    speaks_for = any(w in SPOKES or w in ("official", "officials") for w in lows)
    if head in GROUP_NOUNS and head not in ROLE_WORDS:
        local = head == "police" and body[0].cap and not org
        if local:
            return mk("org", name=" ".join(words))
        return mk("org", name=org) if org and speaks_for else mk("group", head=head)
    of_place = bool(roles) and lows[roles[-1] + 1 : roles[-1] + 2] in (["of"], ["for"]) and body[-1].cap
    if roles and (roles[-1] == len(body) - 1 or of_place) or any(w in SPOKES for w in lows):  # "mayor of San Diego"
        if org and speaks_for:
            return mk("org", name=org)
        return mk("role", role=" ".join(words), head=lows[roles[-1]] if roles else head)
    if org and (len(body) == 1 or all(t.cap or t.low in NAME_LINKS or t.text == "&" for t in body)):
        return mk("org", name=org)
    if head in _OWNED and len(body) >= 2 and (owns := _owner(words[:-1])):  # "Mrs. Clinton's campaign"
        return mk("person", name=owns[0], role=owns[1])
    if head in ANAPHOR_TYPES and toks[0].low == "the":
        return mk("anaphor", head=head)
    if body[-1].text.rstrip(".") in ORG_HEADS and all(t.text[:1].isupper() or t.low in NAME_LINKS for t in body):
        return mk("org", name=" ".join(words))  # "the National Sheriff's Association"
    if all(t.cap or t.low in NAME_LINKS for t in body) and body[-1].cap:
        if (cut := _place_after(body)) < len(body) and not find_org(words[:cut]):
            named = interpret(body[:cut])  # "Tania Mattos of Queens Neighborhoods United"
            if named is not None and named.kind == "person" and " " in (named.name or ""):
                named.start, named.end = surface_span
                return named
        if len(body) == 1 and body[0].text.isupper() and len(body[0].text) > 1:
            return mk("org", name=body[0].text) if acronym(body[0].text) else None
        if any(w in ORG_HEADS for w in words):
            return mk("org", name=" ".join(words))
        shouting = len(body) > 1 and all(w.isupper() for w in words)  # a dateline: "MEXICO CITY"
        cut = name_start(words)
        if len(body) == 1 and words[0].lower() in STATE_NAMES:
            return None  # "said Idaho nutritional-supplement executive …": a place, no one
        if (
            len(body) <= 5
            and not shouting
            and not any(t.low in NAME_LINKS - NAME_PARTICLES for t in body)
            and plausible_name(words[cut:])
        ):
            return mk("person", name=" ".join(words[cut:]), role=" ".join(words[:cut]) or None)
    return None


def finish(m: Mention | None, text: str, role_span: tuple[int, int] | None) -> Mention | None:
    if m is None:
        return None
    if role_span and m.kind in ("person", "role"):
        extra = strip_article(text[role_span[0] : role_span[1]].strip(" ,()"))
        if _tells_role(extra):  # not an age ("Jessica Guerrero, 35,") nor a clause ("posting on X")
            m.role = f"{m.role}, {extra}" if m.role else extra
        m.end = role_span[1]
    m.surface = text[m.start : m.end].strip(" ,")
    return m


def _tells_role(words: str) -> bool:
    """Whether words in commas after a name say who the person is: not an age, not a clause
    opening with a participle ("posting on X on Wednesday")."""
    first = words.split(" ", 1)[0]
    return bool(words) and not words.isdigit() and not (first.islower() and first.endswith("ing"))


def _parenthetical(toks: list[Token], i: int) -> tuple[int, int] | None:
    """A role in brackets after a name: "Sen. James Lankford (R-Okla.)" → the span inside."""
    if i >= len(toks) or toks[i].text != "(":
        return None
    close = next((k for k in range(i + 1, min(i + 8, len(toks))) if toks[k].text == ")"), None)
    return (toks[i + 1].start - 1, toks[close].end) if close and close > i + 1 else None


def _appositive(toks: list[Token], i: int) -> tuple[int, int] | None:
    """A role after a name: ", assistant field office director for ICE in Los Angeles," → its span."""
    if i >= len(toks) or toks[i].text != ",":
        return None
    j = i + 1
    if j >= len(toks) or toks[j].low in CLAUSE_STOPS or toks[j].low in ADVERBIAL_STARTS or toks[j].low in CUE_VERBS:
        return None
    while j < len(toks) and toks[j].text not in ",.;:()—–":
        j += 1
    return (toks[i + 1].start, toks[j - 1].end) if j > i + 1 else None


def _linked(toks: list[Token], k: int) -> bool:
    """Whether the link words from k ("of", "de la") lead on to another name word."""
    while k < len(toks) and toks[k].low in NAME_LINKS:
        k += 1
    return k < len(toks) and np_word(toks[k])


def np_after(text: str, toks: list[Token], i: int, pronoun_ok: bool = True) -> tuple[Mention | None, int]:
    """The noun phrase starting at token i, with an appositive role after it; (mention, next index)."""
    j = i + 1 if i < len(toks) and toks[i].low in DETERMINERS else i
    if j == i and j < len(toks) and toks[j].low in PRONOUNS:
        return (finish(interpret(toks[j : j + 1]), text, None) if pronoun_ok else None), j + 1
    k = j
    if k + 1 < len(toks) and toks[k].text in NAME_PARTICLES and toks[k + 1].cap and toks[k + 1].low not in ROLE_WORDS:
        k += 1  # a surname with its particle: "de Blasio replied", "said van Hollen"
    while k < len(toks) and (
        np_word(toks[k])
        or (toks[k].low in NAME_LINKS and k > j and _linked(toks, k))
        or (k > j or j > i)
        and modifies_role(toks, k)
    ):
        k += 1
    if k == j:
        return None, i
    m = interpret(toks[i:k])
    if m is not None and m.kind == "doc":
        return finish(m, text, None), _doc_author(text, toks, k, m)
    role = _appositive(toks, k) or _parenthetical(toks, k)
    if role and m is not None and m.kind in ("role", "group") and (named := _named_apposition(text, toks, i, k, role)):
        return named  # "the Democratic mayor of San Diego, Todd Gloria, says"
    m = finish(m, text, role)
    if role and m is not None and m.end == role[1]:
        while k < len(toks) and toks[k].end <= role[1]:
            k += 1
        k += k < len(toks) and toks[k].text == ","  # "Ambar Tovar, director of legal services, said"
    return m, k


def _named_apposition(
    text: str, toks: list[Token], i: int, k: int, role: tuple[int, int]
) -> tuple[Mention | None, int] | None:
    """A description (tokens i to k) followed by a name in commas: the name is the speaker, the
    description its role; (person, index after the closing comma)."""
    end = next((e for e in range(k + 1, len(toks)) if toks[e].end >= role[1]), None)
    if end is None or end - k > 4:
        return None
    named = interpret(toks[k + 1 : end + 1])
    if named is None or named.kind != "person":
        return None
    named.role = strip_article(text[toks[i].start : toks[k - 1].end])
    named.start = toks[i].start
    return finish(named, text, None), end + 1 + (end + 1 < len(toks) and toks[end + 1].text == ",")


def _doc_author(text: str, toks: list[Token], k: int, doc: Mention) -> int:
    """A document speaks for its author when the text names one: "a statement from the Alliance",
    "a letter signed by 25 judges" (an unnamed author: no speaker). Returns the next token index."""
    j = k
    if k < len(toks) and toks[k].low in AUTHORING_VERBS:  # "a lawsuit filed last week by the ACLU"
        j = next(
            (
                i
                for i in range(k + 1, min(k + 5, len(toks)))
                if toks[i].low == "by" and all(t.text[:1].isalnum() for t in toks[k + 1 : i])
            ),
            k,
        )
    if j >= len(toks) or toks[j].low not in ("from", "by"):
        return k
    author, end = np_after(text, toks, j + 1, pronoun_ok=False)
    if author is not None and author.kind in ("person", "org") and author.name:
        doc.name, doc.end = author.name, author.end
        doc.surface = text[doc.start : doc.end].strip(" ,")
        return end
    if doc.name is None:
        doc.kind = "group"
    return j + 1

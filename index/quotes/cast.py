"""The people and organisations one article names, read from its runs of capitalised words.

A run of capitalised words is a place, a day, a sentence's first word, an organisation or a
person. An organisation is a known name or an acronym; a person has a role before the name, a
given name first, a surname already seen, a cue verb after, or a clause that only people start
("Ana Reyes, 34, was detained"). `Cast` keeps each person's fullest name and role, and the people
in subject position in reading order (the antecedents pronouns can take); `resolve.Resolver`
uses it to resolve the mentions attribution finds.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..lexicon.names import FEMALE, GIVEN_NAMES, MALE, NAME_SUFFIXES, PLACE_WORDS
from ..lexicon.orgs import ALIASES, ORG_HEADS, ORGS, alias_key
from ..lexicon.words import (
    CAP_STOP,
    CUE_VERBS,
    FEMALE_ROLES,
    MALE_ROLES,
    MODIFIED_NOUNS,
    NAME_PARTICLES,
    PREPOSITIONS,
    ROLE_WORDS,
    SPOKES,
)
from ..text.tokens import keeps_full_stop, without_possessive
from .mentions import acronym, name_start, plausible_name


def _alias_lengths() -> dict[str, int]:
    """First word of an organisation's name → the most words its names can take (with a spare
    for a leading "U.S.")."""
    out = {"us": 8}
    for key in ALIASES:
        first, n = key.split()[0], len(key.split())
        out[first] = max(out.get(first, 0), n + 1)
    return out


_ALIAS_LEN = _alias_lengths()
_ONE_WORD_ORGS = frozenset(key for key in ALIASES if " " not in key)
_CAP = "A-ZÀ-ÖØ-Þ"
_WORDS_CACHED = 1 << 14
# A run starts at a capital with no letter or digit before it; that test comes after the capital
# (a look-behind over both), so the regex engine can skip ahead to the next capital instead of
# trying the pattern at every position of the article.
_CAP_RUN = re.compile(
    rf"[{_CAP}](?<!\w.)[\w'’.&-]*(?:[ ](?:[{_CAP}][\w'’.&-]*"
    rf"|(?:of|and|for|de|del|la|van|von|der|da|di|du|bin|al|y)(?=[ ][{_CAP}])))*"
)


# The word tests below depend on the word alone and are asked of every capitalised word of every
# article: they are cached, as names and capitalised words recur within and across articles.
@lru_cache(maxsize=_WORDS_CACHED)
def _is_cap(word: str) -> bool:
    return word[:1].isupper() and word not in CAP_STOP and word.rstrip(".") not in CAP_STOP


@lru_cache(maxsize=_WORDS_CACHED)
def _org_start(word: str) -> int:
    """How many words an organisation's name starting with this word can take (0: none)."""
    if not word[:1].isupper():
        return 0
    return _ALIAS_LEN.get(without_possessive(word.lower().replace(".", "")), 0)


@lru_cache(maxsize=_WORDS_CACHED)
def _name_word(word: str) -> bool:
    """A word that can be part of a person's name: capitalised, no organisation's head or name."""
    return _is_cap(word) and word not in ORG_HEADS and word.lower().replace(".", "") not in _ONE_WORD_ORGS


@lru_cache(maxsize=_WORDS_CACHED)
def _role_word(word: str) -> bool:
    return word.lower() in ROLE_WORDS


@lru_cache(maxsize=_WORDS_CACHED)
def _alias(name: str) -> str | None:
    """Short name of the organisation a run of words names exactly."""
    return ALIASES.get(alias_key(name))


@lru_cache(maxsize=_WORDS_CACHED)
def _run_word(word: str) -> tuple[str, bool]:
    """A word of a capitalised run without its possessive and trailing marks, and whether it can
    name an organisation or person on its own: an acronym, the start of a known organisation, a
    given name or a role word."""
    w = without_possessive(word.rstrip(".,"))
    return w, (
        w.isupper()
        or w.lower().replace(".", "") in _ALIAS_LEN
        or w in GIVEN_NAMES
        or w.lower() in ROLE_WORDS
        or word.rstrip(",").lower() in ROLE_WORDS
    )  # "Rev.", "Sen."


@lru_cache(maxsize=_WORDS_CACHED)
def _run_words(run: str) -> tuple[tuple[str, ...], bool]:
    """`_run_word` of each word of a run: the words, and whether any can name someone on its own
    (cached: runs recur, and one lookup replaces one per word)."""
    read = [_run_word(word) for word in run.split(" ")]
    return tuple(w for w, _ in read), any(notable for _, notable in read)


class _NameParts(NamedTuple):
    """What the words of a stretch say of a person named in it, before its context is read: the
    words that are a title before the name, where the name starts, the name's words without a
    possessive, whether it opens with a given name, names no place, and was possessive."""

    title: tuple[str, ...]
    start: int
    words: tuple[str, ...]
    given: bool
    no_place: bool
    possessive: bool


@lru_cache(maxsize=_WORDS_CACHED)
def _name_parts(run: tuple[str, ...]) -> _NameParts | None:
    """The person a stretch of capitalised words can name, or None when it can name no one."""
    roles = [k for k, w in enumerate(run) if _role_word(w)]
    name = run[roles[-1] + 1 :] if roles else run
    if not name or len(name) > 4 or not all([_name_word(w) or w in NAME_PARTICLES for w in name[1:-1]]):
        return None
    if not (_name_word(name[0]) and _name_word(name[-1])):
        return None  # particles only inside: "Bill de Blasio"
    if len(name) > 1:
        name = name[name_start(list(name)) :]
    words = tuple(map(without_possessive, name))
    if not plausible_name(list(words)):
        return None
    given = words[0] in GIVEN_NAMES
    if not given and words[0] in PLACE_WORDS:
        return None
    return _NameParts(
        run[: roles[-1] + 1 if roles else 0],
        len(run) - len(name),
        words,
        given,
        not PLACE_WORDS.intersection(words),
        name[-1] != words[-1],
    )


class _Segment(NamedTuple):
    """A stretch of a run's words: an organisation's name (`short` and `kind` set) or the words
    that may name a person (read by `Cast._name` in context)."""

    start: int
    end: int
    short: str | None = None
    kind: str = ""
    name: _NameParts | None = None  # for a stretch that is no organisation: the person it can name


def _segments(words: tuple[str, ...]) -> tuple[_Segment, ...]:
    """The organisations of a run's words and the stretches between them that can name a person
    (stretches that cannot are left out)."""
    out: list[_Segment] = []
    k = 0
    while k < len(words):
        if org := _org_at(words, k):
            out.append(org)
            k = org.end
            continue
        e = k
        while e < len(words) and (
            _is_cap(words[e])
            and not _org_start(words[e])
            or e > k
            and words[e] in NAME_PARTICLES
            and e + 1 < len(words)
            and _is_cap(words[e + 1])
        ):
            e += 1
        e = max(e, k + 1)
        if (name := _name_parts(words[k:e])) is not None:
            out.append(_Segment(k, e, name=name))
        k = e
    return tuple(out)


def _org_at(words: tuple[str, ...], i: int) -> _Segment | None:
    """The organisation named at word i, if any."""
    w = words[i]
    if longest := _org_start(w):
        for k in range(min(longest, len(words) - i), 0, -1):
            if short := _alias(" ".join(words[i : i + k])):
                return _Segment(i, i + k, short, ORGS[short][0])
    if len(w) > 1 and w.isalpha() and acronym(w):
        return _Segment(i, i + 1, w, "group")
    return None


class _Part(NamedTuple):
    """The words of a run up to a full stop that ends a sentence, their offsets in the run,
    whether the part ends the run, and its organisations and possible names."""

    words: tuple[str, ...]
    offsets: tuple[int, ...]
    last: bool
    segments: tuple[_Segment, ...]


@lru_cache(maxsize=_WORDS_CACHED)
def _parts(run: str) -> tuple[_Part, ...]:
    """A run read word by word, split where a full stop ends a sentence ("in Chicago. He said" is
    two parts; abbreviations keep their stop: "U.S.", "Sen."). It depends on the run alone and is
    cached, for the runs worth reading (`Cast._worth`): the same names and organisations recur
    within and across articles."""
    out: list[tuple[list[str], list[int]]] = [([], [])]
    pos = 0
    for w in run.split(" "):
        if w.endswith(".") and not keeps_full_stop(w):
            out[-1][0].append(w[:-1])
            out[-1][1].append(pos)
            out.append(([], []))
        else:
            out[-1][0].append(w)
            out[-1][1].append(pos)
        pos += len(w) + 1
    return tuple(
        _Part(tuple(words), tuple(offsets), offsets[-1] + len(words[-1]) == len(run), _segments(tuple(words)))
        for words, offsets in out
        if words
    )


@lru_cache(maxsize=_WORDS_CACHED)
def _person_parts(name: str) -> tuple[str, str, int, int] | None:
    """A person's name as recorded (a suffix stays last: Donald Trump Jr. is not Donald Trump),
    its surname, its number of words besides the suffix and with it; None for a suffix alone or
    a word cut off."""
    words = name.split()
    parts = [w for w in words if w.lower() not in NAME_SUFFIXES]
    if not parts or words[-1].endswith("-"):
        return None  # a name cut off mid-word ("historian Michael Basch- — Beschloss —") is none yet
    full = parts + [w for w in words[-1:] if w.lower() in NAME_SUFFIXES]
    return " ".join(full), parts[-1], len(parts), len(full)


_PERSON_NEXT = re.compile(r",\s+(?:\d{1,3},|an?\s|the\s|whose?\s)|\s+(?:is|was|has|had|will|would|could|did|does)\b")


def _gender(name: str, role: str | None) -> str | None:
    first = name.split()[0]
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    lows = (role or "").lower().split()
    return "f" if FEMALE_ROLES.intersection(lows) else "m" if MALE_ROLES.intersection(lows) else None


_VERSUS = frozenset(("v.", "vs.", "v", "vs"))


class Cast:
    """One article's people and organisations, in reading order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.people: list[tuple[int, str]] = []  # (offset, name) of people in subject position
        self.fullest: dict[str, str] = {}  # surname → the fullest name first given with it
        self._fullest_len: dict[str, int] = {}  # surname → the number of words of its fullest name
        self.by_surname: dict[str, list[str]] = {}  # surname → every full name given with it, in order
        self.by_given: dict[str, list[str]] = {}  # given name → the full names it starts
        self.roles: dict[str, str] = {}
        self.orgs: list[tuple[int, str, str]] = []  # (offset, short name, type)
        self.spokespeople: list[tuple[int, str, str]] = []  # (offset, organisation, gender f/m/n), unnamed
        self._candidates: dict[tuple[str, str | None], list[str]] = {}
        self._genders: dict[str, str | None] = {}
        self._scan(text)

    def gender(self, name: str) -> str | None:
        """The gender a name's given name or role shows (asked of every earlier person for each
        pronoun: kept once read)."""
        if name not in self._genders:
            full = self.full_name(name)
            self._genders[name] = _gender(full, self.roles.get(full) or self.roles.get(name))
        return self._genders[name]

    def _remembered(self, name: str, role: str | None) -> list[str]:
        """`candidates`, asked once per name and role while the cast stays the same: resolution
        asks it of every earlier person for every pronoun."""
        key = (name, role)
        if (found := self._candidates.get(key)) is None:
            found = self._candidates[key] = self.candidates(name, role)
        return found

    def _person(self, name: str, role: str | None, pos: int, subject: bool) -> None:
        """Record a person; a suffix stays part of the name (Donald Trump Jr. is not Donald Trump)."""
        if (parts := _person_parts(name)) is None:
            return
        self._candidates.clear()
        full, surname, n, length = parts
        if n > self._fullest_len.get(surname, 0):
            self.fullest[surname] = full
            self._fullest_len[surname] = length
        if n > 1:
            same = self.by_surname.setdefault(surname, [])
            if full not in same and not any(_extends(f, full) for f in same):
                same[:] = [f for f in same if not _extends(full, f)] + [full]
            given = full.split(" ", 1)[0]
            if given in GIVEN_NAMES and full not in self.by_given.setdefault(given, []):
                self.by_given[given].append(full)
        if role:
            self.roles.setdefault(full, role)
        if subject:
            self.people.append((pos, full))

    def _scan(self, text: str) -> None:
        """Find organisations and named people in each run of capitalised words: a person has a
        role before the name, a given name first, a surname already seen, or a cue verb after.
        People used as modifiers ("the Trump administration", "Trump's claims") or after a
        preposition are recorded for names but not as antecedents for pronouns."""
        for run in _CAP_RUN.finditer(text):
            group = run.group()
            if group in CAP_STOP:
                continue
            start, end = run.span()
            window = text[max(0, start - 30) : start]
            before = window[window.rfind("\n") + 1 :].split()  # not the paragraph before: "… Press Secretary" ¶
            nxt = text[end : end + 1]
            after = text[end + 1 : end + 20].split(" ", 1)[0] if nxt == " " else nxt
            following = text[end : end + 25]
            if after in _VERSUS or before and before[-1] in _VERSUS or not self._worth(group, before, after, following):
                continue  # "Roe v. Wade" names a case, not two people
            for part in _parts(group):
                self._words(part, start, before, after if part.last else ".", following if part.last else "")
                before = ["."]

    def _worth(self, run: str, before: list[str], after: str, following: str) -> bool:
        """Cheap test before reading a run in its context: can it name an organisation or a
        person? (Most runs are places, days and sentence-initial words.)"""
        words, notable = _run_words(run)
        if notable or not self.fullest.keys().isdisjoint(words):
            return True
        return (
            after in CUE_VERBS
            or after == "administration"
            or bool(before)
            and (before[-1].lower() in ROLE_WORDS or before[-1].endswith(","))
            or len(words) in (2, 3)
            and bool(_PERSON_NEXT.match(following))
        )

    def _words(self, part: _Part, base: int, before: list[str], after: str, following: str) -> None:
        """Organisations and people in one part of a run of capitalised words (offsets from `base`)."""
        words, offsets = part.words, part.offsets
        for k, e, short, kind, parts in part.segments:
            if short is not None:
                self.orgs.append((base + offsets[k], short, kind))
                nxt = words[e] if e < len(words) else after
                by = before if k == 0 else words[:k]
                if nxt.lower() in SPOKES or by[-2:-1] and by[-1] == "for" and by[-2].lower() in SPOKES:
                    role = (
                        nxt if nxt.lower() in SPOKES else by[-2]
                    ).lower()  # "ICE spokesman", "a spokeswoman for DHS"
                    # "he" can refer to a spokesman; "spokesperson" is kept for "the spokesperson said"
                    gender = "f" if role in FEMALE_ROLES else "m" if role in MALE_ROLES else "n"
                    self.spokespeople.append((base + offsets[k], short, gender))
                continue
            if parts is not None:
                prev = list(words[max(0, k - 3) : k]) if k else before
                nxt = words[e] if e < len(words) else after
                self._name(parts, base + offsets[k + parts.start], prev, nxt, "" if e < len(words) else following)
        if after.lower() == "administration" and _is_cap(words[-1]):
            self.orgs.append((base + offsets[-1], f"{words[-1]} administration", "administration"))

    def _name(self, parts: _NameParts, pos: int, before: list[str], after: str, following: str) -> None:
        """Record the person a stretch names at pos when its context shows a person: a title
        before it, a cue verb after it, a surname already seen, a given name, a role in commas."""
        lead = 0
        while lead < len(before) and _role_word(before[-1 - lead]):
            lead += 1  # "spokesman Mike Alvarez", "acting director Matt Albens"
        words = parts.words
        if len(words) == 1 and words[0] in PLACE_WORDS:
            return  # "Israel says …": a country speaking, not a person
        if not (
            parts.title
            or lead
            or after in CUE_VERBS
            or len(words) == 1
            and words[0] in self.fullest  # a surname already seen
            or parts.given
            and (len(words) > 1 or after in (",", ""))  # "…by his first name, Mateo, because"
            # "The mayor of Seattle, Jenny Durkan, rejected": a name in commas after a description
            or bool(before)
            and before[-1].endswith(",")
            and any(w.lower().strip(",") in ROLE_WORDS for w in before[-4:])
            # "Bertrand Kessel, 34, was detained", "Ana Reyes, a nurse,", "Ana Reyes was arrested"
            or len(words) in (2, 3)
            and parts.no_place
            and bool(_PERSON_NEXT.match(following))
        ):
            return
        prev = before[-1 - lead].lower() if lead < len(before) else ""
        modifier = parts.possessive or after.lower() in MODIFIED_NOUNS
        role = " ".join([*before[len(before) - lead :], *parts.title])
        # "the Trump administration" is a modifier, but "the Rev. Ana Ruiz", "the acting director
        # Matt Albence" are people in subject position: a title between "the" and the name
        subject = not modifier and prev not in PREPOSITIONS and (prev != "the" or bool(parts.title or lead))
        self._person(" ".join(words), role or None, pos, subject)

    def candidates(self, name: str, role: str | None = None) -> list[str]:
        """The full names the article gives that a shorter name can stand for: by surname (and
        given name when written; "Mrs. Clinton" is not Bill Clinton), or, for a given name alone
        as features write it ("Jessica said"), by given name."""
        parts = [w for w in name.split() if w.lower() not in NAME_SUFFIXES]
        if not parts:
            return []
        suffix = _suffix(name)
        found = [
            f
            for f in self.by_surname.get(parts[-1], [])
            if (len(parts) == 1 or f.split()[0] == parts[0]) and _suffix(f) == suffix
        ]  # "Trump" is not Donald Trump Jr., "Trump Jr." is
        if not found and len(parts) == 1:
            found = list(self.by_given.get(parts[0], []))
        if not found and len(parts) > 1:  # a two-word surname: "Guajardo Villarreal", "Yong Yow"
            found = [f for f in self.by_surname.get(parts[-1], []) if _given_before(f.split(), parts)]
        honorific = (role or "").split()[-1:]
        if honorific and len(found) > 1 and (want := _HONORIFIC_GENDER.get(honorific[0].lower())):
            found = [f for f in found if _gender(f, self.roles.get(f)) in (want, None)] or found
        return found

    def known(self, name: str) -> bool:
        """Whether the article gives a name as a person's with some evidence (a given name, a
        role, a fuller form, a cue verb after it): a capitalised word that opens a sentence
        ("Perceived", "Revelers", "Iowa") is no one until then."""
        parts = name.split()
        return bool(parts) and (
            len(parts) > 1
            and parts[0] in GIVEN_NAMES
            or bool(self._remembered(name, None))
            or parts[-1] in self.fullest
        )

    def full_name(self, name: str, role: str | None = None) -> str:
        """The fullest form of a name in this article: the one person a surname or given name
        stands for, the first introduced when several share it."""
        found = self._remembered(name, role)
        if not found:
            parts = name.split()
            full = self.fullest.get(parts[-1], name) if parts else name
            return full if len(full.split()) > len(parts) and parts[-1].lower() not in NAME_SUFFIXES else name
        return found[0] if len(found[0].split()) >= len(name.split()) else name


_HONORIFIC_GENDER = {"mrs.": "f", "ms.": "f", "mrs": "f", "ms": "f", "mr.": "m", "mr": "m"}


def _suffix(name: str) -> str:
    last = name.split()[-1:]
    return last[0].lower().rstrip(".") if last and last[0].lower() in NAME_SUFFIXES else ""


def _given_before(a: list[str], b: list[str]) -> bool:
    """Whether name a is a given name before name b, a surname of two words that is no place
    ("Rachael Yong Yow", "Debbie Wasserman Schultz"; not "Ted Cruz South Carolina")."""
    return (
        len(a) == len(b) + 1 == 3
        and a[0] in GIVEN_NAMES
        and b[0] not in GIVEN_NAMES
        and not PLACE_WORDS.intersection(b)
        and a[1:] == b
    )


def _extends(longer: str, shorter: str) -> bool:
    """Whether a name is a fuller form of another: the same first and last word, more between
    ("Joseph R. Biden Jr." of "Joseph Biden Jr.", "Leonard E. Burman" of "Leonard Burman"), or a
    given name before a surname of two words."""
    a, b = longer.split(), shorter.split()
    if _given_before(a, b):
        return True  # a two-word surname: "Rachael Yong Yow" of "Yong Yow"
    return len(a) > len(b) and a[0] == b[0] and a[-1] == b[-1]

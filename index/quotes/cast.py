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

from ..lexicon.names import FEMALE, GIVEN_NAMES, MALE, NAME_SUFFIXES, PLACE_WORDS
from ..lexicon.orgs import ALIASES, NOT_ORGS, ORG_HEADS, ORGS, alias_key
from ..lexicon.words import (
    CAP_STOP,
    CUE_VERBS,
    FEMALE_ROLES,
    MALE_ROLES,
    MODIFIED_NOUNS,
    PREPOSITIONS,
    ROLE_WORDS,
    SPOKES,
)
from .mentions import keeps_full_stop, plausible_name


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
    return _ALIAS_LEN.get(word.lower().replace(".", "").removesuffix("’s").removesuffix("'s"), 0)


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
    w = word.rstrip(".,").removesuffix("’s").removesuffix("'s")
    return w, (
        w.isupper()
        or w.lower().replace(".", "") in _ALIAS_LEN
        or w in GIVEN_NAMES
        or w.lower() in ROLE_WORDS
        or word.rstrip(",").lower() in ROLE_WORDS
    )  # "Rev.", "Sen."


def _sentences_of(run: re.Match[str]) -> list[list[tuple[str, int]]]:
    """The words of a capitalised run with their offsets, split where a full stop ends a sentence
    ("in Chicago. He said" is two runs); abbreviations keep their stop ("U.S.", "Sen.")."""
    if " " not in run.group() and not run.group().endswith("."):
        return [[(run.group(), run.start())]]
    out: list[list[tuple[str, int]]] = [[]]
    pos = run.start()
    for w in run.group().split(" "):
        if w.endswith(".") and not keeps_full_stop(w):
            out[-1].append((w[:-1], pos))
            out.append([])
        else:
            out[-1].append((w, pos))
        pos += len(w) + 1
    return [words for words in out if words]


_PERSON_NEXT = re.compile(r",\s+(?:\d{1,3},|an?\s|the\s|who\s)|\s+(?:is|was|has|had|will|would|could|did|does)\b")


def _gender(name: str, role: str | None) -> str | None:
    first = name.split()[0]
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    lows = (role or "").lower().split()
    return "f" if FEMALE_ROLES.intersection(lows) else "m" if MALE_ROLES.intersection(lows) else None


class Cast:
    """One article's people and organisations, in reading order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.people: list[tuple[int, str]] = []  # (offset, name) of people in subject position
        self.fullest: dict[str, str] = {}  # surname → the fullest name first given with it
        self.by_surname: dict[str, list[str]] = {}  # surname → every full name given with it, in order
        self.by_given: dict[str, list[str]] = {}  # given name → the full names it starts
        self.roles: dict[str, str] = {}
        self.orgs: list[tuple[int, str, str]] = []  # (offset, short name, type)
        self.spokespeople: list[tuple[int, str, str]] = []  # (offset, organisation, gender f/m/n), unnamed
        self._scan(text)

    def gender(self, name: str) -> str | None:
        full = self.full_name(name)
        return _gender(full, self.roles.get(full) or self.roles.get(name))

    def _person(self, name: str, role: str | None, pos: int, subject: bool) -> None:
        """Record a person; a suffix stays part of the name (Donald Trump Jr. is not Donald Trump)."""
        words = name.split()
        parts = [w for w in words if w.lower() not in NAME_SUFFIXES]
        if not parts:
            return
        full = " ".join(parts + [w for w in words[-1:] if w.lower() in NAME_SUFFIXES])
        surname = parts[-1]
        if len(parts) > len(self.fullest.get(surname, "").split()):
            self.fullest[surname] = full
        if len(parts) > 1:
            same = self.by_surname.setdefault(surname, [])
            if full not in same and not any(_extends(f, full) for f in same):
                same[:] = [f for f in same if not _extends(full, f)] + [full]
            if parts[0] in GIVEN_NAMES and full not in self.by_given.setdefault(parts[0], []):
                self.by_given[parts[0]].append(full)
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
            before = text[max(0, start - 30) : start].split()
            nxt = text[end : end + 1]
            after = text[end + 1 : end + 20].split(" ", 1)[0] if nxt == " " else nxt
            following = text[end : end + 25]
            if not self._worth(group, before, after, following):
                continue
            for words in _sentences_of(run):
                last = words[-1][1] + len(words[-1][0]) == end
                self._words(words, before, after if last else ".", following if last else "")
                before = ["."]

    def _worth(self, run: str, before: list[str], after: str, following: str) -> bool:
        """Cheap test before reading a run word by word: can it name an organisation or a person?
        (Most runs are places, days and sentence-initial words.)"""
        words = run.split(" ")
        for word in words:
            w, notable = _run_word(word)
            if notable or w in self.fullest:
                return True
        return (
            after in CUE_VERBS
            or after == "administration"
            or bool(before)
            and (before[-1].lower() in ROLE_WORDS or before[-1].endswith(","))
            or len(words) in (2, 3)
            and bool(_PERSON_NEXT.match(following))
        )

    def _words(self, words: list[tuple[str, int]], before: list[str], after: str, following: str) -> None:
        """Organisations and people in one run of capitalised words (word, offset)."""
        k = 0
        while k < len(words):
            if n := self._org(words, k):
                nxt = words[k + n][0] if k + n < len(words) else after
                by = before if k == 0 else [w for w, _ in words[:k]]
                if nxt.lower() in SPOKES or by[-2:-1] and by[-1] == "for" and by[-2].lower() in SPOKES:
                    role = (
                        nxt if nxt.lower() in SPOKES else by[-2]
                    ).lower()  # "ICE spokesman", "a spokeswoman for DHS"
                    # "he" can refer to a spokesman; "spokesperson" is kept for "the spokesperson said"
                    gender = "f" if role in FEMALE_ROLES else "m" if role in MALE_ROLES else "n"
                    self.spokespeople.append((words[k][1], self.orgs[-1][1], gender))
                k += n
                continue
            e = k
            while e < len(words) and _is_cap(words[e][0]) and not _org_start(words[e][0]):
                e += 1
            e = max(e, k + 1)
            prev = [w for w, _ in words[max(0, k - 3) : k]] if k else before
            self._name(words[k:e], prev, words[e][0] if e < len(words) else after, "" if e < len(words) else following)
            k = e
        if after.lower() == "administration" and _is_cap(words[-1][0]):
            self.orgs.append((words[-1][1], f"{words[-1][0]} administration", "administration"))

    def _org(self, words: list[tuple[str, int]], i: int) -> int:
        """Record an organisation named at word i; the number of words its name takes (0 if none)."""
        w = words[i][0]
        if longest := _org_start(w):
            for k in range(min(longest, len(words) - i), 0, -1):
                if short := _alias(" ".join([x for x, _ in words[i : i + k]])):
                    self.orgs.append((words[i][1], short, ORGS[short][0]))
                    return k
        if w.isupper() and len(w) > 1 and w.isalpha() and w not in NOT_ORGS:
            self.orgs.append((words[i][1], w, "group"))
            return 1
        return 0

    def _name(self, run: list[tuple[str, int]], before: list[str], after: str, following: str) -> None:
        lead = 0
        while lead < len(before) and _role_word(before[-1 - lead]):
            lead += 1  # "spokesman Mike Alvarez", "acting director Matt Albens"
        roles = [k for k, (w, _) in enumerate(run) if _role_word(w)]
        name = run[roles[-1] + 1 :] if roles else run
        if not name or len(name) > 4 or not all([_name_word(w) for w, _ in name]):
            return
        words = [w.removesuffix("’s").removesuffix("'s") for w, _ in name]
        if not plausible_name(words):
            return
        given = words[0] in GIVEN_NAMES
        if not given and words[0] in PLACE_WORDS:
            return
        if not (
            roles
            or lead
            or after in CUE_VERBS
            or len(words) == 1
            and words[0] in self.fullest  # a surname already seen
            or given
            and (len(words) > 1 or after in (",", ""))  # "…by his first name, Mateo, because"
            # "The mayor of Seattle, Jenny Durkan, rejected": a name in commas after a description
            or bool(before)
            and before[-1].endswith(",")
            and any(w.lower().strip(",") in ROLE_WORDS for w in before[-4:])
            # "Bertrand Kessel, 34, was detained", "Ana Reyes, a nurse,", "Ana Reyes was arrested"
            or len(words) in (2, 3)
            and not PLACE_WORDS.intersection(words)
            and bool(_PERSON_NEXT.match(following))
        ):
            return
        prev = before[-1 - lead].lower() if lead < len(before) else ""
        modifier = name[-1][0] != words[-1] or after.lower() in MODIFIED_NOUNS
        role = " ".join([*before[len(before) - lead :], *(w for w, _ in run[: roles[-1] + 1 if roles else 0])])
        # "the Trump administration" is a modifier, but "the Rev. Ana Ruiz", "the acting director
        # Matt Albence" are people in subject position: a title between "the" and the name
        subject = not modifier and prev not in PREPOSITIONS and (prev != "the" or bool(roles or lead))
        self._person(" ".join(words), role or None, name[0][1], subject)

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
            len(parts) > 1 and parts[0] in GIVEN_NAMES or bool(self.candidates(name)) or parts[-1] in self.fullest
        )

    def full_name(self, name: str, role: str | None = None) -> str:
        """The fullest form of a name in this article: the one person a surname or given name
        stands for, the first introduced when several share it."""
        found = self.candidates(name, role)
        if not found:
            parts = name.split()
            full = self.fullest.get(parts[-1], name) if parts else name
            return full if len(full.split()) > len(parts) and parts[-1].lower() not in NAME_SUFFIXES else name
        return found[0] if len(found[0].split()) >= len(name.split()) else name


_HONORIFIC_GENDER = {"mrs.": "f", "ms.": "f", "mrs": "f", "ms": "f", "mr.": "m", "mr": "m"}


def _suffix(name: str) -> str:
    last = name.split()[-1:]
    return last[0].lower().rstrip(".") if last and last[0].lower() in NAME_SUFFIXES else ""


def _extends(longer: str, shorter: str) -> bool:
    """Whether a name is a fuller form of another: the same first and last word, more between
    ("Joseph R. Biden Jr." of "Joseph Biden Jr.", "Leonard E. Burman" of "Leonard Burman")."""
    a, b = longer.split(), shorter.split()
    return len(a) > len(b) and a[0] == b[0] and a[-1] == b[-1]

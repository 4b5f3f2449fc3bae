"""Who the speakers of one article are: mentions resolved to canonical names.

Within an article a speaker is written many ways ("ICE Director Tom Homan", "Homan", "he", "the
agency"); `Resolver` turns each mention into one canonical name and says whether it is a person
or an organisation. Pronouns and anaphors take what the article said before them; a definite
description nobody fits yet ("the administration's top border official … telling CBS") takes the
person the article names right after it, as ledes introduce people; a name takes its fullest form
anywhere in the article. The article's people and organisations are read by `names.Cast`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from ..lexicon.orgs import ANAPHOR_TYPES, ORGS, is_org_name, org_canonical
from ..lexicon.words import CUE_VERBS, DOCUMENT_NOUNS, GROUP_NOUNS, PREPOSITIONS, ROLE_WORDS, SPOKES
from .cast import Cast
from .mentions import Mention
from .salience import Antecedent

_CATAPHOR_REACH = 600  # characters after a description within which the person it describes is named
_RIVAL_REACH = 400  # characters before a pronoun within which a second person who fits it casts doubt
_INDEFINITE = re.compile(r"(?:an?|another|one)\s", re.I)
_TITLES = frozenset("press top lead national regional".split())  # "a deputy press secretary" names no one
_DEFINITE = re.compile(r"(?:the|[\w.]+['’]s)\b", re.I)
# A sentence whose subject is someone the article describes but does not name, speaking: "A labor
# contractor who asked that his name not be used says …", "Another woman said …". A "he" or "she"
# after it is that person, not the last named one.
_UNNAMED_SUBJECT = re.compile(r"A(?:n|nother)? (?=[a-z\d])")  # a literal start: the engine skips ahead
_NP_WORDS = re.compile(r"(?:[a-z\d][\w'’-]*\s+){0,3}[a-z\d][\w'’-]*")
_CUE_AHEAD = re.compile(
    r"[^.!?\n]{0,160}?\b(?:" + "|".join(sorted(w for w in CUE_VERBS if not w.endswith("ing"))) + r")\b"
)
_NOT_PEOPLE = SPOKES | DOCUMENT_NOUNS | GROUP_NOUNS
_REACH_BACK = 300  # characters before "it" in which a document it can stand for is named
# The last document noun before "it" (searched from the left, so the alternation ends it at the last one).
_DOCUMENT = re.compile(r".*\b(" + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + r")\b", re.S)
_SIGNING = r"(?:sign|signs|signed|signing|issue|issues|issued|issuing|release|releases|released|publish|published)"


def _opens_sentence(text: str, i: int) -> bool:
    j = i
    while j > 0 and text[j - 1] in ' "”’':
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n"


class Resolved(NamedTuple):
    speaker: str | None
    role: str | None
    how: (
        str  # the rule --explain shows: name, org, pronoun, org-anaphor, role-anaphor, role-cataphor, document, unnamed
    )
    kind: str | None  # "person" or "organisation"
    doubt: str = ""  # what speaks against the choice ("another man fits 'he'"), for the confidence


class Resolver(Cast):
    """One article's people and organisations, with the speakers attribution found, for
    resolving mentions."""

    def __init__(self, text: str, speakers: list[Mention]) -> None:
        super().__init__(text)
        for m in speakers:
            if m.kind == "person" and m.name:
                self._person(m.name, m.role, m.start, subject=True)
        self.people.sort()
        self.orgs.sort()
        self.voices = sorted((m.start, m.name) for m in speakers if m.kind == "org" and m.name)
        self.docs = sorted((m.start, m.head or "", m.name) for m in speakers if m.kind == "doc" and m.name)
        self.org_count = Counter(short for _, short, _ in self.orgs)
        self._unnamed: list[int] | None = None

    @property
    def unnamed(self) -> list[int]:
        """Offsets of sentences that open with an unnamed speaker (read when a pronoun needs them)."""
        if self._unnamed is None:
            self._unnamed = [
                m.start()
                for m in _UNNAMED_SUBJECT.finditer(self.text)
                if _opens_sentence(self.text, m.start())
                and (np := _NP_WORDS.match(self.text, m.end()))
                and not _NOT_PEOPLE.intersection(np.group().split())
                and _CUE_AHEAD.match(self.text, m.end())
            ]
        return self._unnamed

    def _last_org(self, pos: int, types: tuple[str, ...] | None = None) -> str | None:
        """The organisation of the types named last before pos; one named after a preposition
        (the letter's addressee: "sent a letter to the Department of Justice … it states") only
        when no other is."""
        k = bisect_left(self.orgs, (pos,))
        fallback = None
        for at, short, kind in reversed(self.orgs[max(0, k - 200) : k]):
            if types is None or kind in types:
                if not self._after_preposition(at):
                    return short
                fallback = fallback or short
        if fallback:
            return fallback
        ranked = [s for s, _ in self.org_count.most_common() if types is None or ORGS.get(s, ("group",))[0] in types]
        return ranked[0] if ranked else None

    def _after_preposition(self, at: int) -> bool:
        before = self.text[max(0, at - 16) : at].split()
        if before[-1:] and before[-1].lower() in ("the", "a", "an"):
            before = before[:-1]
        return bool(before) and before[-1].lower() in PREPOSITIONS

    def _people_before(self, pos: int) -> list[tuple[int, str]]:
        """The last 50 people mentioned before an offset, in reading order."""
        k = bisect_left(self.people, (pos,))
        return self.people[max(0, k - 50) : k]

    def org_name(self, name: str) -> str:
        """Canonical name of an organisation: the short name for agencies ("ICE"), and for other
        bodies the short name only when the article itself uses it ("Migration Policy Institute")."""
        short = org_canonical(name)
        kind, longs = ORGS.get(short, ("", ()))
        if kind == "group" and longs and not re.search(rf"\b{re.escape(short)}\b", self.text):
            return longs[0]
        return short

    def _document(self, m: Mention, pos: int) -> Resolved:
        """A document speaks for its author: named in the phrase ("a DHS memo"), named where the
        same document was quoted before ("the memo"), or the judge for a ruling."""
        if m.name:
            if is_org_name(m.name):
                return Resolved(self.org_name(m.name), None, "document", "organisation")
            return Resolved(self.full_name(m.name), None, "document", "person")
        earlier = [owner for p, head, owner in self.docs if p < pos and head == m.head]
        if earlier:
            return self._document(Mention("doc", "", 0, 0, name=earlier[-1]), pos)
        if m.head in ("ruling", "opinion", "order", "decision"):
            for _, name in reversed(self.people[: bisect_left(self.people, (pos,))]):
                if re.search(r"\b(?:judge|justice)\b", self.roles.get(name, ""), re.I):
                    return Resolved(self.full_name(name), None, "document", "person")
        if m.head and (signer := self._signer(m.head, pos)):
            return signer
        return Resolved(None, None, "document", None)

    def _signer(self, head: str, pos: int) -> Resolved | None:
        """Who signed or issued the document the article introduced before pos ("President Donald
        Trump is expected to sign an executive order …" ¶ "The order states that "…""): the person
        or organisation named last before the verb in that sentence."""
        last = None
        for found in re.finditer(
            rf"\b{_SIGNING}\s+(?:an?|the|his|her|its|a new)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b", self.text[:pos]
        ):
            last = found
        if last is None:
            return None
        start = max(self.text.rfind(". ", 0, last.start()), self.text.rfind("\n", 0, last.start())) + 1
        people = [(p, nm) for p, nm in self._people_before(last.start()) if p >= start]
        orgs = [(p, short) for p, short, _ in self.orgs if start <= p < last.start()]
        if people and (not orgs or people[-1][0] > orgs[-1][0]):
            return self._person_named(people[-1][1], "document")
        return self._org_named(orgs[-1][1], "document") if orgs else None

    def _person_named(self, name: str, how: str) -> Resolved:
        full = self.full_name(name)
        return Resolved(full, self.roles.get(full), how, "person")

    def _org_named(self, name: str | None, how: str) -> Resolved:
        return Resolved(self.org_name(name), None, how, "organisation") if name else Resolved(None, None, how, None)

    def _pronoun(self, m: Mention, pos: int, subject: Callable[[], Antecedent | None] | None = None) -> Resolved:
        """The subject of the sentences before (`salience.py`, asked only when two people fit)
        when they have one, else the last person (or unnamed spokesperson: "An ICE spokesman said
        … he said" is ICE) whose gender does not contradict the pronoun; "it" is the last
        organisation, or a document named after it ("sent a letter to the Department of Justice
        … "…," it states": the letter, whose author is its signer if the article says so)."""
        if m.gender == "org" and (doc := _DOCUMENT.search(self.text, max(0, pos - _REACH_BACK), pos)):
            k = bisect_left(self.orgs, (pos,))
            subject_org = next(
                (at for at, _, _ in reversed(self.orgs[max(0, k - 20) : k]) if not self._after_preposition(at)), -1
            )
            if subject_org < doc.start():  # an addressee after "to" is no antecedent either
                unsigned = f"'{m.head}' stands for the {doc.group(1)}, whose author the article does not name"
                return self._signer(doc.group(1), pos) or Resolved(None, None, "pronoun-last", None, unsigned)
        if m.gender in ("org", "plural"):
            return self._org_named(self._last_org(pos) if m.gender == "org" else None, "pronoun-last")
        earlier = sorted(
            [(p, nm, self.gender(nm), False) for p, nm in self._people_before(pos)]
            + [(p, org, g, True) for p, org, g in self.spokespeople if p < pos and g != "n"]
        )
        fits = [c for c in reversed(earlier) if c[2] in (None, m.gender)]
        several = subject is not None and len({c[1] for c in fits[:8]}) > 1
        if several and subject is not None and (named := subject()) is not None:
            found = self._person_named(named.name, "pronoun")
            last = next((c for c in fits if c[2] == m.gender), None)
            if last is not None and self.full_name(last[1]) != found.speaker and pos - last[0] < _RIVAL_REACH:
                return found._replace(doubt=f"{last[1]} was named just before and fits '{m.head}' too")
            if named.gender is None:
                return found._replace(doubt=f"whether '{m.head}' fits {named.name} is not known")
            return found
        how = "pronoun-last" if several else "pronoun"  # the only one it fits is no guess
        if not fits:
            return Resolved(None, None, how, None)  # no one it can be: "she" is not the last man
        pick = fits[0]
        k = bisect_left(self.unnamed, pick[0] + 1)
        if m.gender in ("m", "f") and k < len(self.unnamed) and self.unnamed[k] < pos:
            return Resolved(None, None, "unnamed", None)  # "A contractor … says …" ¶ ""…," he says."
        rival = next((c for c in fits[1:] if c[1] != pick[1]), None)
        found = self._org_named(pick[1], how) if pick[3] else self._person_named(pick[1], how)
        if rival is not None and pos - rival[0] < _RIVAL_REACH:
            return found._replace(doubt=f"{rival[1]} was named just before and fits '{m.head}' too")
        if pick[2] is None and m.gender in ("m", "f"):
            return found._replace(doubt=f"whether '{m.head}' fits {pick[1]} is not known")
        return found

    def _role(self, m: Mention, pos: int) -> Resolved:
        """A role: the last person given it ("the director"), a spokesperson's organisation, or,
        for a definite description nobody fits yet, the next person the article names."""
        head = (m.head or "").lower()
        indefinite = _INDEFINITE.match(m.surface) is not None  # "a Legal Aid attorney" is someone new
        for _, name in [] if indefinite else reversed(self._people_before(pos)):
            if head and head in (self.roles.get(name) or "").lower():
                return self._person_named(name, "role-anaphor")
        owner = [w for w in (m.role or "").split() if w[:1].isupper() and w.lower() not in ROLE_WORDS | _TITLES]
        if head in SPOKES and owner:  # "a Twitter spokesman", "a Clinton campaign spokesman"
            name = " ".join(owner)
            if self.known(name):
                return self._person_named(name, "spokesperson")
            return self._org_named(name, "spokesperson")
        if head in SPOKES:  # the organisation whose spokesperson spoke or was introduced last
            voices = self.voices[: bisect_left(self.voices, (pos,))]
            voices += [(p, org) for p, org, _ in self.spokespeople if p < pos]
            voice = max(voices)[1] if voices else None
            return self._org_named(voice or self._last_org(pos), "org-anaphor")
        words = set(re.findall(r"[a-z]+", m.surface.lower())) - {"the", "a", "an", "s"}
        if _DEFINITE.match(m.surface) and len(words) >= 2:
            k = bisect_left(self.people, (m.end,))
            if k < len(self.people) and self.people[k][0] - m.end < _CATAPHOR_REACH:
                name = self.people[k][1]
                role = set(re.findall(r"[a-z]+", (self.roles.get(self.full_name(name)) or "").lower()))
                if not role or role & words:
                    return self._person_named(name, "role-cataphor")
        return Resolved(None, None, "unnamed", None)

    def resolve(self, m: Mention, pos: int, subject: Callable[[], Antecedent | None] | None = None) -> Resolved:
        """The canonical speaker of a mention at offset pos, its role, the rule and its kind
        (`subject`: whom the sentences before make a "he" or "she" mean)."""
        if m.kind == "person" and m.name:
            name = self.full_name(m.name, m.role)
            found = Resolved(name, m.role or self.roles.get(name), "name", "person")
            if len(self.candidates(m.name, m.role)) > 1:
                return found._replace(doubt=f"several people in the article are called {m.name}")
            return found
        if m.kind == "org" and m.name:
            return self._org_named(m.name, "org")
        if m.kind == "pronoun":
            return self._pronoun(m, pos, subject)
        if m.kind == "anaphor":
            return self._org_named(self._last_org(pos, ANAPHOR_TYPES.get(m.head or "", ())), "org-anaphor")
        if m.kind == "doc":
            return self._document(m, pos)
        if m.kind == "role":
            return self._role(m, pos)
        return Resolved(None, None, "unnamed", None)

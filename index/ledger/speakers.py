"""Who the speakers are across the corpus: the same person or body merged under one stable id.

Within an article, mentions are resolved by `resolve.Resolver`; here `merge_speakers` joins the
speakers of all articles, organisations on their short name, people on given name and surname.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from ..lexicon.names import NAME_SUFFIXES, NICKNAMES, PARTY_WORDS
from ..lexicon.orgs import ORGS, is_org_name, org_canonical
from ..lexicon.words import ROLE_WORDS
from ..model import Quote, Speaker

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_HONORIFICS = frozenset("mr mrs ms miss dr".split())
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def slug(name: str) -> str:
    return _NOT_SLUG.sub("-", name.lower()).strip("-") or "unknown"


class PersonName(NamedTuple):
    """Who a person's name says they are: given name (nicknames expanded), surname and suffix."""

    given: str
    surname: str
    suffix: str


def person_name(name: str) -> PersonName:
    """The one speaker identity of a person: titles, roles, organisation acronyms, party labels
    and middle initials dropped ("Republican Donald J. Trump" is Donald Trump), nicknames expanded ("Tom Homan" is
    Thomas Homan), a suffix kept (Donald Trump Jr. is not Donald Trump)."""
    words = [w for w in _NAME_WORD.findall(name) if not (len(w) == 2 and w[1] == ".")]
    suffix = next((w.lower().rstrip(".") for w in words if w.lower() in NAME_SUFFIXES), "")
    shouted = name.isupper()
    words = [
        w
        for w in words
        if w.lower() not in NAME_SUFFIXES
        and w.lower() not in ROLE_WORDS
        and w.lower() not in PARTY_WORDS
        and (shouted or not (w.isupper() and len(w) > 1))
    ]  # "ICE Director"
    if not words:
        return PersonName("", name.lower(), suffix)
    first = words[0].lower() if len(words) > 1 else ""
    return PersonName(NICKNAMES.get(first, first), words[-1].lower(), suffix)


def identity(name: str, kind: str | None = None) -> str:
    """A speaker's key across the corpus: "org:ICE" for an organisation, "thomas homan" for a
    person ("homan" when only the surname is known, "donald trump jr" with a suffix). The index,
    related passages, colours and the speakers view all use this one key."""
    if kind == "organisation" or kind is None and is_org_name(name):
        return f"org:{org_canonical(name)}"
    given, surname, suffix = person_name(name)
    return " ".join(w for w in (given, surname, suffix) if w)


def merge_speakers(quotes: Iterable[Quote]) -> list[Speaker]:
    """Merge speakers across the corpus and set `quote.speaker_id`.

    Whether a name is a person or an organisation is what attribution said of its quotes
    (`speaker_kind`, the majority when they differ), and a guess from the name only when they say
    nothing. Organisations merge on their short name (long names are aliases). People merge on
    their `person_name` (given name, surname, suffix); a surname written alone joins the
    most-quoted full name with that surname whose roles fit its article's, or stands alone.
    """
    quotes = [q for q in quotes if q.speaker]
    spoken = [(q, q.speaker) for q in quotes if q.speaker]
    counts = Counter(name for _, name in spoken)  # every rule below works on distinct names
    told = Counter((name, q.speaker_kind) for q, name in spoken if q.speaker_kind)
    people: dict[str, PersonName] = {}
    full: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)  # surname → (given, suffix) → quotes
    group_of: dict[str, str] = {}
    for name, n in counts.items():
        orgs, persons = told[(name, "organisation")], told[(name, "person")]
        if orgs > persons or orgs == persons and is_org_name(name):  # what attribution found, else a guess
            group_of[name] = identity(name, "organisation")
            continue
        person = people[name] = person_name(name)
        if person.given:
            full[person.surname][(person.given, person.suffix)] += n
    # Role words of each full name, and of each surname written alone in each article: a surname
    # alone joins the most-quoted full name whose roles fit the article's (not the FBI's Owen D.
    # Harris for a White House briefing's "Vice President" Harris), else stands alone.
    titled: dict[tuple[str, str], set[str]] = defaultdict(set)
    for q, name in spoken:
        if (named := people.get(name)) is not None:
            words = set((q.role or "").lower().split()) & ROLE_WORDS
            titled[(" ".join(named), "") if named.given else (name, q.article_id)] |= words
    alone: dict[tuple[str, str], str] = {}
    for (name, article), words in titled.items():
        surname = people[name].surname if article else ""
        if surname and full[surname]:
            fits = [
                (given, suffix)
                for (given, suffix), _ in full[surname].most_common()
                if _roles_fit(words, titled[(" ".join((given, surname, suffix)), "")])
            ]
            if fits:
                alone[(name, article)] = "person:" + " ".join(w for w in (fits[0][0], surname, fits[0][1]) if w)
    for name, person in people.items():
        group_of[name] = "person:" + " ".join(w for w in person if w)
    groups: dict[str, list[tuple[Quote, str]]] = defaultdict(list)
    for q, name in spoken:
        groups[alone.get((name, q.article_id), group_of[name])].append((q, name))
    out: list[Speaker] = []
    taken: set[str] = set()
    for key, members in groups.items():
        org = key.startswith("org:")
        qs = [q for q, _ in members]
        names = Counter(name for _, name in members)
        if org:
            name = key[4:]
        else:
            multi = [(c, len(n), n) for n, c in names.items() if len(n.split()) > 1]
            name = max(multi)[2] if multi else names.most_common(1)[0][0]
        sid = base = slug(name)
        while sid in taken:  # two speakers with one display name keep distinct ids
            sid = f"{base}-{len(taken)}"
        taken.add(sid)
        aliases = sorted(set(names) - {name})
        if org:
            aliases = sorted(set(aliases) | set(ORGS.get(name, ("", ()))[1]))
        said = Counter(q.role for q in qs if q.role and q.role.lower().rstrip(".") not in _HONORIFICS)
        roles = [r for r, _ in said.most_common()]  # "Mr." says nothing about who someone is
        articles = list(dict.fromkeys(q.article_id for q in qs))
        for q in qs:
            q.speaker_id = sid
        out.append(Speaker(sid, name, "organisation" if org else "person", aliases, roles, len(qs), articles))
    out.sort(key=lambda s: (-s.quote_count, s.name))
    return out


def _roles_fit(a: set[str], b: set[str]) -> bool:
    """Whether two sets of role words can be one person's: either says nothing, or they share a word."""
    return not a or not b or bool(a & b)


_ORG_SHORT = {long: short for short, (_, longs) in ORGS.items() for long in (short, *longs)}
_ORG_NAME = re.compile(  # longest first, so "U.S. Immigration and Customs Enforcement" beats "ICE"
    r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(_ORG_SHORT, key=len, reverse=True)) + r")(?![\w-])"
)
_ORG_OF = re.compile(r"\b(?:for|of|at|with)\s+(?:the\s+)?((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&))*)")


def speaker_organisation(speaker: Speaker) -> str | None:
    """The body a speaker speaks for, from the roles the articles give ("ICE spokesman",
    "assistant field office director for ICE", "president of the American Immigration Lawyers
    Association"); organisations speak for themselves."""
    if speaker.kind == "organisation":
        return speaker.name
    for role in speaker.roles:
        if m := _ORG_NAME.search(role):
            return _ORG_SHORT[m.group(1)]
        if m := _ORG_OF.search(role):
            return re.sub(r"\s+(?:of|for|and|&)$", "", m.group(1))
    return None

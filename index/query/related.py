"""Related passages: from the passage being read, the passages in other articles that are about
the same thing, each with reasons a reporter can read.

- "same fact": a figure of this passage and one there state one fact of the figure ledger
  (never a bare shared value: 50 percent in a poll is not a man aged 50);
- "same speaker": someone quoted here is quoted there (one speaker identity);
- "same event": the two passages share distinctive names, places or dates;
- "same wording": a passage told in nearly the same words (a wire copy, a repeated release);
- "same quote": the same words quoted in both (first: the strongest tie).

Fewer, right links beat many weak ones: wording alone relates two passages only when several
rare words or names are shared. Works on plain data from `whoosh_index.Reader` and the ledger's
facts; the engine holds the reader and serialises access.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..ledger.speakers import identity
from ..lexicon.names import GIVEN_NAMES, PLACE_WORDS, STATE_NAME_WORDS
from ..lexicon.numbers import YEAR
from ..lexicon.orgs import is_org_name
from ..lexicon.words import CAP_STOP
from ..model import Figure, FigureGroup, Related
from ..storage.whoosh_index import Reader, tokens

W_QUOTE, W_FACT, W_SPEAKER, W_EVENT, W_BODY = 4.0, 3.0, 2.0, 2.0, 1.0
# Wording relates two passages only when it scores near the best match and shares telling words:
# at least two distinctive names or dates (in few passages of the corpus), or, for a passage
# told in nearly the same words, six rare words.
MIN_WORDING, SAME_WORDING = 0.3, 0.8
MIN_NAMES, MIN_WORDS = 2, 6
MIN_RARE, RARE_SHARE = 3, 0.02
_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b(?:" + YEAR.pattern + r")\b"
)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")


class FactMember(NamedTuple):
    """A figure of the ledger's fact, where it sits."""

    fact: FigureGroup
    figure: Figure


PassageFacts = Mapping[tuple[str, int], Sequence[FactMember]]


def facts_by_passage(groups: Sequence[FigureGroup]) -> dict[tuple[str, int], list[FactMember]]:
    """The ledger's facts stated in more than one article, by the passages holding them."""
    out: dict[tuple[str, int], list[FactMember]] = {}
    for g in groups:
        if len(g.article_ids) > 1:
            for f in g.figures:
                out.setdefault((f.article_id, f.paragraph), []).append(FactMember(g, f))
    return out


def related(
    reader: Reader,
    article_id: str,
    paragraph: int,
    titles: dict[str, str],
    facts: PassageFacts,
    limit: int = 10,
) -> list[Related]:
    """Passages in other articles stating a fact of this passage, quoting its speaker, or
    telling its event."""
    pid = f"{article_id}#{paragraph}"
    doc = reader.document(pid)
    if doc is None:
        return []
    found: dict[tuple[str, int], Related] = {}

    def add(aid: str, para: int, body: str, score: float, reason: str) -> None:
        r = found.get((aid, para))
        if r is None:
            r = found[(aid, para)] = Related(aid, titles.get(aid, ""), para, body, 0.0)
        if reason not in r.reasons:
            r.score += score
            r.reasons.append(reason)

    for member in facts.get((article_id, paragraph), ()):
        for f in member.fact.figures:
            if f.article_id != article_id:
                there = reader.document(f"{f.article_id}#{f.paragraph}")
                if there is not None:
                    add(
                        f.article_id, f.paragraph, there["body"], W_FACT, f"same fact: {f.text} {_what(f, member.fact)}"
                    )
    speakers = {s for s in doc.get("speaker_key", "").split(",") if s}
    for d in reader.related_by("speaker_key", speakers, article_id, 50):
        keys = speakers & {s for s in d.get("speaker_key", "").split(",") if s}
        names = [n for n in d.get("speaker", "").split(" ; ") if n and identity(n).lower() in keys]
        who = max(names, key=len) if names else ", ".join(sorted(keys))
        people = any(not k.startswith("org:") for k in keys)  # a person ties closer than "ICE said"
        add(d["article_id"], d["paragraph"], d["body"], W_SPEAKER if people else W_BODY, f"same speaker: {who}")
    similar, terms = reader.more_like(pid, article_id, 20)
    if similar:
        top = max(d["_score"] for d in similar) or 1.0
        mine = doc["body"].lower()
        rare = max(MIN_RARE, int(RARE_SHARE * reader.passage_count()))
        for d in similar:
            if d["_score"] < MIN_WORDING * top:
                continue
            names = [n for n in _names(d["body"]) if n.lower() in mine and reader.passages_with(n) <= rare]
            shared = _surface_words(d["body"], terms)
            if len(names) >= MIN_NAMES and not all(map(_common_ground, names)):
                add(
                    d["article_id"],
                    d["paragraph"],
                    d["body"],
                    W_EVENT * d["_score"] / top,
                    f"same event: {', '.join(names[:4])}",
                )
            elif len(shared) >= MIN_WORDS and d["_score"] >= SAME_WORDING * top:
                add(d["article_id"], d["paragraph"], d["body"], W_BODY, f"same wording: {', '.join(shared[:5])}")
    said = _quoted(doc["body"])
    if said:  # the same words quoted in both: the strongest tie there is, whatever else they share
        seen = [(r.article_id, r.paragraph, r.text) for r in found.values()]
        seen += [(d["article_id"], d["paragraph"], d["body"]) for d in similar or ()]
        for aid, para, body in seen:
            if same := next((q for q in said if q in _plain(body)), None):
                add(aid, para, body, W_QUOTE, f"same quote: “{_shown(same)}”")
    ranked = sorted(found.values(), key=lambda r: (-r.score, r.article_id, r.paragraph))
    return ranked[:limit]


_QUOTED = re.compile(r"[“\"]([^”\"]{40,})[”\"]")
_NOT_WORD = re.compile(r"[^\w]+")


def _plain(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip()


def _quoted(body: str) -> list[str]:
    """The passage's quotations of eight words or more, as plain words (quoted again elsewhere
    with other punctuation, they still match)."""
    return [q for m in _QUOTED.finditer(body) if len((q := _plain(m.group(1))).split()) >= 8]


def _shown(quote: str, words: int = 8) -> str:
    ws = quote.split()
    return " ".join(ws[:words]) + (" …" if len(ws) > words else "")


def _what(f: Figure, fact: FigureGroup) -> str:
    """What the fact counts, as that figure's own sentence says it when it names a thing ("31
    months" and "months in prison" read "31 months in prison")."""
    what = f.counts if len(f.counts.split()) >= 2 and not f.counts.startswith("of ") else fact.label
    return f.without_unit(what)


def _names(text: str) -> list[str]:
    """Distinctive names and dates of a passage, once each: runs of capitalised words not
    opening a sentence ("Operation Safe City", "Cook County"), month days and years."""
    names = [m.group() for m in _NAME.finditer(text) if m.group().split()[0] not in CAP_STOP]
    return list(dict.fromkeys(n for n in [*names, *(m.group() for m in _DATE.finditer(text))] if len(n) >= 4))


def _common_ground(name: str) -> bool:
    """A name many unrelated stories share: a place, an agency or a given name alone ("New York"
    and "NYPD" in every release announced with the New York police). Two passages tell one event
    only with a name that is none of these (a person, an operation, a company)."""
    words = name.split()
    return (
        all(w in PLACE_WORDS or w.lower() in STATE_NAME_WORDS for w in words)
        or is_org_name(name)
        or len(words) == 1
        and words[0] in GIVEN_NAMES
    )


def _surface_words(text: str, stems: list[str]) -> list[str]:
    """The telling words of `text` behind each stem, in the stems' order ("sanctuari" →
    "sanctuary"); numbers and short words say nothing about why two passages match."""
    seen: dict[str, str] = {}
    for stem, start, end in tokens(text):
        word = text[start:end].lower()
        if word.isalpha() and len(word) >= 4:
            seen.setdefault(stem, word)
    return [seen[s] for s in stems if s in seen]

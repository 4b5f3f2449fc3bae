"""Plain data passed between the engine, the command line and the reader.

Everything here is a frozen-ish dataclass of strings and numbers so it can cross thread
boundaries, be written as JSON and be compared in tests. No Whoosh, no Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

# Below this confidence an attribution is doubtful (the share right is measured per rule on
# PolNeAR: index/quotes/confidence.py); the reader dims the speaker and marks it "?".
DOUBTFUL = 0.8


@dataclass(slots=True)
class Passage:
    """One paragraph of an article; offsets index the article's cleaned text."""

    article_id: str
    index: int
    start: int
    end: int
    text: str

    @property
    def id(self) -> str:
        return f"{self.article_id}#{self.index}"


@dataclass(slots=True)
class Quote:
    """A direct quotation: `text` is exactly the characters between the marks."""

    text: str
    start: int
    end: int
    paragraph: int
    speaker: str | None = None
    speaker_surface: str | None = None
    role: str | None = None
    rule: str = ""
    article_id: str = ""
    speaker_id: str | None = None
    speaker_kind: str | None = None  # "person" or "organisation", as the attribution found it
    confidence: float = 0.0  # the measured share of right speakers for this rule and evidence
    reason: str = ""  # what made the attribution, and what speaks against it

    @property
    def doubtful(self) -> bool:
        """A speaker is given but the evidence is weak: the reader dims it and marks it "?"."""
        return self.speaker is not None and self.confidence < DOUBTFUL

    @property
    def why(self) -> str:
        """The attribution explained in one line, for the reader's key and `--explain`."""
        if not self.speaker:
            return f"unattributed: {self.reason or 'no speaker in the text around the quote'}"
        return f"{self.speaker} ({self.confidence:.0%} sure): {self.reason} [{self.rule}]"

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_surface": self.speaker_surface,
            "role": self.role,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
            "rule": self.rule,
            "confidence": round(self.confidence, 2),
            "doubtful": self.doubtful,
            "reason": self.reason,
        }


FigureKind = Literal["count", "share", "money", "age", "duration", "change", "other"]


@dataclass(slots=True, frozen=True)
class Reading:
    """What a figure counts, in the parts news states it in, so the ledger can compare two
    figures part by part instead of by a phrase: the counted `thing` ("people", "jurisdictions",
    "months"), the `event` it counts ("arrested"), the `scope` that narrows it ("with criminal
    convictions", "of those arrested"), `place` and `time`, the `direction` of a change ("fall"
    for "fell 22%"), and the `person` an age, prison term or judgment attaches to."""

    kind: FigureKind = "count"
    thing: str = ""
    event: str = ""
    scope: str = ""
    place: str = ""
    time: str = ""
    direction: str = ""
    person: str = ""

    def to_json(self) -> dict[str, str]:
        return {k: v for k in self.__slots__ if (v := getattr(self, k))}

    @classmethod
    def from_json(cls, data: dict[str, str]) -> Reading:
        return cls(**data)  # type: ignore[arg-type]


@dataclass(slots=True)
class Figure:
    """A number that quantifies something, with its qualifier and what it counts: `counts` is
    the readable phrase built from `reading`. `context` holds the telling words around the
    figure in its sentence (lowercased; no numbers but years, no function words): the ledger's
    evidence that two figures report one event."""

    text: str
    start: int
    end: int
    paragraph: int
    value: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    counts: str = ""
    article_id: str = ""
    value_max: float | None = None  # upper end of a range ("between 50 and 60")
    reading: Reading = field(default_factory=Reading)
    context: str = ""

    @property
    def label(self) -> str:
        """What it counts, as shown beside the figure: without the unit the figure's own words
        already give ("three months" · "sentenced in prison", not "months sentenced in prison";
        "13 years" alone rather than "13 years  years")."""
        return self.without_unit(self.counts)

    def without_unit(self, phrase: str) -> str:
        """A phrase of what the figure counts without a first word that repeats its unit."""
        unit = self.text.rsplit(None, 1)[-1].lower() if " " in self.text else ""
        first, _, rest = phrase.partition(" ")
        return rest if unit and first.lower() == unit else phrase

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value,
            "value_max": self.value_max,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "counts": self.counts,
            "reading": self.reading.to_json(),
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
        }


@dataclass(slots=True)
class ArticleMeta:
    """What the article list shows without loading the whole article."""

    id: str
    path: str
    title: str
    byline: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    quote_count: int = 0
    figure_count: int = 0


@dataclass(slots=True)
class Article:
    id: str
    path: str
    title: str
    text: str
    passages: list[Passage]
    byline: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    @property
    def meta(self) -> ArticleMeta:
        return ArticleMeta(
            self.id,
            self.path,
            self.title,
            self.byline,
            self.date,
            self.outlet,
            self.url,
            len(self.quotes),
            len(self.figures),
        )

    def passage_at(self, offset: int) -> Passage | None:
        """The passage holding a character offset (binary search: articles can be long)."""
        lo, hi = 0, len(self.passages) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            p = self.passages[mid]
            if offset < p.start:
                hi = mid - 1
            elif offset >= p.end + 2:
                lo = mid + 1
            else:
                return p
        return None


@dataclass(slots=True)
class Speaker:
    """One person or body quoted anywhere in the corpus, merged across articles."""

    id: str
    name: str
    kind: str = "person"
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    quote_count: int = 0
    article_ids: list[str] = field(default_factory=list)
    organisation: str | None = None

    @property
    def role(self) -> str | None:
        """The most informative role seen ("ICE spokesman" over "spokesman")."""
        return max(self.roles, key=len) if self.roles else None


@dataclass(slots=True)
class SearchHit:
    """A ranked passage with the character spans (relative to the passage) that matched."""

    article_id: str
    article_title: str
    paragraph: int
    text: str
    score: float
    highlights: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class SearchResult:
    query: str
    hits: list[SearchHit]  # the best `limit` passages, with their text
    total: int
    terms: list[str] = field(default_factory=list)
    message: str | None = None
    matches: list[tuple[str, int]] = field(default_factory=list)  # with `every`: all, as (article id, paragraph)


@dataclass(slots=True)
class Related:
    """A passage in another article, with the reasons it is related to the one being read."""

    article_id: str
    article_title: str
    paragraph: int
    text: str
    score: float
    reasons: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


Verdict = Literal["single", "agree", "consistent", "conflict"]


@dataclass(slots=True)
class Conflict:
    """Two articles' figures for one fact whose values cannot both hold, given their qualifiers
    and rounding: a possible conflict, with each side's sentence so the reader can judge."""

    a: Figure
    b: Figure
    note: str
    a_sentence: str = ""
    b_sentence: str = ""


@dataclass(slots=True)
class FigureGroup:
    """One fact of the corpus: the figures that state it (repeats in one article, reports in
    others), what it counts, the words that tie the figures together, and the ledger's verdict:
    "single" (stated once), "agree" (one value), "consistent" (values that can all hold) or
    "conflict" (two articles whose values cannot both hold: see `conflicts`)."""

    label: str
    figures: list[Figure]
    verdict: Verdict
    notes: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    @property
    def article_ids(self) -> list[str]:
        return sorted({f.article_id for f in self.figures})


@dataclass(slots=True, frozen=True)
class Skipped:
    path: str
    reason: str


Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class SyncReport:
    files: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    rebuilt: bool = False
    reason: str = ""
    seconds: float = 0.0

    @property
    def up_to_date(self) -> bool:
        return not (self.added or self.changed or self.removed or self.rebuilt)

    @property
    def articles(self) -> int:
        return self.files - len(self.skipped)

    def changes(self) -> str:
        """ "60 added, 2 changed, 1 removed"; "" when no article changed (one wording for the
        command line and the reader)."""
        return ", ".join(
            f"{len(x)} {what}"
            for x, what in ((self.added, "added"), (self.changed, "changed"), (self.removed, "removed"))
            if x
        )

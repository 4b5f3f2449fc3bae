"""Tolerant scoring of extracted quotes and figures against gold, per tests/gold/GUIDELINES.md.

Texts match when, after stripping edge punctuation and space and treating straight and curly
quotation marks alike, the words they share are at least half the words of the longer one.
Predictions are matched to gold greedily, best overlap first, one to one. A speaker is right
when the predicted name holds the gold name's surname, with the same given name where both give
one (titles before a name are no given name; "Wasserman Schultz" is a two-word surname) and the
same suffix when gold gives a given name (organisations: any significant word); a gold null
speaker is right only when the prediction is null too.

What a figure counts is free text, so it is never compared whole: a gold figure may name the
`head` the counts must mention ("people|immigrants": any of them) and the `place` or time it must
keep ("Los Angeles|LA"); a word matches by its start, so "arrest" finds "arrested" and "arrests".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})
_EDGE = " \t\n\"'.,;:!?()[]{}—–-…"
_INSIGNIFICANT = frozenset("the of and for a an on in at to u.s. us department office".split())
_ORG_WORDS = frozenset(
    """department agency office house council union center institute association
    commission bureau administration enforcement security services patrol police court committee""".split()
)


def normalise(text: str) -> str:
    return text.translate(_QUOTES).strip(_EDGE).lower()


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['.-][^\W_]+)*", normalise(text))


def overlap(a: str, b: str) -> float:
    """Shared words over the word count of the longer text (0 when either is empty)."""
    wa, wb = Counter(words(a)), Counter(words(b))
    longer = max(sum(wa.values()), sum(wb.values()))
    return sum((wa & wb).values()) / longer if longer else 0.0


def is_org(name: str) -> bool:
    ws = name.split()
    return name.isupper() or any(w.lower() in _ORG_WORDS for w in ws) or name in ("White House", "Border Patrol")


_TITLES = frozenset(
    """mr mrs ms dr rev sen rep gov president vice sheriff mayor judge senator governor
    secretary attorney general director chief former acting the chairman chairwoman
    spokesman spokeswoman spokesperson host commissioner""".split()
)
_SUFFIXES = frozenset("jr sr ii iii iv".split())


def _initials(a: str, b: str) -> bool:
    """Whether one name is the other's initials ("AP", "Associated Press")."""
    short, long = sorted((a.replace(".", ""), b), key=len)
    letters = "".join(w[0] for w in words(long) if w not in _INSIGNIFICANT)
    return short.isupper() and len(short) >= 2 and short.lower() == letters


def _name_words(name: str) -> list[str]:
    """The words of a person's name: what follows its last title word, so a title chain's first
    word is no given name ("Vermont Sen. Bernie Sanders": Bernie, not Vermont; "… Executive
    Director Nihad Awad": Nihad)."""
    ws = words(name)
    last_title = max((k for k, w in enumerate(ws[:-1]) if w in _TITLES), default=-1)
    return [w for w in ws[last_title + 1 :] if w not in _TITLES]


def _person(name: str) -> tuple[str, str, str]:
    """(given name, surname, suffix) of a person's name."""
    ws = _name_words(name)
    suffix = next((w for w in ws if w.rstrip(".") in _SUFFIXES), "")
    ws = [w for w in ws if w.rstrip(".") not in _SUFFIXES]
    if not ws:
        return "", "", suffix
    return (ws[0] if len(ws) > 1 else ""), ws[-1], suffix.rstrip(".")


def speaker_ok(predicted: str | None, gold: str | None) -> bool:
    """Organisations match on a significant word; people on the surname, and also on the given
    name where both sides give one, and on a suffix when gold gives a given name (Donald Trump is
    not Donald Trump Jr., nor Ivanka Trump)."""
    if gold is None:
        return predicted is None
    if predicted is None:
        return False
    pw = set(words(predicted))
    if is_org(gold):
        return bool(pw & (set(words(gold)) - _INSIGNIFICANT)) or _initials(predicted, gold)
    g_given, g_surname, g_suffix = _person(gold)
    p_given, p_surname, p_suffix = _person(predicted)
    if not g_surname or g_surname not in pw:
        return False
    # "Wasserman Schultz" names Debbie Wasserman Schultz: a name that is the end of the other
    # gives no given name of its own, only the first part of a two-word surname
    pn, gn = _name_words(predicted), _name_words(gold)
    shorter, longer = sorted((pn, gn), key=len)
    two_word_surname = longer[len(longer) - len(shorter) :] == shorter
    if not (not (g_given and p_given) or g_given == p_given or two_word_surname):
        return False
    # a surname alone ("Mr. Biden") names whoever the article means, Joseph R. Biden Jr. too
    return g_suffix == p_suffix or not g_given


def match(pred: list[str], gold: list[str]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of predicted to gold texts, best overlap first."""
    pairs = sorted(((overlap(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)), reverse=True)
    used_p, used_g, out = set(), set(), []
    for score, i, j in pairs:
        if score >= 0.5 and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0
    speaker_right: int = 0
    counts_right: int = 0
    counts_checked: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.tp if self.tp else 1.0

    @property
    def counts_quality(self) -> float:
        """Share of matched figures with a gold head whose counts holds the head and place."""
        return self.counts_right / self.counts_checked if self.counts_checked else 1.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold
        self.speaker_right += other.speaker_right
        self.counts_right += other.counts_right
        self.counts_checked += other.counts_checked
        self.errors += other.errors

    def line(self, label: str, speakers: bool = False) -> str:
        s = f"{label:<34} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}"
        s += f" ({self.tp}/{self.predicted}/{self.gold})"
        s += f" speaker={self.speaker_accuracy:.3f} ({self.speaker_right}/{self.tp})" if speakers else ""
        return s + (
            f" counts={self.counts_quality:.3f} ({self.counts_right}/{self.counts_checked})"
            if self.counts_checked
            else ""
        )


MIN_QUOTE_WORDS = 4  # gold lists quotes of 4 words or more; shorter predictions are not scored


def scored_quotes(quotes: list[dict]) -> list[dict]:
    """The quotes scoring judges (GUIDELINES.md: 4 words or more)."""
    return [q for q in quotes if len(words(q["text"])) >= MIN_QUOTE_WORDS]


def score_quotes(pred: list[dict], gold: list[dict]) -> Score:
    """pred and gold: dicts with "text" and "speaker"; quotes under 4 words are left out on both
    sides (a regression article may list them for its exact check)."""
    pred, gold = scored_quotes(pred), scored_quotes(gold)
    pairs = match([p["text"] for p in pred], [g["text"] for g in gold])
    s = Score(len(pairs), len(pred), len(gold))
    for i, j in pairs:
        if speaker_ok(pred[i].get("speaker"), gold[j].get("speaker")):
            s.speaker_right += 1
        else:
            s.errors.append(
                f"speaker {pred[i].get('speaker')!r} != {gold[j].get('speaker')!r}: {gold[j]['text'][:60]!r}"
            )
    hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
    s.errors += [f"extra quote: {p['text'][:70]!r}" for i, p in enumerate(pred) if i not in hit_p]
    s.errors += [f"missed quote: {g['text'][:70]!r}" for j, g in enumerate(gold) if j not in hit_g]
    return s


def _mentions(counts: str, alternatives: str) -> bool:
    """Whether counts holds one of the "|"-separated words or phrases, matched at a word start,
    singular or plural alike."""
    low = normalise(counts)
    for alt in alternatives.lower().split("|"):
        stem = alt[:-1] if alt.endswith("s") and len(alt) > 3 else alt
        if re.search(r"(?<![\w])" + re.escape(stem), low):
            return True
    return False


def counts_ok(counts: str, head: str, place: str | None = None) -> bool:
    """Whether a figure's counts names what the gold says it counts, and where or when."""
    return _mentions(counts, head) and (place is None or _mentions(counts, place))


def score_figures(pred: list[dict], gold: list[dict]) -> Score:
    pairs = match([p["text"] for p in pred], [g["text"] for g in gold])
    s = Score(len(pairs), len(pred), len(gold))
    for i, j in pairs:
        if gold[j].get("head"):
            s.counts_checked += 1
            if counts_ok(pred[i].get("counts", ""), gold[j]["head"], gold[j].get("place")):
                s.counts_right += 1
            else:
                s.errors.append(
                    f"counts {pred[i].get('counts')!r} lacks {gold[j]['head']!r}"
                    f"{' / ' + gold[j]['place'] if gold[j].get('place') else ''}: {gold[j]['text']!r}"
                )
    hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
    s.errors += [f"extra figure: {p['text']!r} ({p.get('counts', '')})" for i, p in enumerate(pred) if i not in hit_p]
    s.errors += [f"missed figure: {g['text']!r} ({g.get('counts', '')})" for j, g in enumerate(gold) if j not in hit_g]
    return s

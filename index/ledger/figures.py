"""The figure ledger: the corpus's figures grouped into facts, with whether the articles agree.

Two figures are one fact when `evidence.veto` finds nothing in their readings that tells them
apart and their sentences share enough telling words (`evidence.similarity`): a repeat inside
one article needs less (the same value and the same counted thing), a report in another article
more, and a different value more still. Small numbers ("two", "ten") and shares tie two articles
only with strong wording. What is counted speaks louder than a long sentence: the counted thing's
modifiers ("seven Muslim-majority countries", "seven majority-Muslim nations") in articles of
one fortnight, and the same exact count of the same people and event ("97 people were
arrested", "arrested 97 immigrants") however many stories repeat it. Candidate pairs come from
figures that share a rare word of context or a modifier of what they count, so the work grows
with the corpus, not with its square.

A fact's verdict compares articles, never the repeats of one: each article's statement is the
widest its wordings allow ("approximately 40" and "40" in one story read as about 40), and a
possible conflict is claimed only between two articles whose values cannot both hold, with
each side's sentence, outlet and date.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import partial
from itertools import combinations

from ..model import ArticleMeta, Conflict, Figure, FigureGroup, Verdict
from .evidence import (
    Traits,
    agreement,
    article_counts,
    charge,
    modifier_similarity,
    rarity,
    similarity,
    stem,
    traits,
    veto,
    with_article_words,
)
from .stories import Stories
from .values import fits, interval, near

# How much of two sentences' telling words (by rarity) one fact needs.
SAME_ARTICLE = 0.25  # a repeat in one article, when the counted thing alone does not say so
OTHER_ARTICLE = 0.4  # a report in another article
DIFFERENT_VALUE = 0.5  # two articles with values that do not both hold
SMALL = 0.55  # small counts ("two", "ten") and shares in another article
SAME_ARTICLE_VALUES = 0.3  # two values of one article ("nearly 500" in the headline, 498 below)
VAGUE = 0.5  # a vague amount and a number, by their wording alone
EXACT = 0.3  # the same exact count of the same thing and event, however often it is repeated
RARE_VALUE, RARE_BONUS = 3, 0.2  # a value at most this many articles give adds to the evidence
MODIFIERS = 0.5  # how much the counted things' modifiers add, when all are shared
STORY = 0.15  # two articles tell one story: this share of their rare names (by rarity) in common
STORY_WORDS = 0.05  # … and the two figures' sentences share at least this much
_KEY_WORDS = 8  # the rarest context words of a figure that make candidate pairs
_BLOCK = 80  # a context word in more figures than this is no key


def _small(f: Figure, t: Traits) -> bool:
    return t.kind == "share" or t.kind == "count" and (f.value or 0) <= 12


def group_figures(
    figures: Iterable[Figure],
    metas: dict[str, ArticleMeta] | None = None,
    text_of: Callable[[str], str] | None = None,
) -> list[FigureGroup]:
    """Facts, those stated by the most articles first. `metas` gives outlets and dates (articles
    a year apart report different counts); `text_of` an article's text, for the sentences of a
    possible conflict (and the operations they name)."""
    metas = metas or {}

    def sentence(f: Figure) -> str:
        return sentence_around(text_of(f.article_id), f.start, f.end) if text_of else ""

    figs = [f for f in figures if f.value is not None]
    ts = with_article_words([f.article_id for f in figs], [traits(f, metas.get(f.article_id)) for f in figs])
    df, n = article_counts((f.article_id, t.context) for f, t in zip(figs, ts))
    weight = rarity(df, n)
    rare = _rare_values(figs, ts)
    cases = _cases(figs, ts)
    stories = Stories((f.article_id for f in figs), text_of)
    scored = []
    for i, j in _candidates(figs, ts, df):
        case = _same_case(cases, figs[i], figs[j])
        story = partial(_story, stories, figs[i], figs[j], sentence)
        if (sim := _joins(figs[i], ts[i], figs[j], ts[j], weight, rare, case, story)) is not None:
            if fits((ts[i].low, ts[i].high), (ts[j].low, ts[j].high)) or not _operations_apart(
                sentence(figs[i]), sentence(figs[j])
            ):
                scored.append((sim, i, j))
    scored.sort(reverse=True)
    parent = list(range(len(figs)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(figs))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, i, j in scored:
        ri, rj = find(i), find(j)
        if ri == rj or not _mergeable(members[ri], members[rj], figs, ts, cases, (i, j)):
            continue
        parent[rj] = ri
        members[ri] += members.pop(rj)
    groups = [
        _judge([figs[i] for i in sorted(ms)], [ts[i] for i in sorted(ms)], weight, metas, sentence)
        for ms in members.values()
    ]
    groups.sort(key=lambda g: (-len(g.article_ids), -len(g.figures), g.label))
    return groups


def _candidates(figs: list[Figure], ts: list[Traits], df: Counter[str]) -> set[tuple[int, int]]:
    """Pairs worth comparing: figures of one article with near values, and figures of different
    articles with near values that share one of their rarest context words (of those in more
    than one article: a word of one article ties nothing) or a modifier of the counted thing, or
    that give the same value of the same thing."""
    pairs: set[tuple[int, int]] = set()
    articles: dict[tuple, list[int]] = defaultdict(list)
    words: dict[tuple, list[int]] = defaultdict(list)
    for i, (f, t) in enumerate(zip(figs, ts)):
        articles[(t.unit, t.kind, f.article_id)].append(i)
        keys = {w for _, w in sorted((df[w], w) for w in t.context if df[w] > 1)[:_KEY_WORDS]}  # ties by word
        for w in sorted(keys | t.modifiers):  # and what the counted thing is, however long the sentence
            words[(t.unit, t.kind, w)].append(i)
        if t.head:  # and the same value of the same thing ("as many as 20 detainees", "20 detainees")
            words[(t.unit, t.kind, f"{t.head}={f.value}")].append(i)
    blocks = [*articles.values(), *(b for b in words.values() if len(b) <= _BLOCK)]
    for block in blocks:
        block.sort(key=lambda i: ts[i].low)
        for n, i in enumerate(block):
            for j in block[n + 1 :]:
                if ts[j].low > ts[i].high * 1.15 + 1e-9:
                    break
                if near((ts[i].low, ts[i].high), (ts[j].low, ts[j].high)):
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _rare_values(figs: list[Figure], ts: list[Traits]) -> set[tuple[str, str, float]]:
    """Values (with their unit) that few articles give, and more than a dozen: 498 people in
    two articles is a sign of one fact, two officials is not. Keyed also by the counted thing,
    for two figures of one value: 170 felonies in three articles, whatever else counts 170."""
    articles: dict[tuple[str, str, float], set[str]] = defaultdict(set)
    for f, t in zip(figs, ts):
        articles[(t.unit, "", f.value or 0.0)].add(f.article_id)
        if t.head:
            articles[(t.unit, t.head, f.value or 0.0)].add(f.article_id)
    return {k for k, v in articles.items() if len(v) <= RARE_VALUE and k[2] > 12}


def _thing(a: Figure, ta: Traits, b: Figure, tb: Traits) -> str:
    """The counted thing that keys a rare value: the shared thing of two equal values, else none."""
    return ta.head if a.value == b.value and ta.head == tb.head else ""


def _exact(f: Figure, t: Traits) -> bool:
    """A count or sum stated exactly and large enough to tell ("97", "$1,500"; not "about 100")."""
    return t.kind in ("count", "money") and t.low == t.high and (f.value or 0) > 12


def _cases(figs: list[Figure], ts: list[Traits]) -> dict[str, frozenset[str]]:
    """The surnames of the people each article gives an age, term or sum to: its case."""
    named: dict[str, set[str]] = defaultdict(set)
    for f, t in zip(figs, ts):
        if t.person and t.kind != "count":  # not a charge: co-defendants' releases name them all
            named[f.article_id].add(t.person.split()[-1])
    return {a: frozenset(people) for a, people in named.items()}


def _same_case(cases: dict[str, frozenset[str]], a: Figure, b: Figure) -> bool:
    """Whether two articles name exactly the same people (the plea and the sentencing of one
    defendant; not the releases of two co-defendants, nor one of them and both), or, for a term
    or sum, their one article names one person ("Man Sentenced to 31 Months" over "Khan, 45, …
    to 31 months in prison"; not two counts of one charge sheet)."""
    people = cases.get(a.article_id)
    if a.article_id == b.article_id:
        return a.unit == b.unit and a.unit is not None and people is not None and len(people) == 1
    return bool(people) and people == cases.get(b.article_id)


def _joins(
    a: Figure,
    ta: Traits,
    b: Figure,
    tb: Traits,
    weight: dict[str, float],
    rare: set[tuple[str, str, float]],
    case: bool = False,
    story: Callable[[], float] | None = None,
) -> float | None:
    """How strongly two figures are one fact (their sentences' similarity, what their readings
    share, and how rare a value they share), or None. `case`: their articles name the same people;
    `story`: how alike the two articles' names are (`_story`), asked only when nothing else decides."""
    same_article = a.article_id == b.article_id
    if veto(ta, tb, same_article, case) is not None:
        return None
    words = similarity(ta, tb, weight)
    sim = (
        words
        + MODIFIERS * modifier_similarity(ta, tb, weight)
        + agreement(ta, tb)
        + sum(RARE_BONUS for f, t in ((a, ta), (b, tb)) if (t.unit, _thing(a, ta, b, tb), f.value) in rare) / 2
    )
    agree = fits((ta.low, ta.high), (tb.low, tb.high))
    equal = (ta.low, ta.high) == (tb.low, tb.high)
    if (_vague(a) or _vague(b)) and (words < VAGUE or _vague(a) == _vague(b) and not equal):
        return None  # "hundreds of thousands" fits most large counts: only wording ties it
    if same_article:
        if charge(ta):
            return None  # one person's counts of one charge sheet: pleaded to, charged with, dismissed
        if _more(a) != _more(b):
            return None  # "two buses", then "two more buses"
        # The same count of the same thing is a repeat; a duration, share or sum says what it
        # measures in the words around it ("six months pregnant", "every six months").
        same_thing = (  # one person's age or term, not one person's two charges
            ta.kind == "count"
            and ta.head
            and ta.head == tb.head
            or ta.kind != "count"
            and ta.person
            and ta.person == tb.person
        )
        counted = sim if ta.kind == "count" else words  # a share or duration by its own words
        if ta.kind == "duration" and equal and (a.value or 0) > 12:
            counted = max(counted, SAME_ARTICLE)  # "the 120 day pause", "for 120 days"; not "six months"
        if equal and (counted >= SAME_ARTICLE or same_thing):
            return sim + 1.0  # repeats first: they are the surest
        if agree and a.value == b.value and (a.value or 0) > 12 and same_thing:
            return sim + 1.0  # "348,000 Venezuelans", "about 348,000 Venezuelans with TPS"
        # Two values of one article are one fact only as a number and its rounding ("Nearly 500"
        # in the headline, 498 below), not two bounds ("at least 882", "at least 866").
        told = ta.event and ta.event == tb.event and min(a.value or 0, b.value or 0) > 12
        rounding = (ta.low == ta.high) != (tb.low == tb.high) and _close(a, b, 1.1)
        if agree and rounding and (words >= SAME_ARTICLE_VALUES or same_thing and told):
            return sim + 1.0
        return None
    if _small(a, ta) and len(ta.context & tb.context - {ta.head, tb.head}) < 2 and not case:
        return None  # "Four more years" in two speeches share one word, "audience": no evidence of one fact
    if story and words >= STORY_WORDS and _told_alike(a, ta, b, tb, equal) and story() >= STORY:
        return sim
    if ta.kind == "duration" and not (ta.event and tb.event or ta.scope and tb.scope):
        # A span that says not what it measures ("the largest raid in almost a decade") ties two
        # articles only as the same words in much the same sentence ("less than two years").
        if a.text.lower() != b.text.lower() or words < DIFFERENT_VALUE:
            return None
    if (_loose(a) or _loose(b)) and words < DIFFERENT_VALUE:
        return None  # "over 100" arrested fits the raid at the landscaper and the one at the meat plant
    if not agree and not _may_conflict(a, ta, b, tb, words):
        return None  # 9 and 10 jurisdictions, 107 and 110 arrests: exact counts of two things
    if not _vague(a) and not _vague(b) and not _close(a, b, 1.15):
        return None  # "more than 1,000" and "more than 680" both allow 1,010, but say other things
    if equal and _exact(a, ta) and ta.head and ta.head == tb.head and ta.event and ta.event == tb.event:
        return sim if sim >= EXACT else None  # "97 people were arrested", "arrested 97 immigrants"
    need = max(OTHER_ARTICLE, SMALL if _small(a, ta) else 0.0, DIFFERENT_VALUE if not agree else 0.0)
    return sim if sim >= need else None


def _story(stories: Stories, a: Figure, b: Figure, sentence: Callable[[Figure], str]) -> float:
    """How alike the stories of two figures' articles are, or 0 when either figure's sentence
    names someone or something the other article never names."""
    likeness = stories.likeness(a.article_id, b.article_id)
    if likeness < STORY:
        return likeness
    told = stories.named_in(stories.names(sentence(a)), b.article_id) and stories.named_in(
        stories.names(sentence(b)), a.article_id
    )
    return likeness if told else 0.0


def _told_alike(a: Figure, ta: Traits, b: Figure, tb: Traits, equal: bool) -> bool:
    """Two figures of one story that count the same thing: the same small exact count ("two
    U.S.-born children", "her two children"; not "one", which every story has, nor "more than
    200", which a briefing says of a hurricane's dead and of hostages), or an exact count and
    its rounding in the same event ("146 workers arrested", "over 100 employees arrested").
    Counted things only: a share or a span says what it measures in its own sentence."""
    if ta.kind not in ("count", "money") or not ta.head or ta.head != tb.head:
        return False
    if equal:
        return ta.low == ta.high and 2 <= (a.value or 0) <= 12 and not _more(a) and not _more(b)
    rounding = (ta.low == ta.high) != (tb.low == tb.high) and _close(a, b, 1.5)
    return (
        rounding
        and bool(ta.event)
        and ta.event == tb.event
        and min(a.value or 0, b.value or 0) > 12
        and fits((ta.low, ta.high), (tb.low, tb.high))
    )


_OPERATION = re.compile(r"\b(?:Operation|Project)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


def _operations_apart(a: str, b: str) -> bool:
    """Whether two sentences name different operations ("Project Delirium", "Project
    Deliverance"): values that do not both hold are then two operations' counts, no conflict.
    Read only for such pairs, which are few (the sentences come from the articles' texts)."""
    ops_a, ops_b = set(_OPERATION.findall(a)), set(_OPERATION.findall(b))
    return bool(ops_a and ops_b) and not ops_a & ops_b


def _more(f: Figure) -> bool:
    """Whether a figure counts more of something the article counted before ("two more buses",
    "three additional agents")."""
    return f.reading.thing.split(" ", 1)[0].lower() in ("more", "additional")


_BOUNDS = frozenset("more than|over|greater than|upwards of|well over|at least|fewer than|less than|under".split("|"))


def _loose(f: Figure) -> bool:
    """A round number with an open bound ("over 100", "more than 1,000"): it fits many counts,
    so in another article only much the same wording ties it."""
    value = f.value or 0
    return f.qualifier in _BOUNDS and value >= 10 and value % (10 ** (len(str(int(value))) - 1)) == 0


def _vague(f: Figure) -> bool:
    """A vague amount ("hundreds", "thousands"): a range that no qualifier made."""
    return f.value_max is not None and f.qualifier is None


def _may_conflict(a: Figure, ta: Traits, b: Figure, tb: Traits, words: float) -> bool:
    """Whether two values that do not fit may still be two reports of one count, so that the
    ledger may show a possible conflict: counts or sums (not shares, terms or changes), one of
    them qualified or rounded ("more than 680" and 608), neither small, within 15% of each
    other, the same counted thing, told in much the same words, in articles at most a month
    apart when both are dated."""
    return (
        ta.kind in ("count", "money")
        and bool(ta.head)
        and ta.head == tb.head
        and (ta.low != ta.high or tb.low != tb.high)
        and min(a.value or 0, b.value or 0) > 12
        and _close(a, b, 1.15)
        and words >= DIFFERENT_VALUE
        and not (ta.day and tb.day and abs(ta.day - tb.day) > 31)
    )


def _close(a: Figure, b: Figure, ratio: float) -> bool:
    lo, hi = sorted((a.value or 0.0, b.value or 0.0))
    return lo > 0 and hi / lo <= ratio


def _mergeable(
    a: list[int],
    b: list[int],
    figs: list[Figure],
    ts: list[Traits],
    cases: dict[str, frozenset[str]],
    joined: tuple[int, int],
) -> bool:
    """Whether two groups can be one fact: no pair across them is vetoed or far apart in value,
    and the only articles that would newly disagree are those of the pair `joined` that ties the
    groups, when its own values cannot both hold ("more than 300" ~ "nearly 300" ~ 271 makes no
    conflict between "more than 300" and 271: a possible conflict needs its own evidence)."""
    for i in a:
        for j in b:
            case = _same_case(cases, figs[i], figs[j])
            if veto(ts[i], ts[j], figs[i].article_id == figs[j].article_id, case) is not None:
                return False
            if not near((ts[i].low, ts[i].high), (ts[j].low, ts[j].high)):
                return False
    added = _disagreeing(a + b, figs, ts) - _disagreeing(a, figs, ts) - _disagreeing(b, figs, ts)
    i, j = joined
    direct = frozenset((figs[i].article_id, figs[j].article_id))
    return not added or added == {direct} and not fits((ts[i].low, ts[i].high), (ts[j].low, ts[j].high))


def _disagreeing(members: list[int], figs: list[Figure], ts: list[Traits]) -> set[frozenset[str]]:
    """The pairs of articles whose statements in a group cannot both hold, as `_judge` reads
    them: each article's widest span, vague amounts aside."""
    spans: dict[str, tuple[float, float]] = {}
    for k in members:
        if _vague(figs[k]):
            continue
        lo, hi = spans.get(figs[k].article_id, (ts[k].low, ts[k].high))
        spans[figs[k].article_id] = (min(lo, ts[k].low), max(hi, ts[k].high))
    return {frozenset((x, y)) for x, y in combinations(sorted(spans), 2) if not fits(spans[x], spans[y])}


def _judge(
    figs: list[Figure],
    ts: list[Traits],
    weight: dict[str, float],
    metas: dict[str, ArticleMeta],
    sentence: Callable[[Figure], str],
) -> FigureGroup:
    figs_ts = sorted(zip(figs, ts), key=lambda x: (x[0].article_id, x[0].start))
    figs = [f for f, _ in figs_ts]
    label = _label(figs)
    if len(figs) == 1:
        return FigureGroup(label, figs, "single")
    shared = set.intersection(*(set(t.context) for _, t in figs_ts))
    evidence = _words(sorted(shared, key=lambda w: -weight.get(w, 0.0))[:5], figs)
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for f in figs:
        by_article[f.article_id].append(f)
    if len(by_article) == 1:
        return FigureGroup(label, figs, _verdict(figs), [f"stated {len(figs)} times in one article"], [], evidence)
    spans = {a: (min(interval(f)[0] for f in fs), max(interval(f)[1] for f in fs)) for a, fs in by_article.items()}
    conflicts = []
    for a, b in combinations(sorted(by_article), 2):
        if not fits(spans[a], spans[b]) and not any(map(_vague, by_article[a] + by_article[b])):
            fa = min(by_article[a], key=lambda f: _gap(interval(f), spans[b]))
            fb = min(by_article[b], key=lambda f: _gap(interval(f), spans[a]))
            conflicts.append(_conflict(fa, fb, metas, sentence))
    notes = [c.note for c in conflicts]
    verdict: Verdict = "conflict" if conflicts else _verdict(figs)
    if not conflicts:
        notes.append(
            f"{len(figs)} citations in {len(by_article)} articles "
            + (f"all give “{figs[0].text}”" if verdict == "agree" else "fit together")
        )
    return FigureGroup(label, figs, verdict, notes, conflicts, evidence)


def _words(stems: list[str], figs: list[Figure]) -> list[str]:
    """The words behind the stems, as the figures' sentences write them."""
    surface = {stem(w): w for f in reversed(figs) for w in f"{f.context} {f.counts}".lower().split()}
    return [surface.get(s, s) for s in stems]


def _verdict(figs: list[Figure]) -> Verdict:
    return "agree" if len({interval(f) for f in figs}) == 1 else "consistent"


def _gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(0.0, a[0] - b[1], b[0] - a[1])


def _label(figs: list[Figure]) -> str:
    """What the fact counts, in the words of its best-read figure: a noun of its own (not "of
    those …"), an event, the wording most of its figures read ("undocumented residents" twice over
    "The legal term alien in NYC" once), a place or time, short."""
    said = Counter(f.counts for f in figs)
    best = max(
        figs,
        key=lambda f: (
            0 < len(f.counts.split()) <= 12,
            not f.counts.startswith("of "),
            bool(f.reading.event),
            said[f.counts],
            bool(f.reading.place or f.reading.time),
            len(f.counts),
        ),
    )
    return best.counts


def _cite(f: Figure, metas: dict[str, ArticleMeta]) -> str:
    meta = metas.get(f.article_id)
    where = ", ".join(x for x in ((meta.outlet or meta.title[:40]) if meta else f.article_id, meta and meta.date) if x)
    return f"“{f.text}” ({where})"


def _conflict(a: Figure, b: Figure, metas: dict[str, ArticleMeta], sentence: Callable[[Figure], str]) -> Conflict:
    note = f"possible conflict: {_cite(a, metas)} and {_cite(b, metas)} cannot both hold"
    return Conflict(a, b, note, sentence(a), sentence(b))


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` holding [start, end), at most 400 characters of it."""
    a = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    m = _SENTENCE_BREAK.search(text, end, end + 400)
    b = m.start() + 1 if m else min(len(text), end + 400)
    return text[a:b].strip()

"""Who said each quote: the attribution pipeline over one article's marks, sentences and tokens.

1. `QuotedText`   pair quotation marks and keep speech (marks.py), quote-aware sentences, and the
                  text with quote interiors blanked, so words inside quotes never read as attribution
2. `_explicit`    a cue with its speaker after or before the quote, or an intro before it
                                                         (attribution.py, mentions.py, titled.py)
3. `Resolver`     mention → canonical speaker, person or organisation      (resolve.py, cast.py)
4. `_implicit`    continuation, previous sentence's subject, the one voice of the sentence
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import NamedTuple

from ..lexicon.names import GIVEN_NAMES
from ..lexicon.orgs import NOT_ORGS
from ..lexicon.words import (
    CAP_STOP,
    CUE_VERBS,
    DISCOURSE_WORDS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    PREPOSITIONS,
    SAME_DOCUMENT,
    SPOKES,
)
from ..model import Quote
from ..text.clean import Cleaned
from ..text.tokens import Token, Tokens
from .attribution import after_quote, before_quote, sentence_subject
from .confidence import confidence, reason, too_weak, withheld
from .marks import Span, classify, find_spans, marks_view, sentences
from .mentions import Mention, is_cue
from .resolve import Resolver
from .salience import Antecedent, Salience


class Attribution(NamedTuple):
    """Who a quote is given to and how: the canonical speaker, the mention as written, the role,
    the rule that decided (shown by `extract --explain`) and whether it is a person or a body."""

    speaker: str | None
    surface: str | None
    role: str | None
    rule: str
    kind: str | None
    doubt: str = ""  # what speaks against the choice, if anything (confidence.py)


NOBODY = Attribution(None, None, None, "unattributed", None)


_REACH = 200
_FOLLOWING = re.compile(r"\bthe following (?:" + "|".join(DOCUMENT_NOUNS) + r")\b[^.]*\.$", re.I)
_BULLETS = " \t-–—•*·"  # a list item's bullet before a quote: the quote still opens its paragraph
_INDIRECT = frozenset(
    ("spokesperson", "pronoun", "pronoun-last", "org-anaphor", "role-anaphor", "role-cataphor", "document", "unnamed")
)


class QuotedText:
    """One article's text, marks, sentences and tokens, shared by the attribution steps."""

    def __init__(self, cleaned: Cleaned) -> None:
        self.text, self.paras = marks_view(cleaned.text), cleaned.spans
        self.spans = find_spans(self.text, self.paras)
        self.by_para: list[list[Span]] = [[] for _ in self.paras]
        for s in self.spans:
            classify(self.text, s, self.paras[s.paragraph])
            self.by_para[s.paragraph].append(s)
        self.sents = [sentences(self.text, lo, hi, self.by_para[p]) for p, (lo, hi) in enumerate(self.paras)]
        self.marks = [[s.open_mark for s in spans] for spans in self.by_para]
        self.all_sents = [s for para in self.sents for s in para]
        self.masked = _mask(self.text, self.spans)
        self.tokens = Tokens(self.masked)

    def near(self, a: int, b: int, end: bool = True) -> list[Token]:
        """Tokens of [a, b) within _REACH characters of b (end=True) or of a, cut at a space:
        attribution sits close to its quote, and long sentences must not cost quadratic time."""
        if b - a > _REACH and end:
            cut = self.masked.find(" ", b - _REACH, b)
            a = _run_start(self.masked, cut, a) if cut >= 0 else b - _REACH
        elif b - a > _REACH:
            cut = self.masked.rfind(" ", a, a + _REACH)
            b = cut if cut >= 0 else a + _REACH
        return self.tokens.between(a, b)

    def sentence_of(self, q: Span) -> int:
        sents = self.sents[q.paragraph]
        return max(0, bisect_right(sents, (q.open_mark, len(self.text) + 1)) - 1) if sents else 0

    def next_mark(self, q: Span) -> int | None:
        """Opening mark of the next span in q's paragraph."""
        marks = self.marks[q.paragraph]
        k = bisect_right(marks, q.open_mark)
        return marks[k] if k < len(marks) else None


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]* )+$")


def _run_start(text: str, cut: int, lo: int) -> int:
    """A cut at a space moved back to the start of the capitalised words before it (at most 60
    characters, not before lo): a title cut in half ("Attorney | General Jeff Sessions") reads as
    "General" alone."""
    m = _CAPITALISED_BEFORE.search(text, max(lo, cut - 60), cut + 1)
    return max(lo, m.start() - 1) if m is not None else cut


def _unintroduced(m: Mention, resolver: Resolver) -> bool:
    """A one-word "person" the article gives no fuller name for and no given name is: with no
    speech verb by it, a capitalised word that opens a sentence ("Conversations", "Coalition")."""
    name = m.name or ""
    return m.kind == "person" and " " not in name and name not in GIVEN_NAMES and resolver.full_name(name) == name


def _mask(text: str, spans: list[Span]) -> str:
    """The text with every span's interior replaced by spaces (offsets unchanged), and a nickname
    inside a name taken out with its marks, the rest of the name moved up to close the gap, so the
    name reads whole (Marcia "Cia" Price)."""
    pieces, pos = [], 0
    for s in sorted(spans, key=lambda s: s.start):
        if s.start < pos:
            continue
        if (after := _nickname(text, s)) is not None:  # "Robert "Bobby" Scott" → "Robert Scott        "
            pieces += [text[pos : s.open_mark], after.group(1).ljust(after.end() - s.open_mark)]
            pos = after.end()
        else:
            pieces += [text[pos : s.start], " " * (s.end - s.start)]
            pos = s.end
    pieces.append(text[pos:])
    return "".join(pieces)


_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][a-z]+\.? $")
_NICKNAME = re.compile(r"[A-Z][a-z'’.-]*")
_NAME_AFTER = re.compile(r" ([A-Z][a-z][\w'’-]*)")


def _nickname(text: str, s: Span) -> re.Match[str] | None:
    """A single capitalised word in marks between two capitalised words, a nickname inside a name:
    the match of the name's next word."""
    if (
        s.end - s.start < 20
        and _NICKNAME.fullmatch(text, s.start, s.end) is not None
        and _NAME_BEFORE.search(text, max(0, s.open_mark - 20), s.open_mark) is not None
    ):
        return _NAME_AFTER.match(text, s.end + 1)
    return None


def _explicit(art: QuotedText, q: Span) -> tuple[Mention, str] | None:
    """Attribution written around the quote: after it, before it in its sentence, or in the
    sentence ending with a colon just before a paragraph that opens with the quote."""
    lo, _ = art.paras[q.paragraph]
    a, b = art.sents[q.paragraph][art.sentence_of(q)]
    if q.closed:
        nxt = art.next_mark(q)
        found = after_quote(art.masked, art.near(q.end + 1, b if nxt is None else min(b, nxt), end=False))
        if found and found[1] == "dash-name":
            # "…, saying: "Elvira … contigo"--Elvira, the Poles are with you.": after a speaker
            # introduced the quote, a dash glosses it
            return before_quote(art.masked, art.near(a, q.open_mark)) or found
        if found and (found[1] != "quote-name" or art.text[q.end - 1] == ","):
            return found  # a name after a quote with no verb speaks only after a comma: ""…," Fisher."
    found = before_quote(art.masked, art.near(a, q.open_mark))
    if found is None and q.closed:
        found = _sentence_end(art, q, b) or _after_question(art, q, b) or _signature(art, q)
    if found is None and not art.text[a : q.open_mark].strip(_BULLETS):
        found = _cue_of_words_before(art, q)
    if found or art.text[lo : q.open_mark].strip(_BULLETS) or q.paragraph == 0:
        return found
    plo, phi = art.paras[q.paragraph - 1]
    intro = art.text[plo:phi].rstrip()
    last = art.near(*art.sents[q.paragraph - 1][-1]) if art.sents[q.paragraph - 1] else []
    if intro.endswith(":") or intro.endswith(",") and len(last) > 1 and is_cue(last[-2]):
        found = before_quote(art.masked, last, "colon-intro")  # "…, Kieran Donahue, stated," ¶ "…"
        if found or not intro.endswith(":") or sum(t.text[:1].isalpha() for t in last) > 6:
            return found
        # "Mr. Homan highlighted significant progress …" ¶ "Here's what you missed:" ¶ "- "…""
        sents, earlier = art.sents[q.paragraph - 1], art.sents[q.paragraph - 2] if q.paragraph > 1 else []
        before = sents[-2] if len(sents) > 1 else earlier[-1] if earlier else None
        found = before_quote(art.masked, art.near(*before, end=False), "colon-intro") if before else None
        return found if found and found[0].kind in ("person", "org") else None
    if _FOLLOWING.search(intro):  # "A senior DHS official provided the following statement." ¶ "…"
        m = sentence_subject(art.masked, last, ("person", "pronoun", "role", "org"))
        return (m, "colon-intro") if m else None
    return None


def _after_question(art: QuotedText, q: Span, b: int) -> tuple[Mention, str] | None:
    """`"Who are they counting as criminals?" Camille Mackler … told Gothamist.`: a quote that ends
    with its own question or exclamation mark ends the sentence for the splitter, but the
    attribution after it belongs to it (only with a speech verb, and only when nothing before the
    quote introduced it: `Clinton responds to Mills with, "Why now?" Mills then writes back`)."""
    sents = art.sents[q.paragraph]
    k = art.sentence_of(q) + 1
    if art.text[q.end - 1] not in "?!" or art.masked[q.end + 1 : b].strip() or k >= len(sents):
        return None
    nxt = art.next_mark(q)
    end = sents[k][1] if nxt is None else min(sents[k][1], nxt)
    found = after_quote(art.masked, art.near(sents[k][0], end, end=False))
    ok = found is not None and found[1] in ("quote-name-said", "quote-said-name") and found[0].kind in ("person", "org")
    return found if ok else None


# A closing quotation mark, with the stop or comma the quoted words end with.
_CLOSING = re.compile(r"[,.!?]?(?:”|''|\")")


def _cue_of_words_before(art: QuotedText, q: Span) -> tuple[Mention, str] | None:
    """`The plans are ''profoundly irresponsible,'' said Steve Bell, … ''It just leaves guys like
    me speechless.''`: the sentence before ends with a speaker's words too short to be a quote of
    their own, attributed after them; the quote opening the next sentence goes on from them."""
    si = art.sentence_of(q)
    if si == 0:
        return None
    a, b = art.sents[q.paragraph][si - 1]
    ends = [m.end() for m in _CLOSING.finditer(art.text, a, b)]
    if not ends:
        return None
    found = after_quote(art.masked, art.near(ends[-1], b, end=False))
    if found is None or found[1] not in ("quote-said-name", "quote-name-said") or found[0].kind != "person":
        return None
    return found[0], "continuation"


# A paragraph of only a dash and a name: "- Clinton.", "— Sen. Tim Kaine"
_SIGNATURE = re.compile(r"\s*(?:-|--|—|–|―)\s*[A-Z][^\n]{0,60}")


def _signature(art: QuotedText, q: Span) -> tuple[Mention, str] | None:
    """`"I went to Wall Street before the crash. …"` ¶ `- Clinton.`: a quote that ends its
    paragraph, signed by the next paragraph."""
    _, hi = art.paras[q.paragraph]
    if q.paragraph + 1 >= len(art.paras) or art.text[q.end + 1 : hi].strip(" .,\"”’'"):
        return None
    nlo, nhi = art.paras[q.paragraph + 1]
    if not _SIGNATURE.fullmatch(art.text, nlo, nhi):
        return None
    found = after_quote(art.masked, art.near(nlo, nhi, end=False))
    return found if found is not None and found[1] == "dash-name" else None


def _sentence_end(art: QuotedText, q: Span, b: int) -> tuple[Mention, str] | None:
    """`Obama "felt a moral obligation to do something about" climate change, Axelrod said.`: the
    sentence goes on after the quote and closes with its attribution after a comma (no other
    quote in between)."""
    nxt = art.next_mark(q)
    if nxt is not None and nxt < b:
        return None
    toks = art.near(q.end + 1, b)
    for comma in (k for k in range(len(toks) - 1, -1, -1) if toks[k].text == ","):
        found = after_quote(art.masked, toks[comma:])
        if found is not None and found[1] == "quote-name-said":  # not ", told Gothamist": whom he told
            return found[0], "sentence-end"
    return None


# A transcript's speaker label opening the quote: ""PENCE: Well, look, …", ""Q: Why now?"".
_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}|Q|A):\s")


def _label(art: QuotedText, q: Span) -> tuple[Mention, str] | None:
    """The speaker a transcript names at the start of the quote; an interviewer's "Q:" or an
    answer's "A:" names nobody (the quote is the transcript's, not the last speaker's)."""
    m = _LABEL.match(art.text, q.start, q.end)
    if m is None:
        return None
    label = m.group(1)
    if label in ("Q", "A") or label in NOT_ORGS or len(label) < 3:
        return Mention("group", "", m.start(), m.start()), "transcript"
    name = " ".join(w.capitalize() for w in label.split())
    return Mention("person", label, m.start(), m.end(1), name=name), "transcript"


def _document_source(art: QuotedText, resolver: Resolver, m: Mention) -> Attribution | None:
    """Who issued a document the article introduced without quoting it: "In a statement, ICE said
    … " ¶ ""…," the statement said" is ICE. The last sentence within _REACH * 3 characters before
    that names the same kind of document is read for its cue and speaker."""
    if not m.head:
        return None
    names = SAME_DOCUMENT.get(m.head, re.escape(m.head))
    hits = list(re.compile(rf"\b(?:{names})s?\b").finditer(art.masked, max(0, m.start - 3 * _REACH), m.start))
    if not hits:
        return None
    pos = hits[-1].start()
    p = bisect_right(art.paras, (pos, len(art.text) + 1)) - 1
    sents = art.sents[p] if p >= 0 else []
    k = bisect_right(sents, (pos, len(art.text) + 1)) - 1
    if k < 0 or sents[k][1] > m.start:
        return None  # the document is the mention itself or in the quote's own sentence
    found = before_quote(art.masked, art.tokens.between(*sents[k]))
    if found is None or found[0].kind not in ("person", "org") and not (found[0].kind == "doc" and found[0].name):
        return None
    r = resolver.resolve(found[0], found[0].start)
    return Attribution(r.speaker, m.surface, r.role, "document", r.kind) if r.speaker else None


def _between(items: list[tuple], a: int, b: int) -> list[tuple]:
    """Items (sorted, offset first) with offsets in [a, b)."""
    return items[bisect_left(items, (a,)) : bisect_left(items, (b,))]


def _adjacent(art: QuotedText, prev: Span, q: Span) -> bool:
    """Whether q directly follows prev: in the same or the next sentence, or opening the next
    paragraph right after prev ended the last one."""
    if prev.paragraph == q.paragraph:
        return art.sentence_of(q) - art.sentence_of(prev) <= 1
    if prev.paragraph != q.paragraph - 1 or art.sentence_of(q) != 0:
        return False
    if art.sentence_of(prev) == len(art.sents[prev.paragraph]) - 1:
        return True
    rest = art.text[prev.end + 1 : art.paras[prev.paragraph][1]].strip()
    return rest.startswith("(") and rest.endswith(")") and len(rest) < 40  # a list item's "(Watch)"


def _sentence_before(art: QuotedText, q: Span) -> tuple[int, int] | None:
    si = art.sentence_of(q)
    if si > 0:
        return art.sents[q.paragraph][si - 1]
    if q.paragraph > 0 and art.sents[q.paragraph - 1]:
        return art.sents[q.paragraph - 1][-1]
    return None


def _voice_in_sentence(art: QuotedText, resolver: Resolver, q: Span, a: int, b: int) -> Attribution | None:
    """The document the quote's sentence opens with, or the one person or organisation that is a
    clause subject in it, when no cue is near the quote: "Cruz's campaign website dismisses … as
    "…"", "Boasberg barred the administration from deporting "…"", "ICE agents are "denied access
    to jails"". Anyone merely mentioned (after a preposition, as a modifier) does not speak."""
    lead = art.near(a, q.open_mark)
    toks = lead + art.near(q.end, b, end=False)
    if sum(t.text[:1].isalnum() for t in toks) < 3 or any(is_cue(t) for t in toks):
        return None
    doc = sentence_subject(art.masked, lead, ("doc",))
    if doc is not None and (found := resolver.resolve(doc, doc.start)).speaker:
        return Attribution(
            found.speaker, doc.surface, found.role, "document", found.kind
        )  # "Cruz's campaign website …"
    named = _between(resolver.orgs, a, b)
    people = _between(resolver.people, a, b)
    if len({short for _, short, _ in named}) + len({name for _, name in people}) > 4:
        return None  # a crowded sentence has no one voice
    orgs = {short for pos, short, _ in named if _speaks(art, pos, b, q.open_mark)}
    names = {
        resolver.full_name(name) for pos, name in people if pos < q.open_mark and _speaks(art, pos, b, q.open_mark)
    }
    if len(orgs) == 1 and not people:
        return Attribution(orgs.pop(), None, None, "org-implicit", "organisation")
    if len(names) == 1 and not orgs:
        name = names.pop()
        return Attribution(name, None, resolver.roles.get(name), "person-implicit", "person")
    return None


def _subject(salience: Salience, m: Mention) -> Callable[[], Antecedent | None] | None:
    """Whom the sentences before make a "he" or "she" mean (salience.py), read when asked; None
    for other mentions."""
    if m.kind != "pronoun" or m.gender not in ("m", "f"):
        return None
    return lambda: salience.person(m.start, m.gender or "")


def _implicit(
    art: QuotedText,
    resolver: Resolver,
    q: Span,
    prev: tuple[Span, Attribution] | None,
    salience: Salience,
) -> Attribution:
    """The attribution of a quote with no attribution of its own: the quote
    before it goes on, the subject of the sentence before speaks (a person; a document only when
    that sentence reports speech: an organisation reporting something is often followed by other
    people's words), or the one voice in its own sentence."""
    a, b = art.sents[q.paragraph][art.sentence_of(q)]
    lead = art.text[a : q.open_mark].strip(_BULLETS)
    opens_sentence = not lead
    linked = opens_sentence or lead.strip(" ,").lower() in DISCOURSE_WORDS  # "Instead, "…""
    if prev and prev[1].speaker and (q.continued or linked and _adjacent(art, prev[0], q)):
        goes_on = prev[1]._replace(rule="continuation")
        if art.masked[q.end + 1 : b].strip(" .,;:!?\"”’'()") and not goes_on.doubt:  # ""…," mused Stu Burguiere."
            return goes_on._replace(doubt="words after the quote may name someone else")
        return goes_on
    own = _voice_in_sentence(art, resolver, q, a, b)
    if own is not None and own.rule == "person-implicit":
        return own  # "Rep. LaMonica McIver incited people to "shut down the city"": her words, not the last speaker's
    # The paragraph before speaks only into a quote that opens its paragraph: a quote inside a
    # sentence that has its own subject ("The new executive order challenges that … "…"") is not
    # the last speaker's
    if (before := _sentence_before(art, q)) and (art.sentence_of(q) or opens_sentence):
        toks = art.near(*before, end=False)
        kinds = ("person", "pronoun", "role") + (("doc",) if any(map(is_cue, toks)) else ())
        m = sentence_subject(art.masked, toks, kinds)
        if m is not None and (m.kind != "person" or resolver.known(m.name or "")):
            if (found := resolver.resolve(m, m.start, _subject(salience, m))).speaker:
                rule = (
                    "prev-pronoun"  # "He said …" before the quote: right about a quarter of the time
                    if m.kind == "pronoun"
                    else "prev-sentence"
                    if art.sentence_of(q)
                    else "prev-paragraph"  # the last sentence of the paragraph before, reporting speech
                    if any(map(is_cue, toks))
                    else "prev-mention"  # … or only about its subject
                )
                return Attribution(found.speaker, m.surface, found.role, rule, found.kind, found.doubt)
    return own or NOBODY


_WORDS = re.compile(r"[\w'’&-]+")
_DASH_ASIDE = re.compile(r"\s*(?:—|–|--)[^—–]{1,150}?(?:—|–|--)\s*")
_VERB_AFTER = frozenset(
    """is are was were has have had will would can could should may might must does did do
    considers considered deems deemed labels labeled labelled terms termed wants wanted""".split()
)


def _speaks(art: QuotedText, pos: int, b: int, quote: int) -> bool:
    """Whether the organisation or person named at pos is the subject of its clause ("ICE agents
    are "…"", "ICE calls them "…""), so the quoted words (the quote opening at `quote`) can be its
    own; named after a preposition or as a modifier ("a showdown over ICE raids: 'have to come
    through us'") the words are the writer's."""
    before = art.masked[max(0, pos - 20) : pos].split()
    if before and before[-1].lower() in PREPOSITIONS:
        return False
    found = list(_WORDS.finditer(art.masked, pos, min(b, pos + 60)))
    words = [w.group() for w in found]
    k = 0
    while k < len(words) and (
        words[k][0].isupper() and words[k] not in CAP_STOP or words[k] in ("&", "of", "and", "for")
    ):
        k += 1
    if 0 < k < len(words) and (aside := _DASH_ASIDE.match(art.masked, found[k - 1].end(), b)):
        # "Rep. LaMonica McIver — who was charged with "…" — incited": the verb after the aside
        # (the charge quoted inside the aside is not her words)
        if aside.start() <= quote < aside.end():
            return False
        words, k = _WORDS.findall(art.masked, aside.end(), min(b, aside.end() + 40)), 0
    while k < len(words) and (words[k].lower() in GROUP_NOUNS or words[k].lower() in SPOKES):
        k += 1
    return k < len(words) and (
        words[k].lower() in _VERB_AFTER or words[k] in CUE_VERBS or words[k].islower() and words[k].endswith("ed")
    )


def _short_speech(art: QuotedText, q: Span) -> bool:
    """A quote of one to three words that a speech cue attributes directly (""We are furious,"
    Mayor Tom Banks said."): it opens its sentence and ends in punctuation inside the marks, so
    a scare quote or a title ("the "crisis," he said") stays out."""
    if q.reason != "short" or not q.closed or art.text[q.end - 1 : q.end] not in (",", "!", "?"):
        return False
    a, _ = art.sents[q.paragraph][art.sentence_of(q)]
    if art.text[a : q.open_mark].strip():
        return False
    nxt = art.next_mark(q)
    b = art.sents[q.paragraph][art.sentence_of(q)][1]
    found = after_quote(art.masked, art.near(q.end + 1, b if nxt is None else min(b, nxt), end=False))
    return found is not None and found[1] in ("quote-said-name", "quote-name-said") and found[0].kind != "group"


def attribute(art: QuotedText) -> list[Quote]:
    """The article's quotes with their speakers; offsets index the article's text."""
    spans = [s for s in art.spans if s.is_quote or _short_speech(art, s)]
    explicit = [_label(art, q) or _explicit(art, q) for q in spans]
    for i in range(len(spans) - 2, -1, -1):  # a multi-paragraph quote attributed in a later part
        later = explicit[i + 1]
        if (
            explicit[i] is None
            and not spans[i].closed
            and spans[i + 1].continued
            and later
            and later[1] != "transcript"
        ):
            explicit[i] = (later[0], "continuation")
    if not spans:
        return []  # nothing to attribute: skip reading the article's people
    resolver = Resolver(art.masked, [e[0] for e in explicit if e])
    quotes: list[Quote] = []
    prev: tuple[Span, Attribution] | None = None
    salience = Salience(art.masked, art.all_sents, resolver)
    for q, found in zip(spans, explicit):
        if found and found[1] == "colon-intro" and _unintroduced(found[0], resolver):
            found = None  # "Conversations around those kitchen tables …: "…"": no speech verb, no one known
        if found:
            m, rule = found
            r = resolver.resolve(m, m.start, _subject(salience, m))
            how = r.how if r.how in _INDIRECT else rule
            result = Attribution(r.speaker, m.surface, r.role, how, r.kind, r.doubt)
            if r.speaker is None and m.kind == "doc":
                result = _document_source(art, resolver, m) or result
        else:
            result = _implicit(art, resolver, q, prev, salience)
        if result.speaker and too_weak(result.rule, result.doubt):
            why = withheld(result.rule, result.doubt, result.speaker)
            result = NOBODY._replace(surface=result.surface, rule=result.rule, doubt=why)
        prev = (q, result)
        speaker, surface, role, rule, kind, doubt = result
        sure = confidence(rule, doubt) if speaker else 0.0
        if rule == "continuation" and not found and quotes and quotes[-1].confidence < sure:
            sure = quotes[-1].confidence  # a quote that goes on is no surer than its start
            doubt = doubt or "the quote it goes on from is not sure of its speaker either"
        salience.heard(art.sents[q.paragraph][art.sentence_of(q)][0], speaker if kind == "person" else None)
        quotes.append(
            Quote(
                art.text[q.start : q.end],
                q.start,
                q.end,
                q.paragraph,
                speaker,
                surface,
                role,
                rule,
                speaker_kind=kind if speaker else None,
                confidence=sure,
                reason=reason(rule, doubt) if speaker else doubt or reason(rule, ""),
            )
        )
    return quotes

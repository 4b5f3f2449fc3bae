"""Who said it: cue verbs and the noun phrases around them.

Attribution in news follows a handful of shapes: `"…," X said`, `"…," said X, role`, `X said: "…"`,
`X said the agency "…"`, `according to X`. Each shape is a cue (a verb of speaking, or "according
to") with a subject before it or, inverted, after it. The subject is read as a noun phrase and
interpreted as a person (with the role written around the name), a pronoun, an organisation,
an anaphor ("the agency"), a document ("a DHS statement") or an unnamed group ("two officials").
Resolution to a canonical speaker happens in `speakers.Resolver`. All parsing runs on text with
quotation interiors blanked, so words inside quotes never look like attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lex_names import GIVEN_NAMES
from .lex_orgs import ALIASES, ANAPHOR_TYPES, NOT_ORGS, ORG_HEADS, alias_key
from .lex_words import (ADVERBIAL_STARTS, AUTHORING_VERBS, CAP_STOP, CLAUSE_STOPS, CUE_ADVERBS,
                        CUE_VERBS, DETERMINERS, DOCUMENT_NOUNS, FEMALE_ROLES, GROUP_NOUNS,
                        MALE_ROLES, NAME_LINKS, NAME_PARTICLES, PARTICIPLE_CUES, PREPOSITIONS, PRONOUNS, ROLE_WORDS,
                        SPOKES, TITLE_ABBREVIATIONS)

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_][\w'’]*(?:[-&][\w'’]+|\.(?![A-Z])[\w'’]+)*\.?|[^\w\s]")
class Token:
    """A word or mark; `cap` is a capitalised word that can be part of a name."""

    __slots__ = ("text", "start", "end", "low", "cap")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end, self.low = text, start, end, text.lower()
        self.cap = text[:1].isupper() and text not in CAP_STOP and text.rstrip(".") not in CAP_STOP


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


_PARTY = re.compile(r"[DRI]-[A-Z][a-z]{1,4}\.")


def keeps_full_stop(word: str) -> bool:
    """Whether a word ending in a full stop owns it ("U.S.", "Sen.", "J.", "D-Calif.")."""
    return (len(word) <= 2 or "." in word[:-1] or word[:-1].lower() in TITLE_ABBREVIATIONS
            or bool(_PARTY.fullmatch(word)))


def tokenize(text: str, lo: int, hi: int) -> list[Token]:
    """Words and punctuation marks; a word keeps a full stop only when it belongs to it
    ("U.S.", "Sen.", "J.", "D-Calif."), not when it ends the sentence ("said Lucero.")."""
    out = []
    for m in _TOKEN.finditer(text, lo, hi):
        t, start, end = m.group(), m.start(), m.end()
        if t[-1] == "." and not keeps_full_stop(t):
            out += (Token(t[:-1], start, end - 1), Token(".", end - 1, end))
        else:
            out.append(Token(t, start, end))
    return out


def _is_head(t: Token) -> bool:
    low = t.low.removesuffix("'s").removesuffix("’s")
    return low in ROLE_WORDS or low in GROUP_NOUNS or low in DOCUMENT_NOUNS or low in ANAPHOR_TYPES


def np_word(t: Token) -> bool:
    return t.cap or t.low in ROLE_WORDS or _is_head(t)


def _modifies_role(toks: list[Token], k: int) -> bool:
    """A lower-case word inside a title, before its role word: "legal director", "deputy press
    secretary" (so "ACLU of Michigan legal director Michael Steinberg" reads as one phrase)."""
    t = toks[k]
    return (t.text.isalpha() and t.text.islower() and t.text not in CUE_VERBS and t.low not in PREPOSITIONS
            and t.low not in DETERMINERS and any(x.low in ROLE_WORDS for x in toks[k + 1:k + 3]))


def find_org(words: list[str]) -> str | None:
    """Short name of the longest known organisation named inside a run of words."""
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            if words[i][:1].isupper() and (short := ALIASES.get(alias_key(" ".join(words[i:i + n])))):
                return short
    return None


def interpret(toks: list[Token]) -> Mention | None:
    """Decide what a noun phrase names; None when it is no speaker at all."""
    if not toks:
        return None
    surface_span = (toks[0].start, toks[-1].end)
    body = toks[1:] if toks[0].low in DETERMINERS else toks
    if not body:
        return None
    words = [t.text for t in body]
    lows = [w.lower().removesuffix("’s").removesuffix("'s") for w in words]

    def mk(kind: str, **fields: str | None) -> Mention:
        return Mention(kind, "", surface_span[0], surface_span[1], **fields)

    if len(body) == 1 and lows[0] in PRONOUNS and toks[0] is body[0]:
        return mk("pronoun", head=lows[0], gender=PRONOUNS[lows[0]])
    org = find_org(words)
    roles = [i for i, w in enumerate(lows) if w in ROLE_WORDS and not (i and words[i - 1] in GIVEN_NAMES)]
    if roles and roles[-1] + 1 < len(body):
        name = body[roles[-1] + 1:]
        if name[0].cap and name[-1].cap and all(t.cap and not find_org([t.text]) or t.low in NAME_PARTICLES
                                                for t in name):
            role = " ".join(words[:roles[-1] + 1])
            gender = "f" if FEMALE_ROLES.intersection(lows) else "m" if MALE_ROLES.intersection(lows) else None
            return mk("person", name=" ".join(t.text for t in name), role=role, gender=gender)
    head = lows[-1]
    if head in DOCUMENT_NOUNS:
        owner = next((w for w in words[:-1] if w.endswith(("'s", "’s")) and w[0].isupper()), None)
        return mk("doc", name=org or (owner[:-2] if owner else None), head=head)
    # Officials and spokespeople speak for their organisation; an agent or officer speaks for
    # no one but themselves ("a Border Patrol agent who asked not to be named").
    speaks_for = any(w in SPOKES or w in ("official", "officials") for w in lows)
    if head in GROUP_NOUNS and head not in ROLE_WORDS:
        local = head == "police" and body[0].cap and not org
        if local:
            return mk("org", name=" ".join(words))
        return mk("org", name=org) if org and speaks_for else mk("group", head=head)
    if roles and roles[-1] == len(body) - 1 or any(w in SPOKES for w in lows):
        if org and speaks_for:
            return mk("org", name=org)
        return mk("role", role=" ".join(words), head=lows[roles[-1]] if roles else head)
    if org and (len(body) == 1 or all(t.cap or t.low in NAME_LINKS or t.text == "&" for t in body)):
        return mk("org", name=org)
    if head in ANAPHOR_TYPES and toks[0].low == "the":
        return mk("anaphor", head=head)
    if all(t.cap or t.low in NAME_LINKS for t in body) and body[-1].cap:
        if len(body) == 1 and body[0].text.isupper() and len(body[0].text) > 1:
            return None if body[0].text in NOT_ORGS else mk("org", name=body[0].text)
        if body[-1].text.rstrip(".") in ORG_HEADS or any(w in ORG_HEADS for w in words):
            return mk("org", name=" ".join(words))
        shouting = len(body) > 1 and all(w.isupper() for w in words)  # a dateline: "MEXICO CITY"
        if len(body) <= 5 and not shouting and not any(t.low in NAME_LINKS - NAME_PARTICLES for t in body):
            return mk("person", name=" ".join(words))
    return None


def _finish(m: Mention | None, text: str, role_span: tuple[int, int] | None) -> Mention | None:
    if m is None:
        return None
    if role_span and m.kind in ("person", "role"):
        extra = text[role_span[0]:role_span[1]].strip(" ,()")
        extra = re.sub(r"^(?:an?|the)\s+", "", extra)
        m.role = f"{m.role}, {extra}" if m.role else extra
        m.end = role_span[1]
    m.surface = text[m.start:m.end].strip(" ,")
    return m


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


def is_cue(t: Token) -> bool:
    return t.text in CUE_VERBS or t.low == "according"


def _linked(toks: list[Token], k: int) -> bool:
    """Whether the link words from k ("of", "de la") lead on to another name word."""
    while k < len(toks) and toks[k].low in NAME_LINKS:
        k += 1
    return k < len(toks) and np_word(toks[k])


def np_after(text: str, toks: list[Token], i: int, pronoun_ok: bool = True) -> tuple[Mention | None, int]:
    """The noun phrase starting at token i, with an appositive role after it; (mention, next index)."""
    j = i + 1 if i < len(toks) and toks[i].low in DETERMINERS else i
    if j == i and j < len(toks) and toks[j].low in PRONOUNS:
        return (_finish(interpret(toks[j:j + 1]), text, None) if pronoun_ok else None), j + 1
    k = j
    while k < len(toks) and (np_word(toks[k]) or (toks[k].low in NAME_LINKS and k > j and _linked(toks, k))
                             or k > j and _modifies_role(toks, k)):
        k += 1
    if k == j:
        return None, i
    m = interpret(toks[i:k])
    if m is not None and m.kind == "doc":
        return _finish(m, text, None), _doc_author(text, toks, k, m)
    role = _appositive(toks, k) or _parenthetical(toks, k)
    m = _finish(m, text, role)
    if role and m is not None and m.end == role[1]:
        while k < len(toks) and toks[k].end <= role[1]:
            k += 1
    return m, k


def _doc_author(text: str, toks: list[Token], k: int, doc: Mention) -> int:
    """A document speaks for its author when the text names one: "a statement from the Alliance",
    "a letter signed by 25 judges" (an unnamed author: no speaker). Returns the next token index."""
    j = k + 1 if k + 1 < len(toks) and toks[k].low in AUTHORING_VERBS and toks[k + 1].low == "by" else k
    if j >= len(toks) or toks[j].low not in ("from", "by"):
        return k
    author, end = np_after(text, toks, j + 1, pronoun_ok=False)
    if author is not None and author.kind in ("person", "org") and author.name:
        doc.name, doc.end = author.name, author.end
        doc.surface = text[doc.start:doc.end].strip(" ,")
        return end
    if doc.name is None:
        doc.kind = "group"
    return j + 1


def subject_before(text: str, toks: list[Token], v: int, lo: int = 0) -> Mention | None:
    """The subject of the cue verb at token v: `ICE spokesman Henry Lucero said`, `Voltornist, a
    spokesman for DHS, said`, `campaigners who said`; adverbs and adverbial commas are skipped."""
    j = v - 1
    while j >= lo and toks[j].low in CUE_ADVERBS:
        j -= 1
    role, seg = None, []
    if j >= lo and toks[j].text == ")":
        k = next((k for k in range(j - 1, max(lo, j - 8) - 1, -1) if toks[k].text == "("), None)
        if k is None or k == j - 1:
            return None
        role, j = (toks[k].start, toks[j].end), k - 1
    elif j >= lo and toks[j].text == ",":
        k = j - 1
        while k >= lo and toks[k].text != "," and j - k < 25:
            k -= 1
        if k < lo or toks[k].text != "," or k + 1 >= j:
            return None
        if toks[k + 1].low not in ADVERBIAL_STARTS and toks[k + 1].low not in PREPOSITIONS \
                and toks[k + 1].low not in ("who", "which"):
            role, seg = (toks[k + 1].start, toks[j - 1].end), toks[k + 1:j]
        j = k - 1
    if j >= lo and toks[j].low == "who":
        j -= 2 if j - 1 >= lo and toks[j - 1].text == "," else 1
    if j < lo:
        return None
    if not np_word(toks[j]) and toks[j].low not in PRONOUNS:
        j = _skip_participle(toks, j, lo)
    if toks[j].low in PRONOUNS:
        return _finish(interpret(toks[j:j + 1]), text, None)
    i = j
    while i >= lo and (np_word(toks[i]) or (toks[i].low in NAME_LINKS and i < j and i > lo and np_word(toks[i - 1]))
                       or i < j and i > lo and _modifies_role(toks, i) and np_word(toks[i - 1])):
        i -= 1
    named = interpret(seg) if seg and all(t.cap for t in seg) else None
    if i == j:  # no subject before the commas: "the plant's owner, Midwest Premium Meats, said"
        return _finish(named, text, None) if named is not None and named.kind in ("person", "org") else None
    if i >= lo and toks[i].low in DETERMINERS:
        i -= 1
    m = interpret(toks[i + 1:j + 1])
    if named is not None and named.kind == "person" and (m is None or m.kind != "person"):
        # "An ICE spokesman, Carl Benson, said": the name is in the commas, the role before them.
        named.role = re.sub(r"^(?:an?|the)\s+", "", text[toks[i + 1].start:toks[j].end])
        named.start, named.end = toks[i + 1].start, seg[-1].end
        return _finish(named, text, None)
    m = _finish(m, text, role)
    if m is not None and role:
        m.surface = text[m.start:role[1]].strip(" ,")
    return m


def _skip_participle(toks: list[Token], j: int, lo: int) -> int:
    """Step back over a reduced relative between subject and verb: `a DHS memo obtained by
    reporters described` → the token before "obtained"."""
    for k in range(j, max(lo, j - 6), -1):
        if not toks[k].text[:1].isalnum():
            break
        if toks[k].low.endswith(("ed", "en")) and np_word(toks[k - 1]):
            return k - 1
    return j


_SOME = frozenset("one two three another some many several".split())


def _described_name(text: str, toks: list[Token], i: int) -> Mention | None:
    """`said the acting director of the Seattle field office, Drew Bostock.`: a description, a
    comma, then the name closing the clause; the description becomes the role."""
    comma = next((k for k in range(i, min(i + 14, len(toks))) if toks[k].text in ",.;:"), None)
    if comma is None or toks[comma].text != "," or comma == i:
        return None
    end = comma + 1
    while end < len(toks) and toks[end].cap:
        end += 1
    if end - comma - 1 not in (1, 2, 3, 4) or (end < len(toks) and toks[end].text not in ".,;"):
        return None
    m = interpret(toks[comma + 1:end])
    if m is None or m.kind != "person":
        return None
    m.role = re.sub(r"^(?:an?|the)\s+", "", text[toks[i].start:toks[comma - 1].end])
    m.start = toks[i].start
    return _finish(m, text, None)


def _unnamed(toks: list[Token], i: int, j: int) -> Mention:
    """A speaker the text gives but that names no one ("said one woman", "a neighbor said"): the
    quote is attributed, to nobody in particular, so no earlier speaker may be carried over."""
    start, end = (toks[i].start, toks[j - 1].end) if j > i else (toks[i - 1].end, toks[i - 1].end)
    return Mention("group", "", start, end)


def after_quote(text: str, toks: list[Token]) -> tuple[Mention, str] | None:
    """Attribution right after a closing mark: `, X said`, `, said X`, `, according to X`, `, X.`"""
    i = 0
    while i < len(toks) and toks[i].text in ",—–-)":
        i += 1
    if i >= len(toks):
        return None
    if toks[i].low == "according" and i + 1 < len(toks) and toks[i + 1].text == "to":
        m, _ = np_after(text, toks, i + 2)
        return (m, "according-to") if m else None
    if is_cue(toks[i]):
        m, k = np_after(text, toks, i + 1, pronoun_ok=False)
        if m is None or m.kind != "person":
            m = _described_name(text, toks, i + 1) or m
        if m is None and i + 1 < len(toks) and toks[i + 1].low in PRONOUNS:
            m, k = np_after(text, toks, i + 1)
            if k < len(toks) and toks[k].text not in ".,;":
                m = None
        return (m or _unnamed(toks, i + 1, min(i + 4, len(toks)))), "quote-said-name"
    if toks[i].text.islower() and toks[i].low.endswith("ed") and i + 1 < len(toks) and toks[i + 1].cap:
        m, _ = np_after(text, toks, i + 1, pronoun_ok=False)  # an unlisted verb: "…," assured Carlos Ruiz
        if m is not None and m.kind == "person" and " " in (m.name or ""):
            return m, "quote-said-name"
    m, k = np_after(text, toks, i)
    if m is None:  # "…," one woman said.
        if toks[i].low not in DETERMINERS and toks[i].low not in _SOME:
            return None
        cue = next((k for k in range(i, min(i + 6, len(toks))) if not toks[k].text[:1].isalnum() or is_cue(toks[k])), None)
        return (_unnamed(toks, i, cue), "quote-name-said") if cue and is_cue(toks[cue]) else None
    while k < len(toks) and toks[k].low in CUE_ADVERBS:
        k += 1
    if k < len(toks) and toks[k].text in CUE_VERBS and toks[k].text not in PARTICIPLE_CUES:
        return m, "quote-name-said"
    if m.kind == "person" and (k >= len(toks) or toks[k].text in ".;"):
        return m, "quote-name"
    return None


def before_quote(text: str, toks: list[Token], rule: str = "name-said-quote") -> tuple[Mention, str] | None:
    """The nearest cue before the quote in its sentence that has a speaker: `X said the agency "…"`,
    `said X, adding that "…"`, `According to X, "…"`. Participles ("adding") defer to an earlier cue."""
    participle = None
    for v in range(len(toks) - 1, -1, -1):
        t = toks[v]
        if t.text in PARTICIPLE_CUES and v > 0 and toks[v - 1].text == ",":
            participle = v if participle is None else participle
            continue
        if not is_cue(t):
            continue
        if t.low == "according":
            if v + 1 < len(toks) and toks[v + 1].text == "to":
                m, _ = np_after(text, toks, v + 2)
                if m:
                    return m, "according-to"
            continue
        m = subject_before(text, toks, v)
        if m is None:
            m, _ = np_after(text, toks, v + 1, pronoun_ok=False)
            if m is not None and m.kind not in ("person", "org", "role"):
                m = None
        if m is not None:
            return m, rule
        if t.text in CUE_VERBS and t.text not in PARTICIPLE_CUES and v + 1 < len(toks) \
                and toks[v + 1].text in (",", ":") and v + 2 == len(toks):
            return _unnamed(toks, max(0, v - 3), v), rule  # "one woman, who gave no name, said: "…""
    if participle is not None:  # "Trump weighed in on Truth Social, writing that the deal was "…""
        m = sentence_subject(text, toks[:participle], ("person", "pronoun", "role", "org", "anaphor"))
        return (m, "participle") if m else None
    if len(toks) >= 2 and toks[-1].text == ":":
        m, k = np_after(text, toks, 0)
        if m is not None and k == len(toks) - 1 and m.kind in ("person", "org"):
            return m, "colon-name"  # a headline's "Homan: 'We will not back down'"
        m = sentence_subject(text, toks[:-1], ("person", "pronoun", "org"))
        if m is not None:
            return m, "colon-intro"  # "Jones disagreed: "…""
    return None


def sentence_subject(text: str, toks: list[Token],
                     kinds: tuple[str, ...] = ("person", "pronoun", "role")) -> Mention | None:
    """The person a sentence opens with, after conjunctions and an adverbial: `Homan defended…`."""
    i = 0
    while i < len(toks) and toks[i].low in ("and", "but", "so", "still", "yet", "meanwhile", ","):
        i += 1
    if i < len(toks) and (toks[i].low in ADVERBIAL_STARTS or toks[i].low in PREPOSITIONS):
        while i < len(toks) and toks[i].text != ",":
            i += 1
        i += 1
    m, _ = np_after(text, toks, i)
    if m is None and (comma := next((c for c in range(i, min(i + 5, len(toks))) if toks[c].text == ","), None)):
        end = comma + 1  # an appositive name: "His wife, Grace Okafor, spoke"
        while end < len(toks) and toks[end].cap:
            end += 1
        named = end < len(toks) and toks[end].text == ","
        m = _finish(interpret(toks[comma + 1:end]), text, None) if named else None
    return m if m is not None and m.kind in kinds else None

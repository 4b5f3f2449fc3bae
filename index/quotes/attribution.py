"""Who said it: the cue shapes of reported speech around a quote.

Attribution in news follows a handful of shapes: `"…," X said`, `"…," said X, role`, `X said: "…"`,
`X said the agency "…"`, `according to X`. Each shape is a cue (a verb of speaking, or "according
to") with a subject before it or, inverted, after it. The subject is read as a noun phrase by
`mentions.py`; resolution to a canonical speaker happens in `resolve.Resolver`.
"""

from __future__ import annotations

from ..lexicon.names import STATE_ABBREVIATIONS, STATE_NAMES
from ..lexicon.words import (
    ADVERBIAL_STARTS,
    CUE_ADVERBS,
    CUE_VERBS,
    DETERMINERS,
    NAME_LINKS,
    PARTICIPLE_CUES,
    PHRASAL_CUES,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
)
from ..text.tokens import Token, is_possessive, strip_article
from .marks import MARKS
from .mentions import Mention, finish, interpret, is_cue, modifies_role, np_after, np_word
from .titled import described_name, final_name, in_charge, title_name_before_cue, title_then_name

_ASIDE_DASHES = frozenset("—–")


def subject_before(text: str, toks: list[Token], v: int, lo: int = 0) -> Mention | None:
    """The subject of the cue verb at token v: `ICE spokesman Henry Lucero said`, `Voltornist, a
    spokesman for DHS, said`, `campaigners who said`; adverbs and adverbial commas are skipped."""
    j = v - 1
    while j >= lo and toks[j].low in CUE_ADVERBS:
        j -= 1
    role, seg = None, []
    if j >= lo and toks[j].text in _ASIDE_DASHES:  # "Rep. McIver — who was charged with "…" — urged"
        k = next((k for k in range(j - 1, max(lo, j - 25) - 1, -1) if toks[k].text in _ASIDE_DASHES), None)
        if k is None or k == j - 1:
            return None
        m = subject_before(text, toks, k, lo)  # a person: "The group—whose ranks …—noted" may be anyone
        return m if m is not None and m.kind == "person" else None
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
        if (
            toks[k + 1].low not in ADVERBIAL_STARTS
            and toks[k + 1].low not in PREPOSITIONS
            and toks[k + 1].low not in ("who", "which")
        ):
            role, seg = (toks[k + 1].start, toks[j - 1].end), toks[k + 1 : j]
        j = k - 1
    if j >= lo and toks[j].low == "who":
        j -= 2 if j - 1 >= lo and toks[j - 1].text == "," else 1
        if j >= lo and toks[j + 1].text == "," and (named := _person_before_apposition(text, toks, j, lo)):
            return named  # "Brandon Judd, president of the National Border Patrol Council, who told"
    if j < lo:
        return None
    if not np_word(toks[j]) and toks[j].low not in PRONOUNS:
        j = _skip_participle(toks, j, lo)
    if toks[j].low in PRONOUNS:
        return finish(interpret(toks[j : j + 1]), text, None)
    i = j
    while i >= lo and (
        np_word(toks[i])
        or (toks[i].low in NAME_LINKS and i < j and i > lo and np_word(toks[i - 1]))
        or in_charge(toks, i)  # "Special Agent in Charge Robert Casey"
        or i < j
        and i > lo
        and modifies_role(toks, i)
        and np_word(toks[i - 1])
    ):
        i -= 1
    named = interpret(seg) if seg and all(t.cap for t in seg) else None
    if i == j:  # no subject before the commas: "the plant's owner, Midwest Premium Meats, said"
        return finish(named, text, None) if named is not None and named.kind in ("person", "org") else None
    if i >= lo and toks[i].low in DETERMINERS:
        i -= 1
    m = interpret(toks[i + 1 : j + 1])
    if (m is None or m.kind != "person") and not seg and (titled := final_name(text, toks[i + 1 : j + 1])):
        return titled  # "the FBI Boston Division Jodi Cohen said"
    if named is not None and named.kind == "person" and (m is None or m.kind != "person"):
        # "An ICE spokesman, Carl Benson, said": the name is in the commas, the role before them.
        named.role = strip_article(text[toks[i + 1].start : toks[j].end])
        named.start, named.end = toks[i + 1].start, seg[-1].end
        return finish(named, text, None)
    m = finish(m, text, role)
    if m is not None and role:
        m.surface = text[m.start : role[1]].strip(" ,")
    return m


def _person_before_apposition(text: str, toks: list[Token], j: int, lo: int) -> Mention | None:
    """The person named before an apposition that ends at token j ("Brandon Judd, president of the
    National Border Patrol Council"), with the apposition as role; None if no person is."""
    k = next((k for k in range(j, max(lo, j - 15) - 1, -1) if not toks[k].text[:1].isalnum()), None)
    if k is None or toks[k].text != "," or k == j:
        return None
    i = k - 1
    while i >= lo and np_word(toks[i]):
        i -= 1
    m = interpret(toks[i + 1 : k]) if i + 1 < k else None
    return finish(m, text, (toks[k + 1].start, toks[j].end)) if m is not None and m.kind == "person" else None


def _skip_participle(toks: list[Token], j: int, lo: int) -> int:
    """Step back over a reduced relative between subject and verb: `a DHS memo obtained by
    reporters described` → the token before "obtained"."""
    for k in range(j, max(lo, j - 6), -1):
        if not toks[k].text[:1].isalnum():
            break
        if toks[k].low.endswith(("ed", "en")) and np_word(toks[k - 1]):
            return k - 1
    return j


_DASHES = frozenset("— – ― -".split())
_BULLETS = frozenset("- – — • * ·".split())
_SOME = frozenset("one two three another some many several".split())


def _unnamed(toks: list[Token], i: int, j: int) -> Mention:
    """A speaker the text gives but that names no one ("said one woman", "a neighbor said"): the
    quote is attributed, to nobody in particular, so no earlier speaker may be carried over."""
    start, end = (toks[i].start, toks[j - 1].end) if j > i else (toks[i - 1].end, toks[i - 1].end)
    return Mention("group", "", start, end)


def after_quote(text: str, toks: list[Token]) -> tuple[Mention, str] | None:
    """Attribution right after a closing mark: `, X said`, `, said X`, `, according to X`, `, X.`"""
    i = 0
    while i < len(toks) and toks[i].text in ",—–―-)":
        i += 1
    if i >= len(toks):
        return None
    if toks[i].low in _PHRASE_STARTS and (c := _phrase_end(toks, i)):  # "…" in the 2008 primary, said X
        return after_quote(text, toks[c:])
    if toks[i].low == "according" and i + 1 < len(toks) and toks[i + 1].text == "to":
        m, _ = np_after(text, toks, i + 2)
        return (m, "according-to") if m else None
    if is_cue(toks[i]):
        m, k = np_after(text, toks, i + 1, pronoun_ok=False)
        if m is None or m.kind != "person" or _runs_on(m, toks, k):
            m = described_name(text, toks, i + 1) or title_then_name(text, toks, i + 1) or m
        if m is None and i + 1 < len(toks) and toks[i + 1].low in PRONOUNS:
            m, k = np_after(text, toks, i + 1)
            if k < len(toks) and toks[k].text not in ".,;":
                m = None
        return (m or _unnamed(toks, i + 1, min(i + 4, len(toks)))), "quote-said-name"
    if toks[i].text.islower() and toks[i].low.endswith(("ed", "s")) and i + 1 < len(toks) and toks[i + 1].cap:
        m, k = np_after(text, toks, i + 1, pronoun_ok=False)  # an unlisted verb: "…," assured Carlos Ruiz
        if m is None or m.kind != "person" or " " not in (m.name or "") or _runs_on(m, toks, k):
            m = title_then_name(text, toks, i + 1) or m  # "…," mused Valley Voices co-host Derek Simms
        if m is not None and m.kind == "person" and " " in (m.name or ""):
            return m, "quote-said-name"
    m, k = np_after(text, toks, i)
    if (m is None or m.kind != "person") and (titled := title_name_before_cue(text, toks, i)):
        return titled, "quote-name-said"
    if m is None:  # "…," one woman said.
        if toks[i].low not in DETERMINERS and toks[i].low not in _SOME:
            return None
        cue = next(
            (k for k in range(i, min(i + 6, len(toks))) if not toks[k].text[:1].isalnum() or is_cue(toks[k])), None
        )
        return (_unnamed(toks, i, cue), "quote-name-said") if cue and is_cue(toks[cue]) else None
    if m.kind == "person":
        k = _affiliation_end(toks, k)
        if toks[k : k + 1] and toks[k].text == "(" and toks[k + 2 : k + 3] and toks[k + 2].text == ")":
            k += 3 + (k + 3 < len(toks) and toks[k + 3].text == ",")  # "… Project (IRAP), told"
    while k < len(toks) and toks[k].low in CUE_ADVERBS:
        k += 1
    if k < len(toks) and (toks[k].text in CUE_VERBS and toks[k].text not in PARTICIPLE_CUES or _phrasal_cue(toks, k)):
        return m, "quote-name-said"
    if m.kind == "person" and (k >= len(toks) or toks[k].text in ".;"):
        dash = any(t.text in _DASHES for t in toks[:i])
        return m, "dash-name" if dash else "quote-name"  # "…" ― Christina Lastra
    if m.kind == "person" and "," in (toks[k - 1].text, toks[k].text) and _cue_after_aside(toks, k):
        return m, "quote-name-said"  # "…," Cruz, who has proposed repealing the mandate, said
    return None


def _affiliation_end(toks: list[Token], k: int) -> int:
    """Past a name's affiliation before its cue ("Mr. Morgan of the Sierra Club said", "Ana Ruiz
    of Tucson says", "Carlos from the already-unionized Beverly Wilshire hotel told", "Carlos
    Garcia with Puente Arizona said"): "of", "from" or "with" and at most six words; else k."""
    if k >= len(toks) or toks[k].low not in ("of", "from", "with"):
        return k
    j = next((j for j in range(k + 1, min(k + 8, len(toks))) if not toks[j].text[:1].isalnum() or is_cue(toks[j])), k)
    return j if j > k + 1 and is_cue(toks[j]) else k


def _runs_on(m: Mention, toks: list[Token], k: int) -> bool:
    """Whether a name read after a cue runs on into a title, so it is an organisation or place
    before the person's name: "said Make the Road New York co-director Javier Valdes"."""
    if k >= len(toks) or toks[k].text in ".,;:":
        return False
    return " " not in (m.name or "") or "-" in toks[k].text and toks[k].text.islower() or toks[k].low in ROLE_WORDS


_ISSUING = frozenset("issued released".split())


def _phrasal_cue(toks: list[Token], k: int) -> bool:
    """A speech verb of two words at k: "Trump went on", "as Ridge put it:", "Noem shot back";
    or the issuing of a statement: "Governor Cuomo then issued a statement, "…"."""
    if toks[k].low in _ISSUING:
        return [t.low for t in toks[k + 1 : k + 3]] in (["a", "statement"], ["the", "statement"])
    return k + 1 < len(toks) and PHRASAL_CUES.get(toks[k].low) == toks[k + 1].low


_PHRASE_STARTS = frozenset("in on at during after before".split())


def _phrase_end(toks: list[Token], i: int) -> int | None:
    """The comma closing a short adverbial phrase at i ("in the 2008 primary,"), if a cue or a
    name follows it; None otherwise."""
    c = next((c for c in range(i + 1, min(i + 10, len(toks) - 1)) if not toks[c].text[:1].isalnum()), None)
    if c is None or toks[c].text != "," or not (is_cue(toks[c + 1]) or toks[c + 1].cap):
        return None
    return c


def _cue_after_aside(toks: list[Token], k: int) -> bool:
    """Whether a cue verb follows an aside after a name: ", who has proposed …, said", ",
    assistant secretary of state for population, refugees, and migration, said"."""
    for c in range(k, min(k + 30, len(toks) - 1)):
        t = toks[c]
        if t.text in ".;:!?()—–" or t.text in MARKS or c > k and is_cue(t):
            return False
        if t.text == "," and is_cue(toks[c + 1]) and toks[c + 1].text not in PARTICIPLE_CUES:
            return True
    return False


def before_quote(text: str, toks: list[Token], rule: str = "name-said-quote") -> tuple[Mention, str] | None:
    """The nearest cue before the quote in its sentence that has a speaker: `X said the agency "…"`,
    `said X, adding that "…"`, `According to X, "…"`. Participles ("adding") defer to an earlier cue."""
    participle = None
    for v in range(len(toks) - 1, -1, -1):
        t = toks[v]
        if t.text in PARTICIPLE_CUES and v > 0 and _clause_opens(toks, v):  # '“secret police,” calling'
            participle = v if participle is None else participle
            continue
        if (
            not (is_cue(t) or _phrasal_cue(toks, v))
            or _aside(toks, v)
            or t.low.startswith("continu")
            and toks[v + 1 : v + 2]
            and toks[v + 1].low == "to"
        ):
            continue  # "Rubio will continue to be "…"" reports no speech
        if t.low == "according":
            if v + 1 < len(toks) and toks[v + 1].text == "to":
                m, _ = np_after(text, toks, v + 2)
                if m:
                    return m, "according-to"
            continue
        m = subject_before(text, toks, v)
        if v > 1 and toks[v - 1].text == "," and (opening := _opening_person(text, toks, v)):
            if m is None or m.start > opening.start:
                m = opening  # "Dean Johnson, a salesman from Sumter, South Carolina, says"
        if m is None and v > 1 and toks[v - 1].low == "and":
            m = _coordinated_subject(text, toks, v)
        if m is None and t.low not in _ADDRESSED:  # "my predecessor … tells Putin, quote, "…"": Putin is told
            m, _ = np_after(text, toks, v + 1, pronoun_ok=False)
            if m is not None and m.kind not in ("person", "org", "role"):
                m = None
        if m is None and v > 1 and toks[v - 1].text == ",":
            m = _coordinated_subject(text, toks, v)  # a headline's "Leavitt defends ICE, says agents "…""
            m = m if m is not None and m.kind in ("person", "org") else None
        if m is not None:
            return m, rule
        if (
            t.text in CUE_VERBS
            and t.text not in PARTICIPLE_CUES
            and v + 1 < len(toks)
            and toks[v + 1].text in (",", ":")
            and v + 2 == len(toks)
        ):
            return _unnamed(toks, max(0, v - 3), v), rule  # "one woman, who gave no name, said: "…""
    if participle is not None:  # "Trump weighed in on Truth Social, writing that the deal was "…""
        m = sentence_subject(text, toks[:participle], ("person", "pronoun", "role", "org", "anaphor"))
        return (m, "participle") if m else None
    if len(toks) >= 2 and toks[-1].text == ":":
        lead = 1 if toks[0].text in _BULLETS else 0  # a list of statements: "- Omar: "…""
        m, k = np_after(text, toks, lead)
        if m is not None and k == len(toks) - 1 and m.kind in ("person", "org"):
            return m, "colon-name"  # a headline's "Homan: 'We will not back down'"
        if (titled := final_name(text, toks[lead:-1])) and all(
            t.text[:1].isupper() or t.low in NAME_LINKS for t in toks[lead:-1]
        ):
            return titled, "colon-name"  # "- Minneapolis City Council Member Aisha Chughtai: "…""
        m = sentence_subject(text, toks[:-1], ("person", "pronoun", "org", "group"))
        if m is not None:
            return m, "colon-intro"  # "Jones disagreed: "…"", "The attorneys stated in a filing: "…""
    m, k = np_after(text, toks, 0) if toks else (None, 0)
    if m is not None and m.kind == "person" and k < len(toks) - 1 and toks[k].text == ":":
        return m, "colon-name"  # a headline's "Lyons: ERO Boston 'relentless …'"
    return None


def _clause_opens(toks: list[Token], v: int) -> bool:
    """Whether a participle at v opens a clause of its own: after a comma, closing mark or dash,
    with an adverb between ("…people — correctly noting the "…"")."""
    k = v - 1 - (v > 1 and toks[v - 1].low.endswith("ly"))
    return toks[k].text in ',”"—–'


def _opens_sentence(text: str, i: int) -> bool:
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in '.!?\n"”:'


def _opening_person(text: str, toks: list[Token], v: int) -> Mention | None:
    """The person a sentence opens with, set off by a comma from a chain of asides before its cue
    verb at v: "Willie Minor, an actor in Dallas, who runs a theater company, recalled", "Clinton,
    during a town hall in Columbus, Ohio, said" (the last aside is a place or a body, not the
    speaker). Not when the aside adds people ("Obama, Clinton and Sanders, all Democrats, said")."""
    i = 0
    if toks and toks[0].low in ADVERBIAL_STARTS | PREPOSITIONS:
        i = next((c + 1 for c in range(min(v, 12)) if toks[c].text == ","), v)
    if i >= v or not _opens_sentence(text, toks[i].start):
        return None
    k = i
    while k < v and (toks[k].cap or toks[k].low in NAME_LINKS and k > i):
        k += 1
    if k == i or k >= v - 1 or toks[k].text != ",":
        return None
    aside = next((c for c in range(k + 1, v) if toks[c].text == ","), v)
    if any(t.low in ("and", "or", "but") or t.text in ";:—" or is_cue(t) for t in toks[k + 1 : v - 1]) or (
        aside == v - 1 and all(t.cap for t in toks[k + 1 : aside])
    ):
        return None  # a clause of its own, more people, or one name in commas ("The mayor, Jo Ruiz, said")
    m = interpret(toks[i:k])
    return finish(m, text, None) if m is not None and m.kind == "person" else None


def _coordinated_subject(text: str, toks: list[Token], v: int) -> Mention | None:
    """The subject of a cue verb that is the second of two verbs sharing it: `Noem called the judge
    an "activist" and wrote: "…"`, `Leavitt defends ICE tactics, says agents "…"`."""
    start = max((k + 1 for k in range(v - 1) if toks[k].text in ";:"), default=0)
    return sentence_subject(text, toks[start : v - 1], ("person", "pronoun", "role", "org"))


def _aside(toks: list[Token], v: int) -> bool:
    """Whether the cue at v is in an "As X reported," aside that a main clause follows before the
    quote ("As the Center reported, the original release listed what DHS called "…"")."""
    start = max((k + 1 for k in range(v) if toks[k].text == ","), default=0)
    comma = next((k for k in range(v + 1, len(toks)) if toks[k].text == ","), None)
    return toks[start].low == "as" and comma is not None and len(toks) - comma > 4


def _after_affiliation(text: str, toks: list[Token], i: int) -> Mention | None:
    """The person after a capitalised possessive the sentence opens with: "Iowa State
    University's Dianne Bystrom agreed" (a full name; "Trump's Mexico trip" names no one)."""
    p = i
    while p < min(i + 6, len(toks)) and toks[p].text[:1].isupper() and not is_possessive(toks[p].text):
        p += 1
    if p >= len(toks) or not toks[p].text[:1].isupper() or not is_possessive(toks[p].text):
        return None
    m, _ = np_after(text, toks, p + 1, pronoun_ok=False)
    return m if m is not None and m.kind == "person" and " " in (m.name or "") else None


_DAY_WORDS = frozenset("today yesterday tonight".split())
# Cue verbs whose object is the one spoken to, never the speaker.
_ADDRESSED = frozenset("tell tells told telling ask asks asked asking".split())


def _more_adverbial(toks: list[Token], i: int) -> int | None:
    """The comma closing a further piece of an opening adverbial at i: a state after its town
    ("Iowa,") or a phrase starting with a preposition ("on Sunday,"); None if i starts the clause."""
    c = next((c for c in range(i, min(i + 5, len(toks))) if toks[c].text == ","), None)
    if c is None or c == i:
        return None
    place = c == i + 1 and (toks[i].low in STATE_NAMES or toks[i].text.rstrip(".") in STATE_ABBREVIATIONS)
    return c if place or toks[i].low in PREPOSITIONS else None


def sentence_subject(
    text: str, toks: list[Token], kinds: tuple[str, ...] = ("person", "pronoun", "role")
) -> Mention | None:
    """The person a sentence opens with, after conjunctions and an adverbial: `Homan defended…`."""
    i = 2 if len(toks) > 2 and toks[0].text.isupper() and len(toks[0].text) > 2 and toks[1].text in _DASHES else 0
    while i < len(toks) and toks[i].low in ("and", "but", "so", "still", "yet", "meanwhile", ","):
        i += 1  # after a dateline ("WASHINGTON — The Department … said") and conjunctions
    if i + 1 < len(toks) and toks[i].low in _DAY_WORDS and toks[i + 1].text[:1].isupper():
        i += 1  # "Today Attorney General Jeff Sessions issued …": a day word with no comma after it
    elif i < len(toks) and (toks[i].low in ADVERBIAL_STARTS or toks[i].low in PREPOSITIONS):
        while i < len(toks) and toks[i].text != ",":
            i += 1
        i += 1
        while (c := _more_adverbial(toks, i)) is not None:
            i = c + 1  # "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …"
    m, _ = np_after(text, toks, i)
    if m is None:
        m = _after_affiliation(text, toks, i)
    if m is None and (comma := next((c for c in range(i, min(i + 5, len(toks))) if toks[c].text == ","), None)):
        end = comma + 1  # an appositive name: "His wife, Grace Okafor, spoke"
        while end < len(toks) and toks[end].cap:
            end += 1
        named = end < len(toks) and toks[end].text == ","
        m = finish(interpret(toks[comma + 1 : end]), text, None) if named else None
    return m if m is not None and m.kind in kinds else None

"""Numbers that quantify: counts, percentages, fractions, money, durations and vague quantities.

A candidate is any numeral or number word; it is then extended with what belongs to it (a
qualifier before, a scale, unit, range end or hyphenated compound after) and dropped when its
context shows it names or dates something instead of counting it.

Value conventions: `value` is a float; percentages keep their number ("40 percent" → 40.0, unit
"percent"); money is in units of the currency ("$16.4 million" → 16400000.0, unit "USD");
fractions are decimals rounded to three places ("about a third" → 0.333, unit "fraction");
vague plurals are one unit of their size, a lower bound ("hundreds" → 100, "dozens" → 12,
"tens of thousands" → 10000); ranges take their lower bound with qualifier "between";
hyphenated compounds take their number and unit ("four-day" → 4.0, unit "days"); "two and a
half" is 2.5. `value_max` is the upper end of a range ("nine to 35 months" → 9.0 and 35.0) and
None otherwise. Numerals and their values are read in `numbers.py`, what a figure counts in
`counts.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..lexicon.numbers import (
    COMPOUND_UNITS,
    COUNT_NOUNS,
    CURRENCIES,
    CURRENCY_WORDS,
    MONTHS,
    NAME_BEFORE,
    ONE_BEFORE,
    ONE_IDIOMS,
    ONE_IDIOMS_AFTER,
    ORDINAL_FRACTIONS,
    PERCENT_WORDS,
    QUALIFIERS,
    RELATIVE_TIME_AFTER,
    TIME_UNITS,
    YEAR,
    ZERO_IDIOMS,
)
from ..lexicon.words import CAP_STOP, CUE_VERBS, DETERMINERS
from ..model import Figure
from ..text.tokens import looks_title_case
from .counts import Context, counts_of
from .numerals import CORE, starts, value_of

_PERCENT = re.compile(r"\s?(?:%|(?:" + "|".join(PERCENT_WORDS) + r")\b)", re.I)
_CURRENCY_WORD = re.compile(r"\s+(" + "|".join(CURRENCY_WORDS) + r")\b", re.I)
_COMPOUND = re.compile(r"-([a-z]+)(?:-(old|long))?\b")
_RANGE_TAIL = re.compile(r"\s*(?:-|–|to|and|or)\s*(?=\S)")
# A time unit after a number makes it a duration or an age: "31 months", "17 years old", "seven
# days a week", "one year and one day"; not "11 day laborers".
_TIME_UNIT = re.compile(
    r"\s+(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s?)\b(?!\s+labou?rers?\b)"
    r"(?P<old>\s+old\b)?(?:\s+(?:a|per)\s+(?:day|week|month|year)\b)?"
    r"(?P<more>\s+and\s+(?:a|one|\d+)\s+(?P<smaller>day|week|month)s?\b)?",
    re.I,
)
# A number in words that ends as an ordinal: "twenty-first", "two hundred and forty-ninth".
_ORDINAL_TAIL = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|tieth|hundredth|thousandth)$",
    re.I,
)
_YEAR_BEFORE = re.compile(r"\b(?:year|Lord)\s+$", re.I)


def _year_in_words(text: str, start: int, value: float) -> bool:
    """A year written out after "the year" or "of our Lord" (proclamations)."""
    return 1000 <= value <= 2999 and _YEAR_BEFORE.search(text, max(0, start - 12), start) is not None


_SPAN_RANK = {"second": 0, "minute": 1, "hour": 2, "day": 3, "week": 4, "month": 5, "year": 6, "decade": 7}
# Names numbered in a list: "Terminals 1, 4, 5, 7 and 8", "Sections 3 and 4".
_NAME_LIST = re.compile(r"([A-Za-z.]+)\s+\d{1,4}(?:\s*,\s*\d{1,4})*(?:\s*,\s*|,?\s+(?:and|or|&)\s+)$")
_RATIO = re.compile(r"\s+(?:in|out\s+of)\s+(?=\S)")
_HYPHEN_HALF = re.compile(r"-and-a-half\b", re.I)
_HYPHEN_RANGE = re.compile(r"-(?:to|or)-(?=\w)", re.I)
_REPEATED = re.compile(r"\s+and\s+([a-z]+s)\b", re.I)
# "an hour and a half": the half belongs to the hour (no numeral), "2716 W. Division": an address.
_UNIT_AND = re.compile(r"\b(?:second|minute|hour|day|week|month|year)s?\s+and\s+(?:an?\s+)?$", re.I)
_COMPASS = re.compile(r"\s+(?:[NSEW]|[NS][EW])\.?\s+[A-Z]")
_AND_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
# "ranging from 9 to 35", "anywhere from 100 to 200": a range, not a change from one to the other
_RANGING = re.compile(r"\b(?:rang\w*|var(?:y|ies|ied|ying)|anywhere)\s+from\s+$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+ages\s+of\s+)?$", re.I)
_PHONE = re.compile(
    r"\(?\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b|1-\d{3}-\d{3}-\d{4}\b|(?:1-)?\d{3}-(?=[A-Z\d-]*[A-Z])[A-Z\d]+(?:-[A-Z\d]+)+\b"
)  # "(212) 555-0100", "1-866-347-2423", "866-DHS-2-ICE"
_TIME = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)|:\d", re.I)
_STREET = re.compile(
    r"(?:\s+[A-Z][\w.]*){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Road|Rd\.|Drive|"
    r"Lane|Ln\.|Way|Place|Plaza|Court|Parkway|Pkwy\.|Highway|Square|Terrace)"
)
_DATE_TAIL = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"\s*(?:and|to|through|-|–)\s*$",
    re.I,
)
_DATE_LINKS = ("and", "to", "through", "-", "–")  # _DATE_TAIL ends with one: the word before the number does
_ATTACHED = re.compile(r"-\d|\(\w\)")
_SERVICE = re.compile(r"[2-9]11")
# The (up to) three words after a figure, in one match: what _excluded reads after it.
_NEXT_THREE = re.compile(r"([\w'’.]+)(?:[^\w'’.]+([\w'’.]+))?(?:[^\w'’.]+([\w'’.]+))?")
_OVER_ANOTHER = re.compile(r"one\b[^.;,]{0,60}?\b(?:over|than|from|against|to)\s+another\b", re.I)
_ANOTHER = re.compile(r",\s+(?:while|and|but)\s+(?:another|the other)\b", re.I)
# A full stop that ends a sentence, not an initial's ("8 U.S.C. 1373" stays a headline).
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?]\s")
# Statute sections: the same numeral elsewhere in the article names the statute too.
_UNTIL = frozenset("through thru to until till".split())
_STATUTE_HINTS = ("U.S.C", "USC", "C.F.R", "Section ", "section ", "§")
_STATUTE = re.compile(r"(?:U\.S\.C\.|USC|C\.F\.R\.|[Ss]ection|§)\s*(\d{2,5})\b")


def _sentence_start(text: str, lo: int, i: int) -> bool:
    """Whether offset i begins a sentence (or follows a colon or an opening quotation mark)."""
    k = i - 1
    while k >= lo and text[k] == " ":
        k -= 1
    return k < lo or text[k] in ".!?:\"“”‘’'—–"


def _prev_word(text: str, i: int) -> str:
    words = text[max(0, i - 30) : i].rsplit(None, 1)
    return words[-1] if words else ""


_QUALIFIERS_BY_LAST: dict[str, list[str]] = {}  # last word → the qualifiers ending with it, longest first
for _q in QUALIFIERS:
    _QUALIFIERS_BY_LAST.setdefault(_q.rsplit(" ", 1)[-1], []).append(_q)


def _qualifier(text: str, lo: int, s: int) -> tuple[int, str] | None:
    """(start, qualifier) of a qualifier right before offset s ("more than", "nearly"): only the
    qualifiers ending with the word before s are tried."""
    if s <= lo or text[s - 1] != " ":
        return None
    before = text[max(lo, s - 24) : s].lower()
    for q in _QUALIFIERS_BY_LAST.get(before[:-1].rsplit(" ", 1)[-1], ()):
        n = len(q) + 1
        if before.endswith(q + " ") and (len(before) == n or not before[-n - 1].isalnum()) and s - n >= lo:
            return s - n, q
    return None


def _indefinite_one(text: str, lo: int, start: int, prev: str, words: list[str]) -> bool:
    """Whether "one" is the indefinite or the pronoun ("one of the", "no one", "said one woman",
    "one day", "one should") rather than a count ("we had one officer", "one is being referred")."""
    low_prev = prev.lower().strip("“\"‘'(")
    if low_prev in ONE_BEFORE or low_prev in CUE_VERBS:
        return True
    if not words or not text[start + 3 : start + 4].isspace():
        return True  # "like this one." / "one," end a phrase
    window = text[start : start + 160]
    if "other" in window and (_ANOTHER.search(re.split(r"[.;]", window, maxsplit=1)[0]) or _OVER_ANOTHER.match(window)):
        return True  # "One victim died …, while another was shot", "one religion over another"
    if words[0] in ONE_IDIOMS_AFTER:
        before = text[max(lo, start - 20) : start].lower().split()
        return not (words[0] in TIME_UNITS and before[-2:-1] and before[-2].rstrip("s") in TIME_UNITS)
    return any(w in CUE_VERBS for w in words[:3])  # "one woman said"; "One said that he …" is someone


def _excluded(
    text: str,
    number: re.Match[str],
    end: int,
    para_start: int,
    para_end: int,
    prev: str,
    low_prev: str,
    qualified: bool,
    in_title: bool,
) -> bool:
    """Whether context shows the number names, dates or addresses something instead of counting.
    `number` is the core match and `end` where the figure ends (after its unit or range);
    `prev` is the word before it and `low_prev` that word lowercased, once for all the tests
    below; `in_title` says the paragraph is a Title Case headline, where capitals say nothing."""
    start, core, digits = number.start(), number.group(), number.group("dig")
    before = text[start - 1] if start > para_start else " "
    after = text[end] if end < para_end else " "
    if (
        before.isalnum()
        or before in "#'’_"
        or (before in "-/.:" and start - 2 >= para_start and text[start - 2].isalnum())
    ):
        return True  # MS-13, COVID-19, 9/11, '90s, #1, version 2.0, the minutes of 4:30
    if after.isalpha() or after in "/_" or (after in "-(" and _ATTACHED.match(text, end)):
        return True  # 1st, 1990s, 24/7, 287(g), 555-1234
    if before == "(" and after == ")" and start - 2 >= para_start and text[start - 2] in ")abcdefghijklmnopqrstuvwxyz":
        return True  # "212(a)(3)(C)": a subsection of a statute
    nxt = _NEXT_THREE.search(text, end, end + 40) if after == " " else None
    words = [w.lower().rstrip(".") for w in nxt.groups() if w] if nxt else []
    if digits:
        if len(digits) >= 7 and digits.isdigit() and not number.group("dscale"):
            return True  # 1234567890123: a tweet, status, case or account number, not a count
        if _TIME.match(text, end) or _STREET.match(text, end) or low_prev in NAME_BEFORE:
            return True
        if len(digits) >= 3 and _COMPASS.match(text, end):
            return True  # "2716 W. Division": a street number
        if low_prev[-1:] == "," or low_prev in ("and", "or", "&"):
            lead = _NAME_LIST.search(text, max(para_start, start - 60), start)
            if lead and lead.group(1).lower().rstrip("s") in NAME_BEFORE:
                return True  # "Terminals 1, 4, 5, 7 and 8": every number of the list names one
        if words and words[0] in ("u.s.c", "c.f.r", "usc", "cfr", "stat"):
            return True  # 8 U.S.C. 1357: a statute
        if _SERVICE.fullmatch(digits) and (
            low_prev in ("call", "dial", "calling", "dialed", "called")
            or words[:1] in (["call"], ["calls"], ["dispatcher"], ["operator"])
        ):
            return True  # 911, 311: a phone service
        if (
            low_prev in MONTHS
            or low_prev.rpartition("-")[2] in MONTHS  # "post-September 11"
            or words
            and words[0] in MONTHS
            or low_prev.endswith(_DATE_LINKS)
            and _DATE_TAIL.search(text, max(para_start, start - 25), start)
        ):
            return True  # "Oct. 3", "January 6 and 8"
        if YEAR.fullmatch(digits) and len(words) >= 2 and words[0] in _UNTIL and YEAR.fullmatch(words[1]):
            return True  # "approximately 1989 through 1990": a period, however it is qualified
        counted = qualified and low_prev not in ("under", "over", "around", "about", "some")
        if (
            YEAR.fullmatch(digits)
            and not (number.group("cur") or counted or number.group("dscale"))
            and not (words and words[0] in COUNT_NOUNS)
        ):
            return True  # a year: "in 2019", "the 1798 law", "under 1798 law"
        if (
            prev[:1].isupper()
            and prev.strip("“\"‘'(") not in CAP_STOP
            and not qualified
            and not in_title
            and not (words and (words[0] in TIME_UNITS or words[0] == "times"))
            and prev[-1:].isalnum()
            and not prev.endswith(("'s", "’s", "ing"))
        ):
            return True  # Fox 5, Apollo 11, Trump 2020
    elif core[:1].isupper() and not in_title and not _sentence_start(text, para_start, start):
        return True  # a number word inside a name ("the Chicago Seven")
    low_core = core.lower()
    if (
        low_core in ("a half", "half")
        and low_prev in ("and", "a")
        and _UNIT_AND.search(text, max(para_start, start - 14), start)
    ):
        return True  # "an hour and a half": no numeral to hold the half
    if low_core == "one" and end == number.end() and not qualified:
        if _indefinite_one(text, para_start, start, prev, words):
            return True
    if low_core == "zero" and words[:1] and words[0] in ZERO_IDIOMS:
        return True
    if (
        number.group("frac")
        and not qualified
        and low_core.split()[-1] in ORDINAL_FRACTIONS
        and low_core.split()[0] in ("a", "one")
        and words
        and words[0] not in ("of", "less", "more", "fewer", "were", "are", "have", "had", "the")
        and text[end : end + 1] == " "
    ):
        return True  # "a third victim", "a fourth remains a fugitive": ordinals, not shares
    if (
        len(words) >= 2
        and words[0] in TIME_UNITS
        and low_prev != "for"
        and (
            words[1] in ("earlier", "later")
            or (words[1] in RELATIVE_TIME_AFTER and len(words) > 2 and words[2] in DETERMINERS)
        )
    ):
        return True  # "three weeks before the end": a point in time
    return False


def _extend(
    text: str, m: re.Match[str], hi: int, value: float, unit: str | None, prev: str
) -> tuple[int, float, float | None, str | None] | None:
    """Unit, hyphenated compound, ratio, "and a half" or range after the core: (end, value, upper
    end of a range or None, unit); None for an idiom ("one-time"). `prev` is the word before the
    number ("between", "from")."""
    j = m.end()
    if (pm := _PERCENT.match(text, j, hi)) and unit != "fraction":
        unit = "percentage points" if "point" in pm.group().lower() else "percent"
        j = pm.end()
    elif (cm := _CURRENCY_WORD.match(text, j, hi)) and unit is None:
        unit = CURRENCY_WORDS[cm.group(1).lower()]
        j = cm.end()
    elif text.startswith("-", j) and (hm := _HYPHEN_HALF.match(text, j, hi)):
        return hm.end(), value + 0.5, None, unit  # "two-and-a-half hours"
    elif (
        text.startswith("-", j) and (tm := _HYPHEN_RANGE.match(text, j, hi)) and (to := CORE.match(text, tm.end(), hi))
    ):
        upper = value_of(to)[0]
        return to.end(), value, upper if upper > value else None, unit  # "an eight-to-ten lawyer rotation"
    elif (rep := _REPEATED.match(text, j, hi)) and rep.group(1).lower() == m.group().lower():
        return rep.end(), value, None, unit  # "thousands and thousands": one vague amount, said twice
    elif text.startswith("-", j) and (cm := _COMPOUND.match(text, j, hi)):
        word = cm.group(1)
        if m.group().lower() == "one" and (word not in COMPOUND_UNITS or word in ONE_IDIOMS):
            return None
        unit = ("years" if cm.group(2) == "old" else word.rstrip("s") + "s") if word in TIME_UNITS else unit
        return cm.end(), value, None, unit
    elif half := _AND_HALF.match(text, j, hi):  # "two and a half years"
        return half.end(), value + 0.5, None, unit
    rm = _RATIO.match(text, j, hi)
    second = CORE.match(text, rm.end(), hi) if rm and value <= 10 else None
    if second and (second.group("dig") or second.group("words")) and not YEAR.fullmatch(second.group()):
        return second.end(), round(value / (value_of(second)[0] or 1), 3), None, "fraction"
    tm = _RANGE_TAIL.match(text, j, hi)
    sep = tm.group().strip() if tm else ""
    if not (
        sep == "and"
        and _BETWEEN.search(text, max(0, m.start() - 30), m.start())
        or sep == "to"
        and (prev != "from" or _RANGING.search(text, max(0, m.start() - 30), m.start()))
        or sep in ("-", "–")
        and m.group("dig")
        or sep == "or"
        and value < 1000
    ):
        return j, value, None, unit
    assert tm is not None  # a separator was read
    second = CORE.match(text, tm.end(), hi)
    if (
        not second
        or not (second.group("dig") or second.group("words"))
        or sep in ("-", "–")
        and not second.group("dig")
        or second.group("cur")
        and not m.group("cur")
        or unit == "percent"
        and not _PERCENT.match(text, second.end(), hi)
    ):
        return j, value, None, unit  # "up by 20% to $4.5 billion" is two figures
    upper, k = value_of(second)[0], second.end()
    if sep == "or" and not value < upper <= 3 * value:
        return j, value, None, unit  # "two or three", "three or four years"; not "one or 20"
    if (pm := _PERCENT.match(text, k, hi)) and unit in (None, "percent"):
        unit, k = "percent", pm.end()
    return k, value, upper if upper > value else None, unit  # "5-2" is a vote, not a range


def _candidates(text: str, lo: int, hi: int):
    """Core matches at digits and number words of one paragraph, skipping phone numbers and
    anything inside a URL or e-mail address."""
    pos = lo
    for s in starts(text, lo, hi):
        if s < pos:
            continue
        s -= 3 if text.startswith("US$", s - 3) else 1 if s > lo and text[s - 1] in CURRENCIES else 0
        if text[s].isdigit() or text[s] in CURRENCIES or text[s] == "U":
            if phone := _PHONE.match(text, s - 1 if s > lo and text[s - 1] == "(" else s, hi):
                pos = phone.end()
                continue
            chunk = text[text.rfind(" ", lo, s) + 1 : max(text.find(" ", s, hi), s)]
            if "@" in chunk or "://" in chunk or "www." in chunk:
                continue
        if m := CORE.match(text, s, hi):
            yield m


def _headline(text: str, lo: int, hi: int) -> bool:
    """A paragraph that is a Title Case headline, where capitals say nothing: short, no sentence
    in it, no closing stop."""
    return (
        hi - lo < 250
        and text[hi - 1 : hi] not in ".\"”’'"
        and looks_title_case(text[lo:hi])
        and not _SENTENCE_END.search(text, lo, hi)
    )


def _list_item(text: str, lo: int, hi: int) -> bool:
    """A paragraph that is an item of a list a colon introduced ("• 30 had prior convictions;")."""
    return lo < hi and (text[lo] in "•-*–·" or text[lo].isdigit())


def _rounded(value: float) -> float:
    """A value to six decimals, as stored; a whole number (most are) is already, and `round`
    to digits goes through a decimal string."""
    return value if value.is_integer() else round(value, 6)


def find_figures(text: str, paragraphs: list[tuple[int, int]], sentences: list[list[tuple[int, int]]]) -> list[Figure]:
    """Every figure of the article, in text order, with value, qualifier, unit and what it counts.
    What a figure counts may come from the figure before it in its paragraph, or from the line
    that introduced a list."""
    out: list[Figure] = []
    ctx = Context()
    named = {m.group(1) for m in _STATUTE.finditer(text)} if any(k in text for k in _STATUTE_HINTS) else set()
    for p, (lo, hi) in enumerate(paragraphs):
        titled: bool | None = None  # a Title Case headline: read when the paragraph has a number
        ctx.noun = ctx.event = None
        ctx.by_unit.clear()
        if ctx.group and ctx.group_until >= lo - 2 and _list_item(text, lo, hi):
            ctx.group_until = hi
        pos = lo
        for m in _candidates(text, lo, hi):
            if m.start() < pos:
                continue
            if titled is None:
                titled = _headline(text, lo, hi)
            value, unit, vague_upper = value_of(m)
            m_start = m.start()
            prev = _prev_word(text, m_start)
            low_prev = prev.lower()
            q = _qualifier(text, lo, m_start)
            ext = _extend(text, m, hi, value, unit, low_prev)
            if ext is None or _excluded(text, m, ext[0], lo, hi, prev, low_prev, q is not None, titled):
                continue
            end, value, value_max, unit = ext
            if m.group("dig") == text[m_start:end] and m.group("dig") in named:
                continue  # "1373" after "8 U.S.C. 1373": the statute again
            if m.group("words") and (_ORDINAL_TAIL.search(text, m_start, end) or _year_in_words(text, m_start, value)):
                pos = end  # none of its words is a figure either
                continue  # "the two hundred and forty-ninth", "the year of our Lord two thousand twenty-five"
            read_to = end  # what the figure counts is read after its number, before a time unit
            if unit is None and not m.group("cur") and (tu := _TIME_UNIT.match(text, end, hi)):
                word = tu.group("unit").lower()
                unit, end = ("years" if word.startswith("decade") else word.rstrip("s") + "s"), tu.end()
                if tu.group("more") and _SPAN_RANK[tu.group("smaller").lower()] >= _SPAN_RANK[word.rstrip("s")]:
                    end = tu.start("more")  # "60 months and 36 months": two terms; "5 years and 3 months" is one
                if word.startswith("decade"):
                    value, value_max = value * 10, None if value_max is None else value_max * 10
            pos = end
            start, qualifier = q if q and value_max is None else (m_start, None)
            if value_max is None and vague_upper is not None:
                value_max = vague_upper  # "hundreds": 100 to 999, a range with no qualifier
            elif value_max is not None:
                qualifier = "between"
                if re.search(r"between\s+$", text[max(lo, start - 10) : start], re.I):
                    start = text.rindex("between", lo, start)  # "between 800 and 1,000"; not "the ages of"
            k = bisect_right(sentences[p], (start, hi + 1)) - 1
            sent = sentences[p][k] if k >= 0 else (lo, hi)
            counts, reading, context = counts_of(text, start, read_to, end, sent, unit, ctx, titled)
            out.append(
                Figure(
                    text[start:end],
                    start,
                    end,
                    p,
                    _rounded(value),
                    qualifier,
                    unit,
                    counts,
                    value_max=None if value_max is None else _rounded(value_max),
                    reading=reading,
                    context=context,
                )
            )
    return out

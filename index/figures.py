"""Numbers that quantify: counts, percentages, fractions, money, durations and vague quantities.

A candidate is any numeral or number word; it is then extended with what belongs to it (a
qualifier before, a scale, unit, range end or hyphenated compound after) and dropped when its
context shows it names or dates something instead of counting it.

Value conventions: `value` is a float; percentages keep their number ("40 percent" → 40.0, unit
"percent"); money is in units of the currency ("$16.4 million" → 16400000.0, unit "USD");
fractions are decimals rounded to three places ("about a third" → 0.333, unit "fraction");
vague plurals are one unit of their size, a lower bound ("hundreds" → 100, "dozens" → 12,
"tens of thousands" → 10000); ranges take their lower bound with qualifier "between";
hyphenated compounds take their number and unit ("four-day" → 4.0, unit "days").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .lex_numbers import (COMPOUND_UNITS, COUNTS_AUX, COUNTS_LEADS, COUNTS_SKIP, COUNTS_STOPS,
                          COUNT_NOUNS, CURRENCIES, CURRENCY_WORDS, FRACTIONS, MONTHS, NAME_BEFORE,
                          ONE_IDIOMS, ONE_UNITS, PERCENT_WORDS, QUALIFIERS, RELATIVE_TIME_AFTER,
                          SCALES, SHORT_SCALES, TENS_WORDS, TIME_UNITS, UNITS_WORDS, VAGUE)
from .lex_words import CAP_STOP, DETERMINERS
from .model import Figure

_UNITS = "|".join(UNITS_WORDS)
_TENS = "|".join(TENS_WORDS)
_SCALE = "hundred|thousand|million|billion|trillion"
# A number in words: a base ("two", "twenty-one"; "a" only before a scale), then scales each
# optionally followed by one more base: "two hundred fifty thousand", "a dozen", "three million".
_BASE = rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS})"
_NUMW = rf"(?:{_BASE}|an?(?=\s+(?:{_SCALE}|dozen)\b))(?:[\s-]+(?:{_SCALE}|dozen)(?:(?:\s+and)?\s+{_BASE}\b)?)*"
_FRAC = "|".join(FRACTIONS)
_CORE = re.compile(
    rf"(?P<halfa>\bhalf\s+an?\s+(?:{_SCALE}|dozen)\b)"
    rf"|(?P<cur>US\$|\$|€|£)?(?P<dig>(?<![\d.,])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<dscale>{_SCALE})\b|(?P<short>k|m|mn|bn)\b)?"
    rf"|(?P<frac>\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:{_FRAC})\b|\bhalf\b)"
    rf"|(?P<vague>\b(?:tens\s+of\s+(?:thousands|millions)|(?:hundreds|thousands)\s+of\s+(?:thousands|millions)"
    rf"|dozens|hundreds|thousands|millions|billions)\b)"
    rf"|(?P<words>\b{_NUMW}\b)",
    re.I,
)
_PERCENT = re.compile(r"\s?(?:%|(?:" + "|".join(PERCENT_WORDS) + r")\b)", re.I)
_CURRENCY_WORD = re.compile(r"\s+(" + "|".join(CURRENCY_WORDS) + r")\b", re.I)
_COMPOUND = re.compile(r"-([a-z]+)(?:-(old|long))?\b")
_RANGE_TAIL = re.compile(r"\s*(?:-|–|to|and)\s*(?=\S)")
_RATIO = re.compile(r"\s+(?:in|out\s+of)\s+(?=\S)")
_PHONE = re.compile(r"\(?\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b|1-\d{3}-\d{3}-\d{4}\b")


def _trie(words: list[str]) -> str:
    """A regex alternation of words factored by common prefixes ("t(?:en|wo|hree)"): the
    regex engine tries far fewer branches at each position than with a flat alternation."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        group = "(?:" + "|".join(alts) + ")"
        return group + "?" if "" in node else group
    return emit(tree)


_START_WORDS = [*UNITS_WORDS, *TENS_WORDS, *SCALES, *VAGUE, "dozen", "half"]
_START = re.compile(r"(?<![\d.,])\b(?:[0-9]|" + _trie([w for v in _START_WORDS for w in (v, v.capitalize())])
                    + rf"\b|[Aa]n?\s+(?=(?:{_SCALE}|dozen|{_FRAC})\b))")
_TIME = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)|:\d", re.I)
_STREET = re.compile(r"(?:\s+[A-Z][\w.]*){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Road|Rd\.|Drive|"
                     r"Lane|Ln\.|Way|Place|Court|Parkway|Pkwy\.|Highway|Square)")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
def _words_value(s: str) -> float:
    total, current = 0.0, 0.0
    for w in re.findall(r"[a-z]+", s.lower()):
        if w in UNITS_WORDS:
            current += UNITS_WORDS[w]
        elif w in TENS_WORDS:
            current += TENS_WORDS[w]
        elif w in ("a", "an"):
            current += 1
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0.0
    return total + current


def _value(m: re.Match[str]) -> tuple[float, str | None]:
    """Numeric value and unit of a core match."""
    g = m.groupdict()
    if g["halfa"]:
        return _words_value(g["halfa"].split()[-1]) / 2, None
    if g["dig"]:
        v = float(g["dig"].replace(",", ""))
        if g["dscale"]:
            v *= SCALES[g["dscale"].lower()]
        if g["short"]:
            v *= SHORT_SCALES[g["short"].lower()]
        return v, CURRENCIES.get(g["cur"] or "")
    if g["frac"]:
        parts = re.split(r"[\s-]", g["frac"].lower())
        num = 1.0 if parts[0] == "half" else _words_value(parts[0]) or 1.0
        return round(num / FRACTIONS[parts[-1]], 3), "fraction"
    if g["vague"]:
        words = g["vague"].lower().split()
        return float(VAGUE[words[0]] * (VAGUE[words[-1]] if len(words) > 1 else 1)), None
    return _words_value(g["words"]), None


_ATTACHED = re.compile(r"-\d|\(\w\)")
_SERVICE = re.compile(r"[2-9]11")
_NEXT = re.compile(r"[\w'’.]+")
_PLACE_BEFORE = re.compile(r"((?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*)\s*\($")
_WORDS = re.compile(r"[\w'’.-]+")
_TAIL = re.compile(r"[^\W_][\w'’.-]*|[,;:()]")


def _sentence_start(text: str, lo: int, i: int) -> bool:
    """Whether offset i begins a sentence (or follows a colon or an opening quotation mark)."""
    k = i - 1
    while k >= lo and text[k] == " ":
        k -= 1
    return k < lo or text[k] in ".!?:\"“”‘’'—–"


def _prev_word(text: str, i: int) -> str:
    words = text[max(0, i - 30):i].split()
    return words[-1] if words else ""


_QUALIFIER_LAST = {q.rsplit(" ", 1)[-1] for q in QUALIFIERS}


def _qualifier(text: str, lo: int, s: int) -> tuple[int, str] | None:
    """(start, qualifier) of a qualifier right before offset s ("more than", "nearly")."""
    before = text[max(lo, s - 24):s].lower()
    if not before.endswith(" ") or before[:-1].rsplit(" ", 1)[-1] not in _QUALIFIER_LAST:
        return None
    for q in QUALIFIERS:
        n = len(q) + 1
        if before.endswith(q + " ") and (len(before) == n or not before[-n - 1].isalnum()) and s - n >= lo:
            return s - n, q
    return None


def _excluded(text: str, m: re.Match[str], j: int, lo: int, hi: int, prev: str, qualified: bool,
              titled: bool) -> bool:
    """Whether context shows the number names, dates or addresses something instead of counting."""
    start, core = m.start(), m.group()
    before = text[start - 1] if start > lo else " "
    after = text[j] if j < hi else " "
    if before.isalnum() or before in "#'’_" or (before in "-/." and start - 2 >= lo and text[start - 2].isalnum()):
        return True  # MS-13, COVID-19, 9/11, '90s, #1, version 2.0
    if after.isalpha() or after in "/_" or (after in "-(" and _ATTACHED.match(text, j)):
        return True  # 1st, 1990s, 24/7, 287(g), 555-1234
    words = [w.lower().rstrip(".") for w in _NEXT.findall(text, j, j + 40)[:3]] if after == " " else []
    if m.group("dig"):
        if _TIME.match(text, j) or _STREET.match(text, j) or prev.lower() in NAME_BEFORE:
            return True
        if words and words[0] in ("u.s.c", "c.f.r", "usc", "cfr", "stat"):
            return True  # 8 U.S.C. 1357: a statute
        if _SERVICE.fullmatch(m.group("dig")) and (prev.lower() in ("call", "dial", "calling", "dialed", "called")
                                                   or words[:1] in (["call"], ["calls"], ["dispatcher"], ["operator"])):
            return True  # 911, 311: a phone service
        if prev.lower() in MONTHS or (words and words[0] in MONTHS):
            return True
        digits = m.group("dig")
        if _YEAR.fullmatch(digits) and not (m.group("cur") or qualified or m.group("dscale")) \
                and not (words and words[0] in COUNT_NOUNS):
            return True  # a year
        if prev[:1].isupper() and prev.strip("“\"‘'(") not in CAP_STOP and not qualified and not titled \
                and prev[-1:].isalnum() and not prev.endswith(("'s", "’s")):
            return True  # Fox 5, Apollo 11, Trump 2020
    elif core[:1].isupper() and not titled and not _sentence_start(text, lo, start):
        return True  # a number word inside a name ("the Chicago Seven")
    if core.lower() == "one" and j == m.end() and not qualified and not (words and words[0] in ONE_UNITS):
        return True  # the indefinite "one" ("one of the", "one day"), not "one year since"
    if core.lower() == "zero" and words[:1] == ["tolerance"]:
        return True
    if len(words) >= 2 and words[0] in TIME_UNITS and (
            words[1] in ("ago", "earlier", "later")
            or (words[1] in RELATIVE_TIME_AFTER and len(words) > 2 and words[2] in DETERMINERS)):
        return True  # "three weeks before the end": a point in time
    return False


def _extend(text: str, m: re.Match[str], hi: int, value: float, unit: str | None, prev: str
            ) -> tuple[int, float, str | None, bool] | None:
    """Unit, hyphenated compound, ratio or range after the core: (end, value, unit, is_range);
    None for an idiom ("one-time"). `prev` is the word before the number ("between", "from")."""
    j = m.end()
    if (pm := _PERCENT.match(text, j, hi)) and unit != "fraction":
        unit = "percentage points" if "point" in pm.group().lower() else "percent"
        j = pm.end()
    elif (cm := _CURRENCY_WORD.match(text, j, hi)) and unit is None:
        unit = CURRENCY_WORDS[cm.group(1).lower()]
        j = cm.end()
    elif text.startswith("-", j) and (cm := _COMPOUND.match(text, j, hi)):
        word = cm.group(1)
        if m.group().lower() == "one" and word not in COMPOUND_UNITS or word in ONE_IDIOMS:
            return None
        unit = ("years" if cm.group(2) == "old" else word.rstrip("s") + "s") if word in TIME_UNITS else unit
        return cm.end(), value, unit, False
    rm = _RATIO.match(text, j, hi)
    second = _CORE.match(text, rm.end(), hi) if rm and value <= 10 else None
    if second and (second.group("dig") or second.group("words")) and not _YEAR.fullmatch(second.group()):
        return second.end(), round(value / (_value(second)[0] or 1), 3), "fraction", False
    tm = _RANGE_TAIL.match(text, j, hi)
    sep = tm.group().strip() if tm else ""
    if not (sep == "and" and prev == "between" or sep == "to" and prev != "from" or sep in ("-", "–") and m.group("dig")):
        return j, value, unit, False
    second = _CORE.match(text, tm.end(), hi)
    if not second or not (second.group("dig") or second.group("words")) or bool(second.group("dig")) != bool(m.group("dig")):
        return j, value, unit, False
    k = second.end()
    if (pm := _PERCENT.match(text, k, hi)) and unit in (None, "percent"):
        unit, k = "percent", pm.end()
    return k, value, unit, True


def _counts(text: str, start: int, end: int, lo: int, hi: int, unit: str | None,
            noun: str | None) -> tuple[str, str | None]:
    """What the number counts, from the words after it in its sentence (a few, up to a clause
    break); a list item with no noun of its own ("30 in Cook County", "Denver (63)") borrows the
    noun of the figure before it. Returns (counts, noun for the next figure)."""
    words: list[str] = []
    for match in _TAIL.finditer(text, end, min(hi, end + 120)):
        w = match.group()
        low = w.lower()
        if not words and (low in COUNTS_SKIP or low in COUNTS_AUX or w == ")"):
            continue
        if not w[0].isalnum() or low in COUNTS_STOPS or (words and low in COUNTS_AUX) or len(words) == 6:
            break
        words.append(w.rstrip("."))
    head_noun = noun
    if words and words[0].lower() not in COUNTS_LEADS and not words[0].endswith("ed"):
        head_noun = words[0]
    elif noun:
        words.insert(0, noun)
    if not words and text[max(lo, start - 3):start].rstrip().endswith("("):
        place = _PLACE_BEFORE.search(text, max(lo, start - 60), start)
        words = ([noun] if noun else []) + (["in", place.group(1)] if place else [])
    if not words:
        words = _WORDS.findall(text, max(lo, start - 60), start)[-4:]
    phrase = " ".join(words)
    if unit in ("days", "weeks", "months", "hours", "years") and text[start:end].count("-"):
        phrase = f"duration of {phrase}" if not text[start:end].endswith("old") else f"age of {phrase}"
    return phrase, head_noun


def _title_case(s: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", s) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _candidates(text: str, lo: int, hi: int):
    """Core matches at digits and number words of one paragraph, skipping phone numbers and
    anything inside a URL or e-mail address."""
    pos = lo
    for w in _START.finditer(text, lo, hi):
        s = w.start()
        if s < pos:
            continue
        s -= 3 if text.startswith("US$", s - 3) else 1 if s > lo and text[s - 1] in CURRENCIES else 0
        if text[s].isdigit() or text[s] in CURRENCIES or text[s] == "U":
            if phone := _PHONE.match(text, s - 1 if s > lo and text[s - 1] == "(" else s, hi):
                pos = phone.end()
                continue
            chunk = text[text.rfind(" ", lo, s) + 1:max(text.find(" ", s, hi), s)]
            if "@" in chunk or "://" in chunk or "www." in chunk:
                continue
        if m := _CORE.match(text, s, hi):
            yield m


def find_figures(text: str, paragraphs: list[tuple[int, int]],
                 sentences: list[list[tuple[int, int]]]) -> list[Figure]:
    """Every figure of the article, in text order, with value, qualifier, unit and what it counts."""
    out: list[Figure] = []
    for p, (lo, hi) in enumerate(paragraphs):
        titled = hi - lo < 250 and text[hi - 1:hi] not in ".\"”’'" and _title_case(text[lo:hi]) \
            and not re.search(r"[.!?]\s", text[lo:hi])
        noun, sent_end, pos = None, lo, lo
        for m in _candidates(text, lo, hi):
            if m.start() < pos:
                continue
            value, unit = _value(m)
            prev = _prev_word(text, m.start())
            q = _qualifier(text, lo, m.start())
            ext = _extend(text, m, hi, value, unit, prev.lower())
            if ext is None or _excluded(text, m, ext[0], lo, hi, prev, q is not None, titled):
                continue
            end, value, unit, ranged = ext
            pos = end
            start, qualifier = q if q and not ranged else (m.start(), None)
            if ranged:
                qualifier = "between"
                if between := re.search(r"between\s+$", text[lo:m.start()], re.I):
                    start = lo + between.start()
            k = bisect_right(sentences[p], (start, hi + 1)) - 1
            sent = sentences[p][k] if k >= 0 else (lo, hi)
            if sent[0] >= sent_end:
                noun, sent_end = None, sent[1]
            counts, noun = _counts(text, start, end, sent[0], sent[1], unit, noun)
            out.append(Figure(text[start:end], start, end, p, round(value, 6), qualifier, unit, counts))
    return out

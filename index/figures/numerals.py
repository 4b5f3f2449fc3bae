"""Numerals and number words: where one starts, how far it runs, what it is worth.

`CORE` matches a number as written ("21,362", "$16.4 million", "two hundred fifty thousand",
"a third", "tens of thousands"); `START` finds where one can begin, so the costlier `CORE` is
tried only there; `value_of` gives the value and the unit the number itself carries. What the
number belongs to (qualifier, unit, range) and whether it counts at all is `figures.py`'s work.
"""

from __future__ import annotations

import re

from ..lexicon.numbers import CURRENCIES, FRACTIONS, SCALES, SHORT_SCALES, TENS_WORDS, UNITS_WORDS, VAGUE, VAGUE_SPAN

_UNITS = "|".join(UNITS_WORDS)
_TENS = "|".join(TENS_WORDS)
_SCALE = "hundred|thousand|million|billion|trillion"
# A number in words: a base ("two", "twenty-one"; "a" only before a scale), then scales each
# optionally followed by one more base: "two hundred fifty thousand", "a dozen", "three million".
_BASE = rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS})"
_NUMW = rf"(?:{_BASE}|an?(?=\s+(?:{_SCALE}|dozen|decade)\b))(?:[\s-]+(?:{_SCALE}|dozen)(?:(?:\s+and)?\s+{_BASE}\b)?)*"
_FRAC = "|".join(FRACTIONS)
CORE = re.compile(
    rf"(?P<halfa>\bhalf\s+an?\s+(?:{_SCALE}|dozen)\b)"
    rf"|(?P<cur>US\$|\$|€|£)?(?P<dig>(?<![\d.,])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<dscale>{_SCALE})\b|(?P<short>k|m|mn|bn)\b)?"
    rf"|(?P<frac>\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:{_FRAC})\b|\bhalf\b)"
    rf"|(?P<vague>\b(?:tens\s+of\s+(?:thousands|millions)|(?:hundreds|thousands)\s+of\s+(?:thousands|millions)"
    rf"|dozens|decades|hundreds|thousands|millions|billions|(?:several|a\s+few)\s+(?:dozen|{_SCALE}))\b)"
    rf"|(?P<words>\b{_NUMW}\b)",
    re.I,
)


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
_START_BODY = (
    "[0-9]|"
    + _trie([w for v in _START_WORDS for w in (v, v.capitalize())])
    + rf"\b|[Aa]n?\s+(?=(?:{_SCALE}|dozen|decade|{_FRAC})\b)|(?:[Ss]everal|[Aa]\s+few)\s+(?=(?:dozen|{_SCALE})\b)"
)
START = re.compile(rf"(?<![\d.,])\b(?:{_START_BODY})")
# The character before a number's start. START opens with look-behinds, so the regex engine tries
# it at every position; this pattern opens with a character class the engine skips ahead with, and
# looks at the next character before trying the word alternation (most spaces precede no number).
_FIRST = "".join(sorted({w[0] for v in _START_WORDS for w in (v, v.capitalize())} | set("AaSs")))
_BEFORE_START = re.compile(rf"[^\w.,](?=[0-9{_FIRST}])(?=(?:{_START_BODY}))")


def starts(text: str, lo: int, hi: int) -> list[int]:
    """The offsets in [lo, hi) where START matches, as START.finditer finds them (no START match
    holds another one's start), found as the character before each; at offset 0 there is none.
    A list, built in one comprehension: cheaper than resuming a generator per offset."""
    found = [m.end() for m in _BEFORE_START.finditer(text, max(lo - 1, 0), hi)]
    return [0, *found] if lo == 0 and START.match(text, 0, hi) else found


_LETTERS = re.compile(r"[a-z]+")
_FRACTION_PARTS = re.compile(r"[\s-]")


def words_value(s: str) -> float:
    """Value of a number in words ("two hundred fifty thousand" → 250000.0, "a dozen" → 12.0)."""
    total, current = 0.0, 0.0
    for w in _LETTERS.findall(s.lower()):
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


def value_of(m: re.Match[str]) -> tuple[float, str | None, float | None]:
    """Numeric value, the unit the number itself carries, and for a vague amount the value it
    stays under ("hundreds" → 100 and 999; None for an exact number)."""
    halfa, cur, dig, dscale, short, frac, vague, words = m.groups()  # CORE's groups, in order
    if halfa:
        return words_value(halfa.split()[-1]) / 2, None, None
    if dig:
        v = float(dig.replace(",", ""))
        if dscale:
            v *= SCALES[dscale.lower()]
        if short:
            v *= SHORT_SCALES[short.lower()]
        return v, CURRENCIES.get(cur or ""), None
    if frac:
        parts = _FRACTION_PARTS.split(frac.lower())
        num = 1.0 if parts[0] == "half" else words_value(parts[0]) or 1.0
        return round(num / FRACTIONS[parts[-1]], 3), "fraction", None
    if vague:
        low = vague.lower().split()
        if low[0] in ("several", "a"):  # "several hundred", "a few dozen": one of the unit, a lower bound
            unit = float(12 if low[-1] == "dozen" else SCALES[low[-1]])
            return unit, None, _vague_upper(unit, unit)
        value = float(VAGUE[low[0]] * (VAGUE[low[-1]] if len(low) > 1 else 1))
        if low[0] == "decades":  # two decades or more, under a century: 20 to 99 years
            return 2 * value, "years", _vague_upper(value, value)
        return value, None, _vague_upper(value, float(VAGUE[low[-1]]))
    return words_value(words), None, None


def _vague_upper(value: float, unit: float) -> float:
    """The largest value a vague amount of `unit`s allows: under the next order of magnitude."""
    return value * VAGUE_SPAN.get(int(unit), 10) - 1

"""The values a figure's wording allows, read from its qualifier and how it is rounded.

"nearly 500" is 425 to 500 and "more than 450" is above 450 (the one table of qualifiers,
`lexicon/numbers.QUALIFIER_RANGES`); "about 11 million" is said to the nearest million, so it
allows 10.45 to 11.55 million but not 11.7 million; "11.7 million" itself is rounded to the
tenth; a plain "498" is exactly 498; "hundreds" is 100 to 999 (its own range, `value_max`).
"""

from __future__ import annotations

import re

from ..lexicon.numbers import QUALIFIER_RANGES
from ..model import Figure

# Qualifiers that say a number is rounded: they allow half a step of its last stated digit, and
# at least 5% either way ("about 680": 646 to 714).
APPROXIMATE = frozenset({"about", "around", "roughly", "approximately", "some", "an estimated"})
_LEAST_SLACK = 0.05
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _step(f: Figure) -> float:
    """Half the place value of the last digit the figure states ("11.7 million": 50,000;
    "11 million": 500,000; "40": 0.5 when exact)."""
    m = _DIGITS.search(f.text)
    scale = next((v for w, v in _SCALE_WORDS.items() if w in f.text.lower()), 1.0)
    if m is None:  # "two million": said to the nearest million
        return 0.5 * scale if scale > 1 else 0.0
    decimals = len(m.group(1) or "")
    return 0.5 * scale * 10.0**-decimals


def interval(f: Figure) -> tuple[float, float]:
    """The values the figure's wording allows."""
    v = f.value if f.value is not None else 0.0
    if f.value_max is not None:
        return v, f.value_max
    q = (f.qualifier or "").lower()
    step = _step(f)
    if q in APPROXIMATE and step:
        if step <= 0.5:  # a plain whole number: rounded to its last non-zero digit
            step = 10.0 ** _magnitude(v) / 2
        slack = max(step, _LEAST_SLACK * v)
        return v - slack, v + slack
    lo, hi = QUALIFIER_RANGES.get(q, (1.0, 1.0))
    if (lo, hi) == (1.0, 1.0) and step > 0.5:  # "11.7 million": rounded to its last digit
        return v - step, v + step
    return v * lo, v * hi


def _magnitude(v: float) -> int:
    """The place of the last non-zero digit of a whole number (40 → 1, 680 → 1, 498 → 0)."""
    n, place = int(round(v)), 0
    while n and n % 10 == 0:
        n //= 10
        place += 1
    return place


def fits(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two intervals leave a value both allow."""
    return a[0] <= b[1] + 1e-9 and b[0] <= a[1] + 1e-9


def near(a: tuple[float, float], b: tuple[float, float], ratio: float = 1.15) -> bool:
    """Whether two intervals fit or come within `ratio` of each other: values close enough to be
    two reports of one count (608 and "more than 680"), far enough to be worth a look."""
    if fits(a, b):
        return True
    lo, hi = (a, b) if a[1] < b[0] else (b, a)
    return lo[1] > 0 and hi[0] / lo[1] <= ratio

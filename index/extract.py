"""Article text → quotes and figures: the extraction pipeline, in order.

1. `QuotedText`   quotation marks paired and classified, quote-aware sentences   (quotes/marks.py)
2. `attribute`    who said each quote                                (quotes/attribute.py and on)
3. `find_figures` numbers that quantify, and what each counts        (figures/find.py and on)
"""

from __future__ import annotations

from .figures.find import find_figures
from .model import Figure, Quote
from .quotes.attribute import QuotedText, attribute
from .text.clean import Cleaned


def extract(cleaned: Cleaned) -> tuple[list[Quote], list[Figure]]:
    """Quotes (with speakers) and figures of one cleaned article; offsets index `cleaned.text`."""
    art = QuotedText(cleaned)
    return attribute(art), find_figures(cleaned.text, art.paras, art.sents)

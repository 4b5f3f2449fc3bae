"""Which articles tell one story: the rare names two articles share.

Two reports of one raid name the same company, town and people ("Fresh Mark", "Salem", "Garcia");
two raids in one state share only "Ohio" and "Homeland Security", which many articles of a corpus
name. A pair of figures whose sentences alone are too thin to join ("over 100" employees arrested,
146 workers arrested at the plant) is one fact when their articles tell one story and their
readings count the same thing in the same event.

Names here are capitalised words inside a sentence, joined into runs ("Fresh Mark"); acronyms
("ICE", "DHS") and a possessive's "s" are left out, as they tell no story apart (measured on the
blind dev sets: with them, fewer of the pairs this joins were right).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from .evidence import dice, rarity

# Opens with its capital, and looks behind only from there: the engine skips ahead to capitals
# (five times as fast as looking behind at every position; the same names).
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])(?<![.!?]\s[A-Z])(?<!^[A-Z])[a-z]{2,}(?:[- ][A-Z][a-z]+)*")


class Stories:
    """The names of each article and how rare each is in the corpus; an article's text is read
    the first time a pair of figures asks how alike two stories are, so a ledger whose pairs
    never ask reads none."""

    def __init__(self, articles: Iterable[str], text_of: Callable[[str], str] | None) -> None:
        self._articles = sorted(set(articles))
        self._text_of = text_of
        self._names: dict[str, frozenset[str]] = {}
        self._weight: dict[str, float] | None = None
        self._likeness: dict[tuple[str, str], float] = {}

    def _read(self) -> dict[str, float]:
        if self._weight is None:
            text_of = self._text_of
            self._names = {a: frozenset(_NAME.findall(text_of(a))) if text_of else frozenset() for a in self._articles}
            self._weight = rarity(Counter(w for names in self._names.values() for w in names), len(self._names))
        return self._weight

    def names(self, text: str) -> frozenset[str]:
        """The names a piece of text (a figure's sentence) gives."""
        return frozenset(_NAME.findall(text))

    def named_in(self, names: frozenset[str], article: str) -> bool:
        """Whether an article names all of these: a figure's sentence naming a company or person
        the other article never names ("Sernak hired three workers", in a release about another
        employer's settlement) tells another story however alike the two articles' boilerplate."""
        self._read()
        return names <= self._names.get(article, frozenset())

    def likeness(self, a: str, b: str) -> float:
        """Share of two articles' names (by rarity) that they have in common; 0 for one article."""
        if a == b:
            return 0.0
        key = (a, b) if a < b else (b, a)
        if (found := self._likeness.get(key)) is None:
            weight = self._read()
            found = self._likeness[key] = dice(self._names.get(a, frozenset()), self._names.get(b, frozenset()), weight)
        return found

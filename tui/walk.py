"""A search walked across the corpus: `n` past an article's last hit opens the next article with
hits, `N` before its first goes back. Articles come in the order of their best-ranked passage, so
the walk starts where the results list does."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..index.model import SearchResult


@dataclass
class Walk:
    query: str
    terms: tuple[str, ...]
    order: list[str]  # article ids, best first
    paragraphs: dict[str, tuple[int, ...]] = field(default_factory=dict)  # matched paragraphs, in text order

    @classmethod
    def of(cls, result: SearchResult) -> Walk:
        grouped: dict[str, list[int]] = {}
        for article_id, paragraph in result.matches:
            grouped.setdefault(article_id, []).append(paragraph)
        return cls(
            result.query,
            tuple(result.terms),
            list(grouped),
            {a: tuple(sorted(ps)) for a, ps in grouped.items()},
        )

    def position(self, article_id: str) -> int | None:
        try:
            return self.order.index(article_id)
        except ValueError:
            return None

    def step(self, article_id: str, delta: int) -> tuple[str, bool] | None:
        """The article `delta` (±1) from this one, and whether the walk wrapped round the corpus;
        None when this is the only article with hits."""
        here = self.position(article_id)
        if not self.order or (here is not None and len(self.order) == 1):
            return None
        if here is None:  # wandered off the walk: start again at its first (or last) article
            return self.order[0 if delta > 0 else -1], False
        target = here + delta
        return self.order[target % len(self.order)], not 0 <= target < len(self.order)

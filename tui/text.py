"""Small wording helpers shared by the reader and the command line."""

from __future__ import annotations


def plural(n: int, word: str, many: str | None = None) -> str:
    """`plural(1, "quote")` → "1 quote", `plural(3, "match", "matches")` → "3 matches"."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def paragraph_label(index: int) -> str:
    """How a passage is named to the user: the headline is passage 0, so body paragraphs count
    from ¶1 as a reader counts them."""
    return "headline" if index == 0 else f"¶{index}"

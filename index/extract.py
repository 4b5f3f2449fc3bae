"""Article text → quotes and figures: the extraction pipeline, in order."""

from __future__ import annotations

from .clean import Cleaned
from .model import Figure, Quote


def extract(cleaned: Cleaned) -> tuple[list[Quote], list[Figure]]:
    """Quotes (with speakers) and figures of one cleaned article; offsets index `cleaned.text`."""
    raise NotImplementedError

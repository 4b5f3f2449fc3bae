"""One colour per speaker, the same in every article and every session."""

from __future__ import annotations

import zlib

from ..index.model import speaker_key

# Readable on dark and light backgrounds, distinct from each other and from the search highlight.
PALETTE = (
    "#5fafff", "#ff8787", "#87d787", "#d7afff", "#ffaf5f",
    "#5fd7d7", "#ff87d7", "#d7d75f", "#af87ff", "#87afaf",
)
UNATTRIBUTED = "#a8a8a8"


def speaker_colour(name: str | None) -> str:
    if not name:
        return UNATTRIBUTED
    return PALETTE[zlib.crc32(speaker_key(name).encode()) % len(PALETTE)]

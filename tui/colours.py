"""One colour per speaker: the same in every article, different for speakers who share one."""

from __future__ import annotations

import zlib

# Mid-luminance and saturated: readable on dark and light themes, and still distinct when a
# 16-colour terminal rounds them to the nearest ANSI colour.
PALETTE = (
    "#3a96dd",
    "#e5534b",
    "#3fb950",
    "#c678dd",
    "#d29922",
    "#2aa198",
    "#db61a2",
    "#6c71c4",
    "#cb4b16",
    "#859900",
)
UNATTRIBUTED = "#8b949e"


class SpeakerColours:
    """Colours from the engine's slots (graph-coloured over the corpus); a stable hash of the
    name for a name the slots do not know yet (before the corpus-wide slots are computed)."""

    def __init__(self, slots: dict[str, int] | None = None) -> None:
        self.slots = slots or {}

    def of(self, name: str | None) -> str:
        if not name:
            return UNATTRIBUTED
        slot = self.slots.get(name)
        if slot is None:
            slot = zlib.crc32(name.casefold().encode())
        return PALETTE[slot % len(PALETTE)]

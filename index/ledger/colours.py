"""Speaker colours across the corpus: a slot per speaker, stable across articles and different
for speakers who share one, so a reader recognises a voice at a glance."""

from __future__ import annotations

from collections import defaultdict

from ..model import Speaker


def colour_slots(speakers: list[Speaker], slots: int) -> dict[str, int]:
    """A slot (0…slots-1) per speaker name and alias, the same in every article, and different
    for speakers quoted in the same article whenever `slots` allows: greedy graph colouring,
    busiest speakers first, so the people a reader meets most keep the first colours."""
    in_article: dict[str, list[Speaker]] = defaultdict(list)
    for sp in speakers:
        for a in sp.article_ids:
            in_article[a].append(sp)
    chosen: dict[str, int] = {}
    for sp in sorted(speakers, key=lambda x: (-x.quote_count, x.id)):
        taken = {chosen[o.id] for a in sp.article_ids for o in in_article[a] if o.id in chosen}
        free = [i for i in range(slots) if i not in taken]
        chosen[sp.id] = free[0] if free else len(chosen) % slots
    return {name: chosen[sp.id] for sp in speakers for name in (sp.name, *sp.aliases)}

"""Related passages: from the passage being read, the passages in other articles that give the
same figure, quote the same speaker or tell the same event in similar words, with the reasons.

Works on plain data from `whoosh_index.Reader`; the engine holds the reader and serialises access.
"""

from __future__ import annotations

from ..ledger.speakers import identity
from ..model import Related
from ..storage.whoosh_index import Reader, tokens

# Weights: a shared distinctive figure is the strongest sign that two passages report one fact.
W_FIGURE, W_SPEAKER, W_WORDING = 3.0, 2.0, 2.0
# Wording alone relates two passages only when it scores near the best match and at least two
# telling words are shared: otherwise the panel fills with passages that share "place".
MIN_WORDING = 0.3


def related(reader: Reader, article_id: str, paragraph: int, titles: dict[str, str], limit: int = 10) -> list[Related]:
    """Passages in other articles sharing a figure, a speaker or wording with this passage."""
    pid = f"{article_id}#{paragraph}"
    doc = reader.document(pid)
    if doc is None:
        return []
    values = set(doc.get("values", "").split())
    speakers = {s for s in doc.get("speaker_key", "").split(",") if s}
    found: dict[str, Related] = {}

    def add(d: dict, score: float, reason: str) -> None:
        r = found.get(d["id"])
        if r is None:
            r = found[d["id"]] = Related(
                d["article_id"], titles.get(d["article_id"], ""), d["paragraph"], d["body"], 0.0
            )
        r.score += score
        r.reasons.append(reason)

    for d in reader.related_by("values", values, article_id, 50):
        shared = sorted(values & set(d.get("values", "").split()), key=float)
        add(d, W_FIGURE * len(shared), "same figure: " + ", ".join(shared))
    for d in reader.related_by("speaker_key", speakers, article_id, 50):
        names = [n for n in d.get("speaker", "").split(" ; ") if n and identity(n).lower() in speakers]
        add(d, W_SPEAKER, "same speaker: " + (max(names, key=len) if names else ", ".join(sorted(speakers))))
    similar, terms = reader.more_like(pid, article_id, 20)
    if similar:
        top = max(d["_score"] for d in similar) or 1.0
        for d in similar:
            shared = _surface_words(d["body"], terms)
            if d["_score"] >= MIN_WORDING * top and len(shared) >= 2:
                add(d, W_WORDING * d["_score"] / top, "similar wording: " + ", ".join(shared[:4]))
    ranked = sorted(found.values(), key=lambda r: (-r.score, r.article_id, r.paragraph))
    return ranked[:limit]


def _surface_words(text: str, stems: list[str]) -> list[str]:
    """The telling words of `text` behind each stem, in the stems' order ("sanctuari" →
    "sanctuary"); numbers and short words say nothing about why two passages match."""
    seen: dict[str, str] = {}
    for stem, start, end in tokens(text):
        word = text[start:end].lower()
        if word.isalpha() and len(word) >= 4:
            seen.setdefault(stem, word)
    return [seen[s] for s in stems if s in seen]

"""Queries over an open index: ranked passages with match offsets, and related passages.

Works on plain data from `store.Reader`; the engine holds the reader and serialises access.
"""

from __future__ import annotations

from ..errors import BadQuery
from ..ledger.speakers import identity
from ..model import Related, SearchHit, SearchResult
from ..storage.whoosh_index import Reader, term_spans, tokens

MAX_QUERY = 1000


def search(reader: Reader, text: str, titles: dict[str, str], limit: int = 20) -> SearchResult:
    """Ranked passages for `text`; a bad query gives an empty result with a message, not an error."""
    query = " ".join(text.split())
    if not query:
        return SearchResult(text, [], 0, message="type something to search")
    if len(query) > MAX_QUERY:
        return SearchResult(text, [], 0, message=f"query too long (over {MAX_QUERY} characters)")
    try:
        q = reader.parse(query)
    except BadQuery as e:
        return SearchResult(text, [], 0, message=str(e))
    terms = reader.query_terms(q)
    docs, total = reader.search(q, limit)
    hits = [
        SearchHit(
            article_id=d["article_id"],
            article_title=titles.get(d["article_id"], ""),
            paragraph=d["paragraph"],
            text=d["body"],
            score=d["_score"],
            highlights=term_spans(d["body"], terms),
        )
        for d in docs
    ]
    message = None if total else "no passages match"
    return SearchResult(text, hits, total, terms=sorted(terms), message=message)


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

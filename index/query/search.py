"""Searching the corpus: ranked passages with the offsets that matched, or a one-line reason.

Works on plain data from `whoosh_index.Reader`; the engine holds the reader and serialises access.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import BadQuery
from ..model import SearchHit, SearchResult
from ..storage.whoosh_index import Reader, exact_forms, term_spans

MAX_QUERY = 1000


def search(reader: Reader, text: str, titles: dict[str, str], limit: int = 20, every: bool = False) -> SearchResult:
    """Ranked passages for `text`; a bad query gives an empty result with a message, not an error.
    `every`: also list every match (article id, paragraph), best first, for walking them all."""
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
    docs, total, matches = reader.search(q, limit, every, exact_forms(query))
    message = None if total else "no passages match"
    return SearchResult(text, _hits(docs, terms, titles), total, terms=sorted(terms), message=message, matches=matches)


def passages(
    reader: Reader, refs: Iterable[tuple[str, int]], terms: Iterable[str], titles: dict[str, str]
) -> list[SearchHit]:
    """Hits for passages past the first page of a result (the list fetches them as they scroll
    into view), marked with the result's terms."""
    return _hits(reader.passages(refs), set(terms), titles)


def _hits(docs: list[dict[str, Any]], terms: set[str], titles: dict[str, str]) -> list[SearchHit]:
    return [
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

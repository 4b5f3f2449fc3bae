"""One file → one `Article`: read, decode, clean, extract."""

from __future__ import annotations

from pathlib import Path

from .clean import clean
from .corpus import UnreadableFile, decode, digest, read_bytes
from .extract import extract
from .model import Article, Passage


def article_from_text(text: str, article_id: str, path: str) -> Article:
    """Clean and extract an article already decoded; `article_id` is stable for the same file."""
    cleaned = clean(text, markdown=path.lower().endswith((".md", ".markdown")), fallback_title=Path(path).stem)
    if not cleaned.text.strip():
        raise UnreadableFile("no article text (only page furniture)")
    quotes, figures = extract(cleaned)
    for item in (*quotes, *figures):
        item.article_id = article_id
    passages = [Passage(article_id, i, s, e, cleaned.text[s:e]) for i, (s, e) in enumerate(cleaned.spans)]
    return Article(
        id=article_id, path=path, title=cleaned.title, text=cleaned.text, passages=passages,
        byline=cleaned.byline, date=cleaned.date, outlet=cleaned.outlet, quotes=quotes, figures=figures,
    )


def read_article(path: Path, article_id: str) -> tuple[Article, str]:
    """The article in `path` and the digest of its bytes (for the manifest)."""
    data = read_bytes(path)
    return article_from_text(decode(data), article_id, article_id), digest(data)

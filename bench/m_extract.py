"""Extraction throughput: milliseconds per 1,000 words for cleaning and for extraction, apart.

Why separately and per 1,000 words: cleaning is regex work over raw bytes, extraction (quotes,
attribution, speakers, figures) is the part that grows with how quote-dense a text is; normalising
by words makes generated articles and the bundled real ones comparable. The bundled corpus is
measured too, because real pages have damage the generator does not imitate.
"""

from __future__ import annotations

from pathlib import Path

from .generate import Pools, long_article
from .stats import summary, timed


def _measure(texts: list[str], repeats: int) -> dict:
    from icereader.index.extract import extract
    from icereader.index.text.clean import clean

    clean_ms, extract_ms, total_ms, words = [], [], [], []
    for text in texts:
        clean(text)  # warm-up: regex compilation, lexicon tries
        for _ in range(repeats):
            ms_c, cleaned = timed(lambda: clean(text))
            ms_e, _ = timed(lambda: extract(cleaned))
            n = max(len(cleaned.text.split()), 1)
            clean_ms.append(ms_c * 1000 / n)
            extract_ms.append(ms_e * 1000 / n)
            total_ms.append((ms_c + ms_e) * 1000 / n)
        words.append(n)
    return {
        "clean_per_1k_words": summary(clean_ms),
        "extract_per_1k_words": summary(extract_ms),
        "total_per_1k_words": summary(total_ms),
        "articles": len(texts),
        "mean_words": sum(words) / len(words) if words else 0,
    }


def run(seed: int, articles: int, repeats: int) -> dict:
    pools = Pools(seed)
    generated = [long_article(seed, 50_000 + i, 1000, pools) for i in range(articles)]
    from icereader.index.sync.scan import bundled_corpus

    bundled = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(Path(bundled_corpus()).glob("*.txt"))]
    return {"generated": _measure(generated, repeats), "bundled": _measure(bundled, repeats)}

"""Queries on an open index: search against FTS5, related passages, the speakers and figures views.

Why interleaved: each query runs on the engine and then on FTS5 in the same loop, so a burst of
load from someone else's job slows both and the ratio holds. Per-query medians are kept too, so
the slowest kind of query (common words, prefixes, phrases) can be named.
"""

from __future__ import annotations

import random
from pathlib import Path

from .fts5 import Fts5, passages_from_engine
from .queries import mix
from .stats import summary, timed


def open_engine(corpus: Path, index_dir: Path):
    from icereader.index.engine import Engine

    eng = Engine(corpus, index_dir)
    eng.sync()
    return eng


def build_fts5(engine, path: Path) -> tuple[Fts5, dict]:
    ms_load, rows = timed(lambda: passages_from_engine(engine))
    fts = Fts5(path)
    secs = fts.build(rows)
    return fts, {
        "passages": len(rows),
        "load_from_engine_ms": ms_load,
        "build_s": secs,
        "passages_per_s": len(rows) / secs if secs else None,
        "note": "index-only (passages already cleaned by the engine): not comparable with the full build",
    }


def search(engine, fts: Fts5, repeats: int, seed: int) -> dict:
    queries = mix(seed)
    for q in queries:  # warm-up: page cache, parser, first-use imports
        engine.search(q.text, 20)
        fts.search(q.fts5, 20)
    ice: list[float] = []
    lite: list[float] = []
    per: dict[str, dict] = {}
    for _ in range(repeats):
        for q in queries:
            ms, res = timed(lambda: engine.search(q.text, 20))
            ms2, (hits2, total2) = timed(lambda: fts.search(q.fts5, 20))
            ice.append(ms)
            lite.append(ms2)
            d = per.setdefault(
                q.text,
                {
                    "kind": q.kind,
                    "fts5_query": q.fts5,
                    "engine_ms": [],
                    "fts5_ms": [],
                    "engine_total": res.total,
                    "fts5_total": total2,
                    "engine_hits": len(res.hits),
                    "message": res.message,
                },
            )
            d["engine_ms"].append(ms)
            d["fts5_ms"].append(ms2)
    by_kind: dict[str, dict] = {}
    for d in per.values():
        d["engine_ms"] = summary(d["engine_ms"])["median"]
        d["fts5_ms"] = summary(d["fts5_ms"])["median"]
        k = by_kind.setdefault(d["kind"], {"engine": [], "fts5": []})
        k["engine"].append(d["engine_ms"])
        k["fts5"].append(d["fts5_ms"])
    kinds = {
        k: {"engine_median": summary(v["engine"])["median"], "fts5_median": summary(v["fts5"])["median"]}
        for k, v in by_kind.items()
    }
    return {"queries": len(queries), "engine": summary(ice), "fts5": summary(lite), "by_kind": kinds, "per_query": per}


def sample_passages(engine, n: int, seed: int) -> list[tuple[str, int]]:
    """A fixed sample of (article id, paragraph) with at least a body paragraph."""
    rng = random.Random(f"related-{seed}")
    metas = engine.articles()
    out = []
    for meta in rng.sample(metas, min(n, len(metas))):
        art = engine.article(meta.id)
        if art and len(art.passages) > 1:
            out.append((meta.id, rng.randrange(1, len(art.passages))))
    return out


def related(engine, repeats: int, seed: int, n: int = 20) -> dict:
    picks = sample_passages(engine, n, seed)
    for aid, p in picks[:3]:
        engine.related(aid, p)
    samples, counts = [], []
    for _ in range(repeats):
        for aid, p in picks:
            ms, res = timed(lambda: engine.related(aid, p))
            samples.append(ms)
            counts.append(len(res))
    return {
        "related": summary(samples),
        "passages_sampled": len(picks),
        "mean_results": sum(counts) / len(counts) if counts else 0,
    }


def views(engine, repeats: int, seed: int) -> dict:
    """Speakers cold (after reopen: the reader's first `s`), figures, the article list and
    opening one article."""
    sp, fig, arts, one = [], [], [], []
    n_speakers = n_figures = n_articles = 0
    ids = [m.id for m in engine.articles()]
    rng = random.Random(f"views-{seed}")
    for _ in range(repeats):
        engine.reopen()
        ms, speakers = timed(engine.speakers)
        sp.append(ms)
        n_speakers = len(speakers)
        ms, figures = timed(engine.figures)
        fig.append(ms)
        n_figures = len(figures)
        ms, metas = timed(engine.articles)
        arts.append(ms)
        n_articles = len(metas)
        for aid in rng.sample(ids, min(5, len(ids))):
            one.append(timed(lambda: engine.article(aid))[0])
    return {
        "speakers_cold": summary(sp),
        "speakers": n_speakers,
        "figures": summary(fig),
        "figure_count": n_figures,
        "articles_list": summary(arts),
        "articles": n_articles,
        "open_article": summary(one),
    }

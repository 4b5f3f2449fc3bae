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
    """Each query on the engine as the command line runs it (top 20 and the count), as the reader's
    search box runs it (also every match's place, for the full list and the walk), and on FTS5,
    interleaved; p95 per kind of query and its ratio to FTS5 from the same run."""
    queries = mix(seed)
    for q in queries:  # warm-up: page cache, parser, first-use imports
        engine.search(q.text, 20)
        fts.search(q.fts5, 20)
    ice: list[float] = []
    every: list[float] = []
    lite: list[float] = []
    per: dict[str, dict] = {}
    samples: dict[str, dict[str, list[float]]] = {}
    for _ in range(repeats):
        for q in queries:
            ms, res = timed(lambda: engine.search(q.text, 20))
            ms_every, _ = timed(lambda: engine.search(q.text, 20, every=True))
            ms2, (hits2, total2) = timed(lambda: fts.search(q.fts5, 20))
            ice.append(ms)
            every.append(ms_every)
            lite.append(ms2)
            k = samples.setdefault(q.kind, {"engine": [], "every": [], "fts5": []})
            k["engine"].append(ms)
            k["every"].append(ms_every)
            k["fts5"].append(ms2)
            d = per.setdefault(
                q.text,
                {
                    "kind": q.kind,
                    "fts5_query": q.fts5,
                    "engine_ms": [],
                    "every_ms": [],
                    "fts5_ms": [],
                    "engine_total": res.total,
                    "fts5_total": total2,
                    "engine_hits": len(res.hits),
                    "message": res.message,
                },
            )
            d["engine_ms"].append(ms)
            d["every_ms"].append(ms_every)
            d["fts5_ms"].append(ms2)
    for d in per.values():
        for key in ("engine_ms", "every_ms", "fts5_ms"):
            d[key] = summary(d[key])["median"]

    def ratios(engine_ms: list[float], every_ms: list[float], fts_ms: list[float]) -> dict:
        e, v, f = summary(engine_ms), summary(every_ms), summary(fts_ms)
        return {
            "engine_median": e["median"],
            "engine_p95": e["p95"],
            "every_p95": v["p95"],
            "fts5_median": f["median"],
            "fts5_p95": f["p95"],
            "p95_ratio": e["p95"] / f["p95"] if f["p95"] else None,
            "every_p95_ratio": v["p95"] / f["p95"] if f["p95"] else None,
        }

    kinds = {k: ratios(v["engine"], v["every"], v["fts5"]) for k, v in samples.items()}
    return {
        "queries": len(queries),
        "engine": summary(ice),
        "engine_every": summary(every),
        "fts5": summary(lite),
        "overall": ratios(ice, every, lite),
        "by_kind": kinds,
        "per_query": per,
    }


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

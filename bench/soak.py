"""Soak test: the reader under Pilot on a 10,000-article corpus, 2,000 random key presses.

Why: start-up and single-query numbers miss leaks and races that only show after many screens,
searches and related-passage workers: an exception from a cancelled worker, an unbounded cache,
widgets never unmounted. Passes when the app is still running at the end, no exception was
raised, and resident memory grew less than 20% between the end of the warm-up (the first 10% of
presses, after the first searches and the speakers view loaded their data) and the end.

    python -m bench.soak                       # 100k passages ≈ 10,000 articles, 2,000 keys
    python -m bench.soak --passages 10000 --keys 300
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import time
import traceback
from pathlib import Path

from .generate import generate, info
from .queries import AND2, COMMON, SINGLE, speaker_queries
from .stats import peak_rss_mb, rss_mb

GROWTH_LIMIT = 0.20
# Words typed after `/`. None contains "q": if `/` did not open the search box (another screen
# was on top), a stray q would quit the app and end the soak for the wrong reason.
_WORDS = [w for w in SINGLE + AND2 + COMMON + [s.split(":")[1] for s in speaker_queries(7)[:-1]] if "q" not in w] + [
    "nomatchzzz"
]
# (weight, action) — key names as Pilot expects them.
_ACTIONS = [
    (14, "search"),
    (20, "j"),
    (12, "k"),
    (6, "n"),
    (4, "N"),
    (6, "right_square_bracket"),
    (3, "left_square_bracket"),
    (5, "backspace"),
    (4, "speakers"),
    (4, "figures"),
    (6, "escape"),
    (5, "tab"),
]


def _keys(action: str, rng: random.Random) -> list[str]:
    if action == "search":
        word = rng.choice(_WORDS)
        return ["slash", *[("space" if c == " " else c) for c in word], "enter"]
    if action == "speakers":
        return ["s", "enter", "enter", "enter"]  # filter box, speakers, quotes: open one
    if action == "figures":
        return ["f", "enter"]
    return [action]


async def _settle(app, pilot, rounds: int = 2) -> None:
    for _ in range(rounds):
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()
    await pilot.pause(0.02)


async def _soak(corpus: Path, index_dir: Path, keys: int, seed: int) -> dict:
    from icereader.index.engine import Engine
    from icereader.tui.app import IceReaderApp

    rng = random.Random(f"soak-{seed}")
    weights, names = zip(*_ACTIONS)
    app = IceReaderApp(Engine(corpus, index_dir))
    pressed, counts = 0, {n: 0 for n in names}
    warm_rss = None
    trend: list[tuple[int, float]] = []
    error = None
    t0 = time.perf_counter()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await _settle(app, pilot, 6)
            warmup = max(keys // 10, 1)
            while pressed < keys:
                action = rng.choices(names, weights)[0]
                seq = _keys(action, rng)
                counts[action] += 1
                for i, key in enumerate(seq):
                    if action == "search" and i == len(seq) - 1 and rng.random() < 0.8:
                        await _settle(app, pilot)  # mostly wait for results before Enter
                    if action == "speakers" and i == 1:
                        await _settle(app, pilot)  # the list loads in a worker
                    await pilot.press(key)
                    pressed += 1
                if app._exception is not None or not app.is_running:
                    raise RuntimeError(f"app stopped after {pressed} keys: {app._exception!r}")
                if rng.random() < 0.1:
                    await _settle(app, pilot, 1)
                if warm_rss is None and pressed >= warmup:
                    await _settle(app, pilot)
                    gc.collect()
                    warm_rss = rss_mb()
                    trend.append((pressed, warm_rss))
                elif pressed // 200 > len(trend) - 1 and warm_rss is not None:
                    trend.append((pressed, rss_mb()))
            await _settle(app, pilot, 4)
            gc.collect()
            end_rss = rss_mb()
            app.exit()
    except BaseException as e:  # the soak's whole point is to report this
        error = "".join(traceback.format_exception(e))[-3000:]
        end_rss = rss_mb()
    growth = (end_rss / warm_rss - 1) if warm_rss else None
    # Least-squares slope of RSS over presses after the warm-up: a steady climb is a leak even when
    # the total stays under the limit for this many keys.
    slope = None
    if len(trend) >= 3:
        xs, ys = [k for k, _ in trend], [m for _, m in trend]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        var = sum((x - mx) ** 2 for x in xs)
        slope = 1000 * sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var if var else None
    return {
        "rss_slope_mb_per_1000_keys": slope,
        "keys": pressed,
        "actions": counts,
        "seconds": time.perf_counter() - t0,
        "rss_after_warmup_mb": warm_rss,
        "rss_end_mb": end_rss,
        "growth": growth,
        "peak_rss_mb": peak_rss_mb(),
        "rss_trend": trend,
        "error": error,
        "pass": error is None and growth is not None and growth < GROWTH_LIMIT,
    }


def run(passages: int, keys: int, seed: int, index_dir: Path) -> dict:
    from icereader.index.engine import Engine

    corpus = generate(passages, seed)
    t0 = time.perf_counter()
    eng = Engine(corpus, index_dir)
    eng.sync()  # a full build only if nothing indexed this corpus yet
    eng.close()
    sync_s = time.perf_counter() - t0
    result = asyncio.run(_soak(corpus, index_dir, keys, seed))
    result.update(
        {
            "corpus": str(corpus),
            "articles": info(corpus)["articles"],
            "passages": passages,
            "index_sync_before_s": sync_s,
        }
    )
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--passages", type=int, default=100_000)
    ap.add_argument("--keys", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--index-dir", type=Path, default=Path("/tmp/bench-index"))
    ap.add_argument("--json", type=Path, help="also write the result here")
    a = ap.parse_args(argv)
    result = run(a.passages, a.keys, a.seed, a.index_dir)
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(result, indent=1))
    print("BENCH-SOAK " + json.dumps(result), flush=True)
    g = result["growth"]
    print(
        f"soak: {result['keys']} keys in {result['seconds']:.0f}s, RSS {result['rss_after_warmup_mb'] or 0:.0f}"
        f" → {result['rss_end_mb']:.0f} MB ({'n/a' if g is None else f'{g:+.1%}'}), "
        f"{'no exception' if not result['error'] else 'EXCEPTION'}: {'PASS' if result['pass'] else 'FAIL'}"
    )
    if result["error"]:
        print(result["error"])


if __name__ == "__main__":
    main()

"""Index lifecycle: full build, incremental updates, and the unchanged start-up check.

Why through `Engine.sync()` and nothing lower: that is what the reader and `icereader index` call,
so the numbers include reading, decoding, cleaning, extraction, Whoosh writing and the reopen,
exactly the time a user waits. Files touched for the incremental runs are restored afterwards (the
corpus folder is shared between runs) and a final sync brings the index back in line.
"""

from __future__ import annotations

import inspect
import os
import shutil
import tempfile
from pathlib import Path

from .generate import article_text
from .stats import summary, timed


def _engine(corpus: Path, index_dir: Path):
    from icereader.index.engine import Engine

    return Engine(corpus, index_dir)


def procs_supported() -> bool:
    """Hook for a multi-process build: measured only once `Engine.sync` accepts `procs`."""
    from icereader.index.engine import Engine

    return "procs" in inspect.signature(Engine.sync).parameters


def full_build(corpus: Path, index_dir: Path, passages: int, repeats: int) -> dict:
    """`sync(rebuild=True)` end to end; passages/s from the median and the p95 time."""
    secs: list[float] = []
    files = 0
    for _ in range(repeats):
        eng = _engine(corpus, index_dir)
        ms, report = timed(lambda: eng.sync(rebuild=True))
        eng.close()
        secs.append(ms / 1000)
        files = report.files
    s = summary(secs, "s")
    out = {
        "time": s,
        "files": files,
        "passages": passages,
        "passages_per_s": {"median": passages / s["median"], "p95": passages / s["p95"], "n": s["n"]},
        "procs": 1,
    }
    if procs_supported():
        psecs = []
        for _ in range(repeats):
            eng = _engine(corpus, index_dir)
            ms, _ = timed(lambda: eng.sync(rebuild=True, procs=2))
            eng.close()
            psecs.append(ms / 1000)
        ps = summary(psecs, "s")
        out["procs2"] = {"time": ps, "passages_per_s": {"median": passages / ps["median"], "p95": passages / ps["p95"]}}
    else:
        out["procs2"] = (
            "not supported: Engine.sync() has no procs parameter (store.Writer opens ix.writer(limitmb=256))"
        )
    return out


def unchanged(corpus: Path, index_dir: Path, repeats: int) -> dict:
    """`sync()` on an unchanged, already indexed corpus, with a fresh Engine each time (as at
    start-up); the first call is a warm-up for the page cache."""
    eng = _engine(corpus, index_dir)
    eng.sync()
    eng.close()
    samples = []
    for _ in range(repeats + 1):
        eng = _engine(corpus, index_dir)
        ms, report = timed(eng.sync)
        eng.close()
        if not report.up_to_date:
            raise RuntimeError(f"corpus not seen as unchanged: {report}")
        samples.append(ms)
    return {"sync": summary(samples[1:]), "files": report.files}


def _changed_text(text: str, marker: str) -> str:
    """The same article with one paragraph rewritten (a new sentence with a unique word)."""
    paras = text.split("\n\n")
    i = min(len(paras) - 1, 3)
    paras[i] += f" A later update said {marker} officials revised the count."
    return "\n\n".join(paras)


def incremental(corpus: Path, index_dir: Path, repeats: int, seed: int) -> dict:
    """Per repeat: add one new article, change one, remove one, each followed by a timed
    `sync()`; then an untimed restore. Checks the change is searchable right after its sync."""
    eng = _engine(corpus, index_dir)
    eng.sync()
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    add_ms, change_ms, remove_ms, visible = [], [], [], []
    aside = Path(tempfile.mkdtemp(prefix="bench-aside-"))
    try:
        for i in range(repeats):
            added = corpus / f"zz_bench_added_{os.getpid()}_{i}.txt"
            changed = files[(i * 37 + 5) % len(files)]
            removed = files[(i * 53 + 11) % len(files)]
            original, st = changed.read_bytes(), changed.stat()
            try:
                added.write_text(article_text(seed + 1000, i, 9), encoding="utf-8")
                ms, rep = timed(eng.sync)
                _expect(rep.added, added.name, "added")
                add_ms.append(ms)

                marker = f"zqxbench{i}x{os.getpid()}"
                changed.write_text(_changed_text(original.decode("utf-8"), marker), encoding="utf-8")
                ms, rep = timed(eng.sync)
                _expect(rep.changed, changed.name, "changed")
                change_ms.append(ms)
                visible.append(eng.search(marker, 5).total > 0)

                shutil.move(str(removed), aside / removed.name)
                ms, rep = timed(eng.sync)
                _expect(rep.removed, removed.name, "removed")
                remove_ms.append(ms)
            finally:
                added.unlink(missing_ok=True)
                if (aside / removed.name).exists():
                    shutil.move(str(aside / removed.name), removed)
                changed.write_bytes(original)
                os.utime(changed, ns=(st.st_atime_ns, st.st_mtime_ns))
                eng.sync()  # restore: the index matches the corpus again
    finally:
        eng.close()
        shutil.rmtree(aside, ignore_errors=True)
    return {
        "add": summary(add_ms),
        "change": summary(change_ms),
        "remove": summary(remove_ms),
        "change_searchable": all(visible),
    }


def _expect(paths: list[str], name: str, what: str) -> None:
    if name not in paths:
        raise RuntimeError(f"sync did not report {name} as {what}: {paths}")

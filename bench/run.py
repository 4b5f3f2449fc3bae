"""The one command: generate corpora, run every measurement group, print the table, save JSON.

    python -m bench                          # 1k and 10k passages, 3 repeats (a few minutes)
    python -m bench --sizes 1k,10k,100k      # adds the 100k corpus (≈10,000 articles; ~10 min more)
    python -m bench --quick                  # 1k only, 1 repeat: does everything still run?
    python -m bench --soak                   # also the 2,000-key soak on the 10,000-article corpus
    python -m bench --profile                # also cProfile/importtime dumps of the slow steps
    python -m bench --sizes 100k --queries-only --skip-extract   # search vs FTS5 and start-up only

Why one process per size group but subprocesses for start-up, memory and soak: engine timings
share warm caches like a running reader does, while start-up and RSS must start from a fresh
interpreter. Results are saved after every group, so an interrupted run keeps what it measured.
Corpora are generated once into /tmp/bench-corpora and reused; indexes live in /tmp/bench-index
(never the user cache).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # `python bench/run.py` as well as `python -m bench`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "bench"

from . import m_build, m_extract, m_query, m_startup, report  # noqa: E402
from .generate import DEFAULT_ROOT, corpus_dir, generate, info  # noqa: E402
from .queries import mix  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


def parse_sizes(text: str) -> list[int]:
    out = []
    for part in text.split(","):
        part = part.strip().lower()
        if part:
            mult = 1000 if part.endswith("k") else 1
            out.append(int(float(part.rstrip("k")) * mult))
    return sorted(set(out))


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


class Run:
    def __init__(self, args: argparse.Namespace) -> None:
        self.a = args
        self.results: dict[str, Any] = {"meta": self._meta(), "sizes": {}, "startup": {}}
        RESULTS.mkdir(parents=True, exist_ok=True)
        self.path = RESULTS / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"

    def _meta(self) -> dict:
        a = self.a
        try:
            commit = subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=m_startup.REPO
            ).stdout.strip()
            dirty = subprocess.run(
                ["git", "status", "--porcelain", "--", "index", "tui"],
                capture_output=True,
                text=True,
                cwd=m_startup.REPO,
            ).stdout.strip()
        except OSError:
            commit, dirty = "?", ""
        return {
            "started": time.strftime("%Y-%m-%d %H:%M:%S"),
            "commit": commit,
            "engine_uncommitted_changes": bool(dirty),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "loadavg_start": os.getloadavg(),
            "argv": sys.argv[1:],
            "sizes": a.sizes,
            "repeats": a.repeats,
            "seed": a.seed,
            "quick": a.quick,
            "queries": [q.text for q in mix(a.seed)],
        }

    def save(self) -> None:
        self.results["meta"]["loadavg_now"] = os.getloadavg()
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.results, indent=1, default=str))
        os.replace(tmp, self.path)
        latest = RESULTS / "latest.json"
        latest.unlink(missing_ok=True)
        latest.symlink_to(self.path.name)

    def group(self, where: dict, name: str, fn: Callable[[], Any], label: str) -> Any:
        """Run one measurement group; a failure is recorded (the engine is being edited by others)
        and the run goes on."""
        log(f"{label} {name} …")
        t0 = time.perf_counter()
        try:
            where[name] = fn()
            log(f"{label} {name} done in {time.perf_counter() - t0:.1f} s")
            return where[name]
        except Exception:
            where.setdefault("errors", {})[name] = traceback.format_exc()
            log(f"{label} {name} FAILED:\n{traceback.format_exc()}")
            return None
        finally:
            self.save()

    # --- per corpus size -------------------------------------------------------------------------

    def size(self, n: int) -> None:
        a = self.a
        label = f"[{n // 1000}k]" if n % 1000 == 0 else f"[{n}]"
        log(f"{label} corpus …")
        corpus = generate(n, a.seed, corpus_dir(n, a.seed, a.corpora))
        r: dict[str, Any] = {"corpus": {**info(corpus), "path": str(corpus)}, "errors": {}}
        self.results["sizes"][str(n)] = r
        idx = a.index_root
        build_reps = a.build_repeats or (
            1 if n >= 100_000 or a.quick else min(a.repeats, 2) if n >= 10_000 else a.repeats
        )
        if not a.queries_only:
            self.group(r, "build", lambda: m_build.full_build(corpus, idx, n, build_reps), label)
            self.group(r, "unchanged", lambda: m_build.unchanged(corpus, idx, 3 if a.quick else 10), label)
            self.group(r, "incremental", lambda: m_build.incremental(corpus, idx, a.repeats, a.seed), label)
        eng = None
        try:
            eng = m_query.open_engine(corpus, idx)
            fts = self.group(r, "fts5_build", lambda: m_query.build_fts5(eng, idx / f"fts5-p{n}.sqlite"), label)
            if fts is not None:
                db, r["fts5_build"] = fts
                self.group(r, "search", lambda: m_query.search(eng, db, a.repeats, a.seed), label)
                db.close()
            self.group(r, "related", lambda: m_query.related(eng, a.repeats, a.seed, 10 if a.quick else 20), label)
            self.group(r, "views", lambda: m_query.views(eng, a.repeats, a.seed), label)
        except Exception:
            r["errors"]["open"] = traceback.format_exc()
            log(f"{label} open FAILED:\n{r['errors']['open']}")
        finally:
            if eng is not None:
                eng.close()
            self.save()
        print(report.render(report.size_rows(n, r)), flush=True)

    # --- once per run ------------------------------------------------------------------------------

    def extraction(self) -> None:
        a = self.a
        self.group(
            self.results,
            "extraction",
            lambda: m_extract.run(a.seed, 10 if a.quick else 40, 1 if a.quick else a.repeats),
            "[extract]",
        )

    def startup(self) -> None:
        a = self.a
        idx = a.index_root
        ui_queries = [q.text for q in mix(a.seed)][::5][:11]  # one of each kind, spread over the mix
        targets = [("bundled", "bundled", None)]
        if a.sizes:
            n = max(a.sizes)
            targets.append((f"p{n}", str(corpus_dir(n, a.seed, a.corpora)), n))
        for key, corpus, _ in targets:
            st: dict[str, Any] = {"corpus": corpus, "errors": {}}
            self.results["startup"][key] = st
            label = f"[start-up {key}]"
            try:
                from icereader.index.engine import Engine

                eng = Engine(None if corpus == "bundled" else corpus, idx)
                eng.sync()  # "already indexed": the probes then only check it
                st["articles"] = len(eng.articles())
                eng.close()
            except Exception:
                st["errors"]["index"] = traceback.format_exc()
                continue
            reps = 2 if a.quick else a.startup_repeats
            self.group(st, "headless", lambda: m_startup.headless(corpus, idx, reps, ui_queries), label)
            if not a.no_tmux:
                self.group(st, "tmux", lambda: m_startup.tmux(corpus, idx, 1 if a.quick else a.tmux_repeats), label)

    def soak(self) -> None:
        a = self.a
        out = RESULTS / f"soak-{time.strftime('%Y%m%d-%H%M%S')}.json"

        def go() -> dict:
            cmd = [
                sys.executable,
                "-m",
                "bench.soak",
                "--passages",
                str(a.soak_passages),
                "--keys",
                str(a.soak_keys),
                "--seed",
                str(a.seed),
                "--index-dir",
                str(a.index_root),
                "--json",
                str(out),
            ]
            subprocess.run(cmd, cwd=m_startup.REPO, check=False)
            return json.loads(out.read_text())

        self.group(self.results, "soak", go, "[soak]")

    def profile(self) -> None:
        from .profiling import import_times, profile

        a = self.a
        pdir = RESULTS / f"profile-{time.strftime('%Y%m%d-%H%M%S')}"
        pdir.mkdir(parents=True, exist_ok=True)
        out: dict[str, Any] = {"folder": str(pdir)}
        self.results["profile"] = out
        n = max(a.sizes)
        corpus = corpus_dir(n, a.seed, a.corpora)
        small = corpus_dir(min(n, 10_000), a.seed, a.corpora)
        generate(min(n, 10_000), a.seed, small)
        from icereader.index.engine import Engine

        def build() -> None:
            Engine(small, a.index_root).sync(rebuild=True)

        profile(build, pdir / "build")
        out["build_corpus"] = small.name
        eng = Engine(corpus, a.index_root)
        eng.sync()
        queries = [q.text for q in mix(a.seed)]
        profile(lambda: [eng.search(q, 20) for q in queries], pdir / "search")
        picks = m_query.sample_passages(eng, 20, a.seed)
        profile(lambda: [eng.related(aid, p) for aid, p in picks], pdir / "related")
        profile(lambda: Engine(corpus, a.index_root).sync(), pdir / "unchanged")

        def cold_speakers() -> None:
            eng.reopen()
            eng.speakers()

        profile(cold_speakers, pdir / "speakers")
        profile(eng.figures, pdir / "figures")
        eng.close()
        out["imports_reader"] = import_times("icereader.tui.app", pdir / "importtime-reader.txt")
        out["imports_bare"] = import_times("bench.bare_app", pdir / "importtime-bare.txt")
        log(f"[profile] written to {pdir}")
        self.save()

    def main(self) -> int:
        a = self.a
        t0 = time.perf_counter()
        for n in a.sizes:
            self.size(n)
        if not a.skip_extract:
            self.extraction()
        if not a.skip_startup:
            self.startup()
        if a.soak:
            self.soak()
        if a.profile:
            self.profile()
        self.results["meta"]["seconds"] = time.perf_counter() - t0
        self.save()
        print()
        print(report.render(report.all_rows(self.results)))
        print(f"\nJSON: {self.path}  ({time.perf_counter() - t0:.0f} s)")
        return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m bench",
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n")[1],
    )
    ap.add_argument("--sizes", default=None, help="passages per corpus, e.g. 1k,10k,100k (default 1k,10k; --quick: 1k)")
    ap.add_argument("--repeats", type=int, default=None, help="repeats per measurement (default 3; --quick: 1)")
    ap.add_argument(
        "--build-repeats",
        type=int,
        default=None,
        help="full builds per size (default: repeats, at most 2 at 10k, 1 at 100k)",
    )
    ap.add_argument("--startup-repeats", type=int, default=5)
    ap.add_argument("--tmux-repeats", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="1k passages, 1 repeat, fewer start-up runs")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--soak", action="store_true", help="also run bench/soak.py (2,000 keys, 10,000 articles)")
    ap.add_argument("--soak-keys", type=int, default=2000)
    ap.add_argument("--soak-passages", type=int, default=100_000)
    ap.add_argument("--profile", action="store_true", help="also write cProfile and importtime dumps")
    ap.add_argument("--no-tmux", action="store_true", help="skip the tmux start-up timing")
    ap.add_argument(
        "--queries-only",
        action="store_true",
        help="per size, only search, related and views (the index is built once, untimed, if missing)",
    )
    ap.add_argument("--skip-startup", action="store_true")
    ap.add_argument("--skip-extract", action="store_true")
    ap.add_argument("--corpora", type=Path, default=DEFAULT_ROOT, help="where generated corpora are kept")
    ap.add_argument(
        "--index-root", type=Path, default=Path("/tmp/bench-index"), help="index folder (never the user cache)"
    )
    return ap


def main(argv: list[str] | None = None) -> int:
    a = build_parser().parse_args(argv)
    a.sizes = parse_sizes(a.sizes or ("1k" if a.quick else "1k,10k"))
    a.repeats = a.repeats or (1 if a.quick else 3)
    a.index_root.mkdir(parents=True, exist_ok=True)
    return Run(a).main()


if __name__ == "__main__":
    sys.exit(main())

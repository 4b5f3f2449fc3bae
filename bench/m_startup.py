"""Start-up of the reader against the bare-app floor: headless (Pilot) and in a real terminal (tmux).

Why both: the headless driver gives exact frame times (see probe.py) but skips terminal output;
tmux adds the real driver, escape-sequence output and terminal parsing, observed from outside the
way a user sees it (the pane text). Both are measured from before the process is spawned, for the
reader and for the bare app in alternation, so the ratio is taken under the same load.
"""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .bare_app import READY_TEXT
from .stats import summary

REPO = Path(__file__).resolve().parent.parent
READER_READY = "Articles ("  # the list's border title once articles are loaded


def byte_compile() -> None:
    """Write the .pyc files of the sources, as installing the package does. Without them (an
    editable install under PYTHONDONTWRITEBYTECODE=1, as on the bench machine) every start
    compiles the reader's modules again, some 120 ms that an installed reader does not pay."""
    for folder in ("index", "tui", "bench"):
        compileall.compile_dir(REPO / folder, quiet=1)


def ratios(reader: list[float | None], bare: list[float | None]) -> dict:
    """Each reader run over the bare run just before it: on a shared machine the load changes
    between pairs more than within one."""
    return summary([r / b for r, b in zip(reader, bare, strict=True) if r and b], "×")


def probe(
    app: str,
    corpus: str,
    index_dir: Path,
    queries: list[str] | None = None,
    views: bool = False,
    timeout: float = 180.0,
) -> dict:
    """One headless probe run in a fresh interpreter; its marks (ms since spawn)."""
    cmd = [
        sys.executable,
        "-m",
        "bench.probe",
        "--app",
        app,
        "--corpus",
        corpus,
        "--index-dir",
        str(index_dir),
        "--timeout",
        str(timeout),
    ]
    if queries:
        cmd += ["--queries", json.dumps(queries)]
    if views:
        cmd.append("--views")
    env = dict(os.environ, BENCH_T0=repr(time.monotonic()))
    out = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout + 60)
    line = next((ln for ln in reversed(out.stdout.splitlines()) if ln.startswith("BENCH-PROBE ")), None)
    if line is None:
        raise RuntimeError(f"probe gave no result (exit {out.returncode}): {out.stderr[-500:]}")
    marks = json.loads(line.removeprefix("BENCH-PROBE "))
    if not marks.get("ok"):
        raise RuntimeError(f"probe failed: {marks.get('error')}")
    return marks


def headless(corpus: str, index_dir: Path, repeats: int, queries: list[str]) -> dict:
    """Alternating bare/reader runs; the reader also searches, then reports its peak RSS."""
    byte_compile()
    bare, reader = [], []
    for _ in range(repeats):
        bare.append(probe("bare", "bundled", index_dir))
        reader.append(probe("reader", corpus, index_dir, queries))
    views = probe("reader", corpus, index_dir, queries[:3], views=True)

    def col(runs: list[dict], key: str) -> dict:
        return summary([r[key] for r in runs if r.get(key) is not None], "MB" if key.endswith("_mb") else "ms")

    ui = [x for r in reader for x in r.get("ui_search_after_debounce_ms", [])]
    return {
        "bare": {
            "first_paint": col(bare, "first_paint"),
            "imported": col(bare, "imported"),
            "peak_rss_mb": col(bare, "vmhwm_mb"),
        },
        "reader": {
            "first_paint": col(reader, "first_paint"),
            "imported": col(reader, "imported"),
            "list_painted": col(reader, "list_painted"),
            "list_painted_x_bare": ratios(
                [r.get("list_painted") for r in reader], [b.get("first_paint") for b in bare]
            ),
            "first_results": col(reader, "first_results_painted"),
            "ui_search_after_debounce": summary(ui),
            "peak_rss_mb": col(reader, "vmhwm_mb"),
            "articles": reader[0].get("articles"),
        },
        "with_speakers_view": {"speakers_view_ms": views.get("speakers_view_ms"), "peak_rss_mb": views.get("vmhwm_mb")},
    }


class Tmux:
    """A private tmux server (own socket), kept warm by an idle session and killed at the end."""

    def __init__(self) -> None:
        self.sock = f"icereader-bench-{os.getpid()}"
        self.n = 0
        self._run("new-session", "-d", "-s", "keep", "-x", "120", "-y", "40", "sleep 3600")

    def _run(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.sock, *args], capture_output=True, text=True, check=True).stdout

    def time_until(self, command: str, ready: str, timeout: float) -> dict:
        """ms from spawning `command` in a 120×40 pane to its first non-blank frame and to the
        pane containing `ready`."""
        self.n += 1
        name = f"s{self.n}"
        t0 = time.monotonic()
        self._run(
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "120",
            "-y",
            "40",
            "-c",
            str(REPO),
            "-e",
            "COLORTERM=truecolor",
            command,
        )
        first = None
        try:
            while True:
                text = self._run("capture-pane", "-p", "-t", name)
                t = (time.monotonic() - t0) * 1000
                if first is None and text.strip():
                    first = t
                if ready in text:
                    return {"first_paint": first, "ready": t}
                if t > timeout * 1000:
                    raise TimeoutError(f"{ready!r} never appeared; pane: {text[-300:]!r}")
                time.sleep(0.01)
        finally:
            subprocess.run(["tmux", "-L", self.sock, "kill-session", "-t", name], capture_output=True)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.sock, "kill-server"], capture_output=True)


def tmux(corpus: str, index_dir: Path, repeats: int, timeout: float = 180.0) -> dict:
    py = sys.executable
    corpus_arg = "" if corpus == "bundled" else f" --corpus {corpus}"
    reader_cmd = f"{py} -m icereader.tui.cli{corpus_arg} --index-dir {index_dir}"
    bare_cmd = f"{py} -m bench.bare_app"
    byte_compile()
    t = Tmux()
    bare, reader = [], []
    try:
        for _ in range(repeats):
            bare.append(t.time_until(bare_cmd, READY_TEXT, timeout))
            reader.append(t.time_until(reader_cmd, READER_READY, timeout))
    finally:
        t.close()
    return {
        "bare": {
            "first_paint": summary([r["first_paint"] for r in bare]),
            "ready": summary([r["ready"] for r in bare]),
        },
        "reader": {
            "first_paint": summary([r["first_paint"] for r in reader]),
            "ready": summary([r["ready"] for r in reader]),
            "ready_x_bare": ratios([r["ready"] for r in reader], [b["ready"] for b in bare]),
        },
    }

"""Optional profiles of the slow steps, so a FAIL comes with the functions that cost the time.

Why cProfile (stdlib) plus `-X importtime`: no new dependency; cProfile names the engine functions
behind build, search, related and sync; importtime names the modules behind start-up. Each profile
is saved as .prof (for snakeviz/pstats) and as a text top list next to the JSON results.
(Named `profiling`, not `profile`: a bench/profile.py would shadow the stdlib module cProfile uses.)
"""

from __future__ import annotations

import cProfile
import io
import pstats
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .m_startup import REPO


def profile(fn: Callable[[], Any], out: Path, top: int = 35) -> str:
    """Run `fn` under cProfile; write out.prof and out.txt; return the text."""
    prof = cProfile.Profile()
    prof.enable()
    try:
        fn()
    finally:
        prof.disable()
    prof.dump_stats(str(out.with_suffix(".prof")))
    buf = io.StringIO()
    for key in ("cumulative", "tottime"):
        buf.write(f"=== sorted by {key} ===\n")
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(top)
    text = buf.getvalue()
    out.with_suffix(".txt").write_text(text)
    return text


def import_times(module: str, out: Path, top: int = 25) -> list[tuple[str, int]]:
    """Modules by cumulative import time (µs) for `import module` in a fresh interpreter."""
    res = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"], cwd=REPO, capture_output=True, text=True
    )
    rows = []
    for line in res.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if not line.startswith("import time:") or len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        rows.append((parts[2].strip(), int(parts[1])))
    out.write_text(res.stderr)
    # Top-level (least indented) modules are what the import statement pulled in directly.
    return sorted(rows, key=lambda r: -r[1])[:top]

"""Same-session A/B of cleaning and extraction against an earlier commit: speed and output.

    python -m bench.ab [REF] [--texts DIR ...] [--rounds 7]

REF (default HEAD) is checked out in a temporary worktree and imported under the package's name
from there, in its own interpreter; the working tree is the other side. The two sides run in
alternating rounds over the same texts (the bundled articles, generated long articles, and any
folders of .txt given), so load on the machine falls on both alike; the report gives each side's
median ms per 1,000 words for clean and for clean + extract, their ratio, and the texts whose
quotes or figures differ between the sides (identical output is the check for a refactor).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUNNER = r"""
import hashlib, json, sys, time
from icereader.index.extract import extract
from icereader.index.text.clean import clean
texts = json.load(open(sys.argv[1]))
repeats = int(sys.argv[2])
for _, t in texts:
    extract(clean(t))
clean_s = total_s = 0.0
words = 0
out = {}
for _ in range(repeats):
    for name, t in texts:
        t0 = time.perf_counter(); c = clean(t); t1 = time.perf_counter(); q, f = extract(c); t2 = time.perf_counter()
        clean_s += t1 - t0; total_s += t2 - t0; words += len(c.text.split())
        out[name] = hashlib.blake2b(json.dumps([[x.text, x.start, x.speaker, x.rule] for x in q]
            + [[x.text, x.start, x.counts, x.value, x.value_max] for x in f]).encode(), digest_size=8).hexdigest()
print(json.dumps({"clean": clean_s * 1e6 / words, "total": total_s * 1e6 / words, "out": out}))
"""


def _texts(folders: list[Path]) -> list[tuple[str, str]]:
    from icereader.index.sync.scan import bundled_corpus

    from .generate import Pools, long_article

    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(bundled_corpus().glob("*.txt"))]
    pools = Pools(7)
    texts += [(f"generated-{k}", long_article(7, k, pools=pools)) for k in range(6)]
    for folder in folders:
        texts += [
            (f"{folder.name}/{p.name}", p.read_text(encoding="utf-8", errors="replace"))
            for p in sorted(folder.glob("*.txt"))
        ]
    return texts


def _side(pythonpath: str | None, texts_file: str, repeats: int) -> dict:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, texts_file, str(repeats)],
        capture_output=True,
        text=True,
        env=env,
        cwd="/",
        check=True,
    )
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ab", description=__doc__.split("\n\n")[0])
    ap.add_argument("ref", nargs="?", default="HEAD")
    ap.add_argument("--texts", nargs="*", type=Path, default=[], help="folders of .txt articles to add")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--repeats", type=int, default=2, help="passes over the texts per round")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), a.ref], check=True)
        try:
            (Path(tmp) / "path" / "icereader").mkdir(parents=True)
            (Path(tmp) / "path" / "icereader" / "index").symlink_to(tree / "index")
            texts_file = str(Path(tmp) / "texts.json")
            Path(texts_file).write_text(json.dumps(_texts(a.texts)))
            base, work = [], []
            for _ in range(a.rounds):
                base.append(_side(str(Path(tmp) / "path"), texts_file, a.repeats))
                work.append(_side(None, texts_file, a.repeats))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    for key, label in (("clean", "clean"), ("total", "clean + extract")):
        b = statistics.median(r[key] for r in base)
        w = statistics.median(r[key] for r in work)
        print(f"{label:<16} {a.ref}: {b:6.2f} ms/1k words   working tree: {w:6.2f}   ratio {w / b:.3f}")
    differ = sorted(n for n in base[0]["out"] if base[0]["out"][n] != work[0]["out"].get(n))
    total = len(base[0]["out"])
    print("output: identical" if not differ else f"output: {len(differ)} of {total} texts differ")
    for name in differ[:20]:
        print(f"  differs: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The index on disk survives kills, concurrent instances and damage."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from icereader.index.engine import Engine

CLI = [sys.executable, "-m", "icereader.tui.cli"]


def make_corpus(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"story{i:04}.txt").write_text(
            f"Raids in city {i}\n\nICE said {i + 10} people were arrested in the operation.\n\n"
            f'"We are enforcing the law in every city," ICE spokesman Jo Diaz{i % 7} said on Monday.\n',
            encoding="utf-8",
        )
    return root


def consistent(corpus: Path, index_dir: Path) -> int:
    """Open the index as a new process would; return how many articles it holds."""
    engine = Engine(corpus, index_dir)
    engine.sync()
    count = len(engine.articles())
    assert count == len(list(corpus.glob("*.txt")))
    assert engine.search("arrested").hits
    engine.close()
    return count


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_during_a_build_never_leaves_a_broken_index(tmp_path: Path, seed: int):
    corpus = make_corpus(tmp_path / "c", 400)
    index_dir = tmp_path / "idx"
    args = [*CLI, "index", "--corpus", str(corpus), "--index-dir", str(index_dir)]
    subprocess.run(args, check=True, capture_output=True)  # an old, good index
    for n in range(400, 460):
        (corpus / f"story{n:04}.txt").write_text(f"New {n}\n\nICE said {n} were arrested.\n", encoding="utf-8")
    rng = random.Random(seed)
    proc = subprocess.Popen([*args, "--rebuild"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.3, 2.5))
    helpers = children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert consistent(corpus, index_dir) == 460
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in helpers if Path(f"/proc/{pid}").exists()], "worker processes outlived the build"


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (the build's worker processes)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_two_builders_at_once(tmp_path: Path):
    corpus = make_corpus(tmp_path / "c", 300)
    index_dir = tmp_path / "idx"
    args = [*CLI, "index", "--corpus", str(corpus), "--index-dir", str(index_dir)]
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    built = sum("index built" in out for out, _ in outs)
    assert built == 1, outs  # the second waited, then found the index current
    assert consistent(corpus, index_dir) == 300


def test_reader_of_the_last_good_index_while_another_process_writes(tmp_path: Path):
    corpus = make_corpus(tmp_path / "c", 200)
    index_dir = tmp_path / "idx"
    reader = Engine(corpus, index_dir)
    reader.sync()
    for n in range(200, 400):
        (corpus / f"story{n:04}.txt").write_text(f"New {n}\n\nICE said {n} were arrested.\n", encoding="utf-8")
    writer = subprocess.Popen(
        [*CLI, "index", "--corpus", str(corpus), "--index-dir", str(index_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    while writer.poll() is None:  # the first process keeps answering from its generation
        assert reader.search("arrested").hits
        assert len(reader.articles()) == 200
        time.sleep(0.05)
    assert writer.returncode == 0
    reader.sync()
    assert len(reader.articles()) == 400


def test_busy_index_times_out_with_a_clear_error(tmp_path: Path):
    from icereader.index.errors import IndexBusy
    from icereader.index.storage import generations as store

    corpus = make_corpus(tmp_path / "c", 3)
    engine = Engine(corpus, tmp_path / "idx")
    with store.write_lock(engine.base, 1):
        with pytest.raises(IndexBusy, match="another icereader"):
            engine.sync(wait=0.3)

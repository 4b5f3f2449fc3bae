"""A folder the size real users have, opened in the reader: the first build, a rebuild after
many changes, and a damaged index all run the multi-process build from inside the app."""

from __future__ import annotations

import shutil
from multiprocessing import resource_tracker
from pathlib import Path

import pytest
from icereader.index.engine import Engine
from icereader.index.sync.scan import bundled_corpus
from icereader.index.sync.update import POOL_MIN_FILES
from icereader.tui.app import IceReaderApp
from pilot import workers_done

SIZE = (120, 40)
FILES = 260
assert FILES > POOL_MIN_FILES  # the build takes the process pool


def _folder(root: Path, n: int) -> Path:
    seeds = sorted(bundled_corpus().glob("*.txt"))
    root.mkdir()
    for k in range(n):
        text = seeds[k % len(seeds)].read_text(encoding="utf-8")
        (root / f"story-{k:03}.txt").write_text(
            f"{text}\n\nUpdate {k}: officials said {k + 3} more people were held.\n", encoding="utf-8"
        )
    return root


@pytest.fixture
def fresh_tracker():
    """No resource tracker running yet, as in a reader just started: the pool starts one from
    inside the app (where sys.stderr has no file descriptor)."""
    resource_tracker._resource_tracker._stop()
    yield


async def _ready(app, pilot, seconds: float = 120.0) -> None:
    waited = 0.0
    while not app.index_ready or any(w.group == "index" and w.is_running for w in app.workers):
        await pilot.pause(0.25)
        waited += 0.25
        assert waited < seconds, "the index was not built in time"
    await workers_done(app)
    await pilot.pause(0.1)


async def test_a_folder_of_260_files_opens_in_the_reader(tmp_path: Path, fresh_tracker):
    corpus = _folder(tmp_path / "folder", FILES)
    app = IceReaderApp(Engine(corpus, tmp_path / "idx"))
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        assert app.screen.query_one("#articles").count == FILES
        assert app.screen_stack[0].query_one("#document").article is not None
        # Many changes at once (a full rebuild) with ctrl+r, still from inside the app.
        for k in range(FILES // 2 + 60):
            (corpus / f"story-{k:03}.txt").write_text(
                f"Changed {k}\n\nICE said {k} people were arrested.\n", encoding="utf-8"
            )
        for k in range(40):
            (corpus / f"new-{k:03}.txt").write_text(
                f"New story {k}\n\nAgents detained {k + 1} people.\n", encoding="utf-8"
            )
        await pilot.press("ctrl+r")
        await _ready(app, pilot)
        assert app.screen.query_one("#articles").count == FILES + 40
    assert app.return_code in (None, 0)


async def test_a_damaged_index_of_a_big_folder_is_rebuilt_in_the_reader(tmp_path: Path, fresh_tracker):
    corpus = _folder(tmp_path / "folder", FILES)
    engine = Engine(corpus, tmp_path / "idx")
    engine.sync()
    engine.close()
    live = (tmp_path / "idx").glob("*/CURRENT")
    for pointer in live:
        generation = pointer.parent / pointer.read_text().strip()
        for segment in generation.glob("*.seg"):
            segment.write_bytes(b"damaged")
        shutil.rmtree(generation / "facts.db", ignore_errors=True)
        (generation / "facts.db").write_bytes(b"not a database")
    app = IceReaderApp(Engine(corpus, tmp_path / "idx"))
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        assert app.screen.query_one("#articles").count == FILES

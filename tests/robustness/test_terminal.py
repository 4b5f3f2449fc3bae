"""Odd terminals: tiny to huge, resized while running, hostile text in a real terminal."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from icereader.index.engine import Engine
from icereader.tui.app import IceReaderApp
from pilot import settle


@pytest.mark.parametrize("size", [(40, 12), (80, 24), (120, 40), (300, 100)])
async def test_every_size_and_resizing(engine: Engine, size):
    app = IceReaderApp(engine)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        shown = lambda pane: app.screen.query_one(pane).display  # noqa: E731
        assert shown("#sidebar") == (size[0] >= 100)
        assert shown("#articles") == (size[0] >= 70 or app.focused.id == "articles")
        await pilot.press("f")  # the figures pane is reachable at every width
        await pilot.pause(0.1)
        assert app.focused.id == "figures" and shown("#sidebar")
        assert shown("#document") == (size[0] >= 70)
        await pilot.press("enter")  # choosing a figure shows it in the text
        await pilot.pause(0.1)
        assert shown("#document")
        await pilot.press("d", "j", "j", "space", "G")
        for w, h in [(40, 12), (300, 100), (90, 30), (61, 15), size]:
            await pilot.resize_terminal(w, h)
            await pilot.pause(0.05)
            assert shown("#document")
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press("enter", "escape")
        await pilot.press("slash", *"arrested", "enter")
        await settle(app, pilot)
        assert app.screen.query_one("#document").hits


HOSTILE = (
    "Hostile page\n\nA title change \x1b]0;pwned-title\x07 and \x1b]2;pwned2\x1b\\ a clear \x1b[2J\x1b[H "
    "and colours \x1b[41;97mRED\x1b[0m, bidi \u202egnirts\u202c, zero\u200bwidth, markup [bold]x[/] [/].\n\n"
    + '"' * 10_000
    + "\n\nUnbalanced \u201cquote that never closes, he said.\n"
)


@pytest.mark.skipif(not shutil.which("tmux"), reason="needs tmux")
@pytest.mark.parametrize("term", ["xterm-256color", "linux"])
def test_hostile_text_never_reaches_the_real_terminal(tmp_path: Path, term: str):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    session = f"icereader-test-{os.getpid()}-{term}"
    cmd = (
        f"TERM={term} NO_COLOR=1 ICEREADER_INDEX_DIR={tmp_path / 'idx'} "
        f"{sys.executable} -m icereader.tui.cli --corpus {corpus}"
    )
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "40", cmd], check=True)
    try:
        screen = ""
        for _ in range(300):  # a busy machine can take a while to index and paint
            time.sleep(0.1)
            screen = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
            if "Hostile page" in screen and "[bold]x[/]" in screen:
                break
        assert "[bold]x[/]" in screen
        assert "pwned" not in screen
        title = subprocess.run(
            ["tmux", "display-message", "-p", "-t", session, "#{pane_title}"], capture_output=True, text=True
        ).stdout
        assert "pwned" not in title
        subprocess.run(["tmux", "send-keys", "-t", session, "j", "j", "j", "G", "g"], check=True)
        time.sleep(0.5)
        alive = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout
        assert "Hostile page" in alive  # still running and painting
    finally:
        subprocess.run(["tmux", "send-keys", "-t", session, "q"])
        time.sleep(0.3)
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)

"""Copying a citation where the user can paste it.

Textual's `copy_to_clipboard` writes OSC 52, which most terminals take but tmux ignores from
applications unless `set-clipboard on`; so inside tmux the text also goes to tmux's paste buffer
(`tmux load-buffer -w`, which also forwards it to the outer terminal's clipboard), and where a
desktop clipboard tool exists (wl-copy, xclip, xsel, pbcopy) it gets the text too.
"""

from __future__ import annotations

import os
import shutil
import subprocess

from textual.app import App

TOOLS = (
    ("wl-copy", ["wl-copy"], "WAYLAND_DISPLAY"),
    ("xclip", ["xclip", "-selection", "clipboard"], "DISPLAY"),
    ("xsel", ["xsel", "--clipboard", "--input"], "DISPLAY"),
    ("pbcopy", ["pbcopy"], None),
)


def _pipe(cmd: list[str], text: str) -> bool:
    try:
        return subprocess.run(cmd, input=text.encode(), capture_output=True, timeout=2).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def copy(app: App, text: str) -> list[str]:
    """Copy `text` every way available; the names of the places it went, for the notice."""
    app.copy_to_clipboard(text)
    places = ["terminal clipboard"]
    if os.environ.get("TMUX") and shutil.which("tmux"):
        if _pipe(["tmux", "load-buffer", "-w", "-"], text) or _pipe(["tmux", "load-buffer", "-"], text):
            places.append("tmux buffer")
    for name, cmd, needs in TOOLS:
        if (needs is None or os.environ.get(needs)) and shutil.which(name) and _pipe(cmd, text):
            places.append(name)
            break
    return places

"""The reader's tests never touch the user's settings or their tmux paste buffer."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("ICEREADER_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("TMUX", raising=False)
    for tool_env in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(tool_env, raising=False)

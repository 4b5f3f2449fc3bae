"""What the reader remembers between runs (the theme), in a JSON file in the platform's config
folder (on Linux ~/.config/icereader/settings.json; ICEREADER_CONFIG_DIR moves it). A missing or
damaged file is the defaults: remembering a theme is never a reason not to start."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

FILENAME = "settings.json"


def folder() -> Path:
    env = os.environ.get("ICEREADER_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("icereader"))


def load() -> dict[str, Any]:
    try:
        data = json.loads((folder() / FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(**changes: Any) -> None:
    """Merge `changes` into the file, written whole and swapped in (never half a file)."""
    data = load() | changes
    try:
        where = folder()
        where.mkdir(parents=True, exist_ok=True)
        tmp = where / f".{FILENAME}.{os.getpid()}"
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, where / FILENAME)
    except OSError:
        pass  # a read-only home: the choice lasts for this run only

"""A folder of articles: the files to read, and the folder's own errors.

Users point icereader at whatever folder they have: saved pages, PDFs, Markdown notes, folders of
folders, symlink loops. Listing one entry never stops the others; each failure becomes a `Skipped`
with a reason a person can act on.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from ..errors import CorpusError
from ..model import Skipped
from ..text.formats import SUFFIXES


class FileStat(NamedTuple):
    size: int
    mtime_ns: int


def bundled_corpus() -> Path:
    """The articles shipped inside the package: the default corpus."""
    return Path(__file__).resolve().parent.parent / "data" / "corpus"


def resolve_root(root: str | os.PathLike[str] | None) -> Path:
    path = bundled_corpus() if root is None else Path(root).expanduser()
    if not path.exists():
        raise CorpusError(f"corpus folder not found: {path}")
    if not path.is_dir():
        raise CorpusError(f"--corpus needs a folder of articles (.txt, .md, .html, .pdf), not a file: {path}")
    return path.resolve()


def scan(root: Path) -> tuple[dict[str, FileStat], list[Skipped]]:
    """Every article file under `root` (relative POSIX path → size and mtime), following folder
    symlinks once each so a symlink loop cannot trap the walk. Plain strings, not Path objects:
    this walk is most of the start-up check of a large unchanged corpus."""
    found: dict[str, FileStat] = {}
    skipped: list[Skipped] = []
    seen: set[tuple[int, int]] = set()
    stack = [(str(root), "")]  # (folder, its path relative to root, ending in "/")
    while stack:
        folder, rel = stack.pop()
        try:
            st = os.stat(folder)
            key = (st.st_dev, st.st_ino)
            if key in seen:
                skipped.append(Skipped(rel.rstrip("/") or ".", "folder visited twice (symlink loop)"))
                continue
            seen.add(key)
            entries = list(os.scandir(folder))
        except OSError as e:
            skipped.append(Skipped(rel.rstrip("/") or ".", f"cannot list folder: {e.strerror or e}"))
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    stack.append((entry.path, f"{rel}{name}/"))
                elif name.lower().endswith(SUFFIXES) and entry.is_file():
                    st = entry.stat()
                    found[rel + name] = FileStat(st.st_size, st.st_mtime_ns)
            except OSError as e:
                skipped.append(Skipped(rel + name, f"cannot read: {e.strerror or e}"))
    return {rel: found[rel] for rel in sorted(found)}, skipped

"""Index generations on disk, the pointer to the live one, and the cross-process write lock.

Layout of one corpus's index folder (`base`):
    CURRENT            name of the live generation, replaced atomically
    lock               held (flock) while a process writes to this corpus's index
    g<time>-<rand>/    a generation: Whoosh segments, facts.db and manifest.json

A full build writes a new generation beside the live one and swaps `CURRENT`, so a build killed
half-way leaves the previous index untouched. Incremental updates write into the live generation
and then rewrite the manifest; a crash between the two only means the same files are re-indexed
next time (every write replaces whole articles, so doing it twice is harmless).
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NotRequired, TypedDict

from ..errors import IndexBroken, IndexBusy

# The layout of a generation's Whoosh index and fact store together; an index written with another
# is rebuilt, and never read (not even for the article list shown at start-up).
# 13: a field of word pairs for phrase search; 14: new attribution rules and figure readings;
# 15: given names from the SSA birth counts; 16: figure readings for the ledger (a charge's
# defendant, places, parts of a group) and attribution rules of the session after 15
SCHEMA_VERSION = 17


def atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class FileEntry(TypedDict):
    """A file the index holds: its size and mtime (to tell it is unchanged without reading it)
    and the digest of its bytes (to tell a touched file from a changed one)."""

    size: int
    mtime_ns: int
    digest: NotRequired[str]


class SkippedEntry(TypedDict):
    """A file skipped last time, with the reason: not read again until it changes."""

    size: int
    mtime_ns: int
    reason: str


class Manifest(TypedDict):
    """What a generation holds, written beside it as manifest.json."""

    schema: int
    icereader: str
    corpus: str
    files: dict[str, FileEntry]
    skipped: dict[str, SkippedEntry]


@dataclass(slots=True)
class Generation:
    path: Path
    manifest: Manifest

    def write_manifest(self) -> None:
        atomic_write(self.path / "manifest.json", json.dumps(self.manifest, sort_keys=True))


def live(base: Path) -> Path | None:
    """The live generation's folder, from the pointer alone (its manifest lists every file: 1 MB
    at 10,000 articles), or None when there is none yet. Raises IndexBroken when the pointer is
    damaged."""
    pointer = base / "CURRENT"
    if not pointer.exists():
        return None
    name = pointer.read_text(encoding="utf-8", errors="replace").strip()
    gen = base / name
    if not name or "/" in name or not gen.is_dir():
        raise IndexBroken(f"index pointer names a missing generation: {name!r}")
    return gen


def current(base: Path) -> Generation | None:
    """The live generation, or None when there is none yet. Raises IndexBroken when the pointer
    or the manifest is damaged (the index files themselves are checked when opened)."""
    gen = live(base)
    if gen is None:
        return None
    try:
        manifest: Manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IndexBroken(f"index manifest unreadable: {e}") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise IndexBroken("index manifest has no file list")
    if not isinstance(manifest.get("skipped"), dict):
        manifest["skipped"] = {}
    return Generation(gen, manifest)


def new_generation(base: Path) -> Path:
    """A fresh folder to build into. Call with the write lock held: any other unfinished build
    in `base` then belongs to a process that died, and is removed."""
    base.mkdir(parents=True, exist_ok=True)
    for old in base.glob("g*.building"):
        shutil.rmtree(old, ignore_errors=True)
    path = base / f"g{time.time_ns()}-{uuid.uuid4().hex[:6]}.building"
    path.mkdir()
    return path


def publish(base: Path, building: Path, manifest: Manifest) -> Generation:
    """Make a finished build the live generation and remove generations older than the last one
    (the previous stays: another process may still be reading it)."""
    final = building.with_name(building.name.removesuffix(".building"))
    os.replace(building, final)
    gen = Generation(final, manifest)
    gen.write_manifest()
    previous = (base / "CURRENT").read_text().strip() if (base / "CURRENT").exists() else None
    atomic_write(base / "CURRENT", final.name)
    for old in base.iterdir():
        if old.is_dir() and old.name not in (final.name, previous) and old.name.startswith("g"):
            shutil.rmtree(old, ignore_errors=True)
    return gen


def discard(building: Path) -> None:
    shutil.rmtree(building, ignore_errors=True)


@contextmanager
def write_lock(base: Path, wait: float, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """One writer per corpus index across processes (the kernel drops the lock if the holder
    dies); calls `on_wait` once if another process holds it, raises IndexBusy after `wait` s."""
    import fcntl

    base.mkdir(parents=True, exist_ok=True)
    with open(base / "lock", "a+") as fh:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if on_wait:
                    on_wait()
                    on_wait = None
                if time.monotonic() >= deadline:
                    raise IndexBusy("another icereader is updating this index") from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)

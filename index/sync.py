"""Bring a corpus's index up to date: reuse it, update it file by file, or rebuild it aside.

The manifest records each file's size, mtime and content digest. An unchanged corpus costs one
directory walk and no reads; a touched but identical file costs one read; only files whose bytes
changed are cleaned, extracted and re-indexed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import store
from .corpus import FileStat, Skipped, UnreadableFile, decode, digest, read_bytes, scan
from .ingest import article_from_text

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user stopped indexing; the previous index is still in place."""


@dataclass(slots=True)
class SyncReport:
    files: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    rebuilt: bool = False
    reason: str = ""
    seconds: float = 0.0

    @property
    def up_to_date(self) -> bool:
        return not (self.added or self.changed or self.removed or self.rebuilt)


def _app_version() -> str:
    try:
        return version("icereader")
    except PackageNotFoundError:
        return "0"


def _fresh_manifest(root: Path) -> dict:
    return {"schema": store.SCHEMA_VERSION, "icereader": _app_version(), "corpus": str(root), "files": {}, "skipped": {}}


def _same(entry: dict | None, st: FileStat) -> bool:
    return bool(entry) and entry.get("size") == st.size and entry.get("mtime_ns") == st.mtime_ns


def _skips(entries: dict[str, dict]) -> list[Skipped]:
    return [Skipped(rel, e.get("reason", "")) for rel, e in entries.items()]


def _plan(stats: dict[str, FileStat], manifest: dict) -> tuple[list[str], dict[str, dict], dict[str, dict]]:
    """Files to (re)read; manifest entries kept for unchanged files and for unchanged files that
    were skipped last time (so a bad file is not re-read, and re-reported, on every start)."""
    old, old_skipped = manifest.get("files", {}), manifest.get("skipped", {})
    if not isinstance(old_skipped, dict):
        old_skipped = {}
    todo: list[str] = []
    keep: dict[str, dict] = {}
    still_skipped: dict[str, dict] = {}
    for rel, st in stats.items():
        if _same(old.get(rel), st):
            keep[rel] = old[rel]
        elif _same(old_skipped.get(rel), st):
            still_skipped[rel] = old_skipped[rel]
        else:
            todo.append(rel)
    return todo, keep, still_skipped


def _live(base: Path, rebuild: bool, report: SyncReport) -> store.Generation | None:
    """The generation to update, or None when a full build is needed (and why, in the report)."""
    if rebuild:
        report.reason = "rebuild requested"
        return None
    try:
        gen = store.current(base)
        if gen is not None and gen.manifest.get("schema") != store.SCHEMA_VERSION:
            report.reason = "index written by another icereader version; rebuilding"
            return None
        if gen is not None:
            reader = store.Reader(gen.path)
            try:
                reader.check()
            finally:
                reader.close()
        return gen
    except store.IndexBroken as e:
        report.reason = f"{e}; rebuilding"
        return None


def sync(root: Path, base: Path, *, rebuild: bool = False, progress: Progress | None = None,
         cancel: Callable[[], bool] | None = None, wait: float = 30.0) -> SyncReport:
    """Make the index in `base` reflect the articles under `root`.

    The unchanged case takes no lock, so a second instance can check and read while another
    writes; writing waits up to `wait` seconds for the lock, then raises `store.IndexBusy`."""
    t0 = time.perf_counter()
    report = SyncReport()
    stats, report.skipped = scan(root)
    report.files = len(stats)
    gen = _live(base, rebuild, report)
    if gen is not None:
        todo, _, skipped = _plan(stats, gen.manifest)
        if not todo and not any(rel not in stats for rel in gen.manifest["files"]):
            report.skipped += _skips(skipped)
            report.seconds = time.perf_counter() - t0
            return report
    waiting = (lambda: progress(0, 0, "waiting for another icereader to finish indexing")) if progress else None
    with store.write_lock(base, wait, waiting):
        gen = _live(base, rebuild, report)  # another process may have written while we waited
        _write(root, base, gen, stats, report, progress, cancel)
    report.seconds = time.perf_counter() - t0
    return report


def _write(root: Path, base: Path, gen: store.Generation | None, stats: dict[str, FileStat],
           report: SyncReport, progress: Progress | None, cancel: Callable[[], bool] | None) -> None:
    old_files = gen.manifest["files"] if gen else {}
    todo, keep, skipped = _plan(stats, gen.manifest if gen else {})
    removed = [rel for rel in old_files if rel not in stats]
    if gen is not None and not todo and not removed:
        report.skipped += _skips(skipped)
        return
    full = gen is None or len(todo) + len(removed) > max(50, len(stats) // 2)
    manifest = _fresh_manifest(root) if full else gen.manifest
    manifest["files"] = {} if full else keep
    manifest["skipped"] = {} if full else skipped
    path = store.new_generation(base) if full else gen.path
    if full:
        todo, removed, report.rebuilt = list(stats), [], True
    try:
        with store.Writer(path, bulk=full) as writer:
            for rel in removed:
                writer.remove(rel)
                report.removed.append(rel)
            for n, rel in enumerate(todo):
                if cancel and cancel():
                    raise Cancelled()
                if progress:
                    progress(n, len(todo), rel)
                _index_file(root, rel, stats[rel], old_files.get(rel), writer, manifest, report, full)
            if progress:
                progress(len(todo), len(todo), "saving")
    except BaseException:
        if full:
            store.discard(path)
        raise
    report.skipped += _skips(manifest["skipped"])
    if full:
        store.publish(base, path, manifest)
    else:
        store.Generation(path, manifest).write_manifest()


def _index_file(root: Path, rel: str, st: FileStat, old: dict | None, writer: store.Writer,
                manifest: dict, report: SyncReport, full: bool) -> None:
    try:
        data = read_bytes(root / rel)
        dig = digest(data)
        entry = {"size": st.size, "mtime_ns": st.mtime_ns, "digest": dig}
        if not full and old and old.get("digest") == dig:
            manifest["files"][rel] = entry  # touched, not changed
            return
        article = article_from_text(decode(data), rel, rel)
    except UnreadableFile as e:
        manifest["skipped"][rel] = {"size": st.size, "mtime_ns": st.mtime_ns, "reason": str(e)}
        if not full and old:
            writer.remove(rel)
            report.removed.append(rel)
        return
    if not full:
        writer.remove(rel)
        (report.changed if old else report.added).append(rel)
    writer.add(article)
    manifest["files"][rel] = entry

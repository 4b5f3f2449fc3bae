"""Bring a corpus's index up to date: reuse it, update it file by file, or rebuild it aside.

The manifest records each file's size, mtime and content digest. An unchanged corpus costs one
directory walk and no reads; a touched but identical file costs one read; only files whose bytes
changed are cleaned, extracted and re-indexed. Big builds read and extract in a worker process
while this one feeds Whoosh, so both cores work.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import NamedTuple

from ..errors import Cancelled, IndexBroken
from ..model import Article, Progress, Skipped, SyncReport
from ..storage import generations, whoosh_index
from ..storage.generations import FileEntry, Generation, Manifest, SkippedEntry
from .ingest import Job, Loaded, load_file, worker_start
from .scan import FileStat, scan


def _app_version() -> str:
    try:
        return version("icereader")
    except PackageNotFoundError:
        return "0"


def _fresh_manifest(root: Path) -> Manifest:
    return Manifest(schema=generations.SCHEMA_VERSION, icereader=_app_version(), corpus=str(root), files={}, skipped={})


def _same(entry: FileEntry | SkippedEntry | None, st: FileStat) -> bool:
    return entry is not None and entry["size"] == st.size and entry["mtime_ns"] == st.mtime_ns


def _skips(entries: dict[str, SkippedEntry]) -> list[Skipped]:
    return [Skipped(rel, e.get("reason", "")) for rel, e in entries.items()]


class Plan(NamedTuple):
    """Files to (re)read; manifest entries kept for unchanged files, and for unchanged files that
    were skipped last time (so a bad file is not re-read, and re-reported, on every start)."""

    todo: list[str]
    keep: dict[str, FileEntry]
    skipped: dict[str, SkippedEntry]


def _plan(stats: dict[str, FileStat], manifest: Manifest | None) -> Plan:
    old = manifest["files"] if manifest else {}
    old_skipped = manifest["skipped"] if manifest else {}
    plan = Plan([], {}, {})
    for rel, st in stats.items():
        if _same(old.get(rel), st):
            plan.keep[rel] = old[rel]
        elif _same(old_skipped.get(rel), st):
            plan.skipped[rel] = old_skipped[rel]
        else:
            plan.todo.append(rel)
    return plan


def _live(base: Path, rebuild: bool, report: SyncReport) -> Generation | None:
    """The generation to update, or None when a full build is needed (and why, in the report).
    Only the pointer and manifest are read here: this is the start-up path, and damaged index
    files are found (and rebuilt) when the engine opens them."""
    if rebuild:
        report.reason = report.reason or "rebuild requested"
        return None
    try:
        gen = generations.current(base)
    except IndexBroken as e:
        report.reason = f"{e}; rebuilding"
        return None
    if gen is not None and gen.manifest.get("schema") != generations.SCHEMA_VERSION:
        report.reason = "index written by another icereader version; rebuilding"
        return None
    return gen


def sync(
    root: Path,
    base: Path,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    wait: float = 30.0,
    reason: str = "",
) -> SyncReport:
    """Make the index in `base` reflect the articles under `root`.

    The unchanged case takes no lock, so a second instance can check and read while another
    writes; writing waits up to `wait` seconds for the lock, then raises `IndexBusy`."""
    t0 = time.perf_counter()
    report = SyncReport(reason=reason)
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
    with generations.write_lock(base, wait, waiting):
        gen = _live(base, rebuild, report)  # another process may have written while we waited
        before = gen.manifest["files"] if gen else _previous_files(base)
        try:
            _write(root, base, gen, before, stats, report, progress, cancel)
        except IndexBroken as e:  # the live index could not take the update: build a new one
            report.reason = f"{e}; rebuilding"
            _write(root, base, None, before, stats, report, progress, cancel)
    report.seconds = time.perf_counter() - t0
    return report


def _previous_files(base: Path) -> dict[str, FileEntry]:
    """The files the last index held, when it is being rebuilt: what a rebuild added, changed
    and removed is reported against them."""
    try:
        gen = generations.current(base)
    except IndexBroken:
        return {}
    return gen.manifest["files"] if gen else {}


def _write(
    root: Path,
    base: Path,
    gen: Generation | None,
    before: dict[str, FileEntry],
    stats: dict[str, FileStat],
    report: SyncReport,
    progress: Progress | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Update `gen` in place, or build a new generation; the report counts changes against
    `before` (the files the last index held) either way."""
    old_files = gen.manifest["files"] if gen else {}
    todo, keep, skipped = _plan(stats, gen.manifest if gen else None)
    removed = [rel for rel in old_files if rel not in stats]
    if gen is not None and not todo and not removed:
        report.skipped += _skips(skipped)
        return
    if gen is None or len(todo) + len(removed) > max(50, len(stats) // 2):
        full, manifest = True, _fresh_manifest(root)
        path = generations.new_generation(base)
        whoosh_index.create(path)
        todo, removed, report.rebuilt = list(stats), [], True
    else:
        full, manifest, path = False, gen.manifest, gen.path
        manifest["files"], manifest["skipped"] = keep, skipped
    try:
        procs = 2 if full and len(todo) >= POOL_MIN_FILES and (os.cpu_count() or 1) > 1 else 1
        with whoosh_index.Writer(path, bulk=full, procs=procs) as writer:
            for rel in removed:
                writer.remove(rel)
            report.removed += [rel for rel in before if rel not in stats]
            jobs = [Job(str(root), rel, stats[rel], None if full else old_files.get(rel)) for rel in todo]
            for n, (rel, entry, result) in enumerate(_loaded(jobs)):
                if cancel and cancel():
                    raise Cancelled()
                if progress:
                    progress(n, len(todo), rel)
                _record(rel, entry, result, before.get(rel), writer, manifest, report, full)
            if progress:
                progress(len(todo), len(todo), "saving")
    except BaseException:
        if full:
            generations.discard(path)
        raise
    report.skipped += _skips(manifest["skipped"])
    if full:
        generations.publish(base, path, manifest)
    else:
        Generation(path, manifest).write_manifest()


POOL_MIN_FILES = 200


def _loaded(jobs: list[Job]) -> Iterator[Loaded]:
    """Results in order. With many files and more than one core, a worker process reads and
    extracts ahead while this process writes the index."""
    workers = min(4, (os.cpu_count() or 1) - 1)
    if len(jobs) < POOL_MIN_FILES or workers < 1:
        yield from map(load_file, jobs)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _start_resource_tracker()
    # spawn, not fork: the reader calls this from a worker thread, and forking a threaded
    # process can deadlock the child.
    with ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=worker_start, initargs=(os.getpid(),)
    ) as pool:
        try:
            yield from pool.map(load_file, jobs, chunksize=16)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real standard error. It hands its process
    the descriptor of `sys.stderr`, and inside the reader that is Textual's capture object, whose
    descriptor is -1: starting a pool there failed with "bad value(s) in fds_to_keep"."""
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        resource_tracker.ensure_running()
        return
    with open(os.devnull, "w") as null:
        saved, sys.stderr = sys.stderr, null
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = saved


def _record(
    rel: str,
    entry: FileEntry,
    result: Article | str | None,
    old: FileEntry | None,
    writer: whoosh_index.Writer,
    manifest: Manifest,
    report: SyncReport,
    full: bool,
) -> None:
    """Write one file's outcome; `old` is its entry in the last index (None: it is new there)."""
    if result is None:
        manifest["files"][rel] = entry  # touched, not changed
        return
    if isinstance(result, str):
        manifest["skipped"][rel] = SkippedEntry(size=entry["size"], mtime_ns=entry["mtime_ns"], reason=result)
        if old:
            if not full:
                writer.remove(rel)
            report.removed.append(rel)
        return
    if not full:
        writer.remove(rel)
    if old is None:
        report.added.append(rel)
    elif old.get("digest") != entry.get("digest"):
        report.changed.append(rel)
    writer.add(result)
    manifest["files"][rel] = entry

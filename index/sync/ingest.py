"""One file → one `Article`: read, decode, read its format, clean, extract."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from ..errors import UnreadableFile
from ..extract import extract
from ..model import Article, Passage
from ..storage.generations import FileEntry
from ..text.clean import clean
from ..text.decode import digest, read_bytes
from ..text.source import read_source
from .scan import FileStat


def article_from_bytes(data: bytes, article_id: str, path: str) -> Article:
    """Read, clean and extract one file's bytes; `article_id` is stable for the same file."""
    source = read_source(data, path)
    cleaned = clean(source.text, meta=source.meta, fallback_title=Path(path).stem)
    if not cleaned.text.strip():
        raise UnreadableFile("no article text (only page furniture)")
    quotes, figures = extract(cleaned)
    for q in quotes:
        q.article_id = article_id
    for f in figures:
        f.article_id = article_id
    passages = [Passage(article_id, i, s, e, cleaned.text[s:e]) for i, (s, e) in enumerate(cleaned.spans)]
    return Article(
        id=article_id,
        path=path,
        title=cleaned.title,
        text=cleaned.text,
        passages=passages,
        byline=cleaned.meta.byline,
        date=cleaned.meta.date,
        outlet=cleaned.meta.outlet,
        url=cleaned.meta.url,
        quotes=quotes,
        figures=figures,
    )


class Job(NamedTuple):
    """One file to read: the corpus root, its path in the corpus, its stat, and its entry in the
    last index (None for a file that is new there, or for a full build)."""

    root: str
    rel: str
    stat: FileStat
    old: FileEntry | None


class Loaded(NamedTuple):
    """What reading a file gave: its new manifest entry and the article, or None for unchanged
    bytes (a touched file), or the reason the file was skipped."""

    rel: str
    entry: FileEntry
    result: Article | str | None


def worker_start(pid: int) -> None:
    """Worker-process start-up. Its standard output and error go nowhere: it inherits the
    terminal the reader draws on, and a library's warning would scribble over the screen (its
    results and errors come back through the pool). It exits when the indexing process dies
    (killed mid-build), instead of waiting forever on a queue that nobody will write to again."""
    import threading
    import time

    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.close(null)

    def watch() -> None:
        while os.getppid() == pid:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def load_file(job: Job) -> Loaded:
    """Read, decode, clean and extract one corpus file. Runs in worker processes for big
    builds, so it imports nothing of Whoosh."""
    root, rel, st, old = job
    entry = FileEntry(size=st.size, mtime_ns=st.mtime_ns)
    try:
        data = read_bytes(Path(root) / rel)
        entry["digest"] = digest(data)
        if old and old.get("digest") == entry["digest"]:
            return Loaded(rel, entry, None)
        return Loaded(rel, entry, article_from_bytes(data, rel, rel))
    except UnreadableFile as e:
        return Loaded(rel, entry, str(e))

"""Baseline: SQLite FTS5 over the same passages, answering the same queries with offsets.

Why FTS5: it ships with Python (no install), is a mature C full-text engine with BM25 and
highlighting, and runs on the same machine in the same run, so "search is N× FTS5" survives a
noisy or slow machine where absolute milliseconds do not. It is given what the engine gives a
reader: top 20 by bm25(), the passage text, title and highlight offsets.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

START, END = "\x01", "\x02"


@dataclass(slots=True)
class Row:
    body: str
    title: str
    speaker: str


def passages_from_engine(engine) -> list[Row]:
    """The engine's own passages (same cleaning, same split) with each passage's quoted speakers,
    read through the public facade so the baseline indexes exactly the same text."""
    rows: list[Row] = []
    for meta in engine.articles():
        art = engine.article(meta.id)
        if art is None:
            continue
        by_para: dict[int, set[str]] = {}
        for q in art.quotes:
            if q.speaker:
                by_para.setdefault(q.paragraph, set()).update(n for n in (q.speaker, q.speaker_surface) if n)
        for p in art.passages:
            rows.append(Row(p.text, art.title, " ; ".join(sorted(by_para.get(p.index, ())))))
    return rows


def _offsets(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Text without the highlight markers, and the (start, end) offsets they enclosed."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos, start = 0, 0
    for ch in marked:
        if ch == START:
            start = pos
        elif ch == END:
            spans.append((start, pos))
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


class Fts5:
    def __init__(self, path: Path) -> None:
        self.path = path
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{path}{suffix}")
            except FileNotFoundError:
                pass
        self.db = sqlite3.connect(str(path))

    def build(self, rows: Iterable[Row]) -> float:
        """Seconds to create the table and insert all rows in one transaction."""
        t0 = time.perf_counter()
        with self.db:
            self.db.execute("CREATE VIRTUAL TABLE p USING fts5(body, title, speaker, tokenize='porter')")
            self.db.executemany(
                "INSERT INTO p(body, title, speaker) VALUES (?, ?, ?)", ((r.body, r.title, r.speaker) for r in rows)
            )
        return time.perf_counter() - t0

    def search(self, query: str, limit: int = 20) -> tuple[list[dict], int]:
        """Top `limit` passages with highlight offsets, and the total number of matches."""
        cur = self.db.execute(
            "SELECT rowid, bm25(p, 1.0, 0.5, 1.0), title, highlight(p, 0, ?, ?) FROM p WHERE p MATCH ? "
            "ORDER BY bm25(p, 1.0, 0.5, 1.0) LIMIT ?",
            (START, END, query, limit),
        )
        hits = []
        for rowid, score, title, marked in cur:
            text, spans = _offsets(marked)
            hits.append({"rowid": rowid, "score": -score, "title": title, "text": text, "highlights": spans})
        return hits, self.count(query)

    def count(self, query: str) -> int:
        return self.db.execute("SELECT count(*) FROM p WHERE p MATCH ?", (query,)).fetchone()[0]

    def close(self) -> None:
        self.db.close()

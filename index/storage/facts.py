"""The fact store: every article's clean text, quotes and figures, beside the Whoosh index.

Whoosh answers word queries; this answers "give me article X", "every quote", "every figure".
Reading those back from Whoosh's stored fields unpickles one document per quote (seconds at
10,000 articles); a SQLite file (stdlib, transactional, one row per fact) returns them in
milliseconds and takes a one-article update without rewriting the rest.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from ..model import Article, ArticleMeta, Figure, Passage, Quote, Reading
from .generations import SCHEMA_VERSION

FILENAME = "facts.db"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, path TEXT, title TEXT, byline TEXT, date TEXT, outlet TEXT, url TEXT,
    quote_count INTEGER, figure_count INTEGER, text TEXT, spans TEXT);
CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT, n INTEGER, text TEXT, start INTEGER, end INTEGER, paragraph INTEGER,
    speaker TEXT, speaker_surface TEXT, role TEXT, rule TEXT, speaker_kind TEXT, confidence REAL, reason TEXT);
CREATE TABLE IF NOT EXISTS figures (
    article_id TEXT, n INTEGER, text TEXT, start INTEGER, end INTEGER, paragraph INTEGER,
    value REAL, qualifier TEXT, unit TEXT, counts TEXT, value_max REAL, reading TEXT, context TEXT);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id);
"""
# What the article list reads, in its order, without the articles' texts beside it in the table:
# the reader lists an index's articles before its first frame (a scan of the table read the texts'
# pages too: 40-55 ms at 10,000 articles). Writers add it (new indexes; older ones at their next
# update); a reader never writes.
_LIST_INDEX = """
CREATE INDEX IF NOT EXISTS articles_list
ON articles(path, id, title, byline, date, outlet, url, quote_count, figure_count);
"""
_QUOTE_COLS = (
    "text",
    "start",
    "end",
    "paragraph",
    "speaker",
    "speaker_surface",
    "role",
    "rule",
    "speaker_kind",
    "confidence",
    "reason",
)
_FIGURE_COLS = ("text", "start", "end", "paragraph", "value", "qualifier", "unit", "counts", "value_max")


class FactStore:
    """One connection guarded by a lock: reads are short, and SQLite connections must not be
    used by two threads at once."""

    def __init__(self, folder: Path, *, bulk: bool = False, snapshot: bool = False) -> None:
        """`snapshot`: read the facts as they are now until closed, so a reader sees the same
        corpus here as in the Whoosh searcher it opened beside it while another process writes."""
        self._lock = threading.Lock()
        self._db = sqlite3.connect(folder / FILENAME, check_same_thread=False, isolation_level=None)
        if bulk:  # a new generation nobody reads yet: a crash discards the whole folder anyway
            self._db.execute("PRAGMA journal_mode=OFF")
            self._db.execute("PRAGMA synchronous=OFF")
        else:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        if not snapshot:
            self._db.executescript(_LIST_INDEX)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if snapshot:
            self._db.execute("BEGIN")
            self._db.execute("SELECT count(*) FROM articles").fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def schema(self) -> int | None:
        """The index schema this store was last written with (None: written before stores
        recorded it; the generation's manifest says). Read without the manifest, it lets the
        reader list the articles before its first frame."""
        version = self._rows("PRAGMA user_version")[0][0]
        return int(version) or None

    # --- writing (inside `transaction`) ------------------------------------------------------

    def begin(self) -> None:
        self._db.execute("BEGIN")

    def commit(self) -> None:
        self._db.execute("COMMIT")

    def rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def put(self, a: Article) -> None:
        self.delete(a.id)
        m = a.meta
        self._db.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                m.id,
                m.path,
                m.title,
                m.byline,
                m.date,
                m.outlet,
                m.url,
                m.quote_count,
                m.figure_count,
                a.text,
                json.dumps([[p.start, p.end] for p in a.passages]),
            ),
        )
        self._db.executemany(
            f"INSERT INTO quotes VALUES (?,?,{','.join('?' * len(_QUOTE_COLS))})",
            [(a.id, n, *(getattr(q, c) for c in _QUOTE_COLS)) for n, q in enumerate(a.quotes)],
        )
        self._db.executemany(
            f"INSERT INTO figures VALUES (?,?,{','.join('?' * len(_FIGURE_COLS))},?,?)",
            [
                (a.id, n, *(getattr(f, c) for c in _FIGURE_COLS), json.dumps(f.reading.to_json()), f.context)
                for n, f in enumerate(a.figures)
            ],
        )

    def delete(self, article_id: str) -> None:
        for table, column in (("articles", "id"), ("quotes", "article_id"), ("figures", "article_id")):
            self._db.execute(f"DELETE FROM {table} WHERE {column} = ?", (article_id,))

    # --- reading -------------------------------------------------------------------------------

    def _rows(self, sql: str, args: Iterable = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    def articles(self) -> list[ArticleMeta]:
        return [
            ArticleMeta(*row)
            for row in self._rows(
                "SELECT id, path, title, byline, date, outlet, url, quote_count, figure_count FROM articles "
                "ORDER BY path"
            )
        ]

    def titles(self) -> dict[str, str]:
        return dict(self._rows("SELECT id, title FROM articles"))

    def article(self, article_id: str) -> Article | None:
        rows = self._rows(
            "SELECT path, title, byline, date, outlet, url, text, spans FROM articles WHERE id = ?", (article_id,)
        )
        if not rows:
            return None
        path, title, byline, date, outlet, url, text, spans = rows[0]
        passages = [Passage(article_id, i, s, e, text[s:e]) for i, (s, e) in enumerate(json.loads(spans))]
        return Article(
            article_id,
            path,
            title,
            text,
            passages,
            byline,
            date,
            outlet,
            url,
            self.quotes(article_id),
            self.figures(article_id),
        )

    def quotes(self, article_id: str | None = None) -> list[Quote]:
        """Every quote in article order, or one article's."""
        rows = self._select("quotes", _QUOTE_COLS, article_id)
        return [Quote(**dict(zip(_QUOTE_COLS, row[1:])), article_id=row[0]) for row in rows]

    def figures(self, article_id: str | None = None) -> list[Figure]:
        """Every figure in article order, or one article's, with what each counts."""
        rows = self._select("figures", (*_FIGURE_COLS, "reading", "context"), article_id)
        return [
            Figure(
                **dict(zip(_FIGURE_COLS, row[1:-2])),
                article_id=row[0],
                reading=Reading.from_json(json.loads(row[-2])),
                context=row[-1],
            )
            for row in rows
        ]

    def texts(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The clean text of some articles (a possible conflict shows each side's sentence)."""
        ids = list(article_ids)
        marks = ",".join("?" * len(ids))
        return dict(self._rows(f"SELECT id, text FROM articles WHERE id IN ({marks})", ids)) if ids else {}

    def _select(self, table: str, cols: tuple[str, ...], article_id: str | None) -> list[tuple]:
        where, args = ("WHERE article_id = ?", (article_id,)) if article_id is not None else ("", ())
        return self._rows(f"SELECT article_id, {', '.join(cols)} FROM {table} {where} ORDER BY article_id, n", args)

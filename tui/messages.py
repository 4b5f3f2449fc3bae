"""Messages that cross the app: indexing progress from the worker, and requests to open a place."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message
from textual.notifications import SeverityLevel

from ..index.model import Skipped
from .walk import Walk


@dataclass
class IndexProgress(Message):
    done: int
    total: int
    label: str


@dataclass
class IndexReady(Message):
    summary: str
    warning: str | None = None
    changes: str | None = None  # what this sync changed (or that nothing did, when the user asked)
    skipped: tuple[Skipped, ...] = ()  # files not indexed, with why


@dataclass
class IndexFailed(Message):
    error: str
    title: str = "Index unavailable"
    severity: SeverityLevel = "error"


@dataclass
class Location:
    """A place in the corpus the reader can go to and come back from."""

    article_id: str
    paragraph: int = 0
    mark: tuple[int, int] | None = None  # article offsets of a quote or figure to mark
    query: str | None = None  # the search that led here
    terms: tuple[str, ...] = ()  # its indexed terms, to mark in the article
    walk: Walk | None = None  # every match of that search, for n/N across articles
    last_hit: bool = False  # arriving backwards (N): at the article's last hit, not its first

"""Everything that can go wrong that a user can act on, as exceptions with one-line messages.

The command line and the reader turn these into one line on screen; any other exception is a bug.
"""

from __future__ import annotations


class CorpusError(Exception):
    """The corpus as a whole cannot be read (missing folder, a file instead of a folder)."""


class UnreadableFile(Exception):
    """One file cannot be used as an article; the message says why."""


class IndexLocationError(Exception):
    """The index folder cannot be created or written."""


class IndexBroken(Exception):
    """The index on disk cannot be opened; it will be rebuilt."""


class IndexBusy(Exception):
    """Another process is writing this index."""


class Cancelled(Exception):
    """The user stopped indexing; the previous index is still in place."""


class BadQuery(ValueError):
    """The query cannot be understood; the message says why, in one line."""

"""The article formats icereader reads and the file names that announce them (kept apart from
the readers so that listing a folder imports none of them)."""

from __future__ import annotations

from typing import Literal

Format = Literal["text", "markdown", "html", "pdf"]
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES, ".pdf")

"""A file's bytes → the article's plain text and what the file says of its origin, by format.

The format is read from the bytes first (a PDF's signature, a page's doctype) and from the name
only after: saved pages and PDFs are often renamed. Every reader returns paragraphs separated by
blank lines, which `clean` then treats alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from .decode import check_prose, decode
from .formats import HTML_SUFFIXES, MARKDOWN_SUFFIXES, Format
from .html import looks_like_html, read_html
from .markdown import read_markdown
from .pdf import read_pdf
from .provenance import Provenance


@dataclass(slots=True)
class Source:
    text: str
    format: Format
    meta: Provenance


def read_source(data: bytes, name: str) -> Source:
    """Read one file's bytes; raises `UnreadableFile` with the reason it is no article."""
    source = _read(data, name.lower())
    check_prose(source.text)
    return source


def _read(data: bytes, low: str) -> Source:
    if data.startswith(b"%PDF"):
        text, meta = read_pdf(data)
        return Source(text, "pdf", meta)
    text = decode(data)
    if low.endswith(HTML_SUFFIXES) or looks_like_html(text):
        text, meta = read_html(text)
        return Source(text, "html", meta)
    if low.endswith(MARKDOWN_SUFFIXES):
        text, meta = read_markdown(text)
        return Source(text, "markdown", meta)
    return Source(text, "text", Provenance())

"""Markdown articles: YAML front matter for the metadata, markdown-it for the text.

Notes and blog exports arrive as Markdown; the reader shows the words, not the markup, so emphasis,
code spans, inline HTML, links and list markers are rendered to plain text by a real Markdown
parser (markdown-it-py, already installed with Rich), and front matter by a YAML parser (folded
`title: >-` scalars, lists of authors, dates as dates).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from html.parser import HTMLParser
from typing import Any

from .provenance import Provenance, iso_date

_FRONT = re.compile(r"^---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)
_TAG = re.compile(r"<[^>\n]{1,200}>")
_BLOCKS = ("paragraph_open", "heading_open")


def read_markdown(text: str) -> tuple[str, Provenance]:
    """Plain paragraphs (blank-line separated) and what the front matter says."""
    meta = Provenance()
    if m := _FRONT.match(text):
        meta = front_matter(m.group(1))
        text = text[m.end() :]
    return "\n\n".join(_paragraphs(text)), meta


def front_matter(block: str) -> Provenance:
    import yaml

    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError:  # hand-written front matter often breaks YAML ("title: Raids: a timeline")
        data = _plain_fields(block)
    if not isinstance(data, dict):
        return Provenance()
    fields = {str(k).lower(): v for k, v in data.items()}

    def first(*keys: str) -> Any:
        return next((fields[k] for k in keys if fields.get(k) not in (None, "", [])), None)

    when = first("date", "published", "published_time", "pubdate", "created")
    url = first("url", "link", "canonical", "source", "source_url", "original_url")
    authors = first("author", "authors", "byline", "by")
    return Provenance(
        title=_text(first("title", "headline")),
        byline=", ".join(map(str, authors)) if isinstance(authors, list) else _text(authors),
        date=when.strftime("%Y-%m-%d") if isinstance(when, (date, datetime)) else iso_date(str(when)) if when else None,
        url=str(url) if url and str(url).startswith(("http://", "https://")) else None,
        outlet=_text(first("outlet", "publication", "site", "publisher", "source_name")),
    )


_PLAIN_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def _plain_fields(block: str) -> dict[str, str]:
    """`key: value` lines read as written, the value up to the line's end, quotes stripped."""
    fields: dict[str, str] = {}
    for line in block.split("\n"):
        if m := _PLAIN_FIELD.match(line):
            fields.setdefault(m.group(1), m.group(2).strip("\"'"))
    return fields


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def _paragraphs(text: str) -> list[str]:
    """Headings, paragraphs and list items as plain text, in order, and the text of raw HTML
    blocks (blog exports often keep the article body as HTML inside the Markdown file); code
    blocks are not prose and are left out."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    out = []
    for k, tok in enumerate(tokens):
        if tok.type == "inline" and k and tokens[k - 1].type in _BLOCKS:
            if line := " ".join(_inline(tok.children or []).split()):
                out.append(line)
        elif tok.type == "html_block":
            out += html_paragraphs(tok.content)
    return out


class _HTMLText(HTMLParser):
    """The text of an HTML fragment, a paragraph per block element; scripts, styles and
    embedded frames are not text."""

    _BLOCK = frozenset("p div br li h1 h2 h3 h4 h5 h6 blockquote section article tr table ul ol figure".split())
    _SKIP = frozenset("script style iframe noscript object svg".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def _end_paragraph(self) -> None:
        if line := " ".join("".join(self._current).split()):
            self.paragraphs.append(line)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self._end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self._end_paragraph()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)


def html_paragraphs(fragment: str) -> list[str]:
    parser = _HTMLText()
    parser.feed(fragment)
    parser.close()
    parser._end_paragraph()
    return parser.paragraphs


def _inline(children: list) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "html_inline":
            parts.append(_TAG.sub("", child.content))
    return "".join(parts)

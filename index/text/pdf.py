"""PDFs (court rulings, agency reports): the text layer, without what repeats on every page.

pypdf reads the text layer; a page's running header and footer and its page number would
otherwise interrupt sentences at every page break, so lines that recur at the top or bottom of
most pages are dropped, words hyphenated across lines are joined, and lines are joined into
paragraphs where a line ends short of the column. A PDF with no text layer (a scan) is skipped
with that reason: icereader does no OCR. The file's own metadata (title, author, creation date) is
left alone: it names the word processor's user and the day of printing more often than the article.
A headline printed twice at the top of the first page (a release's one-line title above the same
words set as its heading, wrapped) is the title, kept once.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from ..errors import UnreadableFile
from .provenance import Provenance

logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings would reach the terminal

_EDGE = 3  # lines at the top and bottom of a page that can be running headers or footers
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s+of\s+\d{1,4})?$", re.I)
_DIGITS = re.compile(r"\d+")
_END = re.compile(r"[.!?:;\"”’)]$")
_MIN_CHARS_PER_PAGE = 20
_SHORT, _SHORTISH = 0.7, 0.85  # of the usual line length: a line this short ends its paragraph
_HEADING_LINES = 4  # lines a headline's second printing may be wrapped over


def read_pdf(data: bytes) -> tuple[str, Provenance]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile("an encrypted PDF (icereader cannot open it)")
        pages = [(page.extract_text() or "") for page in reader.pages]
    except UnreadableFile:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as e:
        raise UnreadableFile(f"a damaged PDF ({type(e).__name__})") from None
    if not pages:
        raise UnreadableFile("a PDF with no pages")
    if sum(len(p.strip()) for p in pages) < _MIN_CHARS_PER_PAGE * len(pages):
        raise UnreadableFile("a PDF with no text layer (a scan?): icereader does not do OCR")
    paras = paragraphs(pages)
    return "\n\n".join(paras), Provenance(title=paras[0] if _printed_twice(_lines(pages[0])) else None)


def _lines(page: str) -> list[str]:
    return [ln.strip() for ln in page.splitlines()]


def _printed_twice(lines: list[str]) -> int:
    """How many lines follow the first that only repeat its words (the headline set again, wrapped
    over up to _HEADING_LINES lines), or 0. Read as one paragraph, the two printings made a title
    of 40 words, too long to be taken for one: 21 of 40 Justice Department releases were titled
    by their file name ("report-002"), and the rest by their headline twice."""
    text = [ln for ln in lines if ln][: _HEADING_LINES + 1]
    if not text:
        return 0
    first, words = text[0].split(), []
    for n, line in enumerate(text[1:], 1):
        words += line.split()
        if words == first:
            return n
        if words != first[: len(words)]:
            return 0
    return 0


def paragraphs(pages: list[str]) -> list[str]:
    """The pages' lines without running headers, footers and page numbers, nor a headline's second
    printing, joined into paragraphs (an empty line, kept as "", is a paragraph break)."""
    lines_of = [_lines(page) for page in pages]
    running = _running_lines([[ln for ln in page if ln] for page in lines_of])
    lines: list[str] = []
    for page in lines_of:
        text = [k for k, ln in enumerate(page) if ln]
        top, bottom = set(text[:_EDGE]), set(text[-_EDGE:])
        for k, line in enumerate(page):
            edge = k in top or k in bottom
            if edge and (_PAGE_NUMBER.match(line) or _shape(line) in running):
                continue
            lines.append(line)
    if twice := _printed_twice(lines):
        text = [k for k, ln in enumerate(lines) if ln]
        lines = [lines[text[0]], "", *lines[text[twice] + 1 :]]  # the headline alone, then what follows
    return _join(lines)


def _shape(line: str) -> str:
    """A line with its numbers blanked: "Page 3 of 12" and "Page 4 of 12" are one running line."""
    return _DIGITS.sub("#", line.lower())


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Shapes of lines that open or close at least half of the pages (and two or more)."""
    if len(pages) < 2:
        return set()
    seen = Counter(shape for page in pages for shape in {_shape(ln) for ln in page[:_EDGE] + page[-_EDGE:]})
    return {shape for shape, n in seen.items() if n >= max(2, len(pages) / 2)}


def _join(lines: list[str]) -> list[str]:
    """Lines → paragraphs. A paragraph ends at an empty line, at a line well short of the column
    (the page's usual line length: a heading, a paragraph's last line) or at a sentence's end a
    little short of it; a word broken by a hyphen at a line's end is rejoined."""
    filled = sorted(len(ln) for ln in lines if ln)
    if not filled:
        return []
    width = filled[len(filled) * 3 // 4]
    out: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                out.append(current)
            current = ""
            continue
        if current.endswith("-") and line[:1].islower() and current[-2:-1].isalpha():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        if len(line) < _SHORT * width or len(line) < _SHORTISH * width and _END.search(line):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out

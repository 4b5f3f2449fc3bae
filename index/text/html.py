"""Saved web pages: the article, not the page, through trafilatura.

A saved page is mostly navigation, cookie banners, share bars, related links, footers and
scripts. trafilatura (the standard extractor for news pages) finds the main text and reads the
page's metadata (headline, byline, date, canonical url, site name); what it keeps is then cleaned
like any other text.
"""

from __future__ import annotations

import logging

from ..errors import UnreadableFile
from .provenance import Provenance, iso_date

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its warnings would reach the terminal
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def looks_like_html(text: str) -> bool:
    """A page saved under another name (".txt"): it opens with a doctype or an <html> tag."""
    head = text[:1024].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower()


def read_html(text: str) -> tuple[str, Provenance]:
    """The article's paragraphs (blank-line separated) and the page's metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=True,
    )
    if doc is None or isinstance(doc, dict) or not doc.text:  # a dict only with as_dict=True
        raise UnreadableFile("a web page with no article text (only navigation and page furniture)")
    body = doc.text
    meta = Provenance(
        title=doc.title or None,
        byline=doc.author or None,
        date=iso_date(doc.date) if doc.date else None,
        url=doc.url or None,
        outlet=doc.sitename or None,
    )
    return "\n\n".join(line for line in body.split("\n") if line.strip()), meta

"""Citations a reporter can paste: the words, who said them (and how the article names them),
and where: article title, outlet, date, paragraph, url. One wording for the reader's `c` key and
the command line's fact-check sheet (`icereader quotes --format md`).

A citation never claims more than the index knows: a missing outlet or date is left out, a quote
without a speaker says so, and a speaker the reader resolved from "he" or a surname says how the
article itself names them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..index.model import ArticleMeta, Figure, Quote
from .text import paragraph_label, plural

NO_SPEAKER = "speaker not identified"


def source(meta: ArticleMeta | None, paragraph: int | None = None) -> str:
    """ "“Title”, Outlet, 2017-09-28, ¶4" then the url (or the file) on its own line."""
    if meta is None:
        return "(article no longer in the index)"
    bits = [f"“{meta.title}”", *(b for b in (meta.outlet, meta.date) if b)]
    if paragraph is not None:
        bits.append(paragraph_label(paragraph))
    return ", ".join(bits) + "\n" + (meta.url or f"file: {meta.path}")


def speaker_line(q: Quote) -> str:
    """Who said it: name, role, and the article's own words for them when the reader resolved a
    pronoun or a partial name."""
    if not q.speaker:
        return NO_SPEAKER
    line = q.speaker + (f", {q.role}" if q.role else "")
    surface = (q.speaker_surface or "").strip()
    if surface and q.speaker.casefold() not in surface.casefold():
        line += f" (the article says “{surface}”)"
    if q.doubtful:  # what the reader shows dimmed with "?" is not pasted as certain
        line += f" [speaker uncertain: {q.confidence:.0%} sure, {q.reason}]"
    return line


def quote(q: Quote, meta: ArticleMeta | None) -> str:
    return f"“{q.text}”\n— {speaker_line(q)}\n{source(meta, q.paragraph)}"


def figure(f: Figure, meta: ArticleMeta | None, passage: str) -> str:
    counts = f" ({f.label})" if f.label else ""
    return f"{f.text}{counts}\nin: “{passage}”\n{source(meta, f.paragraph)}"


def passage(text: str, meta: ArticleMeta | None, paragraph: int) -> str:
    return f"“{text}”\n{source(meta, paragraph)}"


# --- the fact-check sheet (Markdown) -----------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    """Article text made inert in Markdown: no emphasis, links, HTML or tables from its characters."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def fact_check_sheet(quotes: Iterable[Quote], metas: dict[str, ArticleMeta], heading: str) -> str:
    """Quotes grouped by article (one source opened per group), each a checkbox to tick when the
    words and the speaker have been checked against the source."""
    by_article: dict[str, list[Quote]] = {}
    for q in quotes:
        by_article.setdefault(q.article_id, []).append(q)
    total = sum(len(qs) for qs in by_article.values())
    out = [
        f"# {md(heading)}",
        "",
        f"{plural(total, 'quote')} from {plural(len(by_article), 'article')}. Each gives the words as printed, "
        "who the reader attributed them to and where; tick it once checked against the source.",
    ]
    for n, (article_id, qs) in enumerate(by_article.items(), 1):
        meta = metas.get(article_id)
        if meta is None:
            out += ["", f"## {n}. {md(article_id)}", "", "(no longer in the index)", ""]
        else:
            where = [md(b) for b in (meta.outlet, meta.date) if b]
            link = f"<{meta.url}>" if meta.url and " " not in meta.url else md(meta.url or meta.path)
            out += ["", f"## {n}. {md(meta.title)}", "", " · ".join([*where, link]), ""]
        for q in qs:
            out.append(f"- [ ] “{md(q.text)}”  ")
            out.append(f"  — {md(speaker_line(q))} · {paragraph_label(q.paragraph)}")
    return "\n".join(out) + "\n"

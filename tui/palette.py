"""Command palette entries for the corpus: open an article by its title, or a speaker's page.

Titles and names come from articles, so the highlight is built from the fuzzy match offsets on
plain `Content`; Textual's `Matcher.highlight` would parse them as markup.
"""

from __future__ import annotations

import asyncio
from functools import partial

from textual.command import Hit, Hits, Matcher, Provider
from textual.content import Content

from .appref import reader_app


def _highlight(matcher: Matcher, text: str) -> Content:
    content = Content(text)
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


# An article or speaker matches as well as a command of the same words ("files not" finds "Justice
# Department Files Notice…" and "Files not indexed"): the reader's own commands come first.
_BELOW_COMMANDS = 0.9


class CorpusCommands(Provider):
    async def startup(self) -> None:
        self.entries: list[tuple[str, str, str]] = []
        if reader_app(self.app).index_ready:
            self.entries = await asyncio.to_thread(self._entries)

    def _entries(self) -> list[tuple[str, str, str]]:
        engine = reader_app(self.app).engine
        return [(f"Article: {m.title}", "article", m.id) for m in engine.articles()] + [
            (f"Speaker: {s.name}", "speaker", s.id) for s in engine.speakers()
        ]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, kind, ident in self.entries:
            score = matcher.match(text) * _BELOW_COMMANDS
            if score > 0:
                action = reader_app(self.app).open_article if kind == "article" else reader_app(self.app).open_speaker
                yield Hit(
                    score,
                    _highlight(matcher, text),
                    partial(action, ident),
                    text=text,
                    help="open the article" if kind == "article" else "their quotes across the corpus",
                )

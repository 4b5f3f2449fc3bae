"""The figures ledger window: facts with their members, qualifiers and evidence, and a possible
conflict shown with both sentences, outlets and dates."""

from __future__ import annotations

from pathlib import Path

from icereader.index.engine import Engine
from icereader.tui.app import IceReaderApp
from icereader.tui.screens.ledger import LedgerScreen
from pilot import settle

SWEEP = "arrests nationwide in the first full week of February during Operation Cross Check, the agency said."


def _corpus(tmp_path: Path) -> Engine:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        f"ICE confirms sweep\n\nBy Ana Ruiz, Metro Daily\n2017-02-13\n\nAgents made more than 680 {SWEEP}\n",
        encoding="utf-8",
    )
    (corpus / "b.txt").write_text(
        f"Sweep numbers questioned\n\nAgents made 608 {SWEEP} Critics disputed it.\n", encoding="utf-8"
    )
    engine = Engine(corpus, tmp_path / "idx")
    engine.sync()
    return engine


async def test_a_possible_conflict_shows_both_sentences(tmp_path: Path):
    app = IceReaderApp(_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("F")
        await settle(app, pilot)
        assert isinstance(app.screen, LedgerScreen)
        groups = app.screen.query_one("#groups")
        assert "1 possible conflict" in str(groups.border_title)
        target = next(i for i, g in enumerate(app.screen.groups) if g.verdict == "conflict")
        groups.highlighted = target
        await pilot.pause()
        card = app.screen.query_one("#group-card").content.plain
        assert card.startswith("POSSIBLE CONFLICT")
        assert "“608”: Agents made 608 arrests" in card and "“more than 680”: Agents made more than 680" in card
        assert "cannot both hold" in card and "disagree" not in card
        citations = app.screen.query_one("#citations")
        assert citations.count == 2


async def test_the_ledger_filters_as_you_type(tmp_path: Path):
    """Typing narrows the facts (by a figure, what it counts, an outlet); ↓ reaches the list; Esc
    clears the filter, and with the filter empty closes the window."""
    engine = _corpus(tmp_path)
    (tmp_path / "c" / "c.txt").write_text(
        "Jail count\n\nThe county jail held 45 detainees for immigration agents on Monday.\n", encoding="utf-8"
    )
    engine.sync()
    app = IceReaderApp(engine)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("F")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, LedgerScreen) and app.focused.id == "ledger-filter"
        everything = len(screen.groups)
        await pilot.press(*"jail count")  # an article's title
        await pilot.pause()
        assert 0 < len(screen.groups) < everything
        assert all(g.article_ids == ["c.txt"] for g in screen.groups)
        assert f"{len(screen.groups)} of {everything}" in str(screen.query_one("#groups").border_title)
        await pilot.press("down")
        assert app.focused.id == "groups"
        await pilot.press("shift+tab", "escape")
        assert isinstance(app.screen, LedgerScreen) and len(screen.groups) == everything
        await pilot.press("escape")
        assert not isinstance(app.screen, LedgerScreen)


async def test_c_copies_a_ledger_citation_with_its_sentence_and_source(tmp_path: Path):
    app = IceReaderApp(_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("F")
        await settle(app, pilot)
        await pilot.press("c")  # in the filter box, a letter
        assert app.screen.query_one("#ledger-filter").value == "c" and not app.clipboard
        await pilot.press("backspace", "down", "enter")
        assert app.focused.id == "citations"
        await pilot.press("c")
        f = app.screen.groups[0].figures[0]
        assert app.clipboard.startswith(f.text) and f"Agents made {f.text} {SWEEP}" in app.clipboard
        assert app.screen.metas[f.article_id].title in app.clipboard

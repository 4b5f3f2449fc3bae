"""The figures ledger window: facts with their members, qualifiers and evidence, and a possible
conflict shown with both sentences, outlets and dates."""

from __future__ import annotations

from pathlib import Path

from icereader.index.engine import Engine
from icereader.tui.app import IceReaderApp
from icereader.tui.screens.ledger import LedgerScreen
from pilot import settle

SWEEP = "arrests nationwide in the first full week of February during Operation Cross Check, the agency said."


def _corpus(tmp_path: Path, sweep: str = SWEEP) -> Engine:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        f"ICE confirms sweep\n\nBy Ana Ruiz, Metro Daily\n2017-02-13\n\nAgents made more than 680 {sweep}\n",
        encoding="utf-8",
    )
    (corpus / "b.txt").write_text(
        f"Sweep numbers questioned\n\nAgents made 608 {sweep} Critics disputed it.\n", encoding="utf-8"
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
        assert "“608” (Sweep numbers questioned): Agents made 608 arrests" in card  # no outlet, no date: the title
        assert "“more than 680” (ICE confirms sweep, 2017-02-13): Agents made more than 680" in card
        assert "cannot both hold" in card and "disagree" not in card
        citations = app.screen.query_one("#citations")
        assert citations.count == 2


async def test_both_sides_of_a_long_conflict_can_be_read(tmp_path: Path):
    """The card was cut at 12 lines, in the middle of the first sentence: the second side, its
    outlet and date were never on screen, and no key scrolled the card. It grows with the window
    now, and Tab reaches it to scroll the rest."""
    long = (
        SWEEP.removesuffix(".")
        + (
            ", in an operation that officials described at length as targeting people with criminal records, "
            "fugitives who had ignored orders to leave and others found in the course of the arrests, in six "
            "states and in dozens of cities and towns across the south and the west of the country"
        )
        * 3
        + "."
    )
    app = IceReaderApp(_corpus(tmp_path, long))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("F")
        await settle(app, pilot)
        screen = app.screen
        target = next(i for i, g in enumerate(screen.groups) if g.verdict == "conflict")
        screen.query_one("#groups").highlighted = target
        await pilot.press("down")
        await pilot.pause()
        assert app.focused.id == "groups"
        card = screen.query_one("#group-card-box")
        assert card.size.height > 12 and card.max_scroll_y > 0 and "more" in str(card.border_subtitle)
        await pilot.press("tab")
        assert app.focused is card
        await pilot.press("end")
        await pilot.pause()
        shown = "\n".join(line.text for line in screen._compositor.render_strips())
        assert "“608” (Sweep numbers questioned): Agents made 608" in shown
        assert "west of the country" in shown.split("(Sweep numbers questioned)")[1]
        await pilot.resize_terminal(160, 60)
        await settle(app, pilot)
        assert card.max_scroll_y == 0  # room enough at 160x60: the whole card shows


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

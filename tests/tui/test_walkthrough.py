"""A tester's walk through the reader on a folder of 464 mixed files (saved pages, PDFs, notes):
what they found, kept fixed."""

from __future__ import annotations

from pathlib import Path

from icereader.index.engine import Engine
from icereader.tui.app import IceReaderApp
from icereader.tui.widgets.passage import PassageView
from pilot import settle, until
from test_reader import SIZE, doc, open_article

FILLER = "The briefing went on to other matters of the day, none of them about enforcement, {}."


def _long_article(folder: Path, quoted_at: int, paragraphs: int = 300) -> Path:
    """A transcript-length article with one quote of Jane Roe far down."""
    folder.mkdir()
    body = [FILLER.format(i) for i in range(paragraphs)]
    body[quoted_at] = '"We will not hold anyone past the deadline," said Jane Roe, the county sheriff.'
    (folder / "long.txt").write_text("Press briefing\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    (folder / "short.txt").write_text(
        "Short note\n\n" + "\n\n".join(FILLER.format(i) for i in range(40)) + "\n", encoding="utf-8"
    )
    return folder


async def test_a_quote_opened_from_the_speakers_window_is_on_screen_in_a_long_article(tmp_path: Path):
    """The window of a long article was scrolled before its paragraphs were laid out: the
    document stayed at the top ("↑ 110 paragraphs above"), the quote off screen."""
    engine = Engine(_long_article(tmp_path / "c", 200), tmp_path / "idx")
    engine.sync()
    app = IceReaderApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for _ in range(2):  # back and forth: the scroll raced the layout, and lost now and then
            await pilot.press("s")
            await settle(app, pilot)
            await pilot.press(*"roe", "down", "enter", "enter")
            await settle(app, pilot)
            view = doc(app)
            assert view.article.id == "long.txt" and view.cursor > 150
            current = next(v for v in view.query(PassageView) if v.passage.index == view.cursor)
            top, bottom = view.scroll_y, view.scroll_y + view.scrollable_content_region.height
            assert top <= current.virtual_region.y < bottom and current.has_class("selected")
            assert doc(app).mark is not None
            await open_article(app, pilot, "short")
    engine.close()


async def test_enter_in_the_speakers_filter_goes_to_the_quotes_and_c_cites_the_first(engine: Engine):
    """Typing a name and Enter left the focus on the speaker, where `c` did nothing until Tab; and
    the unattributed entry was headed "0 of 131 speakers"."""
    app = IceReaderApp(engine)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = app.screen
        await pilot.press(*"zzzz", "enter")  # nothing matches: Enter goes to the (empty) list
        assert app.focused.id == "speaker-list"
        screen.query_one("#speaker-filter").focus()
        await pilot.press(*["backspace"] * 4, *"unattributed")
        await pilot.pause()
        title = str(screen.query_one("#speaker-list").border_title)
        assert title.startswith("0 of ") and title.endswith(" + unattributed")
        await pilot.press("enter")
        assert app.focused.id == "speaker-quotes"
        await pilot.press("c")
        await pilot.pause()
        assert any(n.title == "Copied" for n in app._notifications)


async def test_a_figure_and_what_it_counts_are_one_space_apart_in_the_panel_and_the_ledger(engine: Engine):
    """`millions  of Ugandans`: the two spaces between a figure and its label read as a typo,
    the more so once a narrow pane wrapped the line."""
    app = IceReaderApp(engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        await settle(app, pilot)
        panel = app.screen.query_one("#figures")
        lines = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        figures = doc(app).article.figures
        assert lines and lines[0] == f"{figures[0].text} {figures[0].label}"
        await pilot.press("F")
        await settle(app, pilot)
        groups, citations = app.screen.query_one("#groups"), app.screen.query_one("#citations")
        shown = [str(line) for i in range(groups.count) for line in groups._entry(i)]
        shown += [str(line) for line in citations._entry(0)]
        assert shown and not any("  " in line for line in shown + lines)


async def test_the_speakers_window_at_60x20_shows_a_speaker_and_a_whole_quote(engine: Engine):
    """At 60x20 the speaker's card took the room of the quotes (none showed) and the window kept
    its wide-terminal margins."""
    app = IceReaderApp(engine)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = app.screen
        box, speakers, quotes = (screen.query_one(s) for s in ("#speakers-box", "#speaker-list", "#speaker-quotes"))
        assert box.region.width == 60
        assert speakers.scrollable_content_region.height >= speakers.entry_height
        assert quotes.count and quotes.scrollable_content_region.height >= quotes.lines
        card = screen.query_one("#speaker-card-box")
        assert card.size.height >= 2


async def test_files_not_indexed_say_what_was_missed_and_which_kinds_are_read(tmp_path: Path):
    """`misc/random.txt: binary file: its bytes are mostly not text (83% letters, spaces and
    punctuation)` read as a contradiction, and `added/blob.bin` was passed over without a word."""
    import random

    from icereader.tui.screens.why import WhyScreen

    folder = _long_article(tmp_path / "c", 3, paragraphs=5)
    noise = random.Random(7)
    (folder / "random.txt").write_bytes(bytes(noise.randrange(32, 256) for _ in range(20_000)))
    (folder / "blob.bin").write_bytes(b"\x00\x01" * 100)
    engine = Engine(folder, tmp_path / "idx")
    app = IceReaderApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.screen.action_show_skipped()
        await pilot.pause()
        assert isinstance(app.screen, WhyScreen)
        text = str(app.screen.query_one("#why-text").content)
        reason = next(line for line in text.splitlines() if line.startswith("random.txt: "))
        assert "not text: " in reason and "prose has under 20%" in reason and "mostly" not in reason
        assert "blob.bin" not in text and "files of other kinds are passed over" in text and ".pdf" in text
    engine.close()


async def test_the_footer_names_f_and_r_where_their_panes_are_hidden(engine: Engine):
    """At 80x24 and 60x20 the figures and related panes are hidden until f or r, and the footer
    named neither; at 120 columns they are on screen and the footer leaves the keys to help."""
    from textual.widgets._footer import FooterKey

    app = IceReaderApp(engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        for width, height in ((80, 24), (60, 20)):
            await pilot.resize_terminal(width, height)
            await settle(app, pilot)
            keys = {k.key: k for k in app.screen.query(FooterKey)}
            assert {"f", "r"} <= set(keys) and all(keys[k].region.right <= width for k in "fr"), width
        await pilot.resize_terminal(120, 40)
        await settle(app, pilot)
        assert not {"f", "r"} & {k.key for k in app.screen.query(FooterKey)}


async def test_a_key_pressed_as_the_article_list_appears_is_kept(engine: Engine, monkeypatch):
    """The first article opens as the list appears; when it arrived it took the list's highlight
    back to itself, undoing a `j` pressed meanwhile."""
    import threading

    release = threading.Event()
    real_article = engine.article
    monkeypatch.setattr(engine, "article", lambda article_id: (release.wait(10), real_article(article_id))[1])
    app = IceReaderApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.screen.query_one("#articles").count)
        articles = app.screen.query_one("#articles")
        assert articles.count and app.focused is articles and doc(app).article is None
        await pilot.press("j")
        release.set()
        await settle(app, pilot)
        assert doc(app).article is not None and articles.highlighted == 1

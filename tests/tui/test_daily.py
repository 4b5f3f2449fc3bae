"""Daily work in the reader (issue 13): filter and sort, walk a search across the corpus, cite,
the unattributed quotes, the timeline, narrow terminals, paging keys, help, settings, start-up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icereader.index.engine import Engine
from icereader.tui import cite
from icereader.tui.app import IceReaderApp
from icereader.tui.screens.help import HelpScreen
from icereader.tui.screens.search import SearchScreen
from icereader.tui.screens.speakers import SpeakersScreen, Unattributed
from icereader.tui.screens.timeline import TimelineScreen
from icereader.tui.screens.why import WhyScreen
from icereader.tui.widgets.passage import PassageView
from pilot import until
from test_reader import SIZE, doc, open_article, settle
from textual.content import Content


@pytest.fixture
def app(engine: Engine) -> IceReaderApp:
    return IceReaderApp(engine)


def _write(folder: Path, name: str, title: str, paragraphs: list[str], date: str | None = None) -> None:
    dated = f"Published: {date}\n\n" if date else ""
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(f"{title}\n\n{dated}" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


@pytest.fixture
def walk_corpus(tmp_path: Path) -> Path:
    """Three articles with hits for 'detainer' (two of them with several) and one without."""
    c = tmp_path / "walk"
    _write(
        c,
        "a.txt",
        "County ends detainer deal",
        [
            "The county will no longer honor a detainer from ICE, the sheriff said.",
            "Officials met on Tuesday to discuss the budget.",
            "A second detainer request arrived on Friday.",
        ],
        "March 3, 2019",
    )
    _write(
        c,
        "b.txt",
        "Jail policy changes",
        [
            "Deputies may detain people for 48 hours.",
            "The jail received 40 detainers last year.",
            "Nothing else changed in the budget.",
        ],
        "March 20, 2019",
    )
    _write(c, "c.txt", "Budget hearing", ["The council discussed the budget for parks."], "June 1, 2019")
    return c


def esc_in_footer(screen) -> str:
    from textual.widgets._footer import FooterKey

    return next(k.description for k in screen.query(FooterKey) if k.key == "escape")


# --- 1. filter as you type; sort ------------------------------------------------------------------


async def test_speakers_filter_as_you_type_then_down_and_enter_reach_the_list(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SpeakersScreen) and app.focused.id == "speaker-filter"
        everyone = len(screen.shown)
        await pilot.press(*"luc")
        await pilot.pause()
        assert [e.name for e in screen.shown] == ["Henry Lucero"] and everyone > 1
        assert "1 of" in str(screen.query_one("#speaker-list").border_title)
        await pilot.press("down")
        assert app.focused.id == "speaker-list"
        await pilot.press("enter")
        assert app.focused.id == "speaker-quotes"
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, SpeakersScreen) and doc(app).article.id.startswith("001_")


async def test_speakers_filter_matches_roles_and_esc_clears_then_closes(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = app.screen
        assert esc_in_footer(screen) == "Close"
        await pilot.press(*"spokesman")
        await pilot.pause()
        assert screen.shown and all("spokesman" in " ".join(e.roles).lower() for e in screen.shown)
        assert esc_in_footer(screen) == "Clear filter"  # the footer says what Esc will do
        await pilot.press("escape")  # clears the filter
        assert isinstance(app.screen, SpeakersScreen) and screen.query_one("#speaker-filter").value == ""
        await pilot.pause()
        assert esc_in_footer(screen) == "Close"
        assert len(screen.shown) == len(screen.entries)
        await pilot.press("escape")  # an empty filter: Esc closes the window
        assert not isinstance(app.screen, SpeakersScreen)


async def test_article_filter_box_narrows_the_list_and_esc_shows_all(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        assert app.focused.id == "article-filter"
        await pilot.press(*"sanctuary")
        await pilot.pause()
        articles = app.screen.query_one("#articles")
        assert 0 < len(articles.metas) < 5 and all("sanctuary" in m.title.lower() for m in articles.metas)
        assert f"Articles ({len(articles.metas)} of 5)" in str(app.screen.query_one("#articles-pane").border_title)
        await pilot.press("enter")
        assert app.focused is articles
        await pilot.press("escape")
        await pilot.pause()
        assert len(articles.metas) == 5 and app.screen.query_one("#article-filter").value == ""
        await pilot.press("l", "slash")  # in the box `/` is a character (paths, dates), not search
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen) and app.screen.query_one("#article-filter").value == "/"
        # Esc in the box clears it and leaves it: `o` then sorts instead of being typed (the walk-through)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is articles and app.screen.query_one("#article-filter").value == ""
        await pilot.press("o")
        await pilot.pause()
        assert app.screen.query_one("#article-filter").value == "" and len(articles.metas) == 5


# --- 2. search as a walk ----------------------------------------------------------------------------


async def test_search_lists_every_match_past_the_first_page(tmp_path: Path):
    c = tmp_path / "many"
    for n in range(12):
        _write(c, f"s{n:02}.txt", f"Story {n}", [f"Paragraph {k}: the zebra crossing was closed." for k in range(10)])
    app = IceReaderApp(Engine(c, tmp_path / "idx"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"zebra")
        await settle(app, pilot)
        screen = app.screen
        results = screen.query_one("#results")
        assert screen.result.total == 120 and results.count == 120 and len(screen.result.hits) < 120
        assert "120 passages match in 12 articles" in str(screen.query_one("#search-count").content)
        await pilot.press("down", "G")  # the last match: its text is fetched as it comes into view
        await settle(app, pilot)
        last = screen.refs[-1]
        assert results.highlighted == 119 and last in screen.loaded
        assert "zebra" in screen.loaded[last].text and screen.loaded[last].highlights


async def test_the_best_page_shows_first_and_the_list_grows_to_every_match(tmp_path: Path, monkeypatch):
    """Listing every match scores them all (two to four times the quick query at 100,000
    passages): the best page and the count come first, the highlight stays as the rest arrives,
    and Enter before then opens once the walk can cover every match."""
    import threading

    c = tmp_path / "many"
    for n in range(12):
        _write(c, f"s{n:02}.txt", f"Story {n}", [f"Paragraph {k}: the zebra crossing was closed." for k in range(10)])
    engine = Engine(c, tmp_path / "idx")
    release = threading.Event()
    real_search = engine.search

    def slow_every(text, limit=20, every=False):
        if every:
            release.wait(10)
        return real_search(text, limit, every)

    monkeypatch.setattr(engine, "search", slow_every)
    app = IceReaderApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"zebra")
        for _ in range(40):
            await pilot.pause(0.05)
            if app.screen.refs:
                break
        screen = app.screen
        results = screen.query_one("#results")
        assert results.count == 50 and not screen.complete
        assert "120 passages match (listing them all…)" in str(screen.query_one("#search-count").content)
        await pilot.press("down", "down", "down")
        await pilot.press("enter")  # waits for the full list
        assert isinstance(app.screen, SearchScreen)
        chosen = screen.refs[2]
        release.set()
        await settle(app, pilot)
        assert not isinstance(app.screen, SearchScreen)
        assert (doc(app).article.id, doc(app).cursor) == chosen
        assert sum(len(p) for p in app.screen.walk.paragraphs.values()) == 120


async def test_n_walks_on_to_the_next_article_with_hits_and_N_comes_back(walk_corpus: Path, tmp_path: Path):
    app = IceReaderApp(Engine(walk_corpus, tmp_path / "idx"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"detainer", "enter")
        await settle(app, pilot)
        view = doc(app)
        walk = app.screen.walk
        assert walk is not None and len(walk.order) == 2  # c.txt has no hit
        first = view.article.id
        seen = []
        for _ in range(8):  # every hit of both articles, then back round to the first
            seen.append((view.article.id, view.hit_index))
            await pilot.press("n")
            await settle(app, pilot)
        articles = [a for a, _ in seen]
        assert set(articles) == {"a.txt", "b.txt"} and "c.txt" not in articles
        assert articles[0] == first and articles.index(next(a for a in articles if a != first)) > 0
        assert "article 1 of 2" in str(view.border_subtitle) or "article 2 of 2" in str(view.border_subtitle)
        # N from an article's first hit goes back to the previous article's last hit
        while view.hit_index != 0:
            await pilot.press("N")
            await settle(app, pilot)
        here = view.article.id
        await pilot.press("N")
        await settle(app, pilot)
        assert view.article.id != here and view.hit_index == len(view.hits) - 1
        await pilot.press("escape")
        assert app.screen.walk is None and not view.hits


async def test_hits_are_the_matching_passages_only(walk_corpus: Path, tmp_path: Path):
    """'detainer NOT sheriff': the first passage of a.txt holds 'detainer' but does not match."""
    app = IceReaderApp(Engine(walk_corpus, tmp_path / "idx"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"detainer NOT sheriff", "enter")
        await settle(app, pilot)
        view = doc(app)
        if view.article.id != "a.txt":
            await pilot.press("n")
            await settle(app, pilot)
        assert view.article.id == "a.txt"
        sheriff = next(p for p in view.article.passages if "sheriff" in p.text)
        assert view.hits and not any(sheriff.start <= s < sheriff.end for s, _ in view.hits)


async def test_the_typed_word_form_ranks_above_other_forms_of_its_stem(walk_corpus: Path, tmp_path: Path):
    """'detainer', 'detainers' and 'detain' share a stem; the passages with the form typed (or its
    plural) come first, the one with only 'detain' after them, though it still matches."""
    app = IceReaderApp(Engine(walk_corpus, tmp_path / "idx"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"detainer")
        await settle(app, pilot)
        screen = app.screen
        texts = [screen.loaded[ref].text for ref in screen.refs]
        assert len(texts) == 5  # the headline and three paragraphs with the word, one with "detain"
        assert [("detainer" in t) for t in texts] == [True, True, True, True, False]
        assert "detain people" in texts[-1]
        await pilot.press("ctrl+a", "ctrl+k", *"detain")  # typing the short form puts it first
        await settle(app, pilot)
        assert "detain people" in screen.loaded[screen.refs[0]].text


# --- 3. cite -------------------------------------------------------------------------------------------


async def test_c_copies_a_quote_citation_with_speaker_role_and_source(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, "001_")
        article = doc(app).article
        q = next(q for q in article.quotes if q.speaker == "Henry Lucero")
        doc(app).set_mark((q.start, q.end))
        await settle(app, pilot)
        await pilot.press("c")
        copied = app.clipboard
        assert f"“{q.text}”" in copied and "Henry Lucero" in copied and (q.role or "") in copied
        assert f"“{article.title}”" in copied and (article.url or article.path) in copied
        assert f"¶{q.paragraph}" in copied


async def test_doubt_is_kept_in_the_speakers_window_and_in_citations(app):
    """The walk-through: doubtful quotes looked sure in the speakers window, and `c` pasted them
    with no sign of doubt."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        doubtful = next(q for q in app.engine.quotes() if q.doubtful)
        assert "speaker uncertain" in cite.quote(doubtful, None) and f"{doubtful.confidence:.0%}" in cite.quote(
            doubtful, None
        )
        sure = next(q for q in app.engine.quotes() if q.speaker and not q.doubtful)
        assert "uncertain" not in cite.quote(sure, None)
        await pilot.press("s")
        await settle(app, pilot)
        screen = app.screen
        await pilot.press(*doubtful.speaker.split()[-1].lower())
        await settle(app, pilot)
        lines = screen._quote_lines(doubtful, 60)
        assert "% sure" in lines[0].plain and "?" in lines[0].plain
        assert "% sure" not in screen._quote_lines(sure, 60)[0].plain


async def test_c_on_a_figure_and_on_a_search_result_and_on_a_speakers_quote(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, "003_")
        await pilot.press("f")
        await pilot.pause()
        figures = app.screen.query_one("#figures")
        figures.highlighted = 1
        await pilot.press("c")
        f = doc(app).article.figures[1]
        assert app.clipboard.startswith(f.text) and doc(app).article.title in app.clipboard
        await pilot.press("slash", *"arrested")
        await settle(app, pilot)
        await pilot.press("down", "c")
        hit = app.screen.result.hits[0]
        assert hit.text in app.clipboard and hit.article_title in app.clipboard
        await pilot.press("escape", "s")
        await settle(app, pilot)
        await pilot.press("down", "enter")  # the first speaker's quotes
        assert app.focused.id == "speaker-quotes"
        await pilot.press("c")
        q = app.screen.quotes[0]
        assert q.text in app.clipboard and (q.speaker or "speaker not identified") in app.clipboard


# --- 4. unattributed quotes -----------------------------------------------------------------------------


async def test_unattributed_quotes_are_an_entry_of_the_speakers_window(app):
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        unattributed = [q for q in app.engine.quotes() if not q.speaker]
        assert unattributed, "the bundled articles have quotes without a speaker"
        await pilot.press("s")
        await settle(app, pilot)
        screen = app.screen
        await pilot.press(*"unattributed")
        await pilot.pause()
        assert len(screen.shown) == 1 and isinstance(screen.shown[0], Unattributed)
        assert len(screen.quotes) == len(unattributed)
        assert "no speaker found" in str(screen.query_one("#speaker-list")._entry(0)[1])
        await pilot.press("down", "enter")
        await pilot.press("w")  # why: the rule, or that none applied
        await pilot.pause()
        assert isinstance(app.screen, WhyScreen) and "No speaker named" in why_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")
        await settle(app, pilot)
        q = unattributed[0]
        assert doc(app).article.id == q.article_id and doc(app).mark == (q.start, q.end)


# --- 5. timeline --------------------------------------------------------------------------------------------


async def test_timeline_draws_bars_and_choosing_one_filters_the_articles(walk_corpus: Path, tmp_path: Path):
    app = IceReaderApp(Engine(walk_corpus, tmp_path / "idx"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen) and screen.unit == "week"  # March to June: weeks
        counts = [b.count for b in screen.bars]
        assert sum(counts) == 3 and 0 in counts  # the empty weeks between are drawn
        bars = screen.query_one("#bars")
        busiest = bars.highlighted
        assert "█" in bars._entry(busiest)[0].plain
        await pilot.press("m")  # a bar per month
        assert [b.count for b in screen.bars] == [2, 0, 0, 1]
        bars.highlighted = 0
        await pilot.press("enter")
        await settle(app, pilot)
        articles = app.screen.query_one("#articles")
        assert sorted(m.id for m in articles.metas) == ["a.txt", "b.txt"]
        assert "March 2019" in str(app.screen.query_one("#articles-pane").border_title)
        assert app.focused is articles
        await pilot.press("escape")
        assert len(articles.metas) == 3


# --- 6. narrow layouts, the bugs, paging, help, settings ----------------------------------------------------


async def test_footer_keeps_search_and_help_at_80_columns(app):
    from textual.widgets._footer import FooterKey

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        keys = {k.key: k for k in app.screen.query(FooterKey)}
        for key in ("slash", "question_mark"):
            region = keys[key].region
            assert region.width and region.right <= 80, key


async def test_footer_keys_that_do_not_fit_are_left_out_not_cut(app):
    """With `n Next hit` in the row, 120 columns cut `Quit` to `Qu`; keys that do not fit are now
    left out (help lists them), search and help first, quit always, none under the palette key."""
    from textual.widgets._footer import FooterKey

    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"detainer", "enter")
        await settle(app, pilot)
        for width, height in ((120, 40), (80, 24), (100, 30)):
            await pilot.resize_terminal(width, height)
            await settle(app, pilot)
            keys = list(app.screen.query(FooterKey))
            palette = next(k for k in keys if k.has_class("-command-palette"))
            row = [k for k in keys if k is not palette]
            assert [k.action for k in row[:2]] == ["search", "help"] and row[-1].action == "quit", width
            assert all(k.region.right <= palette.region.x for k in row), width
            full = max(k.region.right for k in row)
            assert full <= width and palette.region.right <= width, width


async def test_the_current_paragraph_stays_on_screen_after_a_resize(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, "001_")
        view = doc(app)
        await pilot.press(*["j"] * 18)
        await settle(app, pilot)
        for width, height in ((80, 24), (60, 20), (120, 40)):
            await pilot.resize_terminal(width, height)
            await settle(app, pilot)
            current = next(v for v in view.query(PassageView) if v.passage.index == view.cursor)
            top, bottom = view.scroll_y, view.scroll_y + view.scrollable_content_region.height
            assert top <= current.virtual_region.y < bottom, (width, height)


async def test_the_speaker_tag_keeps_a_space_from_the_next_word(tmp_path: Path):
    """A scraped `in prison, ”he said` was drawn `‹Mike Alvarez›he said`."""
    c = tmp_path / "glued"
    _write(c, "g.txt", "Jail talk", ["“We keep them in prison, ”Mike Alvarez said on Monday."])
    app = IceReaderApp(Engine(c, tmp_path / "idx"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        body = next(v for v in doc(app).query(PassageView) if v.passage.index == 1)
        text = body.content.plain
        assert "‹Mike Alvarez› Mike Alvarez said" in text, text


async def test_l_and_f_show_their_pane_at_narrow_widths(app):
    """At 60 columns one pane shows beside nothing: `l` from the figures brings the article filter,
    `f` from the filter brings the figures (focus must not fall back to the pane just left: a
    race between Textual's hiding and the focus, so it is tried a few times)."""
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        for _ in range(8):
            await pilot.press("f")
            await pilot.pause(0.1)
            assert app.focused.id == "figures" and app.screen.query_one("#sidebar").display
            assert not app.screen.query_one("#articles-pane").display
            await pilot.press("escape", "l")  # (Esc: nothing to clear, the key goes to the screen)
            await pilot.pause(0.1)
            assert app.focused.id == "article-filter" and app.screen.query_one("#articles-pane").display
            assert not app.screen.query_one("#sidebar").display
            await pilot.press("enter")  # on to the list, so `f` is a key again


async def test_the_headline_is_named_so_in_the_related_panel(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, "001_")
        doc(app).focus()
        await pilot.press("g")
        await settle(app, pilot)
        title = str(app.screen.query_one("#related").border_title)
        assert doc(app).cursor == 0 and "headline of" in title and "¶0" not in title


async def test_article_titles_wrap_whole_when_the_list_has_a_scrollbar(tmp_path: Path):
    """The list wrapped titles to its width with the scrollbar counted in, so each wrapped line
    lost its last character to the ellipsis ('Hearing on "Oversight o…')."""
    c = tmp_path / "long"
    for n in range(20):
        _write(c, f"t{n:02}.txt", f'Hearing on "Oversight of U.S. Citizenship and Immigration Services" {n}', ["Text."])
    app = IceReaderApp(Engine(c, tmp_path / "idx"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        articles = app.screen.query_one("#articles")
        assert articles.virtual_size.height > articles.size.height  # it scrolls
        assert articles.scrollable_content_region.width < articles.size.width  # a scrollbar shows
        wrapped = [line.plain for line in articles._entry(0)[:2]]
        shown = [articles.render_line(y).text for y in range(2)]
        for line, strip in zip(wrapped, shown):
            assert line.rstrip("…") in strip
        assert articles.max_scroll_x == 0  # and no sideways scrolling


async def test_ctrl_f_b_d_u_page_the_document(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, "001_")
        view = doc(app)
        await pilot.press("ctrl+f")
        await settle(app, pilot)
        paged = view.scroll_y
        assert paged > 0 and view.cursor > 0
        await pilot.press("ctrl+b")
        await settle(app, pilot)
        assert view.scroll_y < paged
        before = view.scroll_y
        await pilot.press("ctrl+d")
        await settle(app, pilot)
        half = view.scroll_y - before
        assert 0 < half < paged
        await pilot.press("ctrl+u")
        await settle(app, pilot)
        assert view.scroll_y == before


async def test_help_lists_the_query_syntax(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one("Static").content.plain
        for piece in ("speaker:homan", '"detention center"', "raid OR sweep", "asylum NOT court", "immig*"):
            assert piece in text, piece
        for key in ("ctrl+d", "ctrl+f", " c ", " t ", " l "):
            assert key in text, key


async def test_help_wraps_under_its_column_and_scrolls_with_j_and_space(app):
    """At 80 columns a long description wrapped back to the left edge, under the keys."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        lines = app.screen.query_one("Static").content.plain.splitlines()
        at = next(i for i, line in enumerate(lines) if "speakers: everyone quoted" in line)
        column = lines[at].index("speakers:")
        assert lines[at + 1][:column].strip() == "" and lines[at + 1][column:].strip(), lines[at : at + 2]
        box = app.screen.query_one("#help-box")
        await pilot.press("j")
        await pilot.pause()
        assert box.scroll_y == 1
        await pilot.press("space")
        await pilot.pause()
        assert box.scroll_y > 5


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_help_lines_fit_their_box_so_nothing_rewraps_into_the_key_column(app, size):
    """The walk-through saw "that" and "quotes" land in the key column at both sizes: lines wider
    than the box were wrapped again by the widget."""
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        static = app.screen.query_one("Static")
        widths = [Content(line).cell_length for line in static.content.plain.splitlines()]
        assert max(widths) <= static.content_region.width, (max(widths), static.content_region.width)


async def test_the_chosen_theme_is_remembered(engine: Engine, tmp_path: Path):
    from icereader.tui import settings

    app = IceReaderApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.theme = "nord"
        await pilot.pause()
    assert json.loads((settings.folder() / settings.FILENAME).read_text())["theme"] == "nord"
    again = IceReaderApp(engine)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_palette_has_one_keys_entry_and_a_screenshot_that_saves(app, tmp_path: Path, monkeypatch):
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert titles.count("Screenshot") == 1 and "Keys" not in titles and "Keys and query syntax" in titles
        monkeypatch.chdir(tmp_path)
        monkeypatch.setattr("platformdirs.user_downloads_dir", lambda: str(tmp_path / "missing"))
        app.action_save_screenshot()
        await pilot.pause()
        saved = list(tmp_path.glob("*.svg"))
        assert saved and "<svg" in saved[0].read_text()[:2000]
        assert any("Screenshot saved" in str(n.message) for n in app._notifications)


async def test_the_palette_ranks_a_command_above_an_article_of_the_same_words(tmp_path: Path):
    """In the user folder "files not" found "Justice Department Files Notice…" before the
    command "Files not indexed" the title bar points to."""
    from textual.command import CommandList

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Justice Department Files Notice to Appeal\n\nThe department filed a notice of appeal on Tuesday.\n",
        encoding="utf-8",
    )
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    app = IceReaderApp(Engine(corpus, tmp_path / "idx"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p", *"files not")
        await settle(app, pilot)
        first = app.screen.query_one(CommandList).get_option_at_index(0)
        assert "Files not indexed" in str(first.prompt), first.prompt


async def test_the_headline_is_not_paragraph_0_in_search_results(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        title = app.engine.articles()[0].title
        await pilot.press("slash", *f'"{title}"')
        await settle(app, pilot)
        screen = app.screen
        index = next(i for i, (_, p) in enumerate(screen.refs) if p == 0)
        head = screen.query_one("#results")._entry(index)[0].plain
        assert "headline" in head and "¶0" not in head


# --- 7. start fast ---------------------------------------------------------------------------------------------


async def test_the_article_list_shows_before_the_folder_is_checked(engine: Engine, monkeypatch):
    """A built index lists its articles from the fact store while the sync still runs."""
    import threading

    release = threading.Event()
    real_sync = engine.sync
    monkeypatch.setattr(engine, "sync", lambda **kw: (release.wait(10), real_sync(**kw))[1])
    engine.close()
    app = IceReaderApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.screen.query_one("#articles").count)
        assert app.screen.query_one("#articles").count == 5 and not app.index_ready
        assert doc(app).article is not None  # the first article opens from the fact store too
        release.set()
        await settle(app, pilot)
        assert app.index_ready and app.screen.query_one("#articles").count == 5


async def test_search_waits_for_the_index_with_a_message(engine: Engine, monkeypatch):
    """`/` opens the search box while the index is built, and what is typed there is searched once
    the index is ready: refused, `/ice` left `ice` to the reader, where `c` said "Nothing to cite"."""
    import threading

    release = threading.Event()
    real_sync = engine.sync
    monkeypatch.setattr(engine, "sync", lambda **kw: (release.wait(10), real_sync(**kw))[1])
    engine.close()
    app = IceReaderApp(engine)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause(0.3)
        await pilot.press("slash", *"detainer")
        screen = app.screen
        assert isinstance(screen, SearchScreen) and screen.query_one("#query").value == "detainer"
        # the message comes after the debounce, from a worker: slower under load
        await until(pilot, lambda: "still being built" in str(screen.query_one("#search-count").content))
        assert "still being built" in str(screen.query_one("#search-count").content)
        assert not app._notifications  # no command fired from the typed letters
        release.set()
        await settle(app, pilot)
        assert screen.refs and "match" in str(screen.query_one("#search-count").content)


async def test_an_index_from_an_older_version_is_not_read_at_start_up(engine: Engine, monkeypatch):
    """The early list reads the last index's fact store; one written by an older icereader (a
    column missing) crashed the reader with a traceback. It is now left for the sync to rebuild."""
    import sqlite3
    import threading

    from icereader.index.storage import generations

    engine.close()
    gen = generations.current(engine.base)
    manifest = json.loads((gen.path / "manifest.json").read_text())
    manifest["schema"] = generations.SCHEMA_VERSION - 1
    (gen.path / "manifest.json").write_text(json.dumps(manifest))
    with sqlite3.connect(gen.path / "facts.db") as db:
        db.execute("ALTER TABLE quotes DROP COLUMN confidence")
        db.execute("PRAGMA user_version = 0")  # written before fact stores recorded their schema
    release = threading.Event()
    real_sync = engine.sync
    monkeypatch.setattr(engine, "sync", lambda **kw: (release.wait(10), real_sync(**kw))[1])
    app = IceReaderApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.5)
        assert app.screen.query_one("#articles").count == 0 and doc(app).article is None
        release.set()
        await settle(app, pilot)
        assert app.index_ready and app.screen.query_one("#articles").count == 5
        assert doc(app).article is not None and doc(app).article.quotes


def why_text(app: IceReaderApp) -> str:
    return str(app.screen.query_one("#why-text").content)


async def test_why_in_the_speakers_window_says_how_sure_and_the_reason(app):
    """`w` on a speaker's quote says what the reader's `w` says: how sure, the reason, the rule."""
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press("down", "enter", "w")
        await pilot.pause()
        q = app.screen_stack[-2].quotes[0]
        said = why_text(app)
        assert q.speaker and q.why in said and "% sure" in said, said
        await pilot.press("escape")  # the reason stays until closed, and closes with esc
        await pilot.pause()
        assert isinstance(app.screen, SpeakersScreen)

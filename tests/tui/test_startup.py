"""Start-up (issue 13): what waits until after the reader's first frame, and still comes."""

from __future__ import annotations

from icereader.index.engine import Engine
from icereader.tui.app import IceReaderApp
from test_reader import SIZE, doc, settle


async def test_collection_paused_for_start_up_resumes_after_the_first_frame(engine: Engine, monkeypatch):
    """`icereader` pauses the garbage collector while the reader starts; shortly after the first
    frame it collects once, freezes what is left and resumes. An app started with collection on
    leaves it alone."""
    import gc

    calls: list[str] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append("collect") or 0)
    app = IceReaderApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert gc.isenabled() and not calls
    gc.disable()
    try:
        app = IceReaderApp(engine)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert app.screen.query_one("#articles").count == 5
            await settle(app, pilot)
            await pilot.pause(0.3)
            assert gc.isenabled() and calls == ["collect", "freeze"]  # garbage is not frozen
    finally:
        gc.enable()


async def test_side_panels_come_after_the_first_frame_or_at_first_use(engine: Engine, monkeypatch):
    """The figures and related panels are mounted after the first frame; an article opened or a
    key pressed before that mounts them itself."""
    from icereader.tui.screens.reader import ReaderScreen

    monkeypatch.setattr(ReaderScreen, "_first_frame_shown", lambda self: self.index_corpus())
    app = IceReaderApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen_stack[0]
        assert [w.id for w in screen.query_one("#sidebar").children] == ["figures", "related"]
        assert screen.query_one("#figures").option_count == len(doc(app).article.figures) > 0
    app = IceReaderApp(engine)
    monkeypatch.setattr(ReaderScreen, "_load_location", lambda self, *a, **k: None)  # no article opens
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#sidebar").children
        await pilot.press("f")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "figures"

"""Subprocess probe: start the reader (or the bare app) under Textual's headless driver and record
milliseconds since process start for: first painted frame, article list shown, first search
results shown; then UI search latency after the debounce; then peak memory.

Why a subprocess and a clock from the parent: start-up cost is mostly imports, which only a fresh
interpreter pays. The parent passes `time.monotonic()` taken just before spawning (BENCH_T0); on
Linux that clock is system-wide, so deltas include interpreter start-up.

Why hook `App._display`: Textual calls it with each composed frame (also headless, where it then
skips the terminal write), so its first call is the first paint, with no polling error; the list is
painted in the first frame whose article list has entries (not the next frame after a poll saw
them: the reader lists the articles in its first frame).

    BENCH_T0=$(python -c 'import time;print(time.monotonic())') python -m bench.probe --app bare
"""

from __future__ import annotations

import os
import time

T0 = float(os.environ.get("BENCH_T0") or time.monotonic())


def now() -> float:
    return (time.monotonic() - T0) * 1000


import argparse  # noqa: E402  (after the clock, on purpose)
import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402

marks: dict[str, object] = {"imports_start": now()}


def _vm(field: str) -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _probe_class(base):
    import inspect
    from pathlib import Path

    css = base.CSS_PATH
    if isinstance(css, str) and not Path(css).is_absolute():  # resolved next to the subclass otherwise
        css = str(Path(inspect.getfile(base)).parent / css)

    class Probe(base):
        CSS_PATH = css
        paints = 0
        last_paint = -1.0

        def _display(self, screen, renderable):  # noqa: ANN001
            super()._display(screen, renderable)
            if renderable is not None:
                t = now()
                Probe.paints += 1
                Probe.last_paint = t
                marks.setdefault("first_paint", t)
                if "list_painted" not in marks and _articles(self) > 0:
                    marks["list_painted"] = t  # the first frame that shows the list

    return Probe


APP = None


async def _until(cond, timeout: float, step: float = 0.002) -> bool:
    """Poll `cond` every `step` s; False after `timeout`; raises at once if the app crashed."""
    deadline = time.monotonic() + timeout
    while not cond():
        if APP is not None and (APP._exception is not None or APP._exit_renderables):
            raise RuntimeError(f"app failed: {APP._exception!r}")
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(step)
    return True


async def _painted_after(app_cls, t: float, timeout: float = 3.0) -> float | None:
    ok = await _until(lambda: app_cls.last_paint >= t, timeout)
    return app_cls.last_paint if ok else None


def _articles(app) -> int:
    try:
        return app.screen_stack[0].query_one("#articles").count
    except Exception:
        return 0


def _result_for(app, text: str) -> bool:
    s = app.screen
    r = getattr(s, "result", None)
    return type(s).__name__ == "SearchScreen" and r is not None and r.query == text


async def run_reader(args) -> None:
    import gc

    gc.disable()  # as `icereader` does until the first frame (tui/cli/main.py)
    from icereader.index.engine import Engine
    from icereader.tui.app import IceReaderApp

    marks["imported"] = now()
    cls = _probe_class(IceReaderApp)
    global APP
    app = APP = cls(Engine(None if args.corpus == "bundled" else args.corpus, args.index_dir))
    queries = json.loads(args.queries) if args.queries else []
    async with app.run_test(size=(args.width, args.height)) as pilot:
        if not await _until(lambda: _articles(app) > 0, args.timeout):
            raise TimeoutError("article list never filled")
        marks["list_ready"] = now()
        if "list_painted" not in marks:
            await _until(lambda: "list_painted" in marks, 3.0)
        marks["articles"] = _articles(app)
        if queries:
            try:
                from icereader.tui.screens.search import DEBOUNCE
            except ImportError:
                DEBOUNCE = 0.15
            marks["debounce_ms"] = DEBOUNCE * 1000
            first = queries[0]
            # The list comes from the last index's fact store before the index opens; `/` before
            # then only says the index is being built.
            if not await _until(lambda: app.index_ready, args.timeout):
                raise TimeoutError("the index never opened")
            marks["index_ready"] = now()
            await pilot.press("slash")  # then the text in one go: Pilot's per-key pauses are not the app's
            if not await _until(lambda: type(app.screen).__name__ == "SearchScreen", args.timeout):
                raise TimeoutError("search screen never opened")
            app.screen.query_one("#query").value = first
            marks["typed"] = now()
            if not await _until(lambda: _result_for(app, first), args.timeout):
                raise TimeoutError("first search never showed results")
            marks["first_results"] = now()
            marks["first_results_painted"] = await _painted_after(cls, marks["first_results"])
            latencies, shown = [], []
            for q in queries[1:]:
                box = app.screen.query_one("#query")
                t = now()
                box.value = q
                if not await _until(lambda: _result_for(app, q), args.timeout):
                    raise TimeoutError(f"search {q!r} never showed results")
                t_res = now()
                t_paint = await _painted_after(cls, t_res)
                shown.append(t_res - t - DEBOUNCE * 1000)
                latencies.append((t_paint if t_paint is not None else t_res) - t - DEBOUNCE * 1000)
            marks["ui_search_after_debounce_ms"] = latencies
            marks["ui_search_shown_after_debounce_ms"] = shown
        if args.views:
            await pilot.press("escape")
            await pilot.pause(0.1)
            t = now()
            await pilot.press("s")
            ok = await _until(
                lambda: type(app.screen).__name__ == "SpeakersScreen" and bool(getattr(app.screen, "speakers", None)),
                args.timeout,
            )
            marks["speakers_view_ms"] = now() - t if ok else None
        marks["vmhwm_mb"] = _vm("VmHWM")
        marks["vmrss_mb"] = _vm("VmRSS")
        app.exit()


async def run_bare(args) -> None:
    from bench.bare_app import BareApp

    marks["imported"] = now()
    cls = _probe_class(BareApp)
    global APP
    app = APP = cls()
    async with app.run_test(size=(args.width, args.height)):
        await _until(lambda: "first_paint" in marks, args.timeout)
        marks["list_ready"] = marks["list_painted"] = marks.get("first_paint")
        marks["vmhwm_mb"] = _vm("VmHWM")
        marks["vmrss_mb"] = _vm("VmRSS")
        app.exit()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", choices=["reader", "bare"], required=True)
    ap.add_argument("--corpus", default="bundled")
    ap.add_argument("--index-dir")
    ap.add_argument("--queries", help="JSON list: the first is typed after '/', the rest set in the box")
    ap.add_argument("--views", action="store_true", help="also open the speakers view")
    ap.add_argument("--width", type=int, default=120)
    ap.add_argument("--height", type=int, default=40)
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args()
    try:
        asyncio.run(run_reader(args) if args.app == "reader" else run_bare(args))
        marks["ok"] = True
    except BaseException as e:  # report, don't hide: the parent records the error
        marks["ok"] = False
        marks["error"] = f"{type(e).__name__}: {e}"
    marks["exit"] = now()
    print("BENCH-PROBE " + json.dumps(marks), flush=True)
    sys.exit(0 if marks["ok"] else 1)


if __name__ == "__main__":
    main()

"""Helpers for driving the app with Textual's Pilot, shared by the reader's tests."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from textual.worker import WorkerCancelled


async def workers_done(app) -> None:
    """Wait for every worker to end. A cancelled one has ended too: the reader cancels on purpose
    (a newer search, a newer cursor move replaces the last), so only a failure is raised."""
    outcomes = await asyncio.gather(*(w.wait() for w in list(app.workers)), return_exceptions=True)
    for outcome in outcomes:
        if isinstance(outcome, BaseException) and not isinstance(outcome, WorkerCancelled):
            raise outcome


async def settle(app, pilot, rounds: int = 4) -> None:
    """Let workers finish and their results reach the screen."""
    for _ in range(rounds):
        await pilot.pause(0.05)
        await workers_done(app)
    await pilot.pause(0.05)


async def until(pilot, condition: Callable[[], object], step: float = 0.05, tries: int = 100) -> None:
    """Pause until `condition()` holds or `tries` pauses have passed (what a worker shows comes
    later on a loaded machine); the test asserts the condition itself afterwards."""
    for _ in range(tries):
        await pilot.pause(step)
        if condition():
            return

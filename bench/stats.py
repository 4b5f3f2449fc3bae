"""Timing and memory helpers shared by every measurement group.

Why median and p95 rather than means: on a shared 2-core machine a single descheduled run skews a
mean; the median says what a user usually sees and p95 what they see on a bad day. Memory is read
from /proc (VmRSS now, VmHWM peak) so no extra dependency is needed.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable, Iterable
from typing import Any


def percentile(values: Iterable[float], q: float) -> float:
    """Nearest-rank-with-interpolation percentile (q in 0..100) of a non-empty sample."""
    xs = sorted(values)
    if not xs:
        return math.nan
    if len(xs) == 1:
        return xs[0]
    k = (len(xs) - 1) * q / 100
    lo, hi = math.floor(k), math.ceil(k)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def summary(samples: list[float], unit: str = "ms") -> dict[str, Any]:
    """Median, p95, min, max and count of samples (already in `unit`)."""
    return {
        "median": percentile(samples, 50),
        "p95": percentile(samples, 95),
        "min": min(samples) if samples else math.nan,
        "max": max(samples) if samples else math.nan,
        "n": len(samples),
        "unit": unit,
    }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(milliseconds, result) of one call, with the garbage collector quiet during the call."""
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        t0 = time.perf_counter()
        result = fn()
        return (time.perf_counter() - t0) * 1000, result
    finally:
        if enabled:
            gc.enable()


def repeat(fn: Callable[[], Any], n: int, warmup: int = 0) -> list[float]:
    """Milliseconds of `n` calls after `warmup` untimed ones."""
    for _ in range(warmup):
        fn()
    return [timed(fn)[0] for _ in range(n)]


def proc_status(field: str) -> int:
    """A /proc/self/status field in bytes (VmRSS: now, VmHWM: peak resident set)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def rss_mb() -> float:
    return proc_status("VmRSS") / 2**20


def peak_rss_mb() -> float:
    return proc_status("VmHWM") / 2**20

"""Issue 4's targets, in one place, and how a measured value is judged against each.

Why separate: the numbers are the measurement's business, the thresholds are the issue's; when a
threshold changes, only this file does. Targets tied to a corpus size (100k passages, 10,000
files or articles) are judged only at that size; elsewhere the row says "info".
"""

from __future__ import annotations

import math

STARTUP_BUNDLED_X = 1.25  # start-up to first paint with the bundled corpus, × bare app
STARTUP_LARGE_X = 1.5  # … with an already indexed 10k-article corpus, × bare app
SEARCH_MEDIAN_X = 5.0  # search median, × FTS5, at 100k passages
SEARCH_P95_X = 2.5  # search p95, × FTS5, at 100k passages
PHRASE_P95_X = 2.5  # phrase queries' p95, × FTS5's on the same phrases, at 100k passages (issue 13)
STARTUP_TMUX_X = 1.5  # article list on screen in tmux, × the bare app's first screen (issue 13)
UI_SEARCH_MS = 100.0  # results shown after the debounce, median
BUILD_PPS = 1000.0  # full build, passages per second
BUILD_100K_S = 120.0  # 100k passages built in
UNCHANGED_MS = 100.0  # unchanged check of 10,000 files
CHANGE_MS = 300.0  # one changed article reflected
EXTRACT_MS = 5.0  # clean + extract per 1,000 words
RSS_MB = 300.0  # peak RSS with 10k articles open and searched
SOAK_GROWTH = 0.20

LARGE_PASSAGES = 100_000
LARGE_FILES = 10_000
LARGE_ARTICLES = 10_000


def at_most(value: float | None, limit: float, applies: bool = True) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if not applies:
        return "info"
    return "PASS" if value <= limit else "FAIL"


def at_least(value: float | None, limit: float, applies: bool = True) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if not applies:
        return "info"
    return "PASS" if value >= limit else "FAIL"

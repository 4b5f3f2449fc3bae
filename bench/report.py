"""Results (the JSON tree) → one plain-text table: value, baseline, ratio, target, PASS/FAIL.

Why plain text: it is read in a terminal and pasted into issues; JSON keeps every sample detail.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from . import targets as T


@dataclass(slots=True)
class Row:
    metric: str
    where: str
    median: str
    p95: str
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    verdict: str = ""


def _f(x: float | None, unit: str = "", digits: int | None = None) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if digits is None:
        digits = 0 if abs(x) >= 100 else 1 if abs(x) >= 10 else 2
    return f"{x:,.{digits}f}{unit}"


def _ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or not b or (isinstance(a, float) and math.isnan(a)):
        return None
    return a / b


def _timing(name: str, at: str, stats: dict, unit: str = " ms", target: str = "", verdict: str = "info") -> Row:
    """A measure's median and p95 with its target and verdict (none: a row that only informs)."""
    return Row(name, at, _f(stats["median"], unit), _f(stats["p95"], unit), "", "", target, verdict)


def _size_label(passages: int) -> str:
    return f"{passages // 1000}k" if passages % 1000 == 0 else str(passages)


def size_rows(passages: int, r: dict) -> list[Row]:
    rows: list[Row] = []
    at = _size_label(passages)
    large = passages >= T.LARGE_PASSAGES
    b = r.get("build")
    if b:
        pps = b["passages_per_s"]
        rows.append(
            _timing(
                "full build: passages/s", at, pps, "", f"≥ {T.BUILD_PPS:,.0f}", T.at_least(pps["median"], T.BUILD_PPS)
            )
        )
        rows.append(
            _timing(
                f"full build: seconds ({b['files']} files)",
                at,
                b["time"],
                " s",
                f"≤ {T.BUILD_100K_S:.0f} s @100k",
                T.at_most(b["time"]["median"], T.BUILD_100K_S, large),
            )
        )
        p2 = b.get("procs2")
        if isinstance(p2, dict):
            rows.append(_timing("full build procs=2: passages/s", at, p2["passages_per_s"], "", "", "info"))
    fb = r.get("fts5_build")
    if fb:
        rows.append(Row("  FTS5 index-only build: passages/s", at, _f(fb["passages_per_s"]), "", "", "", "", "info"))
    u = r.get("unchanged")
    if u:
        rows.append(
            _timing(
                f"unchanged check ({u['files']} files)",
                at,
                u["sync"],
                " ms",
                f"≤ {T.UNCHANGED_MS:.0f} ms @10k files",
                T.at_most(u["sync"]["median"], T.UNCHANGED_MS, large),
            )
        )
    inc = r.get("incremental")
    if inc:
        rows.append(_timing("sync after 1 article added", at, inc["add"]))
        rows.append(
            _timing(
                "sync after 1 article changed",
                at,
                inc["change"],
                " ms",
                f"≤ {T.CHANGE_MS:.0f} ms",
                T.at_most(inc["change"]["median"], T.CHANGE_MS) if inc.get("change_searchable", True) else "FAIL",
            )
        )
        rows.append(_timing("sync after 1 article removed", at, inc["remove"]))
    s = r.get("search")
    if s:
        e, f = s["engine"], s["fts5"]
        rm, rp = _ratio(e["median"], f["median"]), _ratio(e["p95"], f["p95"])
        rows.append(
            Row(
                f"search top 20 + offsets ({s['queries']} q) median",
                at,
                _f(e["median"], " ms"),
                "",
                _f(f["median"], " ms"),
                _f(rm, "×"),
                f"≤ {T.SEARCH_MEDIAN_X}× FTS5 @100k",
                T.at_most(rm, T.SEARCH_MEDIAN_X, large),
            )
        )
        rows.append(
            Row(
                "search top 20 + offsets p95",
                at,
                "",
                _f(e["p95"], " ms"),
                _f(f["p95"], " ms"),
                _f(rp, "×"),
                f"≤ {T.SEARCH_P95_X}× FTS5 @100k",
                T.at_most(rp, T.SEARCH_P95_X, large),
            )
        )
        if "engine_every" in s:
            rv = _ratio(s["engine_every"]["p95"], f["p95"])
            rows.append(
                Row(
                    "search as the reader asks (+ every match) p95",
                    at,
                    _f(s["engine_every"]["median"], " ms"),
                    _f(s["engine_every"]["p95"], " ms"),
                    _f(f["p95"], " ms"),
                    _f(rv, "×"),
                    "",
                    "info",
                )
            )
        for kind, k in sorted(s["by_kind"].items()):
            p95 = _ratio(k.get("engine_p95"), k.get("fts5_p95"))
            target = kind == "phrase"
            rows.append(
                Row(
                    f"  search '{kind}' queries median / p95",
                    at,
                    _f(k["engine_median"], " ms"),
                    _f(k.get("engine_p95"), " ms"),
                    _f(k.get("fts5_p95"), " ms"),
                    _f(p95, "× p95"),
                    f"≤ {T.PHRASE_P95_X}× FTS5 @100k" if target else "",
                    T.at_most(p95, T.PHRASE_P95_X, large) if target else "info",
                )
            )
    rel = r.get("related")
    if rel:
        rows.append(_timing("related passages", at, rel["related"]))
    v = r.get("views")
    if v:
        rows.append(_timing(f"speakers view, cold ({v['speakers']} speakers)", at, v["speakers_cold"]))
        rows.append(_timing(f"figures view ({v['figure_count']} figures)", at, v["figures"]))
        rows.append(_timing(f"article list ({v['articles']} articles)", at, v["articles_list"]))
        rows.append(_timing("open one article", at, v["open_article"]))
    for group, err in r.get("errors", {}).items():
        rows.append(Row(f"{group}: ERROR", at, "", "", "", "", "", err.splitlines()[-1][:60] if err else ""))
    return rows


def _paired(ratios: dict | None) -> float | None:
    """The median of the per-pair ratios (reader run / the bare run before it), when measured."""
    return ratios["median"] if ratios else None


def startup_rows(label: str, st: dict, large: bool, articles: int | None) -> list[Row]:
    rows: list[Row] = []
    limit = T.STARTUP_LARGE_X if large else T.STARTUP_BUNDLED_X
    applies = True if not large else (articles or 0) >= T.LARGE_ARTICLES * 0.95
    h = st.get("headless")
    if h:
        bare, rd = h["bare"], h["reader"]
        r = _ratio(rd["first_paint"]["median"], bare["first_paint"]["median"])
        rows.append(
            Row(
                "start-up → first paint (headless)",
                label,
                _f(rd["first_paint"]["median"], " ms"),
                _f(rd["first_paint"]["p95"], " ms"),
                _f(bare["first_paint"]["median"], " ms"),
                _f(r, "×"),
                f"≤ {limit}× bare",
                T.at_most(r, limit, applies),
            )
        )
        r = _paired(rd.get("list_painted_x_bare")) or _ratio(
            rd["list_painted"]["median"], bare["first_paint"]["median"]
        )
        rows.append(
            Row(
                "start-up → article list painted (headless)",
                label,
                _f(rd["list_painted"]["median"], " ms"),
                _f(rd["list_painted"]["p95"], " ms"),
                _f(bare["first_paint"]["median"], " ms"),
                _f(r, "×"),
                "",
                "info",
            )
        )
        rows.append(_timing("start-up → first search results painted", label, rd["first_results"]))
        ui = rd["ui_search_after_debounce"]
        rows.append(
            _timing(
                "search results painted after debounce (UI)",
                label,
                ui,
                " ms",
                f"≤ {T.UI_SEARCH_MS:.0f} ms median",
                T.at_most(ui["median"], T.UI_SEARCH_MS),
            )
        )
        rss = rd["peak_rss_mb"]
        rows.append(
            Row(
                "peak RSS, corpus open and searched",
                label,
                _f(rss["median"], " MB"),
                _f(rss["max"], " MB"),
                _f(bare["peak_rss_mb"]["median"], " MB"),
                "",
                f"≤ {T.RSS_MB:.0f} MB @10k articles" if large else "",
                T.at_most(rss["max"], T.RSS_MB, applies) if large else "info",
            )
        )
        sv = h.get("with_speakers_view") or {}
        if sv.get("peak_rss_mb"):
            rows.append(
                Row("  peak RSS after speakers view too", label, _f(sv["peak_rss_mb"], " MB"), "", "", "", "", "info")
            )
            rows.append(
                Row(
                    "  speakers view shown after `s` (UI)",
                    label,
                    _f(sv.get("speakers_view_ms"), " ms"),
                    "",
                    "",
                    "",
                    "",
                    "info",
                )
            )
    t = st.get("tmux")
    if t:
        bare, rd = t["bare"], t["reader"]
        r = _ratio(rd["first_paint"]["median"], bare["first_paint"]["median"])
        rows.append(
            Row(
                "start-up → first paint (tmux)",
                label,
                _f(rd["first_paint"]["median"], " ms"),
                _f(rd["first_paint"]["p95"], " ms"),
                _f(bare["first_paint"]["median"], " ms"),
                _f(r, "×"),
                f"≤ {limit}× bare",
                T.at_most(r, limit, applies),
            )
        )
        r = _paired(rd.get("ready_x_bare")) or _ratio(rd["ready"]["median"], bare["ready"]["median"])
        rows.append(
            Row(
                "start-up → article list visible (tmux)",
                label,
                _f(rd["ready"]["median"], " ms"),
                _f(rd["ready"]["p95"], " ms"),
                _f(bare["ready"]["median"], " ms"),
                _f(r, "×"),
                f"≤ {T.STARTUP_TMUX_X}× bare",
                T.at_most(r, T.STARTUP_TMUX_X),
            )
        )
    for group, err in st.get("errors", {}).items():
        rows.append(
            Row(f"start-up {group}: ERROR", label, "", "", "", "", "", err.splitlines()[-1][:60] if err else "")
        )
    return rows


def extraction_rows(x: dict) -> list[Row]:
    rows = []
    for name, d in x.items():
        if not isinstance(d, dict) or "total_per_1k_words" not in d:
            continue
        label = f"{name} ({d['articles']} art., ~{d['mean_words']:.0f} w)"
        rows.append(_timing("extraction: clean per 1,000 words", label, d["clean_per_1k_words"]))
        rows.append(_timing("extraction: extract per 1,000 words", label, d["extract_per_1k_words"]))
        t = d["total_per_1k_words"]
        rows.append(
            _timing(
                "extraction: clean + extract per 1,000 words",
                label,
                t,
                " ms",
                f"≤ {T.EXTRACT_MS:.0f} ms",
                T.at_most(t["median"], T.EXTRACT_MS),
            )
        )
    return rows


def soak_rows(s: dict) -> list[Row]:
    g = s.get("growth")
    return [
        Row(
            f"soak: {s.get('keys')} keys, RSS growth",
            f"{s.get('articles')} articles",
            "–" if g is None else f"{g:+.1%}",
            "",
            _f(s.get("rss_after_warmup_mb"), " MB"),
            _f(s.get("rss_end_mb"), " MB"),
            f"< {T.SOAK_GROWTH:.0%}, no exception",
            "PASS" if s.get("pass") else "FAIL",
        ),
        Row(
            "  soak: RSS slope after warm-up",
            f"{s.get('articles')} articles",
            _f(s.get("rss_slope_mb_per_1000_keys"), " MB/1k keys"),
            "",
            "",
            "",
            "",
            "info",
        ),
    ]


def all_rows(results: dict) -> list[Row]:
    rows: list[Row] = []
    for size, r in sorted(results.get("sizes", {}).items(), key=lambda kv: int(kv[0])):
        rows += size_rows(int(size), r)
    if results.get("extraction"):
        rows += extraction_rows(results["extraction"])
    for key, st in results.get("startup", {}).items():
        large = key != "bundled"
        label = "bundled" if not large else f"{st.get('articles', '?')} articles"
        rows += startup_rows(label, st, large, st.get("articles"))
    if results.get("soak"):
        rows += soak_rows(results["soak"])
    return rows


HEAD = Row("metric", "at", "median", "p95", "baseline", "ratio", "target", "result")


def render(rows: list[Row]) -> str:
    cols = list(
        zip(*[(r.metric, r.where, r.median, r.p95, r.baseline, r.ratio, r.target, r.verdict) for r in [HEAD, *rows]])
    )
    widths = [max(len(c) for c in col) for col in cols]
    right = {2, 3, 4, 5}

    def line(cells) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))
        ).rstrip()

    out = [line(cols_i) for cols_i in zip(*cols)]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)

"""Charts of a pair's trade: the reference series as lines (the reporter's own figures and
the partner's mirror figures), the claimed values as markers with their intervals as
error bars, and claims that cannot hold in red. matplotlib without a display.

A figure for half a year is not comparable with a year's: claims for part of a year get a
panel of their own below the annual one. A line stops where a year is missing rather than
bridging the gap, and the sources are credited under the chart."""
from __future__ import annotations

from pathlib import Path

from .. import periods as P
from ..check.format import money

MEASURE_TITLES = {"exports": "exports", "imports": "imports", "trade_total": "trade", "balance": "balance"}
MEASURE_COLORS = {"trade_total": "C0", "exports": "C2", "imports": "C1", "balance": "C4"}
SOURCE_CREDITS = {"IMF DOTS": "IMF, Direction of Trade Statistics (exports FOB)",
                  "published figures": "published figures as quoted in the news, each with its source"}
MONTHS_IN_YEAR = 12
# inches: a one-panel chart is 900 x 500 pixels, and each further panel adds 420
WIDTH, HEIGHT, PANEL, DPI = 9, 5, 4.2, 100


class NothingToPlot(ValueError):
    """A pair or an article with no reference data and no claims to chart."""


def _year(period: str) -> float:
    """A period's middle on a year axis: 2022 -> 2022.5, 2023-H1 -> 2023.25."""
    p = P.parse(period)
    if p is None:
        return float("nan")
    return (p[0] + p[1] + 1) / 2 / 12


def _months(period: str) -> int | None:
    p = P.parse(period)
    return None if p is None else p[1] - p[0] + 1


def reference_series(store, a: str, b: str, measure: str):
    """{label: [(year, value)]}: the reporter's own figures and the mirror, per source."""
    rows = store.rows_for_pairs([(a, b)])
    rows = rows[(rows["commodity"] == "TOTAL")]
    out: dict[str, list] = {}
    from ..check.reference import CIF_FOB

    def add(label, period, value):
        if len(period) == 4:
            out.setdefault(label, []).append((int(period) + 0.5, value))

    by = {}
    for r in rows.to_dict("records"):
        by.setdefault((r["source"], r["period"]), []).append(r)
    for (src, period), rs in by.items():
        name = "published figures" if src.startswith("published: ") else src
        f = {(r["reporter"], r["flow"]): r["value_usd"] for r in rs}
        if measure == "exports":
            if (a, "exports") in f:
                add(f"{name}: {a} reports", period, f[(a, "exports")])
            if (b, "imports") in f:
                add(f"{name}: {b} reports (mirror, CIF/FOB)", period, f[(b, "imports")] / CIF_FOB)
        elif measure == "imports":
            if (a, "imports") in f:
                add(f"{name}: {a} reports", period, f[(a, "imports")])
            if (b, "exports") in f:
                add(f"{name}: {b} reports (mirror, FOB/CIF)", period, f[(b, "exports")] * CIF_FOB)
        elif measure == "trade_total":
            for who in (a, b):
                if (who, "total") in f:
                    add(f"{name}: {who} reports", period, f[(who, "total")])
            if (a, "exports") in f and (a, "imports") in f:
                add(f"{name}: {a} reports", period, f[(a, "exports")] + f[(a, "imports")])
            elif (a, "exports") in f and (b, "exports") in f:
                add(f"{name}: both exporters", period, f[(a, "exports")] + f[(b, "exports")])
        elif measure == "balance":
            if (a, "exports") in f and (a, "imports") in f:
                add(f"{name}: {a} reports", period, f[(a, "exports")] - f[(a, "imports")])
            elif (a, "exports") in f and (b, "exports") in f:
                add(f"{name}: both exporters", period, f[(a, "exports")] - f[(b, "exports")] * CIF_FOB)
    return {k: sorted(v) for k, v in out.items()}


def with_gaps(points: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """The points of a yearly series as x and y, with a break (NaN) wherever a year is
    missing, so that a line does not bridge years without data.

    >>> with_gaps([(2019.5, 1.0), (2020.5, 2.0), (2023.5, 3.0)])
    ([2019.5, 2020.5, 2021.5, 2023.5], [1.0, 2.0, nan, 3.0])
    """
    xs: list[float] = []
    ys: list[float] = []
    for x, y in points:
        if xs and x - xs[-1] > 1.5:
            xs.append(xs[-1] + 1)
            ys.append(float("nan"))
        xs.append(x)
        ys.append(y)
    return xs, ys


class _Panel:
    """One pair: the reference series of each measure claimed, and the claims (dicts with
    period, measure, value_usd, low, high and `bad` for those that cannot hold)."""

    def __init__(self, title: str, pair: str, series: dict[str, dict], claims: list[dict]):
        self.title, self.pair, self.series, self.claims = title, pair, series, claims

    def annual(self) -> list[dict]:
        return [c for c in self.claims if _months(c["period"]) == MONTHS_IN_YEAR]

    def part_year(self) -> list[dict]:
        return [c for c in self.claims if (_months(c["period"]) or MONTHS_IN_YEAR) < MONTHS_IN_YEAR]


def _chart_class():
    from matplotlib.figure import Figure

    class Chart(Figure):
        """A Figure that shows itself in a notebook, whatever matplotlib's backend."""

        def _repr_png_(self) -> bytes:
            import io

            buf = io.BytesIO()
            self.savefig(buf, format="png")
            return buf.getvalue()

    return Chart


def _figure(panels: list[_Panel], credit_for: str):
    # a Figure of its own, not pyplot's: no backend is switched and nothing global is kept,
    # so a server draws without a display and a notebook shows it (Chart._repr_png_)
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    rows = [(p, "annual") for p in panels]
    rows += [(p, "part") for p in panels if p.part_year()]
    rows.sort(key=lambda r: panels.index(r[0]))
    fig = _chart_class()(figsize=(WIDTH, HEIGHT + PANEL * (len(rows) - 1)), dpi=DPI)
    axes = fig.subplots(len(rows), 1, squeeze=False)
    sources: set[str] = set()
    for ax, (panel, kind) in zip(axes[:, 0], rows):
        if kind == "annual":
            for measure, series in panel.series.items():
                for label, pts in series.items():
                    sources.add(label.split(":")[0])
                    _reference_line(ax, label if len(panel.series) == 1 else f"{label}, {MEASURE_TITLES[measure]}",
                                    pts, MEASURE_COLORS[measure] if len(panel.series) > 1 else None)
            _claims(ax, panel.annual(), "claims")
            ax.set_title(panel.title)
            _year_ticks(ax)
        else:
            part = panel.part_year()
            _claims(ax, part, "claims for part of a year")
            ax.set_title(f"{panel.pair}: figures for part of a year, not comparable with annual totals", fontsize=10)
            # each period where its figures stand, named as tradecheck names it ("2024-H1")
            at = {_year(c["period"]): c["period"] for c in part}
            ax.set_xticks(sorted(at), [at[x] for x in sorted(at)])
            ax.set_xlim(min(at) - 0.5, max(at) + 0.5)
        # steps of 1, 2 or 5: a tick at $1.725bn would read as "$1.73bn"
        ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 5, 10]))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: money(v)))
        ax.set_ylabel("US dollars")
        ax.grid(True, alpha=0.3)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(fontsize=8, loc="best")
    credits = [SOURCE_CREDITS.get(s, s) for s in sorted(sources)]
    fig.text(0.01, 0.005, f"Sources: {'; '.join(credits) if credits else 'no reference data'}. "
                          f"Claims: {credit_for}. Chart: tradecheck.", fontsize=7, ha="left", va="bottom", wrap=True)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def _year_ticks(ax) -> None:
    """A tick under the middle of each year shown (where its figure stands), every one,
    two, five or ten years so that at most a dozen are labelled."""
    lo, hi = ax.get_xlim()
    first, last = int(lo + 0.5), int(hi - 0.5)
    step = next(s for s in (1, 2, 5, 10, 20) if (last - first) // s < 12)
    years = [y for y in range(first, last + 1) if y % step == 0]
    ax.set_xticks([y + 0.5 for y in years], [str(y) for y in years])


def _reference_line(ax, label: str, pts: list, color: str | None) -> None:
    xs, ys = with_gaps(pts)
    if label.startswith("published figures"):
        # figures quoted in the news: points, not a series
        ax.plot(xs, ys, linestyle="none", marker="D", markersize=5, alpha=0.7, label=label, color=color)
    else:
        ax.plot(xs, ys, marker=".", linewidth=1.5, label=label, color=color)


def _claims(ax, claims: list[dict], what: str) -> None:
    measures = {c["measure"] for c in claims}
    for bad, color, label in ((False, "black", what), (True, "red", f"{what} that cannot hold")):
        for m in sorted(measures):
            sel = [c for c in claims if c["bad"] == bad and c["measure"] == m]
            if not sel:
                continue
            xs = [_year(c["period"]) for c in sel]
            ys = [c["value_usd"] for c in sel]
            lo = [max(0.0, c["value_usd"] - c["low"]) if _known(c["low"]) else 0.0 for c in sel]
            hi = [max(0.0, c["high"] - c["value_usd"]) if _known(c["high"]) else 0.0 for c in sel]
            shown = label if len(measures) == 1 else f"{label}: {MEASURE_TITLES[m]}"
            ax.errorbar(xs, ys, yerr=[lo, hi], fmt="o", color=color, ecolor=color, capsize=4, label=shown, zorder=3,
                        markerfacecolor=color if bad else MEASURE_COLORS[m] if len(measures) > 1 else color)


def _known(v) -> bool:
    return v is not None and v == v


def _save(fig, path: str) -> None:
    fig.savefig(path)


def figure_for_pair(store, tracker, a: str, b: str, measure: str = "trade_total"):
    """The chart of a pair's reference series and the tracked claims about it."""
    from . import claims_for, conflicts

    series = reference_series(store, a, b, measure)
    found = claims_for(tracker, a, b, measure) if tracker is not None else None
    claims = []
    if found is not None and len(found):
        bad = set()
        import json

        rows = tracker.con.execute(
            "SELECT doc_id, claims FROM findings WHERE status = 'inconsistent' AND severity = 'error'").fetchall()
        for doc_id, cl in rows:
            bad.update((doc_id, c) for c in json.loads(cl))
        conf = conflicts(tracker, a, b)
        for r in conf.to_dict("records") if len(conf) else []:
            for side in ("a", "b"):
                m = found[(found["doc_id"] == r[f"document_{side}"]) & (found["text"] == r[f"claim_{side}"])]
                bad.update(zip(m["doc_id"], m["claim_id"]))
        claims = [dict(r, bad=(r["doc_id"], r["claim_id"]) in bad) for r in found.to_dict("records")]
    if not series and not claims:
        raise NothingToPlot(f"nothing to plot for {a}-{b} {MEASURE_TITLES.get(measure, measure)}: no reference data "
                            f"and no tracked claims{_measures_with_data(store, a, b, measure)}")
    title = f"{a}-{b} {MEASURE_TITLES.get(measure, measure)}: reference data and claims"
    return _figure([_Panel(title, f"{a}-{b} {MEASURE_TITLES.get(measure, measure)}", {measure: series}, claims)],
                   "articles in the tracker")


def _measures_with_data(store, a: str, b: str, asked: str) -> str:
    other = [m for m in MEASURE_TITLES if m != asked and reference_series(store, a, b, m)]
    return f" (reference data for: {', '.join(other)})" if other else ""


def plot_pair(path: str, store, tracker, a: str, b: str, measure: str = "trade_total") -> None:
    """Write `figure_for_pair` to `path` (.png, .svg or .pdf)."""
    _save(figure_for_pair(store, tracker, a, b, measure), path)


def figure_for_article(store, result):
    """One panel per pair of countries the article gives trade figures for: its claims
    (those that cannot hold in red) against the reference series of each measure."""
    data = result.to_dict()
    trade = [c for c in data["claims"] if c["kind"] == "amount" and c["measure"] in MEASURE_TITLES
             and c["value_usd"] is not None and c["reporter"] and c["partner"] and not c["commodity"] and c["period"]]
    if not trade:
        raise NothingToPlot("the article has no trade claims with a pair, a period and a dollar value")
    bad = {cid for f in data["findings"] if f["status"] == "inconsistent" and f["severity"] == "error"
           for cid in f["claims"]}
    pairs: dict[tuple[str, str], list[dict]] = {}
    for c in trade:
        pairs.setdefault(tuple(sorted((c["reporter"], c["partner"]))), []).append(dict(c, bad=c["id"] in bad))
    name = Path(result.document.path).name
    panels = []
    for claims in pairs.values():
        a, b = claims[0]["reporter"], claims[0]["partner"]
        series = {}
        for m in dict.fromkeys(c["measure"] for c in claims):
            who = next(c for c in claims if c["measure"] == m)
            series[m] = reference_series(store, who["reporter"], who["partner"], m)
        panels.append(_Panel(f"{name}: {a}-{b} against reference data", f"{a}-{b}", series, claims))
    return _figure(panels, name)


def plot_article(path: str, store, result) -> None:
    """Write `figure_for_article` to `path` (.png, .svg or .pdf)."""
    _save(figure_for_article(store, result), path)

"""Charts of a pair's trade: the reference series as lines (the reporter's own figures and
the partner's mirror figures), the claimed values as markers with their intervals as
error bars, and claims that cannot hold in red. matplotlib without a display."""
from __future__ import annotations

from ..check.format import money

MEASURE_TITLES = {"exports": "exports", "imports": "imports", "trade_total": "trade", "balance": "balance"}


def _year(period: str) -> float:
    """A period's middle on a year axis: 2022 -> 2022.5, 2023-H1 -> 2023.25."""
    from .. import periods as P

    p = P.parse(period)
    if p is None:
        return float("nan")
    return (p[0] + p[1] + 1) / 2 / 12


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


def draw(path: str, a: str, b: str, measure: str, series: dict, claims, bad: set, title: str | None = None,
         size=(9, 5), dpi=100) -> None:
    """Write the chart to `path` (.png, .svg or .pdf)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    fig, ax = plt.subplots(figsize=size, dpi=dpi)
    for label, pts in series.items():
        xs, ys = zip(*pts)
        if label.startswith("published figures"):
            # figures quoted in the news: points, not a series
            ax.plot(xs, ys, linestyle="none", marker="D", markersize=5, alpha=0.7, label=label)
        else:
            ax.plot(xs, ys, marker=".", linewidth=1.5, label=label)
    if claims is not None and len(claims):
        for ok, color, label in ((True, "black", "claims in articles"), (False, "red", "claims that cannot hold")):
            sel = [r for r in claims.to_dict("records") if ((r["doc_id"], r["claim_id"]) not in bad) == ok]
            if not sel:
                continue
            xs = [_year(r["period"]) for r in sel]
            ys = [r["value_usd"] for r in sel]
            lo = [max(0.0, r["value_usd"] - r["low"]) if r["low"] == r["low"] and r["low"] is not None else 0.0 for r in sel]
            hi = [max(0.0, r["high"] - r["value_usd"]) if r["high"] == r["high"] and r["high"] is not None else 0.0 for r in sel]
            ax.errorbar(xs, ys, yerr=[lo, hi], fmt="o", color=color, ecolor=color, capsize=4, label=label, zorder=3)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: money(v)))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{int(v)}"))
    ax.set_xlabel("year")
    ax.set_ylabel(f"{MEASURE_TITLES.get(measure, measure)}, US dollars")
    ax.set_title(title or f"{a}-{b} {MEASURE_TITLES.get(measure, measure)}: reference data and claims")
    ax.grid(True, alpha=0.3)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8, loc="best")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def plot_pair(path: str, store, tracker, a: str, b: str, measure: str = "trade_total") -> None:
    from . import claims_for, conflicts

    claims = claims_for(tracker, a, b, measure) if tracker is not None else None
    bad = set()
    if tracker is not None:
        rows = tracker.con.execute(
            "SELECT doc_id, claims FROM findings WHERE status = 'inconsistent' AND severity = 'error'").fetchall()
        import json

        for doc_id, cl in rows:
            bad.update((doc_id, c) for c in json.loads(cl))
        conf = conflicts(tracker, a, b)
        if len(conf) and claims is not None:
            for r in conf.to_dict("records"):
                for side in ("a", "b"):
                    m = claims[(claims["doc_id"] == r[f"document_{side}"]) & (claims["text"] == r[f"claim_{side}"])]
                    bad.update(zip(m["doc_id"], m["claim_id"]))
    draw(path, a, b, measure, reference_series(store, a, b, measure), claims, bad)


def plot_article(path: str, store, result) -> None:
    """The claims of one article against the data for its main pair and measure."""
    import pandas as pd

    data = result.to_dict()
    trade = [c for c in data["claims"] if c["kind"] == "amount" and c["measure"] in MEASURE_TITLES
             and c["value_usd"] is not None and c["reporter"] and c["partner"] and not c["commodity"]]
    if not trade:
        raise ValueError("the article has no trade claims with a pair, a period and a dollar value")
    from collections import Counter

    (a, b, measure), _ = Counter((c["reporter"], c["partner"], c["measure"]) for c in trade).most_common(1)[0]
    sel = [dict(c, doc_id=0, claim_id=c["id"]) for c in trade if (c["reporter"], c["partner"], c["measure"]) == (a, b, measure)]
    bad = {(0, cid) for f in data["findings"] if f["status"] == "inconsistent" and f["severity"] == "error"
           for cid in f["claims"]}
    draw(path, a, b, measure, reference_series(store, a, b, measure), pd.DataFrame(sel), bad,
         title=f"{result.document.path}: {a}-{b} {MEASURE_TITLES[measure]} against reference data")

"""Browsing the reference data: the series between two countries, per year and source."""
from __future__ import annotations


def series(store, a: str, b: str, flow: str | None = None):
    """One row per period and source: a's exports to b and imports from b as a reports
    them, and the mirror figures as b reports them (b's imports from a, b's exports to a).

    >>> import tempfile
    >>> from tradecheck.reference.store import Store
    >>> df = series(Store(tempfile.mkdtemp()), "BLR", "IRN", "exports")
    >>> float(df[df["period"] == "2019"]["BLR exports to IRN"].iloc[0])
    32094100.0
    """
    import pandas as pd

    rows = store.rows_for_pairs([(a, b)])
    if rows.empty:
        return pd.DataFrame()
    rows = rows[rows["commodity"] == "TOTAL"]
    cols = {
        ("exports", a): f"{a} exports to {b}", ("imports", b): f"{b} imports from {a} (mirror)",
        ("imports", a): f"{a} imports from {b}", ("exports", b): f"{b} exports to {a} (mirror)",
        ("total", a): f"{a}-{b} trade (published)", ("total", b): f"{b}-{a} trade (published)",
    }
    rows = rows.assign(column=[cols.get((f, r), None) for f, r in zip(rows["flow"], rows["reporter"])])
    if flow in ("exports", "imports"):
        keep = {f"{a} exports to {b}", f"{b} imports from {a} (mirror)"} if flow == "exports" else \
               {f"{a} imports from {b}", f"{b} exports to {a} (mirror)"}
        rows = rows[rows["column"].isin(keep)]
    source = rows["source"].str.replace("published: ", "", regex=False)
    table = rows.assign(source=source).pivot_table(index=["period", "source"], columns="column",
                                                   values="value_usd", aggfunc="first")
    table = table.reset_index()
    table.columns.name = None
    return table.sort_values(["period", "source"]).reset_index(drop=True)

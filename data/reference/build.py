"""Build the shipped reference dataset, data/reference/default.parquet, from the inputs in
../shared/reference (see its README for provenance and licences):

- imf_dots_exports_fob_2000_2020.csv: IMF Direction of Trade Statistics, exports FOB of
  every reporter to every partner, 2000-2020, in millions of US dollars ("e": estimate);
- facts.csv: bilateral figures for 2020-2024 as published, each with its source and URL.

Every row keeps its source; where published figures disagree (Belarus-Iran 2021, Russia-
Turkey 2022, India-Russia 2022-23) all of them are kept. Rerunning reproduces the file.

    python data/reference/build.py [--shared ../shared/reference] [--out data/reference/default.parquet]
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tradecheck.reference.importers import imf_dots  # noqa: E402
from tradecheck.reference.schema import COLUMNS, validate  # noqa: E402

DOTS_VERSION = "IMF DOTS legacy Excel export, downloaded Feb 2022 (SamLeBlanc/Direction-of-Trade-Map a769819)"
FACTS_VERSION = "published figures collected 2026-11 (shared/reference/facts.csv)"


def facts(path: Path):
    import pandas as pd

    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows = []
    for _, r in df.iterrows():
        y = int(r["year"])
        name = r["source_name"]
        if re.search(r"fiscal year", name, re.I) or re.search(r"iranian calendar year", name, re.I):
            period = f"{y}-04/{y + 1}-03"  # Indian fiscal year; the Iranian year read as whole months
        else:
            period = str(y)
        rows.append({
            "period": period, "reporter": r["reporter_iso3"], "partner": r["partner_iso3"],
            "flow": {"total": "total"}.get(r["flow"], r["flow"]), "commodity": "TOTAL",
            "value_usd": float(r["value_usd"]), "valuation": None,
            "source": f"published: {name.split(' (')[0].split(';')[0].strip()}",
            "source_version": FACTS_VERSION, "estimated": False,
            # news reports of official figures quote them rounded and second-hand: a close
            # approximation, never the exact official number ("exceeded", "approached" more so)
            "approximate": True,
            "note": name, "url": r["source_url"] or None,
        })
    return validate(pd.DataFrame(rows), str(path))


def build(shared: Path, out: Path) -> int:
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    dots = imf_dots.read([str(shared / "imf_dots_exports_fob_2000_2020.csv")], DOTS_VERSION)
    pub = facts(shared / "facts.csv")
    df = pd.concat([dots, pub], ignore_index=True)[list(COLUMNS)]
    df = df.sort_values(["reporter", "partner", "period", "flow", "source", "value_usd"], kind="stable")
    df = df.reset_index(drop=True)
    table = pa.Table.from_pandas(df, preserve_index=False)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    pq.write_table(table, tmp, row_group_size=50_000, compression="zstd", use_dictionary=True,
                   write_statistics=True)
    tmp.replace(out)
    return len(df)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "reference"))
    ap.add_argument("--out", default=str(HERE / "default.parquet"))
    a = ap.parse_args()
    n = build(Path(a.shared), Path(a.out))
    print(f"{a.out}: {n} rows")


if __name__ == "__main__":
    main()

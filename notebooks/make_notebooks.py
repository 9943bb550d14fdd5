"""Write the example notebooks (without outputs) from the cells below.

    python notebooks/make_notebooks.py

The notebooks are committed; this script is how they are edited, so that their source is
readable in a diff."""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).parent

# Each notebook uses only the public API (the names `import tradecheck` offers) and finds
# the shipped examples through tradecheck.example, so it runs from any folder.
NB1 = [
    new_markdown_cell("# Verify an article\n\nAn example article shipped with tradecheck (written for it, with invented "
                      "figures), checked end to end: the claims it makes, the findings, the arithmetic behind them, "
                      "and a chart of the claims against reference data."),
    new_code_cell("import tradecheck\n\n"
                  "result = tradecheck.verify_file(tradecheck.example('uzbekistan-turkey-2023-draft.md'))\nresult"),
    new_markdown_cell("The claims: one row per claim, with where it stands in the file (`line`, `column`), its period "
                      "as dates to sort and filter by, and the rule that decided each attribute. A missing value is "
                      "`<NA>` in every column."),
    new_code_cell("result.claims[['id', 'text', 'kind', 'value_usd', 'measure', 'reporter', 'partner', 'period',\n"
                  "               'period_start', 'period_end', 'line', 'column', 'attribution_period']]"),
    new_markdown_cell("The same table for reading, money as money:"),
    new_code_cell("claims, findings = result.readable()\n"
                  "claims[['id', 'text', 'value_usd', 'low', 'high', 'factor', 'period']]"),
    new_markdown_cell("The findings that fail, with the arithmetic in each message and the correction each suggests:"),
    new_code_cell("result.findings.query(\"status == 'inconsistent'\")[['id', 'check', 'line', 'column', 'message', "
                  "'suggestion']]"),
    new_markdown_cell("Every claim of every finding, one row each (`position` 0 is the likeliest slip), joined with the "
                  "claims table:"),
    new_code_cell("joined = result.finding_claims.merge(result.claims, left_on=['document', 'claim'],\n"
                  "                                     right_on=['document', 'id'])\n"
                  "joined.query('position == 0')[['finding', 'check', 'status', 'claim', 'text', 'line']]"),
    new_markdown_cell("The consistent version of the same story, and its claims against the reference data:"),
    new_code_cell("tradecheck.verify_file(tradecheck.example('uzbekistan-turkey-2023.txt')).plot()"),
]

NB2 = [
    new_markdown_cell("# Reference data\n\nThe shipped reference data (IMF Direction of Trade exports 2000-2020 and "
                      "published figures 2020-2024), an import from a sample file, and mirror asymmetries: what a "
                      "country reports against what its partner reports."),
    new_code_cell("import tempfile\nimport tradecheck\n\n"
                  "store = tradecheck.ReferenceStore(tempfile.mkdtemp())   # an empty store: only the shipped default\n"
                  "store.sources()"),
    new_markdown_cell("The series between Belarus and Iran, the reporter's own figures beside the partner's:"),
    new_code_cell("store.series('BLR', 'IRN').tail(10)"),
    new_markdown_cell("Importing a file in the canonical format (CSV or Parquet); Comtrade, IMF SDMX, BACI, DOTS and "
                      "WITS files import the same way (`tradecheck reference import FORMAT FILE`):"),
    new_code_cell("n = store.import_files('canonical', [tradecheck.example('reference/published-belarus-iran.csv')])\n"
                  "print(n, 'rows imported')\nstore.sources()"),
    new_markdown_cell("Mirror asymmetries: each country's exports to the other, as each reports them (in the shipped "
                      "IMF data, the mirror of one side's exports is the other side's imports, which DOTS leaves out; "
                      "so here: exports in both directions for a few pairs)."),
    new_code_cell("%matplotlib inline\nimport matplotlib.pyplot as plt\n\n"
                  "pairs = [('DEU', 'FRA'), ('CHN', 'RUS'), ('USA', 'MEX'), ('TUR', 'RUS')]\n"
                  "fig, axes = plt.subplots(2, 2, figsize=(10, 7))\n"
                  "for ax, (a, b) in zip(axes.flat, pairs):\n"
                  "    rows = store.rows_for_pairs([(a, b)])\n"
                  "    rows = rows[(rows['source'] == 'IMF DOTS') & (rows['flow'] == 'exports')]\n"
                  "    for who, g in rows.groupby('reporter'):\n"
                  "        g = g.sort_values('period')\n"
                  "        ax.plot(g['period'].astype(int), g['value_usd'] / 1e9, label=f'{who} exports')\n"
                  "    ax.set_title(f'{a}-{b} (IMF DOTS, $bn)')\n    ax.legend(fontsize=8)\n"
                  "fig.tight_layout()\nplt.show()"),
    new_markdown_cell("A claim checked against the data, from the reporter's figure and from the mirror:"),
    new_code_cell("r = tradecheck.verify_text(\"In 2019, Belarusian exports to Iran were $32.1mn; Iran's imports from \"\n"
                  "                           \"Belarus were $34mn.\", reference='all')\n"
                  "r.findings.query(\"check == 'reference'\")[['claims', 'status', 'message']]"),
]

NB3 = [
    new_markdown_cell("# Tracking a pair\n\nSeveral articles about Uzbekistan and Turkey go into a tracker; the tracker "
                      "shows the claimed values per period beside the reference data, and flags articles that cannot "
                      "all be right."),
    new_code_cell("import tempfile\nfrom pathlib import Path\nimport tradecheck\n\n"
                  "tracker = tradecheck.Tracker(Path(tempfile.mkdtemp()) / 'tracker.sqlite')\n"
                  "files = [tradecheck.example(n) for n in tradecheck.examples() if n.startswith('uzbekistan-turkey-')]\n"
                  "tracker.add_files(files, reference='none')"),
    new_code_cell("tracker.documents()[['path', 'published', 'version', 'claims', 'inconsistent']]"),
    new_code_cell("tracker.claims('UZB', 'TUR', 'trade_total')[['period', 'text', 'value_usd', 'path', 'published']]"),
    new_markdown_cell("Claims from different articles that cannot both hold:"),
    new_code_cell("tracker.conflicts('UZB', 'TUR')[['pair', 'measure', 'period', 'claim_a', 'article_a', 'claim_b', "
                  "'article_b']]"),
    new_markdown_cell("The pair's chart: the IMF series, and the claims with their intervals (in red, those that cannot "
                      "hold); figures for half a year in a panel of their own:"),
    new_code_cell("tracker.plot('UZB', 'TUR', 'trade_total', store=tempfile.mkdtemp())"),
]


def main() -> None:
    for name, cells in (("01-verify-an-article", NB1), ("02-reference-data", NB2), ("03-tracking-a-pair", NB3)):
        nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                 "language": "python"}})
        nbformat.write(nb, HERE / f"{name}.ipynb")


if __name__ == "__main__":
    main()

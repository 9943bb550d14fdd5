"""Write the example notebooks (without outputs) from the cells below.

    python notebooks/make_notebooks.py

The notebooks are committed; this script is how they are edited, so that their source is
readable in a diff."""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).parent

NB1 = [
    new_markdown_cell("# Verify an article\n\nAn example article shipped in `data/examples/` (written for tradecheck, "
                      "with invented figures), checked end to end: the claims it makes, the findings, the arithmetic "
                      "behind them, and a chart of the claims against reference data."),
    new_code_cell("from pathlib import Path\nimport tradecheck\n\n"
                  "ROOT = Path.cwd().parent if Path.cwd().name == 'notebooks' else Path.cwd()\n"
                  "text = (ROOT / 'data/examples/uzbekistan-turkey-2023-draft.md').read_text(encoding='utf-8')\n"
                  "result = tradecheck.verify_text(text)\nresult"),
    new_markdown_cell("The claims, as a DataFrame (numbers for analysis) and as a readable table (money as money):"),
    new_code_cell("claims, findings = result.readable()\n"
                  "claims[['id', 'text', 'kind', 'value_usd', 'factor', 'measure', 'reporter', 'partner', 'period']]"),
    new_markdown_cell("The findings, with the arithmetic in each message:"),
    new_code_cell("findings[findings['check'] != 'reference'][['id', 'check', 'status', 'severity', 'message']]"),
    new_code_cell("for f in result.to_dict()['findings']:\n"
                  "    if f['status'] == 'inconsistent':\n"
                  "        print(f\"{f['check']:>15}: {f['message']}\")"),
    new_markdown_cell("The consistent version of the same story, and its claims against the reference data:"),
    new_code_cell("import matplotlib\nmatplotlib.use('Agg')\nfrom IPython.display import Image\n"
                  "from tradecheck.api import verify\nfrom tradecheck.read import read_document\n"
                  "from tradecheck.reference.store import Store\nfrom tradecheck.track.plot import plot_article\n"
                  "import tempfile\n\n"
                  "doc = read_document(str(ROOT / 'data/examples/uzbekistan-turkey-2023.txt'))\n"
                  "chart = Path(tempfile.mkdtemp()) / 'article.png'\n"
                  "plot_article(str(chart), Store(tempfile.mkdtemp()), verify(doc))\nImage(filename=str(chart))"),
]

NB2 = [
    new_markdown_cell("# Reference data\n\nThe shipped reference data (IMF Direction of Trade exports 2000-2020 and "
                      "published figures 2020-2024), an import from a sample file, and mirror asymmetries: what a "
                      "country reports against what its partner reports."),
    new_code_cell("from pathlib import Path\nimport tempfile\nimport tradecheck\n"
                  "from tradecheck.reference.store import Store\n\n"
                  "ROOT = Path.cwd().parent if Path.cwd().name == 'notebooks' else Path.cwd()\n"
                  "store = Store(tempfile.mkdtemp())   # an empty store: only the shipped default\n"
                  "store.sources()"),
    new_markdown_cell("The series between Belarus and Iran, the reporter's own figures beside the partner's:"),
    new_code_cell("from tradecheck.reference.browse import series\n"
                  "series(store, 'BLR', 'IRN').tail(10)"),
    new_markdown_cell("Importing a file in the canonical format (CSV or Parquet); Comtrade, IMF SDMX, BACI, DOTS and "
                      "WITS files import the same way (`tradecheck reference import FORMAT FILE`):"),
    new_code_cell("from tradecheck.reference.importers import importer\n"
                  "rows = importer('canonical')([str(ROOT / 'data/examples/reference/published-belarus-iran.csv')], None)\n"
                  "target = store.add(rows, 'published-belarus-iran')\n"
                  "print(len(rows), 'rows imported into', target.name)\nstore.sources()"),
    new_markdown_cell("Mirror asymmetries: Kazakhstan's exports to China as Kazakhstan reports them against China's "
                      "exports to Kazakhstan... and, more usefully, each country's exports against the partner's mirror "
                      "(in the shipped IMF data, the mirror of one side's exports is the other side's imports, which "
                      "DOTS leaves out; so here: exports in both directions for a few pairs)."),
    new_code_cell("import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
                  "from IPython.display import Image\n\n"
                  "pairs = [('DEU', 'FRA'), ('CHN', 'RUS'), ('USA', 'MEX'), ('TUR', 'RUS')]\n"
                  "fig, axes = plt.subplots(2, 2, figsize=(10, 7))\n"
                  "for ax, (a, b) in zip(axes.flat, pairs):\n"
                  "    rows = store.rows_for_pairs([(a, b)])\n"
                  "    rows = rows[(rows['source'] == 'IMF DOTS') & (rows['flow'] == 'exports')]\n"
                  "    for who, g in rows.groupby('reporter'):\n"
                  "        g = g.sort_values('period')\n"
                  "        ax.plot(g['period'].astype(int), g['value_usd'] / 1e9, label=f'{who} exports')\n"
                  "    ax.set_title(f'{a}-{b} (IMF DOTS, $bn)')\n    ax.legend(fontsize=8)\n"
                  "fig.tight_layout()\nchart = Path(tempfile.mkdtemp()) / 'mirrors.png'\nfig.savefig(chart)\n"
                  "Image(filename=str(chart))"),
    new_markdown_cell("A claim checked against the data, from the reporter's figure and from the mirror:"),
    new_code_cell("r = tradecheck.verify_text(\"In 2019, Belarusian exports to Iran were $32.1mn; Iran's imports from \"\n"
                  "                           \"Belarus were $34mn.\", reference='all')\n"
                  "[(f['claims'], f['status'], f.get('matched'), f['message'][:90]) for f in r.to_dict()['findings']\n"
                  " if f['check'] == 'reference']"),
]

NB3 = [
    new_markdown_cell("# Tracking a pair\n\nSeveral articles about Uzbekistan and Turkey go into a tracker; the tracker "
                      "shows the claimed values per period beside the reference data, and flags articles that cannot "
                      "all be right."),
    new_code_cell("from pathlib import Path\nimport tempfile\n"
                  "from tradecheck.track import Tracker, add_documents, documents, claims_for, conflicts\n\n"
                  "ROOT = Path.cwd().parent if Path.cwd().name == 'notebooks' else Path.cwd()\n"
                  "tracker = Tracker(Path(tempfile.mkdtemp()) / 'tracker.sqlite')\n"
                  "files = sorted(str(p) for p in (ROOT / 'data/examples').glob('uzbekistan-turkey-*'))\n"
                  "add_documents(tracker, files, reference='none')"),
    new_code_cell("documents(tracker)[['path', 'published', 'version', 'claims', 'inconsistent']]"),
    new_code_cell("claims_for(tracker, 'UZB', 'TUR', 'trade_total')[['period', 'text', 'value_usd', 'path', 'published']]"),
    new_markdown_cell("Claims from different articles that cannot both hold:"),
    new_code_cell("conflicts(tracker, 'UZB', 'TUR')[['pair', 'measure', 'period', 'claim_a', 'article_a', 'claim_b', 'article_b']]"),
    new_markdown_cell("The pair's chart: the IMF series, and the claims with their intervals (in red, those that cannot hold):"),
    new_code_cell("import matplotlib\nmatplotlib.use('Agg')\nfrom IPython.display import Image\n"
                  "from tradecheck.reference.store import Store\nfrom tradecheck.track.plot import plot_pair\n\n"
                  "chart = Path(tempfile.mkdtemp()) / 'pair.png'\n"
                  "plot_pair(str(chart), Store(tempfile.mkdtemp()), tracker, 'UZB', 'TUR', 'trade_total')\n"
                  "Image(filename=str(chart))"),
]


def main() -> None:
    for name, cells in (("01-verify-an-article", NB1), ("02-reference-data", NB2), ("03-tracking-a-pair", NB3)):
        nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                 "language": "python"}})
        nbformat.write(nb, HERE / f"{name}.ipynb")


if __name__ == "__main__":
    main()

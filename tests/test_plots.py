"""Charts and tables as a reader takes them in: money written as money, figures for part of
a year kept apart from annual ones, lines that stop where a year is missing, the data's
source credited under the chart, and one panel per pair of countries an article is about."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradecheck.api import verify
from tradecheck.cli import app
from tradecheck.read import make_document
from tradecheck.reference.store import Store
from tradecheck.track import Tracker, add_documents
from tradecheck.track.plot import figure_for_article, figure_for_pair, with_gaps

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"
runner = CliRunner()

# Belarus's exports to Iran with 2018 missing, from a statistics office of its own
GAPPY = """period,reporter,partner,flow,commodity,value_usd,valuation,source,source_version
2015,BLR,IRN,exports,TOTAL,50000000,FOB,Belstat,2024 release
2016,BLR,IRN,exports,TOTAL,52000000,FOB,Belstat,2024 release
2017,BLR,IRN,exports,TOTAL,61000000,FOB,Belstat,2024 release
2019,BLR,IRN,exports,TOTAL,40000000,FOB,Belstat,2024 release
2020,BLR,IRN,exports,TOTAL,33000000,FOB,Belstat,2024 release
"""


@pytest.fixture
def gappy(tmp_path) -> Store:
    path = tmp_path / "belstat.csv"
    path.write_text(GAPPY)
    return Store(tmp_path / "store", only=str(path))


def labels(axis) -> list[str]:
    axis.figure.canvas.draw()
    return [t.get_text() for t in axis.get_ticklabels() if t.get_text()]


def test_a_line_stops_where_a_year_is_missing(gappy):
    fig = figure_for_pair(gappy, None, "BLR", "IRN", "exports")
    (line,) = [ln for ln in fig.axes[0].lines if ln.get_label().startswith("Belstat")]
    xs, ys = list(line.get_xdata()), list(line.get_ydata())
    assert xs == [2015.5, 2016.5, 2017.5, 2018.5, 2019.5, 2020.5]
    assert math.isnan(ys[3]) and not any(math.isnan(y) for y in ys[:3] + ys[4:])


def test_with_gaps_leaves_a_series_without_gaps_as_it_is():
    assert with_gaps([(2019.5, 1.0), (2020.5, 2.0)]) == ([2019.5, 2020.5], [1.0, 2.0])
    assert with_gaps([]) == ([], [])


def test_money_on_the_axis_reads_as_money_and_years_as_years(gappy):
    fig = figure_for_pair(gappy, None, "BLR", "IRN", "exports")
    ax = fig.axes[0]
    assert set(labels(ax.yaxis)) >= {"$40mn", "$50mn", "$60mn"}
    assert labels(ax.xaxis) == ["2015", "2016", "2017", "2018", "2019", "2020"]
    assert ax.get_ylabel() == "US dollars"


def test_the_source_is_credited_under_the_chart(gappy):
    fig = figure_for_pair(gappy, None, "BLR", "IRN", "exports")
    credit = " ".join(t.get_text() for t in fig.texts)
    assert credit.startswith("Sources: Belstat.") and "Chart: tradecheck" in credit
    shipped = figure_for_pair(Store(None, only="IMF DOTS"), None, "BLR", "IRN", "exports")
    assert "IMF, Direction of Trade Statistics" in " ".join(t.get_text() for t in shipped.texts)


def test_figures_for_part_of_a_year_get_a_panel_of_their_own():
    doc = make_document((EXAMPLES / "uzbekistan-turkey-2024-h1.md").read_text(encoding="utf-8"))
    fig = figure_for_article(Store(None, only="IMF DOTS"), verify(doc, reference="IMF DOTS"))
    annual, part = fig.axes
    assert labels(part.xaxis) == ["2023-H1", "2024-H1"]
    assert "part of a year" in part.get_title()
    # the half-year figures are not drawn among the annual ones
    assert not [c for c in annual.containers if "claims" in str(c.get_label())]
    assert sum(len(c.lines[0].get_xdata()) for c in part.containers) == 4  # its four amounts


def test_an_article_gets_a_panel_for_each_pair_it_gives_figures_for():
    text = ("Uzbekistan's trade with Turkey reached $3.4bn in 2023. Separately, Belarus's exports to Iran were "
            "$81mn in 2022, and Kazakhstan's trade with China came to $41bn in 2023.")
    fig = figure_for_article(Store(None, only="IMF DOTS"), verify(make_document(text), reference="IMF DOTS"))
    titles = [ax.get_title() for ax in fig.axes]
    assert len(titles) == 3
    assert [t.split(": ", 1)[1].split(" ")[0] for t in titles] == ["UZB-TUR", "BLR-IRN", "KAZ-CHN"]


def test_plot_writes_a_chart_with_a_panel_per_pair(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Uzbekistan's trade with Turkey reached $3.4bn in 2023. Belarus's exports to Iran were $81mn "
                    "in 2022.\n")
    out = tmp_path / "two.png"
    r = runner.invoke(app, ["plot", "--article", str(path), "-o", str(out)])
    assert r.exit_code == 0, r.output
    import struct

    width, height = struct.unpack(">II", out.read_bytes()[16:24])
    assert (width, height) == (900, 500 + 420)  # two panels


def test_tables_of_stored_data_show_money_as_money_and_keep_numbers_in_json(tmp_path):
    db = str(tmp_path / "t.sqlite")
    add_documents(Tracker(db), [str(EXAMPLES / "uzbekistan-turkey-2023.txt"), str(EXAMPLES / "uzbekistan-turkey-2023-ankara.txt")],
                  reference="none")
    table = runner.invoke(app, ["track", "show", "UZB", "TUR", "--measure", "trade_total", "--db", db]).stdout
    assert "$3.4bn" in table and "3400000000" not in table and "e+09" not in table and "NaN" not in table
    rows = json.loads(runner.invoke(app, ["track", "show", "UZB", "TUR", "--measure", "trade_total", "--db", db,
                                          "--format", "json"]).stdout)
    assert 3.4e9 in [r["value_usd"] for r in rows]
    conflicts = runner.invoke(app, ["track", "conflicts", "UZB", "TUR", "--db", db]).stdout
    assert "$3.1bn" in conflicts and "3100000000" not in conflicts
    shown = runner.invoke(app, ["reference", "show", "BLR", "IRN", "--flow", "exports"]).stdout
    assert "$24.52mn" in shown and "24521301" not in shown

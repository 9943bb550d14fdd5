"""Plain-text tables whose last column gives the change (a forty-seventh round of passages):
a "% ch." or "y/y" column of bare figures, tab-separated, pipe-drawn or fixed-width with an
indented sub-row. How each kind of table is read and checked."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def change_errors(text: str) -> list[str]:
    return [f["message"] for f in result(text)["findings"]
            if f["status"] == "inconsistent" and f["check"] == "percent_change"]


TABBED = ("Peru's fish exports rose in 2024, officials said, up about 6%.\n\n"
          "Product\tValue 2024 ($ million)\tValue 2023 ($ million)\t% ch.\n"
          "Fishmeal\t2,200\t2,000\t{meal}\n"
          "Fish oil\t540\t600\t-10.0\n"
          "Canned fish\t330\t300\t10.0\n")


def test_a_bare_figure_under_a_per_cent_change_header_is_checked_against_its_two_levels():
    """Tab-separated, the change column headed "% ch." without a per cent sign in its cells."""
    assert change_errors(TABBED.format(meal="10.0")) == []
    wrong = change_errors(TABBED.format(meal="20.0"))
    assert wrong and all("20.0" in w for w in wrong) and any("Fishmeal" in w for w in wrong)


PIPED = ("Chile's exports fell in 2024, the central bank said; copper slipped 2%.\n\n"
         "| Item    |  2023 |  2024 |   y/y |\n"
         "|---------|-------|-------|-------|\n"
         "| Copper  |  50.0 |  49.0 | {cu} |\n"
         "| Lithium |  10.0 |   8.0 | -20.0 |\n"
         "| Fruit   |   6.0 |   6.6 |  10.0 |\n")


def test_a_pipe_table_with_a_year_on_year_column_is_checked():
    assert change_errors(PIPED.format(cu=" -2.0")) == []
    assert len(change_errors(PIPED.format(cu="-12.0"))) == 1


INDENTED = ("Ecuador's exports fell in 2024 (millions of U.S. dollars), with oil down 20 percent.\n\n"
            "                 2023       2024    % ch.\n"
            "Exports        30,000     27,000    -10.0\n"
            "  Oil          10,000      8,000    {oil}\n"
            "  Non-oil      20,000     19,000     -5.0\n"
            "Imports        28,000     26,600     -5.0\n")


def test_the_change_of_an_indented_sub_row_is_checked():
    assert change_errors(INDENTED.format(oil="-20.0")) == []
    wrong = change_errors(INDENTED.format(oil="-30.0"))
    assert len(wrong) == 1 and "Oil" in wrong[0]


def test_a_plain_change_column_of_bare_figures_is_not_read_as_per_cents():
    """"Change" alone may be in the levels' own unit (50.0 to 49.0 is a change of -1.0):
    no per cent to check, no error."""
    text = PIPED.replace("y/y", "chg").format(cu=" -1.0").replace("-20.0", " -2.0").replace(" 10.0 |", "  0.6 |")
    assert change_errors(text) == []


MARKETS = ("Norway's salmon exports were worth NOK 100.0bn in 2024, down 4.0% on the year before.\n\n"
           "Top markets by value (NOKm)\n\n"
           "Rank  Market          2023       2024      % ch\n"
           " 1    Poland         20,000     19,400      -3.0\n"
           " 2    Denmark        15,000     13,500     -10.0\n"
           " 3    France         10,000      9,500      -5.0\n")


def test_a_per_cent_change_column_of_a_market_table_holds_changes_not_amounts():
    claims = result(MARKETS)["claims"]
    cells = [c for c in claims if c["text"] in ("-3.0", "-10.0", "-5.0")]
    assert cells and all(c["kind"] == "percent_change" for c in cells)
    assert not [f for f in result(MARKETS)["findings"] if f["status"] == "inconsistent"]

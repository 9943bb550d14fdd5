"""Kinds of money met in round 75's Thai, Saudi and Chilean releases: "Bt" before a figure is
Thai baht (vocab/currencies.csv); "MMUS$" is millions and "MUS$" thousands of US dollars, as Chilean statistics
write it (vocab/currencies.csv); a unit named in the label's cell of a table's header
("Indicator (SAR bln)") is the whole table's, and a "Change" column whose cells all carry a
percent sign holds percentage changes, a bracketed one negative ("(3.2 %)"); a list's
"Total" line under lines each of one month in turn is of those months together, which must
add up to it."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-04-24") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


BAHT = ("The customs department said on Thursday that Thailand's exports rose 12.6% "
        "year-on-year to Bt1,022.4 billion in March from Bt908.0 billion a year earlier.\n\n"
        "In US dollar terms exports were worth US$30,283.2 million, up 17.8%.\n")


def test_bt_before_a_figure_is_thai_baht():
    """"Bt1,022.4 billion" is baht, so the baht growth rate is not applied to the dollar
    level (where it would clash with the dollar rate)."""
    r = read(BAHT)
    assert r["claims"]["Bt1,022.4 billion"]["currency"] == "THB"
    assert r["errors"] == []


def test_a_wrong_baht_level_is_flagged():
    assert read(BAHT.replace("Bt908.0 billion", "Bt948.0 billion"))["errors"]


MUS = ("Chile's copper exports reached MMUS$ 41,966 in 2007, out of total exports of goods "
       "of MMUS$ 68,800. The mine's royalty came to MUS$ 12,500.\n")


def test_mmus_dollars_are_millions_and_mus_dollars_thousands():
    # Chilean usage: M = miles (thousands), MM = millones (millions)
    r = read(MUS, "2008-03-01")
    c = r["claims"]["MMUS$ 41,966"]
    assert (c["currency"], c["value"]) == ("USD", 41_966_000_000)
    c = r["claims"]["MUS$ 12,500"]
    assert (c["currency"], c["value"]) == ("USD", 12_500_000)


TABLE = ("Saudi Arabia's exports fell in January 2025, GASTAT said.\n\n"
         "Indicator (SAR bln)                  Jan 2024    Jan 2025    Change\n"
         "Oil exports                          78.45       75.92       (3.2 %)\n"
         "Non-oil exports                      22.87       24.61       7.6 %\n"
         "Total exports                        101.32      100.53      (0.8 %)\n"
         "Imports                              66.14       72.38       9.4 %\n"
         "Trade balance                        35.18       28.15       (20.0 %)\n")


def test_a_unit_in_the_headers_label_cell_is_the_tables():
    """"Indicator (SAR bln)": every level cell is in billions of riyals, of its column's month."""
    r = read(TABLE, "2025-03-25")
    c = r["claims"]["101.32"]
    assert (c["currency"], c["value"], c["period"]) == ("SAR", 101_320_000_000, "2024-01")
    assert r["errors"] == []


def test_bracketed_percentages_under_change_are_falls():
    """"(3.2 %)" under "Change" is a fall of 3.2%, no share of anything."""
    r = read(TABLE, "2025-03-25")
    c = r["claims"]["(3.2 %)"]
    assert (c["kind"], c["period"], c["base_period"]) == ("percent_change", "2025-01", "2024-01")
    assert abs(c["factor"] - 0.968) < 1e-9
    assert r["claims"]["7.6 %"]["factor"] > 1


def test_a_wrong_level_in_the_table_is_flagged():
    """101.32 changed to 104.32: oil and non-oil no longer add up to it, nor does the
    balance or the change."""
    assert read(TABLE.replace("101.32", "104.32"), "2025-03-25")["errors"]


MONTHS = ("Saudi Arabia's exports fell 47.4 percent in the first quarter of 2009 to SR150.3 billion.\n\n"
          "Monthly exports:\n"
          "January   SR52.1 billion\n"
          "February  SR47.6 billion\n"
          "March     SR50.6 billion\n"
          "Total     SR150.3 billion\n")


def test_a_total_line_under_months_is_of_those_months():
    r = read(MONTHS, "2009-05-01")
    assert r["claims"]["SR150.3 billion"]["period"] == "2009-Q1"
    assert r["errors"] == []


def test_months_that_do_not_add_up_to_their_total_are_flagged():
    """February changed to SR44.6 billion: the three months come to SR147.3 billion."""
    r = read(MONTHS.replace("SR47.6", "SR44.6"), "2009-05-01")
    assert any("SAR 147.3bn" in e for e in r["errors"])

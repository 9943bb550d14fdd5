"""Sentences of kinds met in Eastern European and Central Asian releases (BelTA, Belstat,
GUS/PAP, NSI Bulgaria): growth indices said as a percentage of the earlier level, one flow
given in two currencies with a change in each, the Bulgarian lev, a dateline with a day and a
month but no year, and a wish for trade to reach a level."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-10-07") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    doubts = [f["message"] for f in result["findings"] if f["status"] == "unverifiable"]
    return {"claims": claims, "errors": errors, "doubts": doubts, "findings": result["findings"]}


BELTA = ("MINSK, 7 October (BelTA) - Belarus' foreign trade in goods and services totaled $53.6 billion in "
         "January-August 2024, which is 104.1% of the level of the same period last year, BelTA learned from "
         "the National Statistics Committee (Belstat).\n\n"
         "Exports amounted to $27.1 billion ({exports}% year-on-year), imports $26.5 billion (106.6%). The foreign "
         "trade surplus reached $0.6 billion.\n\n"
         "Foreign trade in goods amounted to $45.9 billion. Exports of goods totaled $22.2 billion, imports of goods "
         "$23.7 billion. The deficit in the trade in goods was at $1.5 billion.\n")


def test_a_percentage_of_the_level_of_a_year_earlier_is_a_change_not_a_share():
    r = read(BELTA.format(exports="101.8"))
    index = r["claims"]["104.1%"]
    assert index["kind"] == "percent_change"
    assert abs(index["factor"] - 1.041) < 1e-9  # +4.1%, not a share above the whole
    assert (index["period"], index["base_period"]) == ("2024-01/2024-08", "2023-01/2023-08")
    assert r["errors"] == []


def test_an_index_year_on_year_and_the_next_in_its_list_are_changes_over_the_same_months():
    r = read(BELTA.format(exports="101.8"))
    for text, factor in (("101.8%", 1.018), ("106.6%", 1.066)):
        c = r["claims"][text]
        assert c["kind"] == "percent_change" and abs(c["factor"] - factor) < 1e-9
        assert (c["period"], c["base_period"]) == ("2024-01/2024-08", "2023-01/2023-08")
    # the figure beside its index keeps the period of the text, not the year before
    assert r["claims"]["$27.1 billion"]["period"] == "2024-01/2024-08"


def test_a_wrong_index_is_found():
    # exports up 10.8% and imports up 6.6% put last year's trade at $49.3bn: not $53.6bn / 1.041
    r = read(BELTA.format(exports="110.8"))
    assert any('"104.1%"' in e for e in r["errors"])


def test_an_index_below_a_hundred_is_a_fall_from_the_level_it_names():
    r = read("ASTANA, 12 February (Kazinform) - Kazakhstan's trade with Uzbekistan totaled $4.1 billion in 2023, "
             "which is 93.2% of the 2022 level, the Bureau of National Statistics said.\n\n"
             "Exports reached $2.6 billion (95.1% year-on-year), imports $1.5 billion (90.1%).", "2024-02-12")
    c = r["claims"]["93.2%"]
    assert abs(c["factor"] - 0.932) < 1e-9 and (c["period"], c["base_period"]) == ("2023", "2022")
    assert abs(r["claims"]["90.1%"]["factor"] - 0.901) < 1e-9
    assert r["errors"] == []


def test_a_wrong_index_is_corrected_as_an_index():
    r = read("YEREVAN, 3 March (Armenpress) - Armenia's trade with Georgia reached $1.5 billion in 2023, up from "
             "$1.2 billion in 2022. The 2023 figure is 110.0% of the 2022 level.", "2024-03-03")
    (f,) = [f for f in r["findings"] if f["status"] == "inconsistent"]
    assert f["suggestion"]["suggested"] == "125.0%"  # $1.5bn / $1.2bn, as the text writes it


def test_a_small_bare_percentage_year_on_year_is_no_index():
    r = read("Exports amounted to $27.1 billion in January-August 2024 (12% year-on-year).")
    assert not r["claims"].get("12%", {}).get("index")  # (an index of 12% would be a fall of 88%)


def test_after_goods_and_services_the_bare_flows_are_of_goods_and_services_too():
    r = read(BELTA.format(exports="101.8"))
    assert r["claims"]["$27.1 billion"]["scope"] == "goods and services"
    assert r["claims"]["$22.2 billion"]["commodity"] == "goods"


PAP = ("WARSAW, Aug. 13 (PAP) - Poland's exports in the first half of 2024 reached PLN 749.6 bn, down 3.6 pct "
       "y/y, while imports amounted to PLN 739.0 bn, the Central Statistical Office (GUS) said on Tuesday.\n\n"
       "The trade balance was positive at PLN 10.6 bn, after a surplus of PLN 8.1 bn a year earlier.\n\n"
       "Expressed in euro, exports amounted to EUR 173.5 bn and were 1.1 pct higher y/y, and imports reached "
       "EUR 171.1 bn. The surplus came to EUR {surplus} bn.\n")


def test_a_change_beside_figures_in_one_currency_is_a_change_in_that_currency():
    r = read(PAP.format(surplus="2.4"), "2024-08-13")
    assert r["claims"]["3.6 pct"]["currency"] == "PLN"
    assert r["claims"]["1.1 pct"]["currency"] == "EUR"
    assert r["errors"] == []


def test_a_wrong_figure_in_the_second_currency_is_found():
    r = read(PAP.format(surplus="4.2"), "2024-08-13")
    assert any("€4.2bn" in e for e in r["errors"])


def test_a_change_of_no_stated_currency_in_a_text_of_two_is_unverifiable():
    r = read("WARSAW, Aug. 13 (PAP) - Poland's exports in the first half of 2024 reached PLN 749.6 bn.\n\n"
             "Expressed in euro, exports amounted to EUR 173.5 bn.\n\n"
             "Exports fell 3.6 pct y/y, GUS said. A year earlier exports had totalled EUR 171.6 bn.", "2024-08-13")
    assert r["errors"] == []
    assert any("names no currency" in d for d in r["doubts"])


def test_the_bulgarian_lev_is_a_currency():
    r = read("SOFIA, June 14, 2024 - In January-April 2024, Bulgarian exports to third countries amounted to "
             "BGN 7,612.5 million. Imports came to BGN 9.4 billion, or 9,404.8 million leva. Exports to the EU "
             "reached 17.0 billion lev.", "2024-06-14")
    for text, value in (("BGN 7,612.5 million", 7_612.5e6), ("BGN 9.4 billion", 9.4e9),
                        ("9,404.8 million leva", 9_404.8e6), ("17.0 billion lev", 17.0e9)):
        assert r["claims"][text]["currency"] == "BGN"
        assert r["claims"][text]["value"] == value


def test_a_dateline_with_a_day_and_a_month_dates_no_figure():
    r = read("MINSK, 2 February (BelTA) - Trade between Belarus and Russia exceeded $50 billion for the first time "
             "last year, President Aleksandr Lukashenko said.", "2024-02-02")
    assert r["claims"]["$50 billion"]["period"] == "2023"


def test_a_wish_for_trade_to_reach_a_level_is_a_goal():
    r = read("MINSK, 14 March (BelTA) - Belarusian exports to the Nizhny Novgorod region reached $612.4 million "
             "in 2023, while imports stood at $427.6 million, together $1,040 million.\n\n"
             "The governor said the region wants trade with Belarus to reach $1.5 billion in the next three years.",
             "2024-03-14")
    assert r["claims"]["$1.5 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_change_after_a_figure_and_its_conversion_is_in_the_figures_first_currency():
    r = read("YEREVAN, June 24, 2011 - In May Armenia's foreign trade turnover rose to $474.7 million, or 177.2 "
             "billion drams, an increase of 23% on May 2010. Exports amounted to $114.3 million (42.8 billion "
             "drams), up 39.7% on the same period of 2010, while imports grew to $360.4 million (134.4 billion "
             "AMD), 18.5% more than a year before.", "2011-06-24")
    assert [r["claims"][t]["currency"] for t in ("23%", "39.7%", "18.5%")] == ["USD", "USD", "USD"]
    assert r["errors"] == []

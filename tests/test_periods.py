"""Periods: the contract's forms, fiscal years, relative references and datelines."""
import pandas as pd
import pytest

from tradecheck import extract_claims
from tradecheck.periods import fmt, parse
from tradecheck.read import find_dateline


@pytest.mark.parametrize("sentence, period", [
    ("Exports to China were $5bn in 2023.", "2023"),
    ("Exports to China were $5bn in January-September 2023.", "2023-01/2023-09"),
    ("Exports to China were $5bn in the first half of 2023.", "2023-H1"),
    ("Exports to China were $5bn in Q1 2024.", "2024-Q1"),
    ("Exports to China were $5bn in the first quarter of 2024.", "2024-Q1"),
    ("Exports to China were $5bn in March 2024.", "2024-03"),
    ("Exports to China were $5bn in the first 10 months of 2023.", "2023-01/2023-10"),
    ("India's exports to China were $5bn in FY2023-24.", "2023-04/2024-03"),
    ("Pakistan's exports to China were $5bn in FY24.", "2023-07/2024-06"),
    ("Iran's non-oil exports to China were $5bn in the Iranian year 1402.", "2023-04/2024-03"),
    # periods that end in a month: that many months, up to it
    ("New Zealand's exports were NZ$72.9bn in the year ended June 2023.", "2022-07/2023-06"),
    ("New Zealand's exports were NZ$72.9bn in the June 2023 year.", "2022-07/2023-06"),
    ("New Zealand's exports were NZ$18.1bn in the June 2023 quarter.", "2023-Q2"),
    ("Kenya's exports to Uganda were Sh98.6bn in the nine months to September 2022.", "2022-01/2022-09"),
    ("Britain's imports were £160.5bn in the three months to September 2021.", "2021-Q3"),
    ("Ethiopia earned US$182 million from exports to Djibouti in the 2022/23 fiscal year.", "2022-07/2023-06"),
    # a year named as a record's horizon dates nothing
    ("Poland's exports to Germany fell 2.1 percent to €90.4 billion in 2023, the first annual decline since the "
     "pandemic year of 2020.", "2023"),
    # fiscal years as each country names them
    ("Japan posted a trade deficit of 21.92 trillion yen in fiscal 2022.", "2022-04/2023-03"),  # from April 2022
    ("India's exports were $437bn in fiscal 2024.", "2023-04/2024-03"),  # to March 2024
    ("Japan's trade deficit for the year through March 2023 was 21.92 trillion yen.", "2022-04/2023-03"),
    ("US exports to China were $120bn in the year through March 2023.", "2023-Q1"),  # the year so far
    ("Pakistan's exports were Rs1.628tr in 9MFY16.", "2015-07/2016-03"),
    ("Pakistan's exports were $15.2bn during July-March 2015-16.", "2015-07/2016-03"),
])
def test_period_forms(sentence, period):
    df = extract_claims(sentence)
    assert df.loc[0, "period"] == period


def test_relative_periods_resolve_against_the_publication_date():
    df = extract_claims("Exports to China were $5bn last year.", published="2024-02-01")
    assert df.loc[0, "period"] == "2023"


def test_without_a_date_relative_periods_stay_unresolved():
    df = extract_claims("Exports to China were $5bn last year.")
    assert df.loc[0, "period"] is pd.NA and df.loc[0, "period_start"] is pd.NaT


@pytest.mark.parametrize("text, date", [
    ("By bne IntelliNews August 1, 2023\n\nIran and Belarus ...", "2023-08-01"),
    ("MOSCOW, Jan 5, 2024 (Wire) – Trade ...", "2024-01-05"),
    ("Published 1 August 2023. Trade ...", "2023-08-01"),
    ("2023-08-01: trade ...", "2023-08-01"),
    ("No date here.", None),
])
def test_dateline(text, date):
    assert find_dateline(text) == date


@pytest.mark.parametrize("form", ["2023", "2023-Q1", "2023-H2", "2023-05", "2023-01/2023-09", "2022-04/2023-03"])
def test_period_format_round_trips(form):
    assert fmt(parse(form)) == form


@pytest.mark.parametrize("sentence, period", [
    ("By the end of May, Costa Rica had exported about $4.2 billion worth of goods.", "2008-01/2008-05"),
    ("By end-May, Costa Rica had exported about $4.2 billion worth of goods.", "2008-01/2008-05"),
    # the year as far as it has run: to the month before publication when nothing says more
    ("Costa Rica's exports reached $4.2 billion so far this year.", "2008-01/2008-05"),
])
def test_the_year_so_far(sentence, period):
    df = extract_claims(sentence, published="2008-06-20")
    assert df.loc[0, "period"] == period


def test_a_change_compares_like_with_like():
    # the paragraph is about January-February; the change names February 2022 as its base,
    # so it (and the level it starts from) is February 2023's
    text = ("In the first two months of 2023 South Africa's trade deficit was R6.6 billion. "
            "At R154.3 billion, export flows were 7.95% above February 2022's R143.0 billion.")
    rows = {r["text"]: r for r in extract_claims(text).to_dict("records")}
    assert rows["7.95%"]["period"] == "2023-02" and rows["7.95%"]["base_period"] == "2022-02"
    assert rows["R154.3 billion"]["period"] == "2023-02"
    assert rows["R143.0 billion"]["period"] == "2022-02"


def test_a_change_against_a_bare_earlier_year_compares_the_same_months():
    df = extract_claims("In the first half of 2020 Kazakhstan's imports dropped by 4.6 percent against 2019 "
                        "to US$16.5 billion.")
    r = df[df["text"] == "4.6 percent"].iloc[0]
    assert (r["period"], r["base_period"]) == ("2020-H1", "2019-H1")


def test_over_after_year_on_year_is_during():
    df = extract_claims("Trade between Russia and Turkey doubled year on year over January-September 2022.")
    assert (df.loc[0, "period"], df.loc[0, "base_period"]) == ("2022-01/2022-09", "2021-01/2021-09")


@pytest.mark.parametrize("sentence, base", [
    ("Armenian exports to Russia more than tripled over the same two years to $3.3bn in 2023.", "2021"),
    ("Trade among EAEU members has doubled over 10 years to $89 billion in 2023.", "2013"),
])
def test_a_change_over_n_years(sentence, base):
    df = extract_claims(sentence)
    r = df[df["kind"] == "multiple"].iloc[0]
    assert r["base_period"] == base


def test_the_last_ten_years_are_the_years_before_publication():
    df = extract_claims("Saudi Arabia's trade with China in the last ten years was over SR1.79 trillion.",
                        published="2016-08-27")
    assert df.loc[0, "period"] == "2006-01/2015-12"


def test_the_figure_a_change_is_above_is_its_base():
    from tradecheck import verify_text

    text = ("In Q3 2023 Nigeria's crude exports were ₦8,535.61 billion. They were 83.23% above the figure for "
            "the same quarter of 2022, which was ₦4,658.30 billion.")
    r = verify_text(text, reference="none").to_dict()
    change = next(c for c in r["claims"] if c["text"] == "83.23%")
    assert (change["period"], change["base_period"]) == ("2023-Q3", "2022-Q3")
    assert [f["status"] for f in r["findings"] if f["check"] == "percent_change"] == ["consistent"]


def test_a_change_from_the_month_before_is_about_the_month_that_ends_the_period():
    from tradecheck import verify_text

    text = ("PRETORIA, March 31, 2023 - South Africa posted a trade surplus of R16.1 billion in February 2023.\n\n"
            "The year-to-date (01 January to 28 February 2023) trade deficit was R6.6 billion.\n\n"
            "Month on month, exports grew 10.7% from R139.4 billion in January, while imports fell 14.8% "
            "over the same period.")
    by_text = {c["text"]: c for c in verify_text(text, reference="none").to_dict()["claims"]}
    assert (by_text["10.7%"]["period"], by_text["10.7%"]["base_period"]) == ("2023-02", "2023-01")
    assert (by_text["14.8%"]["period"], by_text["14.8%"]["base_period"]) == ("2023-02", "2023-01")
    assert by_text["14.8%"]["attribution"]["period"] == "same-as-change-before"


def test_a_change_is_never_against_its_own_period():
    from tradecheck import extract_claims

    text = ("Mongolia's foreign trade came to 8.47 billion U.S. dollars over the first eight months of 2018, "
            "a year-on-year rise of 23.6 percent.")
    r = extract_claims(text, published="2018-09-10").iloc[-1]
    assert (r["text"], r["period"], r["base_period"]) == ("23.6 percent", "2018-01/2018-08", "2017-01/2017-08")


@pytest.mark.parametrize("sentence, base", [
    # the same months of an earlier fiscal year, not the whole of it
    ("In April-October 2023 India's exports were $160bn, up from $150bn in the corresponding period of 2022-23.",
     "2022-04/2022-10"),
    ("In July-December 2024 Bangladesh's exports were $24.5bn, against $21.8bn in the same period of FY24.",
     "2023-H2"),
])
def test_the_same_period_of_a_fiscal_year(sentence, base):
    df = extract_claims(sentence)
    assert df.loc[1, "period"] == base


def test_an_earlier_level_named_with_its_noun_and_verb_takes_the_period_after_it():
    df = extract_claims("Japan posted a trade deficit of 21.92 trillion yen in fiscal 2022. The shortfall was about "
                        "four times the 5.37 trillion yen deficit logged in fiscal 2021.")
    assert df.loc[df["text"] == "5.37 trillion yen", "period"].item() == "2021-04/2022-03"


def test_the_date_of_a_changes_earlier_level_dates_no_later_change():
    df = extract_claims("Nigeria's total exports stood at N19.24tn in Q3 2024, up 16.61 per cent from the N16.50tn "
                        "recorded in Q2 2024 and 158.26 per cent higher than the N7.45tn recorded in Q3 2023.")
    row = df[df["text"] == "158.26 per cent"].iloc[0]
    assert (row["period"], row["base_period"]) == ("2024-Q3", "2023-Q3")


def test_a_level_at_the_end_of_a_span_of_years_is_at_its_last_year():
    df = extract_claims("Uganda's exports to the Democratic Republic of Congo grew more than four times between 2016 "
                        "and 2023, from $139 million to $634 million.")
    assert df.loc[df["text"] == "$634 million", "period"].item() == "2023"
    assert df.loc[df["text"] == "$139 million", "period"].item() == "2016"


def test_the_june_year_without_a_year_is_the_one_just_ended():
    df = extract_claims("New Zealand's exports were NZ$71.5 billion in the June year, Stats NZ said.",
                        published="2023-08-01")
    assert df.loc[0, "period"] == "2022-07/2023-06"


def test_an_earlier_level_after_after_does_not_move_the_texts_period():
    df = extract_claims("Canada posted a trade surplus of C$22.2 billion in 2022, after a C$9.4 billion deficit in "
                        "2021.\n\nExports to the U.S. totalled C$594.6 billion.")
    assert df.loc[df["text"] == "C$9.4 billion", "period"].item() == "2021"
    assert df.loc[df["text"] == "C$594.6 billion", "period"].item() == "2022"


def test_a_share_of_exports_with_its_part_in_brackets_keeps_the_bracket_as_the_part():
    df = extract_claims("Ukraine's exports were $33.7 billion in January-September 2022. EU countries took 62.9% of "
                        "Ukrainian exports ($21.2 billion).")
    row = df[df["text"] == "$21.2 billion"].iloc[0]
    assert row["partner"] != "WLD"


def test_a_figure_restated_as_a_share_of_the_month_is_of_the_month():
    df = extract_claims("Philippine exports were $6.73 billion in October 2024. For the January-to-October period, "
                        "exports amounted to $60.91 billion.\n\nElectronic products remained the top export, with "
                        "receipts of $3.87 billion, or 57.5 percent of the total export value for the month.",
                        published="2024-12-11")
    assert df.loc[df["text"] == "$3.87 billion", "period"].item() == "2024-10"


def test_an_earlier_level_earned_in_a_fiscal_year():
    df = extract_claims("Ethiopia's exports to Djibouti earned US$182 million in the 2022/23 fiscal year, a 30 percent "
                        "rise on the US$140 million earned in 2021/22.")
    assert df.loc[df["text"] == "US$140 million", "period"].item() == "2021-07/2022-06"


def test_levels_set_against_the_month_before_make_a_monthly_release():
    df = extract_claims("Statistics Canada said that exports rose 5.2 per cent in January to $71.9-billion. That left a "
                        "trade surplus of $3.97-billion, up from a revised $2.22-billion in December.",
                        published="2025-03-07")
    assert df.loc[df["text"] == "5.2 per cent", "base_period"].item() == "2024-12"

"""Sentences of kinds met in the twenty-first round of probe passages (arms-trade news:
SIPRI's five-year periods, lists of countries with their shares): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-11") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_five_year_period_covers_its_five_years():
    r = read("The United States accounted for 42% of global arms exports in 2019-23.")
    assert r["claims"]["42%"]["period"] == "2019-01/2023-12"


def test_a_change_on_a_five_year_period_has_that_period_for_base():
    r = read("France's arms exports were up 47% in 2019-23 on 2014-18.")
    c = r["claims"]["47%"]
    assert (c["period"], c["base_period"]) == ("2019-01/2023-12", "2014-01/2018-12")


def test_a_change_between_two_five_year_periods():
    r = read("The volume of international transfers of major arms fell by 3.3% between 2014-18 and 2019-23.")
    c = r["claims"]["3.3%"]
    assert (c["period"], c["base_period"]) == ("2019-01/2023-12", "2014-01/2018-12")


def test_a_change_between_the_two_periods_compares_with_the_span_before():
    r = read("The United States accounted for 42% of global arms exports in 2019-23. "
             "US arms exports grew by 19% between the two periods.")
    assert r["claims"]["19%"]["base_period"] == "2014-01/2018-12"


def test_a_fiscal_year_still_reads_as_one():
    r = read("India-Armenia bilateral trade was $134.4 million in 2022-23, comprising Indian exports "
             "of $120.6 million and imports of $13.8 million.", published="2024-03-12")
    assert r["claims"]["$134.4 million"]["period"] == "2022-04/2023-03"


def test_a_country_accounting_for_a_share_of_global_exports_reports_its_own():
    r = read("The United States accounted for 42% of global arms exports in 2019-23.")
    c = r["claims"]["42%"]
    assert (c["reporter"], c["partner"]) == ("USA", "WLD")


FIVE = ("The United States accounted for 42% of global arms exports in 2019-23. France's arms exports increased "
        "by 47%. Its share of global arms exports rose to 11% from 7.2%. Russia's arms exports fell by 50%, and its "
        "share dropped to 11% from 21%. Together, the five largest exporters - the United States, France, "
        "Russia, China (5.8%) and Germany (5.6%) - accounted for {}% of all arms exports in 2019-23.")


def test_a_bracketed_share_after_a_listed_exporter_is_that_exporters():
    r = read(FIVE.format(75))
    assert (r["claims"]["5.8%"]["reporter"], r["claims"]["5.8%"]["partner"]) == ("CHN", "WLD")
    assert (r["claims"]["5.6%"]["reporter"], r["claims"]["5.6%"]["partner"]) == ("DEU", "WLD")


def test_the_share_a_counted_group_takes_is_no_one_members():
    r = read(FIVE.format(75))
    assert r["claims"]["75%"]["reporter"] is None
    assert r["errors"] == []


def test_the_share_a_counted_group_takes_must_be_the_sum_of_theirs():
    r = read(FIVE.format(85))
    assert any("add up to 75.4%" in e for e in r["errors"])


UKRAINE = ("The United States accounted for 39% of Ukraine's arms imports in 2019-23, followed by Germany with 14% "
           "and Poland with {}%. Together the three supplied 66%.")


def test_shares_of_the_next_places_in_a_ranking_are_read():
    r = read(UKRAINE.format(13))
    assert r["claims"]["14%"]["partner"] == "DEU" and r["claims"]["14%"]["kind"] == "share"
    assert r["claims"]["13%"]["partner"] == "POL"
    assert r["errors"] == []


def test_the_three_together_take_the_sum_of_their_shares():
    assert read(UKRAINE.format(23))["errors"]


def test_a_gapped_share_of_the_next_place():
    r = read("Russia supplied 41% of Egypt's arms imports in 2016-20 and France 28%.", published="2021-05-04")
    assert (r["claims"]["28%"]["kind"], r["claims"]["28%"]["partner"]) == ("share", "FRA")


SIPRI_LIST = ("Share of global arms exports in 2019-23 (2014-18 in brackets):\n\n"
              "- United States: 42% (34%), +19%\n- France: 11% (7.2%), +47%\n- Russia: 11% (21%), -50%\n"
              "- China: 5.8% (6.2%), -9.5%\n- Germany: 5.6% (6.0%), -10%\n\n"
              "The five accounted for {}% of global arms exports in 2019-23. Italy, sixth, increased its exports by 86%.")


def test_bulleted_shares_under_a_share_line_are_each_places_own():
    r = read(SIPRI_LIST.format(75))
    c = r["claims"]["42%"]
    assert (c["kind"], c["reporter"], c["partner"], c["period"]) == ("share", "USA", "WLD", "2019-01/2023-12")
    assert r["claims"]["+47%"]["reporter"] == "FRA"
    assert r["errors"] == []


def test_a_bracketed_figure_is_of_the_period_the_key_gives():
    r = read(SIPRI_LIST.format(75))
    assert r["claims"]["34%"]["period"] == "2014-01/2018-12"


def test_a_place_with_its_rank_set_off_reports_its_own_change():
    r = read(SIPRI_LIST.format(75))
    assert (r["claims"]["86%"]["reporter"], r["claims"]["86%"]["partner"]) == ("ITA", "WLD")


def test_the_listed_five_take_the_sum_of_their_shares():
    assert read(SIPRI_LIST.format(85))["errors"]

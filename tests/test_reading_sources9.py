"""Sentences of kinds met in a ninth round of passages written in other publishers' styles
(European statistics offices, South-East and Central Asian agencies): how each is read."""
from pathlib import Path

import pytest

from tradecheck import verify_text


def read(text: str, published: str = "2024-03-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_statistics_offices_release_that_names_no_country_is_its_countrys():
    # (the first country named is a destination, "Exports to the USA": no reporter)
    r = read("Goods Exports and Imports January 2024\n\nCentral Statistics Office, 15 March 2024\n\n"
             "The value of goods exports in January 2024 was €18,891m. The value of goods imports was €10,246m.\n\n"
             "Exports to the USA were €8,512m. Exports of Medical and pharmaceutical products were €8,764m, "
             "or 46% of total exports, while Organic chemicals accounted for a further €2,981m.")
    usa, pharma = r["claims"]["€8,512m"], r["claims"]["€8,764m"]
    assert (r["claims"]["€18,891m"]["reporter"], r["claims"]["€18,891m"]["partner"]) == ("IRL", "WLD")
    assert (usa["reporter"], usa["partner"]) == ("IRL", "USA")
    assert (pharma["reporter"], pharma["partner"]) == ("IRL", "WLD")
    assert r["errors"] == []


def test_a_release_that_names_no_country_of_its_own_has_no_reporter_rather_than_its_first_partner():
    r = read("Goods Exports and Imports January 2024\n\nThe Statistics Office, 15 March 2024\n\n"
             "The value of goods exports in January 2024 was €18,891m.\n\n"
             "Exports to the USA were €8,512m. Exports of Medical and pharmaceutical products were €8,764m, "
             "while Organic chemicals accounted for a further €2,981m. Of exports to the EU, €2,205m went to Belgium.")
    assert r["claims"]["€18,891m"]["reporter"] is None
    assert r["claims"]["€8,512m"]["partner"] == "USA"
    assert r["errors"] == []


def test_a_release_of_an_office_outside_the_dollar_countries_keeps_the_bare_dollar_american():
    r = read("Statistics Norway, 15 March 2024\n\nExports of goods were NOK 95.2 billion in February. "
             "Exports of crude oil were worth $4.1 billion.")
    assert r["claims"]["$4.1 billion"]["currency"] == "USD"


MYANMAR = ("NAY PYI TAW, Dec 5 - Myanmar's external trade in the current financial year 2023-2024 reached US$18.35 billion, "
           "a decrease of over $3.41 billion compared with the corresponding period of the previous FY, according to the Ministry of Commerce. ")


def test_the_corresponding_period_of_the_previous_fy_is_a_year_back():
    r = read(MYANMAR, "2023-12-05")
    change = r["claims"]["$3.41 billion"]
    assert (change["period"], change["change_base"]) == ("2023-04/2024-03", "2022-04/2023-03")


def test_the_year_ago_period_is_the_period_in_hand_a_year_back():
    r = read(MYANMAR + "The value of external trade stood at $21.76 billion in the year-ago period.", "2023-12-05")
    assert r["claims"]["$21.76 billion"]["period"] == "2022-04/2023-03"
    assert r["errors"] == []


def test_the_year_earlier_quarter_is_a_year_back_not_a_quarter():
    r = read("Thailand's exports rose 4.1% to $71.2 billion in the first quarter of 2024, "
             "against $68.4 billion in the year-earlier quarter.", "2024-04-25")
    assert r["claims"]["$68.4 billion"]["period"] == "2023-Q1"


CENTRAL_ASIA = ("China-Central Asia trade hits record high in 2023\n\nBEIJING, Jan. 13 (Xinhua) -- Trade between China and the five Central Asian countries hit a record high of "
                "89.4 billion U.S. dollars in 2023, up 27 percent year on year.\n\n"
                "China's exports to the region amounted to {x} billion dollars, while its imports from Central Asia totaled 28 billion dollars.")


def test_the_central_asian_countries_are_central_asia_not_asia():
    r = read(CENTRAL_ASIA.format(x="61.4"), "2024-01-13")
    total, imports = r["claims"]["89.4 billion U.S. dollars"], r["claims"]["28 billion dollars"]
    assert (total["reporter"], total["partner_group"]) == ("CHN", "Central Asia")
    assert (imports["reporter"], imports["partner_group"]) == ("CHN", "Central Asia")
    assert r["errors"] == []


def test_a_regions_total_is_the_sum_of_its_flows():
    assert read(CENTRAL_ASIA.format(x="64.1"), "2024-01-13")["errors"]


def test_a_headline_that_nears_a_round_figure_is_about_it():
    r = read("Azerbaijan's trade with Central Asia nears $880 million in nine months\n\n"
             "BAKU, Azerbaijan, October 18. Azerbaijan's trade turnover with Central Asian countries amounted to "
             "$879.3 million from January through September 2024.", "2024-10-18")
    assert r["claims"]["$880 million"]["bound"] == "approx"
    assert r["errors"] == []


def test_a_fiscal_year_as_of_a_day_is_that_year_so_far():
    r = read("NAY PYI TAW, Dec 5 - Myanmar's external trade in the current financial year 2023-2024 reached US$18.35 billion "
             "as of November 24, according to the Ministry of Commerce.\n\n"
             "The country's exports were worth $9.12 billion and imports $9.23 billion. "
             "The value of external trade stood at $21.76 billion in the year-ago period.", "2023-12-05")
    assert r["claims"]["US$18.35 billion"]["period"] == "2023-04/2023-11"
    assert r["claims"]["$9.12 billion"]["period"] == "2023-04/2023-11"
    assert r["claims"]["$21.76 billion"]["period"] == "2022-04/2022-11"
    assert r["errors"] == []


HEADLINE_FALL = ("Myanmar's external trade falls by ${x} billion as of late November\n\n"
                 "NAY PYI TAW, Dec 5 - Myanmar's external trade in the current financial year 2023-2024 reached US$18.35 billion "
                 "as of November 24, against $21.76 billion in the corresponding period of the previous FY.")


def test_a_headline_verb_in_the_present_gives_a_change():
    r = read(HEADLINE_FALL.format(x="3.41"), "2023-12-05")
    fall = r["claims"]["$3.41 billion"]
    assert (fall["measure"], fall["change_of"], fall["period"]) == ("other", "trade_total", "2023-04/2023-11")
    assert r["errors"] == []
    assert read(HEADLINE_FALL.format(x="4.41"), "2023-12-05")["errors"]


def test_a_list_of_partners_read_respectively_gives_each_figure_its_partner():
    r = read(CENTRAL_ASIA.format(x="61.4") + "\n\nTrade with Uzbekistan, Kyrgyzstan, Turkmenistan and Tajikistan stood at "
             "14 billion dollars, 19.8 billion dollars, 10.6 billion dollars and 4 billion dollars respectively.", "2024-01-13")
    pairs = [(r["claims"][t]["reporter"], r["claims"][t]["partner"]) for t in
             ("14 billion dollars", "19.8 billion dollars", "10.6 billion dollars", "4 billion dollars")]
    assert pairs == [("CHN", "UZB"), ("CHN", "KGZ"), ("CHN", "TKM"), ("CHN", "TJK")]


def test_the_region_a_partner_is_ranked_in_is_no_side_of_the_pair():
    r = read(CENTRAL_ASIA.format(x="61.4") + "\n\nKazakhstan remained China's largest trading partner in Central Asia, "
             "with bilateral trade reaching 41 billion dollars.", "2024-01-13")
    assert (r["claims"]["41 billion dollars"]["reporter"], r["claims"]["41 billion dollars"]["partner"]) == ("CHN", "KAZ")


def test_a_neighbour_named_in_the_text_lends_it_no_fiscal_year():
    r = read("BANGKOK, Nov 28 - Thailand's border trade in January-October 2023 totalled 1,492,812 million baht. "
             "Border trade with Malaysia, Laos, Myanmar and Cambodia amounted to 778,241 million baht.\n\n"
             "The department expects full-year border and transit trade to reach 1.82 trillion baht.", "2023-11-28")
    assert r["claims"]["1.82 trillion baht"]["period"] == "2023"


# passages of this round's kinds written for the probes (tests/fixtures/probes/sources9), each
# with a planted copy: no error in the passage, one in the copy
PASSAGES = Path(__file__).parent / "fixtures" / "probes" / "sources9"


@pytest.mark.parametrize("name,published", [("01-dst-denmark-february", "2024-04-09"), ("02-bangladesh-fy-as-of", "2024-02-10")])
def test_the_passages_of_this_round(name, published):
    assert read((PASSAGES / f"{name}.txt").read_text(encoding="utf-8"), published)["errors"] == []
    assert read((PASSAGES / f"{name}.planted.txt").read_text(encoding="utf-8"), published)["errors"]

"""Sentences met in an eighteenth round of passages (figures in two currencies side by side,
emerging-market English-language press): who reports and who is the partner."""
from pathlib import Path

import pytest

from tradecheck import verify_text


def read(text: str, published: str = "2024-11-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(claim: dict) -> tuple:
    return claim["reporter"], claim["partner"]


def test_a_fronted_with_names_the_partner_and_the_subject_reports():
    r = read("Malaysia's exports rose in October. With the United States, Malaysia sold RM15.9 billion worth "
             "of goods and bought RM11.2 billion, giving it a RM4.7 billion surplus.")
    sold, bought = r["claims"]["RM15.9 billion"], r["claims"]["RM11.2 billion"]
    assert pair(sold) == ("MYS", "USA") and sold["measure"] == "exports"
    assert pair(bought) == ("MYS", "USA") and bought["measure"] == "imports"
    assert r["errors"] == []


def test_places_in_a_list_after_a_preposition_keep_one_role():
    r = read("Malaysia's exports to Singapore, Thailand and Vietnam reached RM30.1 billion in October.")
    assert r["claims"]["RM30.1 billion"]["reporter"] == "MYS"


EUROSTAT = ("Luxembourg, 15 November 2024 - The first estimate for euro area exports of goods to the rest of the world "
            "in September 2024 was €237.6 bn. Imports from the rest of the world stood at €224.0 bn. "
            "As a result, the euro area recorded a €{} bn surplus in trade in goods with the rest of the world.")


def test_the_dateline_city_of_a_statistics_office_is_not_the_reporter():
    r = read(EUROSTAT.format("13.6"), "2024-11-15")
    exports = r["claims"]["€237.6 bn"]
    assert exports["reporter"] != "LUX" and exports["reporter_group"] == "euro area"
    assert r["claims"]["€224.0 bn"]["reporter"] != "LUX"
    assert r["errors"] == []


def test_the_balance_of_the_group_after_a_dateline_is_checked_against_its_flows():
    assert read(EUROSTAT.format("15.6"), "2024-11-15")["errors"]


def test_the_dateline_city_still_reports_when_the_sentence_names_no_other_subject():
    r = read("Luxembourg, 15 November 2024 - Luxembourg's exports of goods reached €1.2 bn in September.", "2024-11-15")
    assert r["claims"]["€1.2 bn"]["reporter"] == "LUX"


GERMANY = ("The United States was again the most important buyer of goods made in Germany in 2023. "
           "Goods worth €161.4 billion (about $174.5 billion) were exported to the US. "
           "Imports from the United States totalled €94.7 billion, so Germany's trade surplus with the US was €{} billion.")


def test_a_passive_exported_to_after_a_figure_restated_in_brackets_names_the_partner():
    r = read(GERMANY.format("66.7"), "2024-02-20")
    assert pair(r["claims"]["€161.4 billion"]) == ("DEU", "USA")
    assert r["claims"]["€161.4 billion"]["measure"] == "exports"
    assert r["errors"] == []


def test_the_balance_is_checked_against_exports_said_in_the_passive():
    errors = read(GERMANY.format("68.7"), "2024-02-20")["errors"]
    assert errors and "balance" in errors[0]


VIETNAM = ("Vietnam shipped $88.2 billion worth of goods to the U.S. in the first nine months. "
           "The EU ranked third, buying $38.5 billion of Vietnamese goods while selling it $11.2 billion, "
           "for a surplus of ${} billion for Vietnam.")


def test_a_partner_selling_it_after_while_is_the_reporters_imports():
    r = read(VIETNAM.format("27.3"), "2024-10-06")
    bought, sold = r["claims"]["$38.5 billion"], r["claims"]["$11.2 billion"]
    assert pair(bought) == ("VNM", "EUU") and bought["measure"] == "exports"
    assert pair(sold) == ("VNM", "EUU") and sold["measure"] == "imports"
    assert r["errors"] == []


def test_the_balance_after_a_partners_buying_and_selling_is_checked():
    assert read(VIETNAM.format("25.3"), "2024-10-06")["errors"]


def test_a_demonym_inside_a_bylines_name_names_no_country():
    r = read("Electronics exports up 12.5% in September\n\nBy Justine Irish D. Tabile, Reporter\n\n"
             "ELECTRONICS EXPORTS climbed 12.5% year on year to $4.05 billion in September, the Philippine "
             "Statistics Authority (PSA) said.", "2024-11-12")
    assert r["claims"]["$4.05 billion"]["reporter"] == "PHL"


INDONESIA = ("RI surplus with US widens as deficit with China persists\n\n"
             "Indonesia logged its biggest trade surplus in October with the United States, at US$1.42 billion, "
             "followed by India ($1.23 billion) and the Philippines ($750 million), BPS data show.\n\n"
             "Exports to the US, which remained the country's second-largest destination after China, reached "
             "$2.31 billion in the month, while imports from there were $890 million.")


def test_places_after_a_balances_with_in_the_headline_are_partners_not_the_reporter():
    r = read(INDONESIA, "2024-11-18")
    assert pair(r["claims"]["$2.31 billion"]) == ("IDN", "USA")
    assert pair(r["claims"]["$890 million"]) == ("IDN", "USA")


def test_a_rival_in_brackets_after_a_ranked_partner_takes_the_partners_side():
    r = read(INDONESIA, "2024-11-18")
    assert pair(r["claims"]["$1.23 billion"]) == ("IDN", "IND")


@pytest.mark.parametrize("name,published", [("02-vnexpress-markets", "2024-10-06"), ("08-theedge-partners", "2024-11-20"),
                                            ("10-jakartapost-partners", "2024-11-18")])
def test_a_planted_balance_between_a_reporter_and_its_partner_is_found(name, published):
    text = (Path(__file__).parent / "fixtures" / "probes" / "partners18" / f"{name}.planted.txt").read_text(encoding="utf-8")
    assert read(text, published)["errors"]


def test_a_subject_with_its_verb_after_a_colon_reports_and_versus_starts_the_next_item():
    r = read("Mexican exports to the United States totaled US$ 382.6 billion between January and September. "
             "Mexico overtook China as the largest supplier of goods to the United States last year: according to "
             "the U.S. Census Bureau, the U.S. imported US$ 475.6 billion from Mexico versus US$ 427.2 billion from China.")
    assert pair(r["claims"]["US$ 475.6 billion"]) == ("USA", "MEX")
    assert pair(r["claims"]["US$ 427.2 billion"]) == ("USA", "CHN")
    assert r["claims"]["US$ 427.2 billion"]["measure"] == "imports"


def test_a_fronted_partner_before_a_colon_stays_when_the_clause_after_names_none():
    r = read("German exports to the US rose 1.2% to €157.9bn. With China it was the other way round: Germany sold "
             "goods worth €97.3bn to the world's second-largest economy, and bought €155.8bn from it.", "2024-02-15")
    assert pair(r["claims"]["€97.3bn"]) == ("DEU", "CHN")

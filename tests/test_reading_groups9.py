"""Sentences of kinds met in a ninth round of passages (Central Asian agencies, Eurostat):
groups and their complements, descriptions and capitals standing for countries, asides that
rank another partner. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-22") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_non_group_is_every_partner_but_the_group():
    r = read("Kyrgyzstan's trade with EAEU countries amounted to $2.3 billion in 2023. "
             "Trade with non-EAEU countries totaled $4.4 billion.")
    bloc, rest = r["claims"]["$2.3 billion"], r["claims"]["$4.4 billion"]
    assert bloc["partner_group"] == "Eurasian Economic Union"
    assert (rest["reporter"], rest["partner"], rest["partner_group"]) == ("KGZ", None, "other than Eurasian Economic Union")
    assert r["errors"] == []


def test_countries_outside_a_group_are_not_the_group():
    r = read("Kyrgyzstan's trade with countries outside the EAEU totaled $4.4 billion in 2023, "
             "while trade with EAEU countries was $2.3 billion.")
    assert r["claims"]["$4.4 billion"]["partner_group"] == "other than Eurasian Economic Union"
    assert r["claims"]["$2.3 billion"]["partner_group"] == "Eurasian Economic Union"
    assert r["errors"] == []


def test_a_group_named_after_outside_without_the_is_its_complement():
    r = read("Thailand's exports to ASEAN were $70 billion in 2023. Exports outside ASEAN reached $215 billion.")
    assert r["claims"]["$215 billion"]["partner_group"] == "other than ASEAN"
    assert r["claims"]["$215 billion"]["partner"] != "WLD"


def test_far_abroad_countries_are_the_countries_outside_the_cis():
    r = read("Kazakhstan's foreign trade turnover amounted to $139.8 billion in 2023. "
             "Trade with the CIS countries amounted to $33.4 billion, with the far-abroad countries – $106.4 billion.",
             "2024-02-15")
    far = r["claims"]["$106.4 billion"]
    assert far["partner"] != "WLD"
    assert far["partner_group"] == "other than Commonwealth of Independent States"
    assert r["errors"] == []


def test_non_cis_and_far_abroad_name_the_same_group():
    r = read("Uzbekistan's trade with non-CIS countries reached $40 billion in 2023. "
             "Exports to far-abroad countries were $15 billion.", "2024-02-15")
    assert r["claims"]["$40 billion"]["partner_group"] == r["claims"]["$15 billion"]["partner_group"]


def test_a_partner_described_but_not_named_is_unknown_not_the_world():
    r = read("Mongolia's trade with its southern neighbor reached 15.1 billion U.S. dollars in the January-October "
             "period, up 12.4 percent year on year. In the same period, Mongolia's foreign trade turnover amounted "
             "to 21.1 billion dollars.", "2024-11-14")
    for figure in ("15.1 billion U.S. dollars", "12.4 percent"):
        assert r["claims"][figure]["partner"] is None
    assert r["claims"]["21.1 billion dollars"]["partner"] == "WLD"
    assert r["errors"] == []


def test_a_described_partner_is_the_partner_the_text_is_about():
    r = read("Trade between Kazakhstan and Kyrgyzstan rose to $1.5 billion in 2023. "
             "Kazakhstan's exports to the neighboring republic reached $1.1 billion.", "2024-02-15")
    assert (r["claims"]["$1.1 billion"]["reporter"], r["claims"]["$1.1 billion"]["partner"]) == ("KAZ", "KGZ")


def test_capitals_stand_for_their_countries():
    r = read("Trade between Baku and Ashgabat amounted to $234.5 million from January through August 2024. "
             "This is 1.6 times more than in the same period of 2023 ($146.6 million).", "2024-09-20")
    for figure in ("$234.5 million", "1.6 times more", "$146.6 million"):
        assert {r["claims"][figure]["reporter"], r["claims"][figure]["partner"]} == {"AZE", "TKM"}
    assert r["errors"] == []


def test_every_countrys_capital_is_known_not_only_central_asias():
    r = read("Trade between Bishkek and Dushanbe reached $80 million in 2023. "
             "Ulaanbaatar's exports to Montevideo reached $12 million in 2023.")
    assert {r["claims"]["$80 million"]["reporter"], r["claims"]["$80 million"]["partner"]} == {"KGZ", "TJK"}
    assert (r["claims"]["$12 million"]["reporter"], r["claims"]["$12 million"]["partner"]) == ("MNG", "URY")


def test_a_capital_the_vocabulary_reads_otherwise_keeps_that_reading():
    r = read("Ukraine's exports to Brussels rose to EUR 24.5 billion in 2023.", "2024-02-15")
    assert r["claims"]["EUR 24.5 billion"]["partner"] == "EUU"


def test_a_rival_ranked_in_an_aside_with_its_figure_in_brackets_takes_the_ranked_side():
    r = read("EU exports to China fell 3.0% to €223.5 billion in 2023. China was the EU's third-largest partner "
             "for exports of goods, after the United States (€502.3 billion) and the United Kingdom (€337.7 billion).",
             "2024-03-20")
    us, uk = r["claims"]["€502.3 billion"], r["claims"]["€337.7 billion"]
    assert (us["reporter"], us["partner"], us["measure"]) == ("EUU", "USA", "exports")
    assert (uk["reporter"], uk["partner"]) == ("EUU", "GBR")
    assert r["errors"] == []


def test_a_figure_in_brackets_after_the_pairs_own_place_stays_with_the_pair():
    r = read("EU exports to China fell 3.0% to €223.5 billion in 2023, while imports from China (€514.5 billion) dropped 17.9%.",
             "2024-03-20")
    assert (r["claims"]["€514.5 billion"]["reporter"], r["claims"]["€514.5 billion"]["partner"]) == ("EUU", "CHN")


def test_the_passages_written_for_these_kinds_read_right():
    # tests/fixtures/probes/groups9: correct passages get no error, planted copies get one
    from pathlib import Path
    here = Path(__file__).parent / "fixtures" / "probes" / "groups9"
    dates = {"01-uza-uz-kg-capitals": "2024-04-10", "02-eurostat-eu-japan-rivals": "2024-02-15"}
    for name, published in dates.items():
        assert read((here / f"{name}.txt").read_text(encoding="utf-8"), published)["errors"] == []
        assert read((here / f"{name}.planted.txt").read_text(encoding="utf-8"), published)["errors"]

"""Central Asian statistics committees and news agencies (round 28, second set): a partner
list under a caption after a sentence of both flows, "the republic's total" trade, a
region's members named across sentences, and "N times over the past K years"."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# --- a partner list after a sentence that gave both flows -------------------------------

UNION = ("Tajikistan's trade with CIS countries reaches $2.0 billion in five months\n\n"
         "DUSHANBE. Tajikistan's trade turnover with the Eurasian Economic Union came to $2.0 billion in "
         "January-May 2025, the statistics agency said.\n\n"
         "Exports to the union amounted to $0.5 billion, imports — $1.5 billion.\n\n"
         "By country:\n\n"
         "Russia — ${ru} billion;\n"
         "Kazakhstan — $0.6 billion;\n"
         "Belarus — $0.05 billion.\n")


def test_a_partner_list_after_both_flows_is_of_the_flow_the_text_leads_with():
    r = read(UNION.format(ru="1.3"))
    for figure in ("$1.3 billion", "$0.6 billion", "$0.05 billion"):
        assert r["claims"][figure]["measure"] == "trade_total"
    assert r["claims"]["$1.5 billion"]["measure"] == "imports"
    assert r["errors"] == []  # (1.95 is within the turnover, not above the imports)


def test_a_partner_list_above_the_turnover_it_breaks_down_is_an_error():
    r = read(UNION.format(ru="1.6"))
    assert any("exceed the whole $2bn" in e for e in r["errors"])


def test_a_list_under_a_flow_caption_keeps_that_flow():
    text = UNION.format(ru="1.3").replace("By country:", "Imports by country:")
    assert read(text)["claims"]["$1.3 billion"]["measure"] != "trade_total"


# --- "the republic's total foreign trade turnover" --------------------------------------

SHARE = ("Tajikistan's trade with the Eurasian Economic Union came to $2.0 billion in January-May 2025. "
         "The EAEU share in the republic's total foreign trade turnover, which reached ${w} billion, "
         "was 40 percent.")


def test_the_republics_total_trade_is_the_reporting_country_with_the_world():
    c = read(SHARE.format(w="5.0"))["claims"]["$5.0 billion"]
    assert (c["reporter"], c["partner"]) == ("TJK", "WLD")


def test_a_group_share_of_the_republics_total_is_checked_against_it():
    assert read(SHARE.format(w="5.0"))["errors"] == []
    assert read(SHARE.format(w="6.5"))["errors"] != []


# --- a region's members named one by one, across sentences ------------------------------

REGION = ("Georgia's trade turnover with Central Asian countries amounted to $500 million in 2024. "
          "Kazakhstan led with $250 million. It was followed by Uzbekistan (${uz} million) and "
          "Turkmenistan ($70 million). Trade with Kyrgyzstan totaled $40 million, and with Tajikistan — $20 million.")


def test_the_members_of_a_region_add_up_to_no_more_than_the_region():
    assert read(REGION.format(uz="120"), "2025-02-10")["errors"] == []
    assert any("exceed the whole" in e for e in read(REGION.format(uz="170"), "2025-02-10")["errors"])


# --- "grew N times over the past K years, from $X in YEAR1 to $Y in YEAR2" --------------

TIMES = ("Trade between Kazakhstan and Turkey has grown 2.5 times over the past six years, "
         "from ${x} billion in 2018 to $5.0 billion in 2024.")


def test_times_before_a_period_phrase_opened_by_over_is_still_a_multiple():
    c = read(TIMES.format(x="2.0"))["claims"]["2.5 times"]
    assert c["period"] == "2024" and c["base_period"] == "2018"


def test_a_multiple_over_the_past_years_is_checked_against_its_levels():
    assert read(TIMES.format(x="2.0"))["errors"] == []
    assert read(TIMES.format(x="3.0"))["errors"] != []


# --- "The main buyers were:": the partners' side of the trade, seen from the reporter ---

BUYERS = ("In January-June 2025, Kyrgyzstan exported textiles worth $400 million. Goods went to 30 countries. "
          "The main buyers were:\n\n"
          "Russia — $200 million (50 percent);\n"
          "Kazakhstan — $100 million (25 percent).\n")


def test_a_list_under_the_main_buyers_is_of_the_reporters_exports():
    r = read(BUYERS, "2025-08-01")
    for figure in ("$200 million", "$100 million", "50 percent"):
        assert r["claims"][figure]["measure"] == "exports"
    assert (r["claims"]["$200 million"]["reporter"], r["claims"]["$200 million"]["partner"]) == ("KGZ", "RUS")


def test_the_region_as_a_subject_names_no_product():
    text = REGION.format(uz="120") + " The region accounted for about 1.0 percent of Georgia's total foreign trade turnover, which reached $50 billion."
    c = read(text, "2025-02-10")["claims"]["1.0 percent"]
    assert c["commodity"] is None

"""Southern African releases and press (a thirty-fourth round of passages): a record that
belongs to an earlier period, a region ranked as the largest market with a participle before
its figure, a regional bloc as the subject of "took" with a share of the continent's flow, the
rest of the reporter's own continent, and a story that opens with its country in capitals.
How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    findings = result["findings"]
    errors = [f["message"] for f in findings if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "checks": [f["check"] for f in findings]}


EARLIER_RECORD = ("Malawi's trade gap narrowed in 2023 as export earnings stayed near last year's record. "
                  "Exports totalled $1,150 million in 2023, down 2.0% from $1,173 million in 2022.")


def test_a_record_owned_by_an_earlier_period_is_no_record_of_the_figure():
    """"stayed near last year's record": the record is 2022's; 2023's lower figure is no contradiction."""
    r = read(EARLIER_RECORD)
    assert not r["errors"] and "record" not in r["checks"]


def test_a_record_of_the_period_in_hand_is_still_checked():
    """Without the earlier period's possessive, the record word still goes to the next figure."""
    text = EARLIER_RECORD.replace("stayed near last year's record", "reached a record")
    assert any("record" in e for e in read(text)["errors"])


REGION_MARKET = ("Kenya's horticultural exports reached $2.0 billion in 2023. Imports came to $0.5 billion, "
                 "leaving a surplus of $1.5 billion. Europe remained the largest market, absorbing $1.2 billion, "
                 "or 60% of the total.")


def test_a_region_ranked_as_the_largest_market_takes_exports():
    """"Europe remained the largest market, absorbing $X": exports to Europe, not the balance before."""
    c = read(REGION_MARKET)["claims"]["$1.2 billion"]
    assert (c["measure"], c["partner_group"]) == ("exports", "Europe")
    assert not read(REGION_MARKET)["errors"]


def test_a_changed_share_of_the_largest_market_is_flagged():
    assert read(REGION_MARKET.replace("or 60%", "or 40%"))["errors"]


BLOC_TOOK = ("Zambia's exports to the rest of Africa reached $4.0bn in 2023, about 40% of the country's total "
             "exports of $10.0bn. The Southern African Development Community (SADC) took $3.2bn, or 80% of "
             "Zambia's exports to Africa. Imports from African countries amounted to $1.5bn, leaving a surplus "
             "of $2.5bn with the continent.")


def test_a_bloc_as_the_subject_of_took_is_the_partner():
    """"The Southern African Development Community (SADC) took $X": exports to that bloc."""
    c = read(BLOC_TOOK)["claims"]["$3.2bn"]
    assert (c["measure"], c["reporter"], c["partner_group"]) == ("exports", "ZMB", "SADC")


def test_the_rest_of_the_reporters_own_continent_is_the_continent():
    """"exports to the rest of Africa" from an African reporter: its exports to Africa."""
    c = read(BLOC_TOOK)["claims"]["$4.0bn"]
    assert (c["measure"], c["partner_group"]) == ("exports", "Africa")


def test_a_bloc_share_of_the_reporters_flow_to_the_continent_is_consistent():
    """"$3.2bn, or 80% of Zambia's exports to Africa": the bloc's part of the flow to Africa."""
    assert not read(BLOC_TOOK)["errors"]


def test_a_changed_bloc_share_is_flagged():
    assert read(BLOC_TOOK.replace("or 80%", "or 70%"))["errors"]


LEAD_CAPITALS = ("Copper earnings slip\n\n"
                 "ZAMBIA's earnings from copper exports fell by 10% last year as weak demand from smelters in "
                 "China and India hit sales.\n\n"
                 "According to figures released by the Zambia Statistics Agency, copper exports brought in $9.0 "
                 "billion in 2023, compared with $10.0 billion in 2022.")


def test_a_country_in_capitals_opening_the_story_is_the_reporter():
    """"ZAMBIA's earnings from copper exports fell": Zambia reports, not the places of the cause after it."""
    r = read(LEAD_CAPITALS)
    for text in ("10%", "$9.0 billion", "$10.0 billion"):
        assert (r["claims"][text]["reporter"], r["claims"][text]["partner"]) == ("ZMB", "WLD")
    assert not r["errors"]


def test_a_changed_level_under_a_capitals_lead_is_flagged():
    assert read(LEAD_CAPITALS.replace("$9.0 billion", "$9.5 billion"))["errors"]

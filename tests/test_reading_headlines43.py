"""Headlines and figures that are not trade (a forty-third round of passages): a partner the
headline alone names, not carried into a lead that names none, and a company's share price
("Shares of Acme fell 1.8%") that is no share of a flow. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


CLOCKS = ("Danish furniture exports to Japan pick up in 2023\n\n"
          "Danish furniture exports grew 4.0% in 2023 to 20.8 billion crowns, the statistics office said.\n\n"
          "Shipments to Japan rose 12.5% to 1.8 billion crowns, or {share} of the total.")


def test_a_headline_partner_is_not_the_partner_of_a_lead_naming_none():
    """"Danish furniture exports to Japan pick up" over "Danish furniture exports grew 4.0% ... to
    20.8 billion crowns": the lead's figure is Denmark's flow with the world, Japan's comes later."""
    r = read(CLOCKS.format(share="8.7%"))
    assert r["claims"]["4.0%"]["reporter"] == "DNK"
    assert r["claims"]["4.0%"]["partner"] == "WLD"
    assert r["claims"]["20.8 billion crowns"]["partner"] == "WLD"
    assert r["claims"]["1.8 billion crowns"]["partner"] == "JPN"
    assert r["errors"] == []


def test_a_wrong_share_of_the_lead_total_is_flagged():
    """The partner's share of the lead's world total, changed, no longer fits."""
    assert read(CLOCKS.format(share="18.7%"))["errors"]


def test_a_company_share_price_is_no_share_of_a_flow():
    """"Shares of Acme Group fell 1.8% in early trading": the price of a company's stock moved."""
    r = read("Watch exports rose 5% to 2 billion francs in 2023.\n\n"
             "Shares of Acme Group fell 1.8% in early trading.")
    assert r["claims"]["1.8%"]["kind"] != "share"
    assert r["claims"]["1.8%"]["measure"] == "other"


def test_places_shares_of_a_flow_are_still_shares():
    """"Shares of China and India in the exports rose to 30%": places' shares, not a stock."""
    r = read("Cotton exports reached $10 billion in 2023. Shares of China and India in the exports rose to 30%.")
    assert r["claims"]["30%"]["kind"] == "share"


def test_a_wire_dateline_city_does_not_report_for_its_state():
    """"NEW YORK - U.S. imports of toys from Vietnam rose ...": the city in capitals before the
    dash is where the copy was filed; the United States, not the state of New York, imports."""
    r = read("Toy imports climb\n\n"
             "NEW YORK - U.S. imports of toys from Vietnam rose 4.0% to $3.5 billion in 2023 "
             "from $3.365 billion in 2022.")
    c = r["claims"]["$3.5 billion"]
    assert (c["reporter"], c["partner"]) == ("USA", "VNM")
    assert "reporter_unit" not in c

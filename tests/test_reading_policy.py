"""Figures that are no trade flow of a period: the trade a tariff covers, and a goal said as a
yearly rate. Read as measure "other", they are never checked against the flows around them."""
from tradecheck import verify_text


def read(text: str, published: str = "2020-02-06") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    findings = [f for f in result["findings"] if f["status"] != "consistent"]
    return {"claims": claims, "findings": findings}


DEFICIT = "The deficit with China narrowed 18% to $345.6 billion in 2019, and exports to China fell 11% to $106.6 billion. "


def test_the_trade_a_tariff_covers_is_no_flow_and_has_no_period():
    r = read(DEFICIT + "The administration has slapped tariffs on $250 billion in imports from China.")
    covered = r["claims"]["$250 billion"]
    assert (covered["measure"], covered["period"]) == ("other", None)
    assert covered["attribution"]["measure"] == "covered-by-a-measure"


def test_two_covered_amounts_in_a_row_raise_no_conflict():
    r = read(DEFICIT + "Washington put tariffs on $250 billion in imports from China, "
             "and Beijing hit back by going after about $110 billion of American products.")
    assert r["claims"]["$110 billion"]["measure"] == "other"
    assert r["findings"] == []


def test_goods_subject_to_duties_are_covered_trade():
    r = read("Of its $452 billion in exports to the US in 2019, China shipped $34 billion of goods subject to new tariffs.")
    assert r["claims"]["$34 billion"]["measure"] == "other"
    assert r["claims"]["$452 billion"]["measure"] == "exports"


def test_a_tariff_named_in_passing_does_not_hide_a_flow():
    r = read("Despite the tariffs, imports from China were $452 billion in 2019.")
    assert r["claims"]["$452 billion"]["measure"] == "imports"


def test_a_goal_said_as_a_yearly_rate_is_a_goal():
    r = read("Bilateral trade reached $33 billion in 2021. The roadmap aims to lift bilateral turnover to $100 billion a year.",
             "2022-10-23")
    assert r["claims"]["$100 billion"]["measure"] == "other"
    assert r["claims"]["$33 billion"]["measure"] == "trade_total"


def test_a_realised_monthly_average_stays_a_flow_as_a_rate():
    r = read("Kenya's imports from China between January and May came to Sh175 billion, an average of Sh35 billion per month.",
             "2017-07-01")
    rate = r["claims"]["Sh35 billion"]
    assert (rate["measure"], rate.get("per")) == ("imports", "month")

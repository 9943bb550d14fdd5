"""Signs and sides in round 21's passages (FAQ explainers, arms-trade news): a spelled-out
"minus", a balance named a deficit after its figure, "bought ... and sold" with a year
between, "while it bought ... of <demonym> goods", and changes between balances."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    by_status = {}
    for f in result["findings"]:
        by_status.setdefault(f["status"], []).append(f)
    return {"claims": claims, "errors": [f["message"] for f in by_status.get("inconsistent", [])],
            "findings": result["findings"]}


UK = "In 2023 the UK exported £852.6 billion of goods and services and imported £884.0 billion, "


def test_a_spelled_out_minus_before_an_amount_is_its_sign():
    r = read(UK + "so its trade balance was minus £31.4 billion - a deficit.")
    assert r["claims"]["£31.4 billion"]["value"] < 0
    assert r["errors"] == []


def test_minus_between_two_figures_subtracts_and_signs_nothing():
    r = read("The balance is £852.6 billion minus £884.0 billion, so the UK's trade balance was a deficit of £31.4 billion in 2023.")
    assert r["claims"]["£884.0 billion"].get("value", 0) >= 0


def test_a_balance_named_a_deficit_after_its_figure_is_negative():
    r = read(UK + "so its trade balance was £31.4 billion - a deficit.")
    assert r["claims"]["£31.4 billion"]["value"] < 0
    assert r["errors"] == []


def test_a_wrong_balance_named_a_deficit_is_still_caught():
    r = read(UK + "so its trade balance was £41.4 billion - a deficit.")
    assert r["errors"]


US = "The US-China trade deficit, explained\n\nThe US bought $427.2 billion of Chinese goods in 2023 and sold $147.8 billion, for a deficit of $279.4 billion. "


def test_bought_of_demonym_goods_in_a_year_and_sold_is_one_subjects_two_flows():
    r = read(US, "2024-02-08")
    sold = r["claims"]["$147.8 billion"]
    assert (sold["measure"], sold["reporter"], sold["partner"]) == ("exports", "USA", "CHN")
    assert r["errors"] == []


def test_down_from_after_a_deficit_is_the_same_deficit_earlier():
    r = read(US + "Is that going up or down? Down. That's the smallest since 2010 - and down from $382.3 billion "
             "in 2022, a 27 percent drop.", "2024-02-08")
    assert r["claims"]["$382.3 billion"]["value"] < 0
    assert r["errors"] == []
    change = [f for f in r["findings"] if f["check"] == "percent_change"]
    assert change and change[0]["status"] == "consistent"


def test_a_wrong_change_between_deficits_is_caught():
    r = read(US + "Is that going up or down? Down. That's the smallest since 2010 - and down from $382.3 billion "
             "in 2022, a 37 percent drop.", "2024-02-08")
    assert any("37 percent" in e for e in r["errors"])


def test_a_change_between_balances_of_opposite_signs_is_never_consistent():
    r = read("Kenya's trade balance with Uganda was a surplus of $2.0 billion in 2022. "
             "In 2023 it was a deficit of $1.0 billion, down 50%.")
    change = [f for f in r["findings"] if f["check"] == "percent_change"]
    assert change and all(f["status"] == "unverifiable" for f in change)
    assert "opposite signs" in change[0]["message"]


def test_it_after_a_flow_of_its_own_sentence_is_that_flows_reporter():
    r = read("Vietnamese exports to the United States reached $97.0bn in 2023, while it bought only $13.8bn of "
             "American goods, leaving a surplus of $83.2bn.", "2024-01-20")
    bought, balance = r["claims"]["$13.8bn"], r["claims"]["$83.2bn"]
    assert (bought["measure"], bought["reporter"], bought["partner"]) == ("imports", "VNM", "USA")
    assert (balance["reporter"], balance["partner"]) == ("VNM", "USA") and balance["value"] > 0
    assert r["errors"] == []


def test_sent_back_is_exports():
    r = read("Vietnam imported $110.6bn from China in 2023 and sent back $61.2bn.", "2024-01-20")
    assert r["claims"]["$61.2bn"]["measure"] == "exports"


def test_bought_figure_of_demonym_goods_is_from_that_country():
    r = read("South Africa's exports went mostly to Asia. South Africa bought R389.5bn of Chinese goods last year, "
             "leaving it with a bilateral deficit of R168.1bn with its largest partner.", "2024-05-02")
    bought = r["claims"]["R389.5bn"]
    assert (bought["measure"], bought["reporter"], bought["partner"]) == ("imports", "ZAF", "CHN")


def test_what_the_country_sold_abroad_is_its_national_total():
    r = read("Headlines are about China. Of the R2.02 trillion of goods the country sold abroad in 2023, South Africa "
             "sent R221.4bn to China.", "2024-05-02")
    assert r["claims"]["R2.02 trillion"]["partner"] == "WLD"

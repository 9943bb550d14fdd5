"""Tonnages as a fifty-third round of passages wrote them: the levels a bracket lists right
after a comparison's base period are that period's; a list of suppliers' tonnages followed by
a sentence naming the rest with no figure is a list of parts; "Of the quantity <participle>"
opens parts of the tonnage before, not of the offers a tender received; a heading's bracket
giving the list's unit and "share of <flow>" makes its shares shares of a level of that unit
and flow stated before it."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-06-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-06-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def test_levels_in_a_bracket_after_the_base_period_are_the_base_periods():
    text = ("In the first half of 2024, sugar exports reached 4.2 million tonnes, worth USD 2,100 million, "
            "up 5% in volume but down 8% in value compared with the same period of 2023 "
            "(4.0 million tonnes; USD 2,280 million).")
    claims = result(text)["claims"]
    base = next(c for c in claims if c["text"] == "USD 2,280 million")
    assert base["period"] == "2023-H1"
    assert errors(text) == []


def _suppliers(first: str) -> str:
    return ("Chilean imports of fishmeal rose 12% to 1.5 million tonnes in 2023 from 1.34 million tonnes in 2022.\n\n"
            f"Peru shipped {first} million tonnes, Ecuador 0.4 million tonnes and Mexico 0.2 million tonnes. "
            "Norway and Iceland supplied most of the remainder.")


def test_suppliers_listed_before_an_unstated_rest_are_parts_of_the_level_before():
    assert errors(_suppliers("0.7")) == []
    assert any("exceed the whole" in e for e in errors(_suppliers("1.2")))


def _tender(west: str) -> str:
    return ("The state buyer has bought 800,000 tonnes of wheat in its tender, after receiving offers "
            "totalling 1.4 million tonnes, traders said.\n\n"
            f"Of the quantity bought, {west} tonnes will be shipped to northern ports and 300,000 tonnes "
            "to southern ports, traders said.")


def test_parts_of_the_quantity_bought_are_not_of_the_offers():
    assert errors(_tender("500,000")) == []
    assert any("exceed the whole" in e for e in errors(_tender("700,000")))


def _partners(share: str) -> str:
    return ("In 2023, Japan imported 2.0 million tonnes of coke from abroad, 5% more than a year earlier.\n\n"
            "Main suppliers, 2023 (million tonnes; share of total imports):\n"
            f"- China: 0.8 ({share}%)\n"
            "- Australia: 0.5 (25%)\n"
            "- Indonesia: 0.3 (15%)\n")


def test_shares_under_a_unit_heading_are_of_the_tonnage_stated_before():
    assert errors(_partners("40")) == []
    assert any("stated as 50%" in e for e in errors(_partners("50")))

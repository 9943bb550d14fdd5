"""Shares and balances of a named product whole, as a fifty-first round of passages wrote them:
a buyer's share "of <product> imports" whose whole is that product's level given paragraphs
before, and a share of a whole written in a scaled abbreviation ("Mt", "kt"). How each kind is
read, and where the whole is a guess, left unchecked."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-02-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-02-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _product_share(pct: str, between: str = "") -> str:
    return ("Pakistan's imports of vegetable oils climbed 20% to 412,000 tonnes in March from 343,000 tonnes a year earlier.\n\n"
            f"{between}Dealers said freight costs had eased.\n\n"
            f"Soybean oil imports reached 103,000 tonnes, or {pct}% of vegetable oil imports.")


def test_a_share_of_a_named_products_flow_is_of_that_products_level_given_before():
    assert errors(_product_share("25")) == []
    assert any("stated as 35%" in e for e in errors(_product_share("35")))


def test_a_longer_name_holding_the_product_gives_no_whole():
    # ("non-vegetable oils" is another product: its level is no whole of the share)
    text = ("Pakistan's imports of non-vegetable oils were 412,000 tonnes in March.\n\n"
            "Soybean oil imports reached 103,000 tonnes, or 35% of vegetable oil imports.")
    assert errors(text) == []


def test_a_product_sentence_with_two_levels_gives_no_whole():
    text = ("Imports of vegetable oils were 412,000 tonnes at Karachi and 150,000 tonnes at Qasim in March.\n\n"
            "Soybean oil imports reached 103,000 tonnes, or 35% of vegetable oil imports.")
    assert errors(text) == []


def test_a_products_level_of_another_flow_is_no_whole():
    text = ("Stocks of vegetable oils stood at 412,000 tonnes in March.\n\n"
            "Soybean oil imports reached 103,000 tonnes, or 35% of vegetable oil imports.")
    assert errors(text) == []


def _scaled(pct: str, whole: str) -> str:
    return (f"Australia's barley exports reached {whole} in 2023.\n\n"
            f"China took 612,000 tonnes, or {pct}% of the total {whole}.")


def test_a_whole_in_million_tonnes_abbreviated_mt_is_read_at_its_scale():
    assert errors(_scaled("23", "2.68Mt")) == []
    assert any("stated as 33%" in e for e in errors(_scaled("33", "2.68Mt")))


def test_a_whole_in_kilotonnes_abbreviated_kt_is_read_at_its_scale():
    assert errors(_scaled("23", "2,680kt")) == []
    assert any("stated as 33%" in e for e in errors(_scaled("33", "2,680kt")))


def test_metric_tons_written_in_capitals_hold_no_scale():
    # ("MT" is metric tons, not million tonnes: 612,000 MT of 2,680,000 MT is 23%)
    text = ("Australia's barley exports reached 2,680,000 MT in 2023.\n\n"
            "China took 612,000 MT, or 23% of the total 2,680,000 MT.")
    assert errors(text) == []


def test_a_hedged_share_of_a_named_products_flow_strays_as_a_hedged_figure_does():
    def text(pct):
        return ("India's imports of edible oils rose to 1,200,000 tonnes in May.\n\n"
                f"Sunflower oil imports were 300,000 tonnes, accounting for about {pct}% of edible oil purchases.")
    assert errors(text("26")) == []
    assert any("stated as 40%" in e for e in errors(text("40")))


def _account(balance: str, exports: str = "exports of grains and grain products") -> str:
    return (f"Egypt's imports of grains reached $4.37 billion in 2022, while {exports}, mainly pasta, "
            f"totalled $1.15 billion, leaving a deficit of ${balance} billion.")


def test_a_balance_of_a_flow_and_its_wider_groups_other_flow_in_one_sentence_is_their_difference():
    assert errors(_account("3.22")) == []
    assert any("stated as -$3.52bn" in e for e in errors(_account("3.52")))


def test_a_balance_of_two_flows_of_unrelated_products_is_not_their_difference():
    # (grains against pasta: neither label widens the other, so no one account)
    assert errors(_account("3.52", "exports of pasta")) == []

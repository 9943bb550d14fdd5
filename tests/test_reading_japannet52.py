"""National-accounts flows beside services given apart (round 52, third wave): a bare export
figure whose own sentence sets it against GDP is the goods-and-services flow of the national
accounts, even where the text also gives services exports on their own, so a balance of goods
and services is checked against it; a bare flow not tied to GDP stays as it was (it may be
goods alone, as releases that give services after "exports" write it)."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


TEXT = ("Peru's exports came to 310 billion soles in 2023, set against GDP of 1,000 billion soles. "
        "Imports of goods and services were 290 billion soles, so net exports added {gap} billion "
        "soles to output. Spending by visiting tourists, booked as services exports, reached 12 billion soles.")


def test_a_bare_flow_against_gdp_beside_services_apart_is_goods_and_services():
    exports = next(c for c in reading(TEXT.format(gap="20"))["claims"] if c["text"] == "310 billion soles")
    assert exports["measure"] == "exports" and exports["scope"] == "goods and services"
    assert errors(TEXT.format(gap="20")) == []


def test_a_wrong_balance_against_the_national_flows_is_caught():
    assert errors(TEXT.format(gap="50"))


def test_a_bare_flow_not_tied_to_gdp_keeps_no_scope():
    text = ("Peru's exports came to 310 billion soles in 2023. Services exports, mostly tourism, "
            "brought in 12 billion soles, and the goods and services balance was a surplus of 9 billion soles.")
    exports = next(c for c in reading(text)["claims"] if c["text"] == "310 billion soles")
    assert not exports.get("scope")
    assert errors(text) == []

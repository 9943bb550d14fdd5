"""National-accounts wording (round 52, second wave): a balance given as what it does to the
economy ("net exports took $3bn off GDP") is the balance itself, of the verb's sign, so exports
less imports is checked against it; and figures in value-added terms (a balance "in value
added terms", value added "embodied in" exports) are no gross flows."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


def test_a_balance_taken_from_output_is_a_deficit():
    text = ("Chile's exports of goods and services came to 94.3 billion dollars in 2023, and imports "
            "to 97.8 billion dollars, so net exports subtracted {gap} billion dollars from GDP.")
    net = next(c for c in reading(text.format(gap="3.5"))["claims"] if c["text"] == "3.5 billion dollars")
    assert net["measure"] == "balance" and net["value"] < 0
    assert errors(text.format(gap="3.5")) == []
    assert errors(text.format(gap="5.5"))


def test_a_balance_added_to_gdp_is_a_surplus():
    text = ("Norway's exports reached NOK 2,140 billion in 2023 and its imports NOK 1,630 billion; "
            "net exports added NOK {gap} billion to gross domestic product.")
    net = next(c for c in reading(text.format(gap="510"))["claims"] if c["measure"] == "balance")
    assert net["value"] > 0 and net["attribution"]["measure"] == "balance-contribution"
    assert errors(text.format(gap="510")) == []
    assert errors(text.format(gap="710"))


def test_money_added_to_output_without_a_balance_word_is_no_balance():
    # (no balance word as the verb's subject: a gain in output, as before)
    text = "The free-trade pact could add $12 billion to output in 2025, the ministry said."
    assert all(c["measure"] != "balance" for c in reading(text)["claims"])


def test_a_balance_in_value_added_terms_is_no_gross_balance():
    text = ("In 2021 Ireland recorded a gross surplus of $40.0 billion with Germany, on exports of $65.0 billion "
            "and imports of $25.0 billion. Measured in value added terms, the surplus was $12.5 billion.")
    va = next(c for c in reading(text)["claims"] if c["text"] == "$12.5 billion")
    assert va["measure"] == "other"
    assert errors(text) == []


def test_value_added_embodied_in_exports_is_no_export_level():
    text = ("Domestic value added embodied in Mexican exports amounted to $310.0 billion in 2020, "
            "while gross exports were $417.0 billion.")
    va = next(c for c in reading(text)["claims"] if c["text"] == "$310.0 billion")
    assert va["measure"] == "other"
    assert errors(text) == []


def test_bare_exports_beside_services_given_apart_are_no_goods_and_services_total():
    # (a release that writes "exports" for goods and gives services after them: the bare
    # figures are goods alone, so they are not set against a goods-and-services balance)
    text = ("Thailand's exports rose 4.2% to $285 billion in 2023, while imports reached $290 billion. "
            "Services exports, mainly tourism, brought in $60 billion. Including services, the goods "
            "and services balance showed a surplus of $12 billion.")
    assert errors(text) == []

"""Balances, multiples and changes (round 52, evmisc): a list of a product's pieces that share
its word ("battery cells, modules and parts") is that product, so its imports meet its
exports and balance; "X materials" and a bare "X" are one product, so a multiple meets its
two levels; and "up A% in volume and B% in value" gives the value's change."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


def test_a_list_of_pieces_sharing_a_product_word_is_that_product():
    text = ("Poland exported batteries worth EUR 6.0 billion in 2023. It imported EUR 2.5 billion of "
            "battery cells, modules and parts, so the industry posted a trade surplus of EUR {bal} billion.")
    claims = reading(text.format(bal="3.5"))["claims"]
    imports = next(c for c in claims if c["text"] == "EUR 2.5 billion")
    assert imports["commodity"] == "batteries" and imports["measure"] == "imports"
    assert errors(text.format(bal="3.5")) == []
    assert errors(text.format(bal="4.5"))


def test_a_list_of_different_products_stays_a_list():
    text = "Ghana imported $3.1 billion of rice, sugar and wheat in 2023."
    claim = next(c for c in reading(text)["claims"] if c["text"] == "$3.1 billion")
    assert claim["commodity"] == "rice, sugar and wheat"


def test_a_product_with_and_without_its_material_noun_is_one_product():
    text = ("Japan's exports of anode materials to Canada tripled last year, trade data showed. "
            "Anode shipments to Canada reached $1.5 billion in 2023, up from ${base} billion in 2022.")
    claims = reading(text.format(base="0.5"))["claims"]
    assert {c["commodity"] for c in claims} == {"anode materials"}
    assert errors(text.format(base="0.5")) == []
    assert errors(text.format(base="0.8"))


def test_the_value_change_after_the_volume_change_is_read():
    text = ("Indonesia exported 200,000 tonnes of cocoa worth $500 million in the first quarter of 2024, "
            "up 4.0% in volume and {pct}% in value over the same period last year.")
    claims = reading(text.format(pct="25.0"))["claims"]
    changes = [c for c in claims if c["kind"] == "percent_change"]
    assert [c["text"] for c in changes] == ["25.0%"]
    assert changes[0]["direction"] == 1 and changes[0]["measure"] == "exports"


def test_a_value_change_needs_the_volume_change_before_it():
    # ("in value" alone after a percentage that no volume change comes before is left as it was)
    text = "Cocoa accounted for 12% in value of the goods Ghana exported in 2023."
    assert all(c["kind"] != "percent_change" for c in reading(text)["claims"])


def test_a_deficit_left_by_two_quantities_is_their_gap():
    text = ("Last year the country imported 2.40 million tonnes of wheat and exported 0.90 million tonnes, "
            "leaving a deficit of {gap} million tonnes.")
    assert errors(text.format(gap="1.50")) == []
    assert errors(text.format(gap="1.20"))


def test_a_surplus_left_by_two_quantities_is_exports_less_imports():
    text = ("In 2023 the country exported 3.10 million tonnes of sugar and imported 0.60 million tonnes, "
            "leaving a surplus of {gap} million tonnes.")
    assert errors(text.format(gap="2.50")) == []
    assert errors(text.format(gap="2.20"))


def test_a_list_of_origins_before_a_flow_names_no_reporter():
    text = ("Egypt remains a net importer of wheat. In 2023 the country bought 12 million tonnes abroad, "
            "a shortfall filled mainly by Russian, French and Romanian supplies.\n\n"
            "Food imports were worth $12.0 billion in 2023.")
    claim = next(c for c in reading(text)["claims"] if c["text"] == "$12.0 billion")
    assert claim["reporter"] == "EGY"

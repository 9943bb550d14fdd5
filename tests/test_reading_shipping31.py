"""Shipping and port news (round 31): a port's change in containers over an earlier count
("an increase of X% over the N TEUs") is a volume; "[Country]'s [product] exports totalled X,
with [partner] taking Y" makes X the flow to everyone and Y the partner's part of the same
product; "as a whole" after a product's flow opens no clause; a place overtaken "as the top
destination" is a rival, not a side of the figure's pair."""
from tradecheck import verify_text


def _claims(text, published="2025-02-10"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if c["text"] == snippet)


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_a_change_over_an_earlier_count_of_containers_is_a_volume():
    text = ("The Port of Colombo handled 7.8 million twenty-foot equivalent units (TEUs) in 2024, an increase "
            "of 12.0% over the 6.9 million TEUs handled in 2023. Sri Lanka's total merchandise trade rose 4.0% to $31.2 billion in 2024 "
            "from $30.0 billion in 2023.\n")
    d = _claims(text)
    assert not any(c["text"] == "12.0%" for c in d["claims"])
    assert not _inconsistent(d)


def test_a_partner_taking_a_part_makes_the_product_flow_before_it_the_whole():
    text = ("Peru and India sign port deal\n\nPeru's zinc exports totalled $3.1bn last year, with India taking "
            "$0.9bn, or 29.0%. Shipments to India leave from Callao.\n")
    d = _claims(text, "2024-03-01")
    whole, part = _claim(d, "$3.1bn"), _claim(d, "$0.9bn")
    assert (whole["reporter"], whole["partner"]) == ("PER", "WLD")
    assert (part["reporter"], part["partner"]) == ("PER", "IND")
    assert part["commodity"] == whole["commodity"] == "zinc"
    assert not _inconsistent(d)


def test_as_a_whole_after_a_product_flow_keeps_the_product():
    text = "Argentina's maize exports as a whole earned US$6.1 billion in 2023.\n"
    assert _claim(_claims(text, "2024-02-01"), "US$6.1 billion")["commodity"] == "maize"


def test_a_place_overtaken_as_the_top_destination_is_no_side():
    text = ("Vietnam's exports reached $405.5 billion last year. The United States overtook China as the "
            "largest destination, taking $119.5 billion, or 29.5 percent of the total.\n")
    d = _claims(text, "2025-01-10")
    part = _claim(d, "$119.5 billion")
    assert (part["reporter"], part["partner"]) == ("VNM", "USA")
    assert not _inconsistent(d)


def test_a_wrong_share_after_an_overtaking_is_caught():
    text = ("Vietnam's exports reached $405.5 billion last year. The United States overtook China as the "
            "largest destination, taking $119.5 billion, or 25.5 percent of the total.\n")
    assert _inconsistent(_claims(text, "2025-01-10"))

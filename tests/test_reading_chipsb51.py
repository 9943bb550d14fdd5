"""Electronics and chip trade, as a fifty-first round of passages wrote them: a quarter named
with its year right after it ("Third-quarter 2023 exports"), a wider product's total in a text
led by one of its parts (electronics in a text on chips), the balance such a total leaves, and
a part of a product listed beside that product. How each kind is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-06-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-06-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str, published: str = "2024-06-01") -> dict:
    return next(c for c in result(text, published)["claims"] if c["text"] == figure)


def _quarter(change: str) -> str:
    return ("Vietnam's exports reached $355 billion in 2023. Third-quarter 2023 exports were $96.1 billion, "
            f"up {change}% from the third quarter of 2022 ($90.0 billion).")


def test_a_quarter_named_with_its_year_after_it_is_that_quarter():
    assert claim(_quarter("6.8"), "$96.1 billion")["period"] == "2023-Q3"


def test_a_quarter_is_not_the_whole_of_its_year_and_its_change_is_checked_on_its_own_base():
    assert errors(_quarter("6.8")) == []
    assert any('"16.8%"' in e for e in errors(_quarter("16.8")))


def _chips(total: str, gap: str) -> str:
    return ("Vietnam's imports of semiconductors rose 12% to $22.4 billion in 2023 from $20.0 billion a year earlier. "
            "Electronics exports, meanwhile, climbed to $31.0 billion. "
            f"Overall electronics imports stood at ${total} billion, leaving a deficit of ${gap} billion in the segment.")


def test_a_wider_products_total_is_no_part_of_the_lead_product():
    assert errors(_chips("70.0", "39.0")) == []


def test_the_balance_left_by_a_wider_products_flow_is_of_that_product():
    assert claim(_chips("70.0", "39.0"), "$39.0 billion")["commodity"] == "electronics"
    assert errors(_chips("70.0", "49.0")) != []


def _phones(pct: str) -> str:
    return ("Vietnam's electronics exports rose 20% to $40.0 billion in 2023 from $33.3 billion, "
            f"with phones making up $22.0 billion, or {pct}%.")


def test_a_part_of_a_product_listed_beside_it_is_within_it_not_beside_it():
    assert errors(_phones("55")) == []
    assert errors(_phones("65")) != []

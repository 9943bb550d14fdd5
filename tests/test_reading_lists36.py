"""Lists (round 36): a line that opens with the items of the list just above it as its subject
("Together they accounted for ...", "Combined, these made up ...") gives the figure, or the
share, of the list's items added up: not the whole flow, and not the last item."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-09-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


PRODUCTS = ("Paraguay's exports of goods came to US$8,400.0 million in the first half of 2024.\n\n"
            "Its four leading products were:\n\n"
            "- Soybeans: US$2,950.0 million\n"
            "- Beef: US$820.5 million\n"
            "- Electricity: US$710.0 million\n"
            "- Maize: US$410.0 million\n\n"
            "Together they accounted for US$4,890.5 million, or 58.2% of the total.")


def test_together_they_after_a_list_is_the_lists_sum():
    """Read: "Together they accounted for US$4,890.5 million": the four products, not all exports."""
    r = read(PRODUCTS)
    c = r["claims"]["US$4,890.5 million"]
    assert c["measure"] == "exports" and c["commodity"] is not None
    assert r["errors"] == []


def test_a_changed_item_breaks_the_lists_sum():
    """The same list with one item 80 million higher no longer adds up to its joint figure."""
    assert read(PRODUCTS.replace("US$710.0 million", "US$790.0 million"))["errors"]


PARTNERS = ("Vietnam's foreign trade rose 5.1 percent to $680.0 billion in 2023.\n\n"
            "Its top three partners were:\n\n"
            "- China: $171.0 billion\n"
            "- US: $111.0 billion\n"
            "- South Korea: $76.0 billion\n\n"
            "Combined, these made up 52.6 percent of the total.")


def test_a_joint_share_after_a_list_is_of_the_lists_sum():
    """Read: "Combined, these made up 52.6 percent": 358 of 680, checked; one item changed breaks it."""
    assert read(PARTNERS)["errors"] == []
    assert read(PARTNERS.replace("$111.0 billion", "$151.0 billion"))["errors"]


def test_a_line_after_prose_is_no_lists_sum():
    """Without a list above it, "Together they ..." takes no list's items: no error from a sum."""
    text = ("Paraguay's exports of goods came to US$8,400.0 million in the first half of 2024. "
            "Soybeans brought in US$2,950.0 million and beef US$820.5 million.\n\n"
            "Together they accounted for US$3,770.5 million.")
    assert read(text)["errors"] == []

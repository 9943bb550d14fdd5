"""Chip and electronics trade, as a fifty-first round of passages wrote it: a product group
named as "<X> products" with its own two levels and change, and a sum spent importing a
product group set against "the export value of the group". How each kind is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2023-10-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2023-10-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _group_change(pct: str) -> str:
    return ("Taiwan's exports rose 10.0 percent in September to US$44.0 billion from US$40.0 billion. "
            "Sales of information, communication and audio-video products, which cover laptops, "
            f"reached US$12.0 billion, up {pct} percent from US$8.0 billion a year before.")


def test_a_named_products_group_keeps_its_own_change_between_its_own_levels():
    claims = result(_group_change("50.0"))["claims"]
    group = [c for c in claims if c["text"] in ("US$12.0 billion", "50.0 percent", "US$8.0 billion")]
    assert len(group) == 3 and all(c["commodity"] for c in group)
    assert errors(_group_change("50.0")) == []


def test_a_wrong_change_of_the_products_group_is_still_caught():
    assert any("50.0 percent" in e or "80.0 percent" in e for e in errors(_group_change("80.0")))


def test_the_goods_a_gerund_after_the_figure_names_are_the_figure_own():
    text = "The country spent $9.0 billion importing machinery, equipment and parts last year."
    figure = next(c for c in result(text, "2024-02-01")["claims"] if c["text"] == "$9.0 billion")
    assert figure["measure"] == "imports" and figure["commodity"] == "machinery"


def _group_ratio(times: str) -> str:
    return ("Thailand's exports of machinery rose to $40.0 billion in 2023. "
            "Total exports were $300.0 billion and imports $250.0 billion. "
            f"Thailand spent $60.0 billion importing machinery, about {times} times "
            "the export value of the group.")


def test_the_other_flow_of_the_group_is_that_group_flow_not_the_total():
    assert errors(_group_ratio("1.5"), "2024-02-01") == []


def test_a_wrong_ratio_to_the_group_other_flow_is_caught():
    assert any("1.50" in e for e in errors(_group_ratio("2.5"), "2024-02-01"))


def test_without_the_group_other_flow_the_ratio_is_not_checked_against_totals():
    text = ("Thailand's total exports were $300.0 billion and imports $250.0 billion in 2023. "
            "Thailand spent $60.0 billion importing machinery, about 1.5 times "
            "the export value of the group.")
    assert errors(text, "2024-02-01") == []

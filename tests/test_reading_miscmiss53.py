"""Totals and shares tied to their parts (round 53): a whole named "the value of goods
exports" after a services figure, so goods and services add up to the stated total; a list of
products as a share's subject, read as the sector named before; and a bulleted breakdown under "Revenue by ...:"
summed against the revenue the sentence before gives."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, check: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent" and f["check"] == check]


def claim(text: str, figure: str) -> dict:
    return next(c for c in reading(text)["claims"] if c["text"] == figure)


def test_the_value_of_goods_exports_is_the_goods_part_of_the_total():
    text = ("In 2023 Kenya's services exports came to $120 billion, close to half the value of goods "
            "exports of $250 billion, bringing total exports of goods and services to ${total} billion.")
    assert claim(text.format(total=370), "$250 billion")["commodity"] == "goods"
    assert errors(text.format(total=370), "sum") == []
    assert errors(text.format(total=390), "sum")


def test_a_list_as_a_shares_subject_is_the_sector_named_before():
    text = ("Denmark's food industry exported goods worth DKK 90 billion in 2023. Total Danish exports "
            "came to DKK 300 billion, so pork, dairy, fish and grain made up {pct}% of all exports.")
    assert claim(text.format(pct=30), "30%")["commodity"] == claim(text.format(pct=30), "DKK 90 billion")["commodity"]
    assert errors(text.format(pct=30), "ratio") == []
    assert errors(text.format(pct=35), "ratio")


def test_a_list_under_revenue_by_is_summed_against_the_revenue():
    text = ("Acme Corp reported revenue of EUR3.00 billion for 2023, up 10% from EUR2.73 billion in 2022.\n\n"
            "Revenue by business:\n- Engines: EUR1.20 billion\n- Parts: EUR{parts} billion\n- Services: EUR0.80 billion\n")
    assert errors(text.format(parts="1.00"), "bound") == []
    assert errors(text.format(parts="1.50"), "bound")

"""Chinese releases in translation count in "hundred million yuan" (yi): a scale of a hundred
before another scale multiplies it, as "lakh crore" does."""
from tradecheck import verify_text


def test_hundred_million_yuan_is_a_scale_and_its_parts_add_up():
    text = ("In the first three quarters, Guangdong's total import and export value was 6,630 hundred "
            "million yuan, of which exports were 4,270 hundred million yuan and imports 2,360 hundred million yuan.")
    result = verify_text(text, published="2024-10-20", reference="none").to_dict()
    values = {c["text"]: c["value"] for c in result["claims"]}
    assert values["6,630 hundred million yuan"] == 663e9
    assert [f["status"] for f in result["findings"] if f["check"] == "sum"] == ["consistent"]


def test_two_hundred_million_stays_two_hundred_million():
    result = verify_text("Exports were two hundred million dollars in 2023.", published="2024-10-20", reference="none").to_dict()
    assert result["claims"][0]["value"] == 2e8

"""Places in asides and in names, as a fifty-second round of passages wrote them: the
destinations in a ", mainly <goods> to <places>," aside (the flow is with the world), the
place where a firm's plant stands (no reporter), and a sub-national unit's name heading an
exchange's or a firm's name before another country's name (no place at all)."""
from tradecheck import verify_text


def result(text: str, published: str = "2023-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2023-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _mostly_goods(deficit: str) -> str:
    return ("Japan imported tea worth $900 million in 2021. Japanese exports of tea, mainly "
            "bottled and powdered green products to Taiwan and Singapore, were valued at $150 million, "
            f"leaving a deficit of ${deficit} million in the sector.")


def test_places_in_a_mostly_aside_with_several_goods_words_are_no_partner():
    claims = result(_mostly_goods("750"))["claims"]
    exports = next(c for c in claims if c["text"] == "$150 million")
    assert (exports["reporter"], exports["partner"]) == ("JPN", "WLD")
    balance = next(c for c in claims if c["measure"] == "balance")
    assert (balance["reporter"], balance["partner"]) == ("JPN", "WLD")
    assert errors(_mostly_goods("750")) == []
    assert errors(_mostly_goods("650"))


def test_the_place_of_a_plant_is_no_reporter():
    text = ("The carmaker sold 52,000 vehicles in May, up 12 percent from a year earlier. "
            "Exports made up 9.5 percent of the total. Its new plant in Pune, India, opened in March "
            "with a yearly capacity of 90,000 cars.")
    assert all(c["reporter"] != "IND" for c in result(text)["claims"])


def test_a_unit_name_before_another_country_in_a_proper_name_is_no_place():
    text = ("Malaysian palm oil exports rose 4% in May. The benchmark contract on Bursa Malaysia "
            "Derivatives gained 30 ringgit, or 0.8%, to 3,900 ringgit a tonne.")
    assert all(c.get("partner_unit") != "TR-16" and c["partner"] != "TR-16" and c["reporter"] != "TR-16"
               for c in result(text)["claims"])

"""Spice lists and seasons (round 52): a list line that gives an item's tonnes, then a comma,
then its money is that item's; a label the vocabulary knows as a product group keeps its
product though a bracket lists its members; a buyer ranked with its own verb ("buying")
after a product's figure buys that product; a crop's season, whose months are a guess,
still dates the figures after it, which hold together with the season's figures; and a
dateline of a city and a full stop opens the body."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-06-30") -> list[str]:
    return [f["message"] for f in reading(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(r: dict, text: str) -> dict:
    return next(c for c in r["claims"] if c["text"] == text)


def test_tonnes_then_a_comma_then_money_is_the_items_money():
    text = ("India's exports of spices in 2023-24 reached 9,00,000 tonnes valued at Rs 20,000 crore.\n\n"
            "- Pepper: 20,000 tonnes, Rs 1,200 crore\n- Cloves: 5,000 tonnes, Rs 700 crore\n")
    r = reading(text)
    assert claim(r, "Rs 1,200 crore")["commodity"] == "pepper"
    assert claim(r, "Rs 700 crore")["commodity"] == "cloves"
    assert errors(text) == []


def test_a_known_group_with_a_bracket_of_members_is_a_sibling():
    text = ("Canada imported spices worth $900 million in 2022.\n\nMain items:\n"
            "- Nutmeg: $250 million\n- Capsicum (paprika and cayenne): $120 million\n")
    r = reading(text)
    assert claim(r, "$120 million")["commodity"] == "capsicum"
    assert errors(text) == []


def test_a_top_buyer_with_its_own_verb_buys_the_product():
    text = ("Sri Lanka's cinnamon exports reached $300 million in 2022. "
            "Mexico stayed the largest market, buying ${v} million worth, or 40% of the total.")
    r = reading(text.format(v="120"))
    assert claim(r, "$120 million")["commodity"] == "cinnamon"
    assert errors(text.format(v="120")) == []


def test_a_season_dates_the_market_figures_after_it():
    text = ("Cinnamon earnings recover\n\nColombo. Sri Lanka's cinnamon exports reached $300 million in the 2022/23 season.\n\n"
            "Volumes were put at 20,000 tonnes.\n\n"
            "Mexico stayed the largest market, buying $120 million worth, or {pct}% of the total.\n\n"
            "Cinnamon made up 2.5% of the country's total goods exports of $12 billion.\n")
    r = reading(text.format(pct="40"), published="2023-10-18")
    assert claim(r, "$120 million")["period"] == claim(r, "$300 million")["period"]
    assert errors(text.format(pct="40"), published="2023-10-18") == []
    assert errors(text.format(pct="25"), published="2023-10-18")

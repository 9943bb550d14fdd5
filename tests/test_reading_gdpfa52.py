"""Trade against output (round 52): flows a sentence measures against GDP are the national
accounts' goods and services, kept apart from a customs series of goods alone; "the metal"
(and "the red metal", "the metal and its concentrates") after a product named in the
sentence before is that product; a figure the next sentence breaks down by a place ("Of that,
... came from X") is the whole, not a flow with the place."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


def test_flows_against_gdp_are_goods_and_services_apart_from_goods_exports():
    text = ("Thailand's exports of goods and services equalled 65 percent of GDP last year. "
            "Exports came to 11,000 billion baht, against GDP of 17,900 billion baht. "
            "Rice made up 2 percent of goods exports of $285.0 billion in 2023.")
    claims = reading(text)["claims"]
    accounts = next(c for c in claims if c["text"] == "11,000 billion baht")
    assert accounts["scope"] == "goods and services"
    assert not [f for f in reading(text)["findings"] if f["check"] == "duplicate" and f["status"] == "inconsistent"]


def test_a_flow_of_goods_alone_against_gdp_keeps_no_wider_scope():
    text = ("Peru's exports of goods rose to $67.0 billion in 2023, or 25 percent of GDP. "
            "Services exports, beside goods and services in total, are not given.")
    goods = next(c for c in reading(text)["claims"] if c["text"] == "$67.0 billion")
    assert goods.get("scope") != "goods and services"


def test_the_metal_and_its_concentrates_is_the_product_named_before():
    text = ("Indonesia's exports of goods reached $60.0bn in 2023. Nickel remained important. "
            "Shipments of the metal and its concentrates earned ${v}bn, 5 per cent of total exports.")
    part = next(c for c in reading(text.format(v="3.0"))["claims"] if c["text"] == "$3.0bn")
    assert part["commodity"] == "nickel"
    assert errors(text.format(v="3.0")) == []


def test_the_red_metal_is_the_product_named_before():
    text = ("Zambia's exports of goods reached $10.0bn in 2023. Copper led again. "
            "Exports of the red metal earned $7.0bn.")
    part = next(c for c in reading(text)["claims"] if c["text"] == "$7.0bn")
    assert part["commodity"] == "copper"
    assert errors(text) == []


def test_a_figure_broken_down_by_a_place_next_is_the_whole():
    text = ("Tariffs on cars from Japan rose to 20 percent for Toyota.\n\n"
            "- Canada imported hybrid cars worth C$10.0 billion in 2023.\n"
            "- Of that, C$3.0 billion came from Japan, or {pct} percent.")
    claims = reading(text.format(pct="30"))["claims"]
    whole = next(c for c in claims if c["text"] == "C$10.0 billion")
    assert whole["partner"] == "WLD"
    assert errors(text.format(pct="30")) == []
    assert errors(text.format(pct="40"))

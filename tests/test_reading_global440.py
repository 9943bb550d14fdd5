"""World trade outlooks (round 40 leftovers): a flow whose subject "is projected" or "is
expected" to change, its levels after a year and a comma, and the change again in percent
with a hedge ("or close to 8%"). How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-11-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


OUTLOOK = ("World trade is projected to rise by about $1.2 trillion in 2024, to $33.0 trillion, up from $31.8 "
           "trillion in 2023, the agency said.\n\n"
           "Trade in goods is expected to grow by nearly $0.8 trillion, or close to 3.5%, to $24.6 trillion. "
           "Trade in services is projected to grow by about $0.4 trillion, or 5%, to $8.4 trillion.")


def test_a_projected_world_trade_level_is_a_forecast_of_world_trade():
    """"World trade is projected to rise ... to $33.0 trillion": world trade's forecast, no other money."""
    c = read(OUTLOOK)["claims"]["$33.0 trillion"]
    assert (c["reporter"], c["partner"], c["period"]) == ("WLD", "WLD", "2024")
    assert c["attribution"]["measure"] == "not-a-flow" and c["attribution"]["pair"] == "same-as-previous"


def test_the_level_a_foreseen_change_of_goods_goes_to_is_of_goods():
    """"Trade in goods is expected to grow by $0.8 trillion, ... to $24.6 trillion": goods, world's."""
    c = read(OUTLOOK)["claims"]["$24.6 trillion"]
    assert (c["commodity"], c["reporter"], c["partner"]) == ("goods", "WLD", "WLD")


def test_a_hedged_percent_after_a_change_in_money_is_the_change_again():
    """"grow by nearly $0.8 trillion, or close to 3.5%": the change in percent, not a share."""
    assert read(OUTLOOK)["claims"]["3.5%"]["kind"] == "percent_change"


def test_foreseen_goods_and_services_add_up_to_the_foreseen_world_total():
    assert not read(OUTLOOK)["errors"]
    assert any("goods" in e and "services" in e for e in read(OUTLOOK.replace("$24.6 trillion", "$23.1 trillion"))["errors"])


def test_a_level_after_its_year_and_a_comma_continues_the_change():
    """"fell by $2bn in 2023, to $30bn": the level the change went to."""
    c = read("Global exports are projected to fall by $2 trillion in 2023, to $24 trillion.")["claims"]["$24 trillion"]
    assert c["attribution"]["pair"] == "same-as-previous"


def test_a_product_forecast_is_left_as_other_money():
    """"Wheat exports are forecast to fall to $11 billion": a product's forecast, not read as the flow's."""
    c = read("Canberra - Wheat exports are forecast to fall 30% to $11 billion in 2024-25.")["claims"]["$11 billion"]
    assert c["measure"] == "other" and c["attribution"]["measure"] == "flow-word"

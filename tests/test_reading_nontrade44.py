"""Figures that are no trade flow beside trade figures (round 44): installations in a sentence
set at home, sales on the home market or of a whole market, a sector's production sold, a
price's own move in a cause clause, and a part named in an "of which" clause. How each is
read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


HOME = ("India's wind turbine exports fell 20% to $0.8 billion in 2023 from $1.0 billion. "
        "At home, India installed 3.2 GW of new wind capacity in the year, the ministry said, up 45% on the year.")


def test_a_change_in_a_sentence_set_at_home_is_no_flow():
    """"At home, India installed 3.2 GW ..., up 45%": the installations' change, not the exports'."""
    r = read(HOME)
    assert r["claims"]["45%"]["measure"] == "other"
    assert not r["errors"]


def test_the_flow_of_the_text_is_still_checked_beside_it():
    """The exports' own change, altered, is still flagged."""
    assert read(HOME.replace("fell 20%", "fell 30%"))["errors"]


def test_a_change_beside_a_capacity_in_gigawatts_is_a_volume_change():
    """"exported 50 gigawatts of panels, up 25% from 40 GW": the gigawatts' change, not the value's."""
    text = ("Vietnam exported 50 gigawatts (GW) of solar panels in 2023, up 25% from 40 GW a year earlier. "
            "The value of those shipments fell 10% to $9.0 billion from $10.0 billion.")
    r = read(text)
    assert not r["errors"]


def test_domestic_sales_of_a_product_are_no_exports():
    """"domestic furniture sales fell about 10 percent": home sales, beside the exports' change."""
    r = read("Lithuanian furniture exports fell 5.0 percent to EUR 1.9 bln in 2023 from EUR 2.0 bln. "
             "The association said domestic furniture sales fell about 10 percent.")
    assert r["claims"]["10 percent"]["measure"] == "other"
    assert not r["errors"]


def test_a_sectors_production_sold_is_no_exports():
    """"Production sold by the industry was worth PLN 40 bln": output sold at home and abroad."""
    r = read("Polish window exports rose 4 percent to PLN 10.4 bln in 2023. "
             "Production sold by the industry was worth about PLN 40 bln.")
    assert r["claims"]["PLN 40 bln"]["measure"] == "other"


def test_a_markets_sales_are_its_size_not_exports():
    """"France's bicycle market generated sales of EUR 3.1 billion": the market's size."""
    r = read("France's bicycle market generated sales of EUR 3.1 billion in 2023. French makers exported "
             "bicycles worth EUR 0.9 billion, while imports came to EUR 1.6 billion. That left a deficit of EUR 0.7 billion.")
    assert r["claims"]["EUR 3.1 billion"]["measure"] == "other"
    assert not r["errors"]


def test_export_markets_sales_stay_exports():
    """"export markets generated sales of ...": sales abroad, still exports."""
    r = read("Danish pork export markets generated sales of DKK 20 billion in 2023.")
    assert r["claims"]["DKK 20 billion"]["measure"] == "exports"


def test_a_price_in_a_cause_clause_does_not_measure_the_value_change():
    """"the value rose only 8% as the average price slipped to $2.10 from $2.40": the 8% is
    the sales' value, checked against its levels, not the price's move."""
    text = ("Malawi sold 120 million kg of tobacco in 2024, earning $324 million. In 2023, it sold "
            "100 million kg for $300 million. The value rose only 8% as the average price slipped to $2.70 per kg from $3.00.")
    r = read(text, "2024-09-01")
    assert r["claims"]["8%"]["measure"] == "exports"
    assert not r["errors"]
    assert read(text.replace("rose only 8%", "rose only 18%"), "2024-09-01")["errors"]


def test_a_partner_in_an_of_which_clause_has_that_part_only():
    """"Imports rose to $5.0 billion, of which Vietnam supplied $2.0 billion. That left a
    deficit of $3.0 billion": the deficit is with the world, as the imports are."""
    r = read("Canadian footwear makers exported goods worth $2.0 billion in 2023. Imports rose to $5.0 billion, "
             "of which Vietnam supplied $2.0 billion, or 40%. That left a trade deficit in footwear of $3.0 billion.")
    assert r["claims"]["$3.0 billion"]["partner"] == "WLD"
    assert not r["errors"]


def test_a_local_maker_that_shipped_goods_still_exports():
    """"its local units shipped $3.0bn of goods": a verb of shipping, no home sale."""
    r = read("Vietnam's exports rose to $300.0bn in 2023. Samsung said its local units shipped $30.0bn of goods "
             "in 2023, about 10 per cent of the country's exports.")
    assert r["claims"]["$30.0bn"]["measure"] == "exports"

"""A sector's flows and balance beside the national totals (a forty-fourth round of passages):
a headline on a product's balance, a flow whose subject is a product's makers, a balance that
leaves "the sector with" a surplus, a headline word the body names as a product, a list of
goods a flow is of, a firm's turnover, a currency word that ends an amount, and a product
compared with another. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def _sector(surplus: str) -> str:
    return ("Spanish chemical trade surplus shrinks as energy costs bite\n\n"
            "MADRID, 5 March 2024 - Spain's chemical industry ended 2023 with a trade surplus of "
            f"€{surplus} billion, the industry federation said.\n\n"
            "Exports of chemicals fell 3.0% to €40.0 billion, while imports reached €31.0 billion.\n\n"
            "Spain's overall goods trade deficit narrowed to €40.3 billion in 2023.")


def test_a_headline_on_a_products_balance_scopes_the_bare_flows():
    """"Spanish chemical trade surplus shrinks": the bare imports are the product's, the
    "overall" deficit stays the whole's (the energy costs are no second product)."""
    r = read(_sector("9.0"))
    assert r["claims"]["€31.0 billion"]["commodity"] == r["claims"]["€40.0 billion"]["commodity"] == r["claims"]["€9.0 billion"]["commodity"]
    assert r["claims"]["€31.0 billion"]["commodity"].startswith("chemical")
    assert r["claims"]["€40.3 billion"]["commodity"] is None
    assert not r["errors"]
    assert any("balance" in e for e in read(_sector("8.0"))["errors"])


def _makers(surplus: str) -> str:
    return ("MILAN - Italian furniture makers exported a record €10.0 billion of goods in 2023, up 5.0% from €9.52 billion "
            "the year before.\n\n"
            f"Imports of furniture stood at €3.0 billion, leaving the sector with a trade surplus of €{surplus} billion.")


def test_a_flow_whose_subject_is_a_products_makers_is_that_products():
    """"Italian furniture makers exported €10bn of goods": furniture's exports, and the
    surplus "leaving the sector with" is furniture's too, checked against them."""
    r = read(_makers("7.0"))
    assert r["claims"]["€10.0 billion"]["commodity"] == "furniture"
    assert r["claims"]["€7.0 billion"]["commodity"] == "furniture"
    assert not r["errors"]
    assert any("balance" in e for e in read(_makers("6.0"))["errors"])


def test_a_headline_word_the_body_names_as_a_product():
    """"Korea's ship exports jump 20%" over "exports of ships": the headline's change is the
    ships', not checked against the overall exports."""
    r = read("Korea's ship exports jump 20% on strong orders\n\n"
             "Korea's exports of ships rose 20.0 per cent last year to US$24.0 billion, up from US$20.0 billion. "
             "The country's overall shipments abroad fell 7.5 per cent to US$632 billion.")
    assert r["claims"]["20%"]["commodity"] == "vessels"  # (ships are vessels: vocab/commodities.csv, product_synonyms.csv)
    assert not r["errors"]


def test_a_listed_flow_is_the_lists_not_its_known_item():
    """"Exports of turbines, pumps, machinery and spare parts": the whole list, not the
    machinery alone."""
    r = read("Exports of turbines, pumps, machinery and spare parts reached €12.0 billion in 2023.")
    assert r["claims"]["€12.0 billion"]["commodity"] == "turbines, pumps, machinery and spare parts"


def test_the_turnover_of_member_companies_is_no_trade():
    """"Consolidated turnover of the group's 300 member companies rose 8%": their sales."""
    r = read("Consolidated turnover of the federation's 300 member companies rose 8% to €20.0 billion in 2023.")
    assert r["claims"]["€20.0 billion"]["measure"] == "other"


def test_a_currency_word_restated_in_brackets_is_no_market():
    """"reached 2.4 trillion yuan (US$330 billion) in 2023, up 12 per cent": the change is the
    flow's, not the yuan's."""
    r = read("China's exports of machine tools reached 2.4 trillion yuan (US$330 billion) in 2023, "
             "up 12 per cent from 2.14 trillion yuan in 2022.")
    c = r["claims"]["12 per cent"]
    assert c["measure"] == "exports" and c["commodity"] == "machine tools"


def test_a_product_compared_with_another_names_the_figure_after():
    """"Aerospace remains small compared with Germany's car exports, which totalled": cars'."""
    r = read("Aerospace remains small compared with Germany's car exports, which totalled some €270 billion in 2023.")
    assert r["claims"]["€270 billion"]["commodity"] == "cars"

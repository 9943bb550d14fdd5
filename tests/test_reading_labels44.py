"""A sector's flows and balance that meet (a forty-fourth round of passages, second pass):
two labels of one product group, a bloc's "extra-" trade said of the bloc by name, and a list
of a sector's goods a flow is of. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def _two_labels(deficit: str) -> str:
    return ("LIMA - Peru's trade deficit in chemical products reached US$" + deficit + " billion in 2023, "
            "the industry group said.\n\n"
            "Imports of chemicals totalled US$9.0 billion, while chemical exports reached US$2.0 billion.")


def test_two_labels_of_one_product_group_are_one_product_for_the_balance():
    """"a deficit in chemical products" and "Imports of chemicals": one group under two
    labels (kept as read), so exports - imports = deficit is checked."""
    r = read(_two_labels("7.0"))
    assert r["claims"]["US$7.0 billion"]["commodity"] == "chemical products"
    assert r["claims"]["US$9.0 billion"]["commodity"] == "chemicals"
    assert not r["errors"]
    assert any("balance" in e for e in read(_two_labels("6.0"))["errors"])


def test_a_blocs_extra_trade_named_by_the_bloc_is_with_the_world():
    """"EU27 extra-EU exports": the bloc named twice, its trade with every place outside it."""
    r = read("EU27 extra-EU exports amounted to €60.0 billion in the first quarter of 2024.", "2024-06-01")
    c = r["claims"]["€60.0 billion"]
    assert (c["reporter"], c["partner"], c["measure"]) == ("EUU", "WLD", "exports")


def _sector_list(imports: str) -> str:
    return ("Canadian aerospace surplus widens to C$5.0bn\n\n"
            "MONTREAL, March 1, 2024 - Canada's aerospace industry posted a trade surplus of C$5.0 billion in 2023, "
            "the industry association said.\n\n"
            f"Exports of aircraft, engines and parts reached C$20.0 billion, while imports came to C${imports} billion.")


def test_a_list_of_a_sectors_goods_is_the_sectors_flow():
    """"Exports of aircraft, engines and parts" in a text on the aerospace surplus: the
    sector's whole exports, which meet its imports and surplus."""
    r = read(_sector_list("15.0"))
    assert r["claims"]["C$20.0 billion"]["commodity"] == "aerospace"
    assert not r["errors"]
    assert any("balance" in e for e in read(_sector_list("14.0"))["errors"])

"""Leftover readings (round 30): a product and a list of places after the figure, the flows
with each listed place adding up to the flow with the list, and a share of a flow word that
names a product of its own ("of all re-exports"): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


LISTED = ("Japan bought $6.0 billion worth of wooden toys and puzzles from Brazil, Chile and Peru in 2023, "
          "about 60% of its total toy imports of $10.0 billion.\n\n"
          "Brazil supplied $3.0 billion, Chile $2.0 billion and Peru $1.0 billion.")


def test_places_listed_after_the_goods_bought_are_the_partner_together():
    c = read(LISTED)["claims"]["$6.0 billion"]
    assert (c["reporter"], c["partner"]) == ("JPN", None)
    assert c["partner_group"] == "BRA+CHL+PER"


def test_the_flow_with_listed_places_is_not_taken_for_all_imports():
    assert read(LISTED)["errors"] == []


def test_the_flows_with_each_listed_place_add_up_to_the_flow_with_the_list():
    wrong = LISTED.replace("Peru $1.0 billion", "Peru $1.8 billion")
    errors = read(wrong)["errors"]
    assert len(errors) == 1 and "but the whole is stated as" in errors[0]


REEXPORTS = ("In 2023, Belgium exported 400.0 billion euros worth of goods. Of this amount, 100.0 billion euros "
             "consisted of re-exports.\n\n"
             "Japan was a large country of origin, with 20.0 billion euros, or 20.0 percent of all re-exports.")


def test_a_share_of_all_re_exports_is_of_the_re_exports():
    r = read(REEXPORTS)
    assert r["claims"]["20.0 percent"]["commodity"] == "re-exports"
    assert r["claims"]["20.0 billion euros"]["commodity"] == "re-exports"
    assert r["errors"] == []

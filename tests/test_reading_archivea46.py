"""Archive trade news of 1950-1990 (a forty-sixth round of passages): a basis word before a
flow, a fund's allocation beside the exports, historic partner groups (the sterling area, the
Soviet bloc) and a deficit valued exports f.o.b. less imports c.i.f. How each kind is read."""
from tradecheck import verify_text


def result(text: str, published: str = "1960-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "1960-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def test_a_recording_basis_before_the_flow_is_no_product():
    """"Customs-cleared exports": how the flow is counted, so exports - imports = surplus forms."""
    text = ("Norway's trade surplus with Sweden reached 4,000 million dollars in 1984.\n\n"
            "Customs-cleared exports to Sweden totaled 9,000 million dollars and imports from Sweden 6,000 million dollars.")
    claims = result(text, "1985-02-01")["claims"]
    flows = [c for c in claims if c["measure"] in ("exports", "imports")]
    assert flows and all(c["commodity"] is None for c in flows)
    assert any("balance is stated" in e for e in errors(text, "1985-02-01"))


def test_a_funds_allocation_is_no_trade_flow():
    """A fund "has allocated" money: other money, never a second figure of the exports."""
    text = ("Togo's exports in 1961 were valued at 4,000 million CFA francs.\n\n"
            "The development bank has allocated some 6,000 million CFA francs for new roads.")
    claims = result(text, "1962-05-01")["claims"]
    allocated = [c for c in claims if c["text"].startswith("6,000")]
    assert allocated and allocated[0]["measure"] == "other"
    assert errors(text, "1962-05-01") == []


def test_the_sterling_area_is_a_partner_group_and_the_deficit_of_cif_imports_is_checked():
    """Figures "to sterling area countries" have their own partner, so the world totals are
    the terms of a deficit valued exports f.o.b. less imports c.i.f."""
    text = ("Britain's exports to sterling area countries were valued at £1,000m. out of total exports of £2,500m. "
            "Imports from the sterling area amounted to £900m. out of total imports of £2,800m.\n\n"
            "On the figures as recorded, which value imports c.i.f. and exports f.o.b., the visible trade deficit "
            "for the year was £200m.")
    claims = result(text, "1958-02-01")["claims"]
    parts = [c for c in claims if c["text"] in ("£1,000m", "£900m")]
    assert parts and all(c.get("partner_group") == "sterling area" for c in parts)
    assert any("balance is stated" in e for e in errors(text, "1958-02-01"))
    right = text.replace("£200m", "£300m")
    assert errors(right, "1958-02-01") == []


def test_the_soviet_bloc_names_its_own_partner():
    """"trade with the Soviet bloc": a group partner, no second figure of the world total."""
    text = ("Poland's foreign trade reached an estimated $2,000,000,000 last year. "
            "Trade with the Soviet bloc was put at about $1,200,000,000.")
    claims = result(text)["claims"]
    bloc = [c for c in claims if c["text"] == "$1,200,000,000"]
    assert bloc and bloc[0].get("partner_group") == "Soviet bloc"
    assert errors(text) == []

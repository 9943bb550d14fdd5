"""Cross-border electricity trade (round 48): energy units (TWh, GWh, MWh, kWh and their
spelt-out names) as physical quantities; a net level stated before the two flows it is the
gap of; net positions in a list that are no parts of a gross flow; and the ngultrum (Nu) as
money."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_net_level_is_checked_against_the_flows_in_the_next_sentence():
    """"exported a net X gigawatt hours (GWh)" then "Gross exports ... imports ...": X is their gap."""
    text = ("Grid report\n\nRuritania exported a net {net} gigawatt hours (GWh) of power in 2023, the operator said. "
            "Gross exports came to 940 GWh while imports eased to 310 GWh.")
    assert read(text.format(net="630"))["errors"] == []
    assert any("940 GWh - 310 GWh = 630" in e for e in read(text.format(net="680"))["errors"])


def test_a_net_level_of_a_named_owner_is_checked_against_that_owner_s_flows_later():
    """"Borduria's net exports fell to X" ... "Borduria exported A and imported B": X = A - B;
    a comparison after the flows ("compared with net exports of ... in 2022") is another year's."""
    text = ("Power flows\n\nSyldavia bought power all year, while Borduria's net exports fell to {net} TWh in 2023. "
            "Syldavian demand rose. Borduria exported 12.5 TWh and imported 4.5 TWh, the operator said, "
            "compared with net exports of 9.1 TWh in 2022.")
    assert read(text.format(net="8.0"))["errors"] == []
    assert read(text.format(net="9.0"))["errors"]


def test_net_positions_listed_for_several_countries_are_no_parts_of_a_gross_flow():
    text = ("Power balance\n\nRuritania's exports totalled 20.0 TWh against imports of 5.0 TWh in 2023.\n\n"
            "Key figures 2023:\n- Ruritania net exports: 15.0 TWh\n- Borduria net exports: 9.0 TWh\n"
            "- Syldavia net imports: 2.0 TWh")
    assert read(text)["errors"] == []


def test_a_share_of_megawatt_hours_is_checked_against_its_levels():
    text = ("Dam output\n\nThe dam generated 50.0 million megawatt hours (MWh) in 2023, of which the "
            "smaller partner took 10.0 million MWh, or {p}%, the operator said.")
    assert read(text.format(p="20.0"))["errors"] == []
    assert read(text.format(p="30.0"))["errors"]


def test_the_ngultrum_is_money():
    text = ("Power earnings\n\nBhutan earned Nu 10.0 billion from power sales in 2023, down {p} percent "
            "from Nu 12.5 billion in 2022.")
    r = read(text.format(p="20"))
    assert r["claims"]["Nu 10.0 billion"]["currency"] == "BTN"
    assert r["errors"] == []
    assert read(text.format(p="30"))["errors"]

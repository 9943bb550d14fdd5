"""Shares and changes of physical quantities (round-43 probes: steel, meat, rice and sugar,
cotton): a change right after a tonnage and a long phrase of product and period, the value's
change after a volume's with its verb left out, a place's share of a total given earlier in
its own sentence, and a share tied to a tonnage by "equivalent to"."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-07-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    checked = [f["message"] for f in result["findings"] if f["status"] == "consistent"]
    return {"claims": claims, "errors": errors, "checked": checked}


# 1. a change right after a tonnage, a long phrase of product and period between

THAILAND = ("Thailand shipped 3.9 million tonnes of sugar in the first six months of 2025, up 6.0 per cent "
            "year-on-year, while export value slipped 2.0 per cent to US$2.45 billion. In the same period last "
            "year, shipments were 3.68 million tonnes worth $2.5 billion.")


def test_a_change_after_a_tonnage_and_a_long_period_phrase_is_the_tonnages():
    """Read: "3.9 million tonnes of sugar in the first six months of 2025, up 6.0 per cent" is
    the change in tonnes, no change of the dollar value."""
    r = read(THAILAND)
    assert "6.0 per cent" not in r["claims"]
    assert r["claims"]["2.0 per cent"]["measure"] == "exports"
    assert r["errors"] == []


# 2. the value's change after the volume's, its verb said once for both

CAMBODIA = ("Cambodia exported 3.2 million tons of rice last year, earning a record $2.4 billion. Volume was up "
            "6.7% and value {}% from 2022, when shipments stood at 3.0 million tons worth $2.0 billion.")


def test_the_second_change_with_its_verb_left_out_is_the_values_change():
    """Read: "Volume was up 6.7% and value 20% from 2022" gives the value's change (exports,
    2023 vs 2022, of rice), checked against $2.4 billion over $2.0 billion."""
    r = read(CAMBODIA.format("20"), "2024-01-10")
    change = r["claims"]["20%"]
    assert (change["kind"], change["measure"], change["period"], change["base_period"]) == ("percent_change", "exports", "2023", "2022")
    assert change["commodity"] == "rice"
    assert "6.7%" not in r["claims"]
    assert r["errors"] == []
    assert any("20%" in m for m in r["checked"])


def test_a_wrong_change_of_the_value_after_the_volumes_is_found():
    """A value change the two dollar levels cannot give is flagged."""
    assert read(CAMBODIA.format("30"), "2024-01-10")["errors"]


# 3. a place's share of the total its own sentence gave before it

CHILE = ("Chile harvested 9.0 million tonnes of grain in 2024. But imports grew faster: Chile "
         "imported 2.5 million tonnes of wheat over the season, with Argentina supplying 1.6 million tonnes, or {}% "
         "of the total.")


def test_a_share_of_the_total_given_earlier_in_the_sentence():
    """Read: ", with Argentina supplying 1.6 million tonnes, or 64% of the total" is 1.6 of the
    2.5 million tonnes before it in its sentence (not of a level in the paragraph before); a
    share those cannot give is flagged."""
    assert read(CHILE.format("64"), "2024-10-01")["errors"] == []
    assert any("64" in m for m in read(CHILE.format("74"), "2024-10-01")["errors"])


def test_no_share_is_checked_when_the_sentence_gives_two_levels_before_it():
    """Two quantities before the place's part: which is the whole is a guess, so nothing is flagged."""
    text = ("Chile imported 2.5 million tonnes of wheat, up from 2.2 million tonnes, and 0.4 million tonnes of "
            "maize, with Argentina supplying 1.6 million tonnes, or 74% of the total.")
    assert read(text, "2024-10-01")["errors"] == []


# 4. a share tied to a tonnage by "equivalent to" is the tonnage's, not the money's

def test_a_share_equivalent_to_after_a_tonnage_is_no_share_of_money():
    """Read: "with 289 thousand tonnes, equivalent to 18.4% of the total shipped" is a share of
    the tonnes, so no share claim of the dollar exports is made of it."""
    text = ("Brazil's beef revenue reached US$ 12.8 billion in 2024. Chile was a main destination, with 120 "
            "thousand tonnes, equivalent to 4.4% of the total shipped.")
    r = read(text, "2025-01-14")
    assert "4.4%" not in r["claims"]

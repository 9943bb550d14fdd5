"""Shares, second pass of round 54: a sentence that opens on the whole country ("Nationally,")
and then gives a sub-national unit's share of "the total" ("meaning Ontario produced 40% of
the total and Quebec 20%") gives each unit's part of the country's flow: its own exports over
the country's, not the country's own share; "produced" as a share's verb there names no
output."""
from readings import reading, errors, claim


_UNITS = ("Alberta sold goods worth C$20.0 billion abroad in 2023. Quebec followed with exports of "
          "C$30.0 billion. Nationally, Canada's exports totalled C$600.0 billion, meaning Quebec "
          "produced {a}% of the total and Alberta {b}%.")


def test_a_units_share_after_the_national_total_is_its_part_of_the_countrys_flow():
    text = _UNITS.format(a="5.0", b="3.3")
    first, second = claim(text, "5.0%"), claim(text, "3.3%")
    assert (first["kind"], first.get("reporter_unit"), first["reporter"]) == ("share", "CA-QC", None)
    assert (second["kind"], second.get("reporter_unit")) == ("share", "CA-AB")
    assert errors(text) == []


def test_a_wrong_units_share_of_the_national_total_is_caught():
    assert errors(_UNITS.format(a="7.0", b="3.3"))
    assert errors(_UNITS.format(a="5.0", b="4.5"))


def test_produced_with_output_words_still_names_no_trade_share():
    text = ("Quebec exported goods worth C$30.0 billion in 2023. The province produced 12% of the "
            "country's maple syrup output.")
    assert all(c["text"] != "12%" for c in reading(text)["claims"])

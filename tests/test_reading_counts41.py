"""Counts and volumes across sentences and lists (a forty-first round of passages): a bare
count after a count of bottles, a bulleted breakdown of a count whose bullets carry their
change in brackets under a heading naming the year, and a volume change in the sentence
after its new and old levels ("This represents a 9% decline in volume"). How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


WINE = ("Wine exports fell 12% in value to €1.10 billion in 2023. Shipments to Canada fell to 21.4 million "
        "bottles, down from 25.0 million, the trade body said.\n\n"
        "By market, the 2023 shipments broke down as follows:\n"
        "- Canada: 21.4 million bottles\n"
        "- Japan: 14.2 million bottles (-3.5%)\n"
        "- Rest of the world: 9.1 million bottles\n")
WINE_TOTAL = "Wine shipments reached {} million bottles in 2023, the trade body said.\n\n"


def test_a_bare_count_after_a_count_of_bottles_is_no_money():
    """"fell to 21.4 million bottles, down from 25.0 million": the bare figure counts bottles, not euros."""
    r = read(WINE_TOTAL.format("44.7") + WINE)
    assert "25.0 million" not in r["claims"] and "€25.0 million" not in r["claims"]
    assert not r["errors"]


def test_bullets_with_a_bracketed_change_are_parts_of_the_total_under_a_dated_heading():
    """Bullets "- Japan: 14.2 million bottles (-3.5%)" under "the 2023 shipments broke down as
    follows:" are parts of the total stated before: adding up to it is clean, to more is flagged."""
    assert not read(WINE_TOTAL.format("44.7") + WINE)["errors"]
    errors = read(WINE_TOTAL.format("40.7") + WINE)["errors"]
    assert any("exceed the whole 40.7 million bottles" in e for e in errors)


TIMBER = ("Sawnwood exports in the first quarter totalled {} cu.m worth US$52.0 million, compared to "
          "54,300 cu.m valued at US$55.0 million a year earlier. This represents a 10% decline in volume "
          "and a 5% decline in value.")


def test_a_change_in_volume_after_a_new_and_an_old_level_is_of_those_levels():
    """"X cu.m ..., compared to Y cu.m ... This represents a 10% decline in volume": X against Y."""
    assert not read(TIMBER.format("48,900"))["errors"]
    errors = read(TIMBER.format("44,600"))["errors"]
    assert any("44,600 cu.m against 54,300 cu.m" in e for e in errors)


def test_a_change_with_no_word_of_volume_is_not_set_against_the_levels():
    """"This represents a 10% decline" (no "in volume"): maybe of the value, so no flag."""
    text = TIMBER.format("44,600").replace(" in volume and a 5% decline in value", "")
    assert not any("cu.m against" in e for e in read(text)["errors"])

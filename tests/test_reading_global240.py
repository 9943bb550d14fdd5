"""Reports of world trade bodies on regions (round 40, globalreports, second pass): places
each with its figure in brackets taken together as a share of "the region's exports" are
each one's exports to the world, summed over the region's; a change after two levels is of
their pair; a region's full name ("Latin America and the Caribbean") stays whole; and
"Intra-X exports", "the continent's merchandise exports" name no product."""
from tradecheck import verify_text


def read(text: str, published: str = "2019-05-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


REGION = ("Latin America and the Caribbean saw its goods exports climb from US$ 800 billion in 2015 to "
          "US$ 1,000 billion in 2018, a rise of 25%. Chile (US$ 300 billion) and Peru (US$ 200 billion) "
          "together accounted for 50% of the region's exports in 2018.")


def test_bracketed_places_together_are_each_ones_exports_to_the_world():
    """"Chile (US$ 300 billion) and Peru (US$ 200 billion) together accounted for 50% of the
    region's exports in 2018": Chile's and Peru's exports to the world in 2018, not a flow
    between them; the share is of the region's exports."""
    r = read(REGION)
    for figure, place in (("US$ 300 billion", "CHL"), ("US$ 200 billion", "PER")):
        c = r["claims"][figure]
        assert (c["measure"], c["reporter"], c["partner"], c["period"]) == ("exports", place, "WLD", "2018")
    assert r["claims"]["50%"]["reporter_group"] == "Latin America and the Caribbean"
    assert r["errors"] == []


def test_a_wrong_share_of_bracketed_places_together_is_caught():
    """300 + 200 is 50% of 1,000: a changed part no longer is."""
    r = read(REGION.replace("US$ 200 billion", "US$ 320 billion"))
    assert any("50%" in e for e in r["errors"])


def test_a_regions_full_name_stays_whole():
    """"Latin America and the Caribbean saw its goods exports climb": the whole region
    reports, not the Caribbean alone."""
    c = read(REGION)["claims"]["US$ 800 billion"]
    assert (c["reporter"], c.get("reporter_group"), c["partner"]) == (None, "Latin America and the Caribbean", "WLD")


def test_a_change_after_two_levels_is_of_their_pair():
    """", a rise of 25%" after the region's two levels: the region's change, checked against
    them (800 -> 1,000), not a country's the text names later."""
    r = read(REGION)
    c = r["claims"]["25%"]
    assert (c["reporter"], c.get("reporter_group")) == (None, "Latin America and the Caribbean")
    assert r["errors"] == []
    assert any("35%" in e for e in read(REGION.replace("a rise of 25%", "a rise of 35%"))["errors"])


CONTINENT = ("Africa trades little with the world. In 2019, the continent's merchandise exports were worth about US$ 520 billion. "
             "Intra-African exports amounted to US$ 78 billion in 2019, or about 15% of the continent's total exports.")


def test_an_intra_group_share_of_the_continents_total_is_of_its_exports_to_the_world():
    """"Intra-African exports ... or about 15% of the continent's total exports": Africa's
    exports to itself over Africa's exports to the world (78 / 520); "the continent's
    merchandise" and "Intra-African" are no products."""
    r = read(CONTINENT)
    whole, part = r["claims"]["US$ 520 billion"], r["claims"]["US$ 78 billion"]
    assert (whole["reporter_group"], whole["partner"], whole["commodity"]) == ("Africa", "WLD", None)
    assert (part["reporter_group"], part["partner_group"], part["commodity"]) == ("Africa", "Africa", None)
    assert r["errors"] == []


def test_a_wrong_intra_group_share_of_the_continents_total_is_caught():
    """104 of 520 is 20%, not about 15%."""
    r = read(CONTINENT.replace("US$ 78 billion", "US$ 104 billion"))
    assert any("15%" in e for e in r["errors"])


def test_bracketed_places_with_no_region_named_before_leave_the_share_unchecked():
    """"the region's exports" with no region named before: the whole is unknown, so the
    share is not set against the world's exports the text gives."""
    text = ("World exports reached US$ 19,000 billion in 2018. Chile (US$ 300 billion) and Peru (US$ 200 billion) "
            "together accounted for 50% of the region's exports in 2018.")
    r = read(text)
    assert r["claims"]["US$ 200 billion"]["reporter"] == "PER"
    assert r["errors"] == []

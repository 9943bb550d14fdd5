"""Sanctions re-routing analyses (a thirty-sixth round of passages): a gap set against another
country's figures (a mirror gap, no balance), a basket of watch-list products as a flow's
object, a counted set of products ("exports of 45 items on the list"), a verbless clause
that names its own partner, and places named together as one partner of a share's whole.
How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


MIRROR = ("Japanese exports to Laos rose to $900 million last year, Japanese data show. "
          "Lao customs, however, recorded imports from Japan of only $300 million in 2023, "
          "a gap of about $600 million with the Japanese figures.")


def test_a_gap_with_another_countrys_figures_is_no_balance():
    """"a gap of X with the Japanese figures": the gap between two counts of one flow."""
    r = read(MIRROR)
    gap = r["claims"]["$600 million"]
    assert gap["measure"] == "other" and gap["attribution"]["measure"] == "mirror-gap"
    assert not r["errors"]
    assert read(MIRROR.replace("$600 million", "$400 million"))["errors"]


def test_a_gap_between_two_sets_of_data_is_no_balance_either():
    """"a discrepancy of X between the two sets of data", its counts in two currencies: no
    balance, and unchecked (no balance of $710mn of imports and a $2bn "deficit" to flag)."""
    text = ("Eurostat data show EU exports to Laos of 2.5 billion euros in 2023. Lao statistics tell "
            "another story: customs recorded imports from the EU of just $700 million last year, "
            "a discrepancy of about $2 billion between the two sets of data.")
    r = read(text)
    assert r["claims"]["$2 billion"]["measure"] == "other"
    assert not r["errors"]


def test_a_mirror_gap_in_apposition_is_checked_against_its_counts():
    """"The gap, $X, means ...": the gap of the two counts before it, checked against them."""
    text = ("In 2023 Vietnam reported exports to Cambodia of $4.0 billion, while Cambodian customs "
            "recorded imports from Vietnam of $3.1 billion. The gap, $0.9 billion, points to smuggling.")
    assert not read(text)["errors"]
    assert read(text.replace("$0.9 billion", "$1.9 billion"))["errors"]


BASKET = ("Armenia's exports to Russia rose 20% in January-June to $1.2 billion, from $1.0 billion a year earlier. "
          "Exports of drones and other \"dual-use\" parts to Russia were worth $90 million in the first half, "
          "against $3 million a year earlier - a 30-fold increase.")


def test_a_basket_of_products_to_a_place_is_a_part_of_the_flow():
    """"Exports of drones and other "dual-use" parts to Russia were worth X": that basket's exports."""
    r = read(BASKET, "2023-09-01")
    assert r["claims"]["$90 million"]["commodity"] == "drones and other dual-use parts"
    assert r["claims"]["30-fold"]["commodity"] == "drones and other dual-use parts"
    assert not r["errors"]


def test_a_changed_total_beside_a_basket_is_flagged():
    """The total's own change is checked once the basket's figures are set apart."""
    assert read(BASKET.replace("to $1.2 billion", "to $1.5 billion"), "2023-09-01")["errors"]


COUNTED = ("Greek exports to Syria of 30 items on the EU's \"control\" list - including pumps and valves - "
           "rose to $40 million in January-June. Greece's overall exports to Syria rose to $500 million "
           "in the first half, while imports from Syria came to $200 million. That left Greece with a "
           "surplus of $300 million.")


def test_exports_of_a_counted_set_of_items_are_that_sets():
    """"exports to Syria of 30 items on the EU's list": a counted basket, not all exports."""
    r = read(COUNTED, "2023-09-01")
    assert r["claims"]["$40 million"]["commodity"] == "30 items on the eu's control list"
    assert not r["errors"]
    assert read(COUNTED.replace("surplus of $300 million", "surplus of $330 million"), "2023-09-01")["errors"]


ELIDED = ("From 2018 to 2024 US imports from Chile rose from $10.0 billion to $15.0 billion, up 50%, "
          "and imports from Peru from $8.0 billion to $10.0 billion, up 25%.")


def test_a_verbless_clause_with_its_own_partner_is_that_partners():
    """"..., and imports from Peru from X to Y, up Z%": Peru's figures, not Chile's again."""
    r = read(ELIDED, "2025-03-01")
    assert r["claims"]["$8.0 billion"]["partner"] == "PER"
    assert r["claims"]["25%"]["partner"] == "PER"
    assert not r["errors"]
    assert read(ELIDED.replace("up 25%", "up 35%"), "2025-03-01")["errors"]


TOGETHER = ("Bolivia's imports of \"strategic minerals\" (SM) - the 20 product codes on the government's list - "
            "totalled $4.0bn in 2023. Chile and Peru together accounted for $3.0bn, or 75%, of Bolivia's SM "
            "imports in 2023.")


def test_places_named_together_are_one_partner_of_the_whole():
    """"Chile and Peru together accounted for X, or S%, of Bolivia's SM imports": their group's part."""
    r = read(TOGETHER, "2024-05-01")
    part = r["claims"]["$3.0bn"]
    assert part["reporter"] == "BOL" and part["attribution"]["pair"] == "places-together"
    assert r["claims"]["$4.0bn"]["commodity"] == "sm"
    assert not r["errors"]


def test_a_changed_share_of_places_together_is_flagged():
    """The share is checked: $3.0bn / $4.0bn is 75%, not 65%."""
    assert read(TOGETHER.replace("or 75%", "or 65%"), "2024-05-01")["errors"]

"""Russian and Belarusian wire copy: a growth index whose base a second flow's ", or N%" leaves
out, a body coining an acronym a bloc also has, a member's trade with its own bloc and a part
"of this amount", a headline that "eyes" a level, a Russian city as a partner, and a share of
a country's fuel needs."""
from tradecheck import verify_text


def read(text: str, published: str = "2026-10-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    checked = [f["message"] for f in result["findings"] if f["status"] == "consistent"]
    return {"claims": claims, "errors": errors, "checked": checked}


def test_a_bare_or_percentage_after_an_index_in_the_sentence_before_is_an_index_too():
    r = read("Kazakhstan's exports amounted to $50.0 billion in January-August 2026, or 110.0% of the level "
             "of January-August 2025. Imports came to $36.0 billion, or 120.0%. A year earlier imports "
             "were $30.0 billion.")
    c = r["claims"]["120.0%"]
    assert c["kind"] == "percent_change" and c["measure"] == "imports"
    assert c["base_period"] == "2025-01/2025-08"
    assert r["errors"] == []
    wrong = read("Kazakhstan's exports amounted to $50.0 billion in January-August 2026, or 110.0% of the level "
                 "of January-August 2025. Imports came to $36.0 billion, or 120.0%. A year earlier imports "
                 "were $33.0 billion.")
    assert wrong["errors"]


def test_an_acronym_coined_for_a_body_is_no_place_the_vocabulary_knows_by_it():
    r = read("According to the Eurasian Economic Commission (EEC), Kazakhstan's trade with Russia "
             "came to $20.0 billion in January-August 2026. The EEC said exports grew.")
    c = r["claims"]["$20.0 billion"]
    assert {c["reporter"], c["partner"]} == {"KAZ", "RUS"}
    assert "partner_group" not in c and "reporter_group" not in c


def test_a_members_trade_with_its_bloc_and_a_part_of_this_amount():
    text = ("Trade within the Eurasian Economic Union (EAEU) grew 5.0% in January-August 2026, the "
            "commission said.\n\nRussia's trade with its EAEU partners amounted to $50.0 billion. "
            "Belarus accounted for $30.0 billion of this amount, or {}%, and Kazakhstan for $15.0 billion.")
    r = read(text.format("60.0"))
    whole, part = r["claims"]["$50.0 billion"], r["claims"]["$30.0 billion"]
    assert whole["reporter"] == "RUS" and whole["partner_group"] == "Eurasian Economic Union"
    assert {part["reporter"], part["partner"]} == {"RUS", "BLR"}
    assert any("$30bn / $50bn" in m for m in r["checked"])
    assert r["errors"] == []
    assert read(text.format("70.0"))["errors"]


def test_a_headline_that_eyes_a_level_gives_a_goal():
    r = read("Belarus, Kazakhstan eye $5bn in trade\n\n"
             "Trade between Belarus and Kazakhstan totaled $1.2 billion in 2025, the prime minister said.",
             published="2026-03-01")
    assert r["claims"]["$5bn"]["measure"] == "other"
    assert r["errors"] == []


def test_a_russian_city_is_a_partner_of_its_own():
    r = read("Trade between Belarus and St Petersburg totaled $2.0 billion in 2025.", published="2026-03-01")
    c = r["claims"]["$2.0 billion"]
    assert c["reporter"] == "BLR" and c.get("partner_unit") == "RU-SPE"


def test_a_share_of_a_countrys_fuel_needs_is_no_share_of_trade():
    r = read("Trade between Georgia and Azerbaijan reached $1.5 billion in January-August 2026. "
             "Azerbaijan covers about 80% of Georgia's natural gas needs, and supplies 60% of its "
             "wheat consumption.")
    assert r["claims"]["80%"]["measure"] == "other"
    assert r["claims"]["60%"]["measure"] == "other"
    assert r["errors"] == []
    imported = read("Georgia's imports reached $1.5 billion in January-August 2026. Azerbaijan met 40% of "
                    "Georgia's gas import needs.")
    assert imported["claims"]["40%"]["measure"] != "other"

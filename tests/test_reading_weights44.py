"""Weights and pairs as traded quantities (a forty-fourth round of passages): pairs of shoes
as a unit, a change beside its own levels of pairs kept from the money levels after it, an
earlier level that leaves out the unit of its partner, a numbered day of a season between a
level and its change, a share of "the volume", a share opened by "The shipments represented",
and a change from a month whose earlier level the next sentence gives. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


SHOES = ("Brazil imported 1.20 billion pairs of shoes in 2023, down {pct} from 1.50 billion pairs in 2022. "
         "By value, imports fell 10% to $1.8 billion from $2.0 billion. "
         "China supplied 600 million pairs, a 50% share.")


def test_a_change_beside_levels_of_pairs_is_theirs_not_the_moneys():
    """"1.20 billion pairs ..., down 20% from 1.50 billion pairs": a change of pairs, no claim on the dollars."""
    r = read(SHOES.format(pct="20%"))
    assert "20%" not in r["claims"] and "50%" not in r["claims"]
    assert r["claims"]["10%"]["measure"] == "imports"
    assert r["errors"] == []


def test_a_changed_change_of_pairs_is_flagged():
    """"down 25%" where the pairs fell 20%: flagged in pairs."""
    errors = read(SHOES.format(pct="25%"))["errors"]
    assert [f["check"] for f in errors] == ["percent_change"]
    assert "pairs" in errors[0]["message"]


BOOTS = ("Spain's footwear exports rose 3% in value to €3.3 billion in 2024 from €3.2 billion, while "
         "volumes fell {pct} to 90.4 million pairs from 100.2 million, the association said.")


def test_an_earlier_level_may_leave_out_its_partners_unit():
    """"to 90.4 million pairs from 100.2 million": the earlier level is in pairs too, no money."""
    r = read(BOOTS.format(pct="9.8%"), "2025-03-01")
    assert "100.2 million" not in r["claims"]
    assert r["errors"] == []


def test_a_changed_change_to_pairs_from_a_bare_level_is_flagged():
    errors = read(BOOTS.format(pct="15%"), "2025-03-01")["errors"]
    assert [f["check"] for f in errors] == ["percent_change"]


LEAF = ("Malawi's tobacco sales reached 120.0 million kg by day 45 of the 2024 auction season, "
        "up {pct} percent from 100.0 million kg in the same period last year.")


def test_a_numbered_day_of_a_season_stands_between_a_level_and_its_change():
    """"120.0 million kg by day 45 of the season, up 20 percent from 100.0 million kg": checked in kg."""
    assert read(LEAF.format(pct="20"), "2024-06-01")["errors"] == []
    errors = read(LEAF.format(pct="30"), "2024-06-01")["errors"]
    assert [f["check"] for f in errors] == ["percent_change"]


CROP = ("Malawi exported 80.0 million kg of tobacco worth US$200 million in 2023.\n\n"
        "Belgium was the top buyer, taking 20.0 million kg, or {pct}% of the volume exported.")


def test_a_share_of_the_volume_is_of_the_level_before():
    """"taking 20.0 million kg, or 25% of the volume exported": 20.0 of 80.0 million kg."""
    assert read(CROP.format(pct="25.0"), "2024-03-01")["errors"] == []
    errors = read(CROP.format(pct="35.0"), "2024-03-01")["errors"]
    assert [f["check"] for f in errors] == ["ratio"]


ORE = ("Zambia shipped a record 90,000 tons of copper content last year. "
       "The shipments represented about 45% of regional mine output of {whole} tons, the ministry said.")


def test_the_shipments_represented_a_share_of_a_quantity():
    """"The shipments represented about 45% of ... 200,000 tons": 90,000 of 200,000 tons."""
    assert read(ORE.format(whole="200,000"))["errors"] == []
    errors = read(ORE.format(whole="250,000"))["errors"]
    assert [f["check"] for f in errors] == ["ratio"]


ORES = ("India's imports of manganese ore fell {pct} in July from June to 30,200 metric tons, customs data showed. "
        "Shipments in June had totalled 40,300 tons.")


def test_a_change_from_a_month_takes_its_earlier_level_from_the_next_sentence():
    """"fell 25% in July from June to 30,200 metric tons. Shipments in June had totalled 40,300 tons"."""
    assert read(ORES.format(pct="25%"), "2024-07-20")["errors"] == []
    errors = read(ORES.format(pct="35%"), "2024-07-20")["errors"]
    assert [f["check"] for f in errors] == ["percent_change"]

"""Sentences of kinds met in encyclopaedic and reference text (Wikipedia articles with their
citation markers, embassy briefs, economic histories): how each is read."""
import pytest

from tradecheck import verify_text
from tradecheck.link.sentences import split


def read(text: str, published: str = "2024-04-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


@pytest.mark.parametrize("marker", ["[4]", "[citation needed]", "[a]", "[12][13]"])
def test_a_citation_marker_after_a_full_stop_ends_the_sentence(marker):
    text = f"Exports rose to a record.{marker} Imports fell sharply."
    assert [text[s.start:s.end] for s in split(text)] == [f"Exports rose to a record.{marker}", "Imports fell sharply."]


def test_a_balance_before_a_citation_marker_keeps_its_own_pair():
    r = read("In 2023 Laos's exports were $8.0 billion and imports $7.0 billion, producing a surplus of "
             "$1.0 billion.[4] Exports to Thailand, which buys mostly power, were $2.4 billion.[5]")
    assert r["claims"]["$1.0 billion"]["partner"] == "WLD"
    assert r["claims"]["$2.4 billion"]["partner"] == "THA"
    assert r["errors"] == []


def test_a_planted_balance_before_a_citation_marker_is_found():
    r = read("In 2023 Laos's exports were $8.0 billion and imports $7.0 billion, producing a surplus of "
             "$1.4 billion.[4] Exports to Thailand, which buys mostly power, were $2.4 billion.[5]")
    assert r["errors"]


def test_a_participle_of_supplying_names_no_product():
    r = read("In 2022 Ghana's imports amounted to US$10.0 billion. India is the leading source of imports, "
             "supplying goods worth US$2.0 billion in 2022, about 20% of the total.")
    c = r["claims"]["US$2.0 billion"]
    assert (c["measure"], c["partner"], c["commodity"]) == ("imports", "IND", None)
    assert r["errors"] == []


def test_the_subject_before_its_mainly_aside_is_the_part_a_share_and_its_bracket_are_of():
    r = read("In 2021 Malaysia exported goods worth US$80.0 billion and services worth US$20.0 billion. "
             "Machinery, mainly engines, comprised 40.0% of merchandise exports (US$32.0 billion).", "2022-09-01")
    assert r["claims"]["US$32.0 billion"]["commodity"] not in (None, "goods")
    assert r["errors"] == []


def test_a_relative_clause_dates_its_own_figure_and_the_main_clause_keeps_its_period():
    r = read("By 2000 exports had reached $50 billion, and the surplus with Germany, which had been under "
             "$2 billion in 1990, stood at about $8 billion.", "2022-10-10")
    assert r["claims"]["$2 billion"]["period"] == "1990"
    assert r["claims"]["$8 billion"]["period"] == "2000"


def test_levels_from_and_to_in_a_span_are_at_its_two_ends():
    r = read("Between 1990 and 2000 Korean exports rose from $65 billion to $172 billion.", "2022-10-10")
    assert r["claims"]["$65 billion"]["period"] == "1990"
    assert r["claims"]["$172 billion"]["period"] == "2000"


NORWAY = ("In 2022, Norwegian goods exports to Korea were worth EUR 4.0 billion. Korea's exports to Norway "
          "came to EUR 1.5 billion, and Norway recorded a surplus of EUR 2.5 billion. ")


def test_a_products_share_of_one_sides_total_is_of_that_sides_flow_not_the_balance():
    r = read(NORWAY + "Fish, which account for roughly 50% of the Norwegian total, amounted to EUR 2.0 billion.", "2023-05-02")
    for figure in ("50%", "EUR 2.0 billion"):
        c = r["claims"][figure]
        assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "NOR", "KOR")
    assert r["errors"] == []


def test_a_planted_product_share_of_one_sides_total_is_found():
    r = read(NORWAY + "Fish, which account for roughly 50% of the Norwegian total, amounted to EUR 3.0 billion.", "2023-05-02")
    assert r["errors"]


def test_a_share_after_only_and_a_subject_before_a_dated_relative_clause():
    text = ("In 2020 Sri Lanka's exports stood at $15.0 billion. Tea, which in 2000 made up over 40% of exports, "
            "accounted for only 10% ($1.5 billion) in 2020.")
    r = read(text, "2023-02-14")
    assert r["claims"]["10%"]["commodity"] == r["claims"]["$1.5 billion"]["commodity"] == "tea"
    assert r["errors"] == []
    assert read(text.replace("$1.5 billion", "$2.5 billion"), "2023-02-14")["errors"]


def test_a_share_after_from_is_the_earlier_share():
    r = read("US corn exports to China fell to $2.0bn in 2018 from $4.0bn in 2017. China's share of total US corn "
             "exports ($10.0bn, vs $8.0bn in 2017) dropped to 20.0% from 50.0%.", "2019-02-15")
    assert r["claims"]["20.0%"]["period"] == "2018"
    assert r["claims"]["50.0%"]["period"] == "2017"
    assert r["errors"] == []

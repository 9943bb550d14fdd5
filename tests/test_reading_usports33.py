"""US state-export and port news (the thirty-third round of passages): a group of partners
counted with a possessive, a product ranked as a state's top export past an aside, a partner
described by its rank before its buying verb, an event dated after the figures, a customs
district opening the sentence, and one container unit spelt two ways: how each is read."""
import pytest

from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(c: dict) -> str:
    return f"{c['reporter'] or c['reporter_unit']}/{c['partner']}"


NEIGHBOURS = ("Illinois exported $31.0 billion in goods in 2023. Japan was the state's top market at $6.2 billion, "
              "followed by South Korea at $3.1 billion. Together, the state's two Asian buyers purchased {} in "
              "Illinois goods, 30.0% of all exports.")


def test_a_counted_group_after_a_possessive_is_the_sum_of_the_partners_named_before():
    """'Together, the state's two ... buyers purchased $9.3 billion': the exports to both, not imports from the last."""
    r = read(NEIGHBOURS.format("$9.3 billion"))
    c = r["claims"]["$9.3 billion"]
    assert c["measure"] == "exports" and c["partner"] not in ("KOR", "JPN", "WLD")
    assert r["claims"]["30.0%"]["partner"] == c["partner"]  # (the share after a bare comma restates it)
    assert r["errors"] == []


def test_a_changed_sum_of_a_counted_group_is_flagged():
    """The same sentence with $12.3 billion: no longer $6.2bn + $3.1bn, nor 30% of $31bn."""
    assert read(NEIGHBOURS.format("$12.3 billion"))["errors"]


RANKED = ("Pennsylvania exported $12.0 billion in goods in the first quarter of 2024. "
          "Canada took $4.5 billion of that. "
          "Industrial valves and pumps, most of them built near Pittsburgh, remained Pennsylvania's largest export "
          "category at $2.1 billion for the quarter.")


def test_a_product_ranked_as_a_places_top_export_past_an_aside_is_that_product():
    """'X, most of them made near ..., remained Pennsylvania's largest export category at $2.1 billion': X's exports."""
    r = read(RANKED, "2024-05-10")
    c = r["claims"]["$2.1 billion"]
    assert c["commodity"] == "industrial valves and pumps" and c["measure"] == "exports"
    assert r["errors"] == []


def test_a_partner_described_by_its_rank_number_still_buys():
    """'Brazil, the state's No. 3 market, took $1.2 billion': the state's exports to Brazil."""
    r = read("Florida exported $11.0 billion in goods in 2023. Brazil, the state's No. 3 market, took $1.2 billion.")
    c = r["claims"]["$1.2 billion"]
    assert (c["measure"], pair(c)) == ("exports", "US-FL/BRA")


def test_a_month_dating_an_event_after_the_figures_is_no_period_of_the_next_sentence():
    """'... $3.3 billion, as buyers stocked up before the duties took effect in February.' leaves the quarter in force."""
    r = read("Iowa's exports reached $4.0 billion in the first quarter of 2025. Canada accounted for $1.5 billion of "
             "the quarter's total as buyers stocked up before the new duties took effect in February. "
             "Sales to Mexico rose 10.0% from $1.0 billion a year earlier.", "2025-05-01")
    assert r["claims"]["10.0%"]["period"] == "2025-Q1"
    assert r["claims"]["$1.0 billion"]["period"] == "2024-Q1"


DISTRICT = ("Texas exported $400.0 billion in goods in 2022, up 10.0% from $363.6 billion in 2021. "
            "The Houston Customs District, which covers the ports of Houston and Galveston, handled $300.0 billion "
            "in two-way trade in 2022 — $120.0 billion in imports and {} in exports.")


def test_a_customs_district_opening_the_sentence_has_figures_of_its_own():
    """'The Houston Customs District ... handled $300.0 billion': the district's, apart from the state's exports."""
    r = read(DISTRICT.format("$180.0 billion"), "2023-02-10")
    for text in ("$300.0 billion", "$120.0 billion", "$180.0 billion"):
        assert "customs district" in (r["claims"][text]["scope"] or "").lower()
    assert r["errors"] == []


def test_a_customs_districts_parts_are_checked_against_its_own_total():
    """With $190.0 billion of exports, the district's imports and exports no longer make its $300bn."""
    assert any("$300bn" in e for e in read(DISTRICT.format("$190.0 billion"), "2023-02-10")["errors"])


@pytest.mark.parametrize("old, flagged", [("5,000,000", False), ("5,400,000", True)])
def test_one_container_unit_spelt_out_and_abbreviated_is_compared(old, flagged):
    """'4,840,000 twenty-foot equivalent container units ..., a decrease of 3.2 percent compared to 5,000,000 TEUs'."""
    r = read(f"The port handled 4,840,000 twenty-foot equivalent container units in fiscal 2024, a decrease of "
             f"3.2 percent compared to {old} TEUs in fiscal 2023.", "2024-07-25")
    assert bool(r["errors"]) == flagged

"""Seafood trade reports (a forty-second round of passages: seafood councils, exporters'
associations, trade press): how each kind of sentence fixed is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-11-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


BASE_IN_BRACKET = ("Peru's squid exports in January-October reached $850 million, an increase of 12% over the "
                   "same period last year ($759 million).")


def test_a_bracket_after_the_base_of_a_change_is_the_base_level():
    """"up 12% over the same period last year ($759 million)": the earlier level of the flow, not the change in money."""
    r = read(BASE_IN_BRACKET)
    c = r["claims"]["$759 million"]
    assert c["measure"] == "exports"
    assert c["period"] == "2023-01/2023-10"
    assert r["errors"] == []


def test_a_changed_base_level_in_brackets_is_flagged():
    """The same sentence with a base level the change cannot come from."""
    assert read(BASE_IN_BRACKET.replace("$759 million", "$659 million"))["errors"]


GROUP_WITH_LIST = ("Iceland exported marine products worth ISK 300 billion in 2022. Cod was the largest product "
                   "with ISK 140 billion. Flatfish – plaice, halibut and sole – brought in ISK 30 billion.")


def test_a_dash_list_of_members_makes_the_noun_before_it_a_product_group():
    """"Flatfish – plaice, halibut and sole – brought in ISK 30 billion": a part named flatfish, no whole."""
    r = read(GROUP_WITH_LIST, published="2023-02-10")
    assert r["claims"]["ISK 30 billion"]["commodity"] == "flatfish"
    assert r["errors"] == []


def test_a_bracketed_conversion_at_the_rate_when_written_is_accepted():
    """"In 2021 ... JPY 50.0 billion (USD 334 million)" written in late 2023 (about 150 yen per dollar): the writer's day's rate."""
    text = ("In 2021, Japan exported scallops worth JPY 50.0 billion (USD 334 million) to China, "
            "Fisheries Agency data show.")
    assert read(text, published="2023-10-20")["errors"] == []


def test_a_bracketed_conversion_at_no_rate_of_either_time_is_flagged():
    """The same conversion made at neither the year's average nor the rate when written."""
    text = ("In 2021, Japan exported scallops worth JPY 50.0 billion (USD 534 million) to China, "
            "Fisheries Agency data show.")
    assert read(text, published="2023-10-20")["errors"]


GLUED_TONNES = "Vietnam exported 52,000 metric tons of tuna in October, down 4% from 54,200t in October 2023."


def test_the_tonne_symbol_glued_to_a_number_is_a_level_in_tonnes():
    """"down 4% from 54,200t": the earlier level in the same unit as "metric tons"; a wrong one is flagged."""
    assert read(GLUED_TONNES)["errors"] == []
    assert read(GLUED_TONNES.replace("54,200t", "64,200t"))["errors"]

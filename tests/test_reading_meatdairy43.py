"""Meat and dairy export releases (probe round 43): a bare "export value" after a product's
tonnage, a list item's label with a bracket of examples, a possessive year before a "record"
figure, cheese as a product and "of Dutch cheese" after a figure, a leader's change set after
it by a comma, a unit's abbreviation in brackets after a tonnage, and a company's revenue
with both levels and the change in one sentence."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    return {"claims": {c["text"]: c for c in result["claims"]},
            "errors": [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]}


PORK = ("Australia's beef exports were $900 million in April 2025, down 2% from $918 million a year earlier.\n\n"
          "Pork shipments totalled 31,000 tonnes in April, 4% more than a year ago, and export value "
          "climbed 10% to $220 million from $200 million.\n")


def test_bare_export_value_after_a_products_tonnage_is_that_products():
    """"Pork shipments totalled 31,000 tonnes, and export value climbed 10% to $220 million": pork's money."""
    r = read(PORK)
    assert r["claims"]["10%"]["commodity"] == "pork"
    assert r["claims"]["$220 million"]["commodity"] == "pork"
    assert r["claims"]["$200 million"]["commodity"] == "pork"
    assert r["errors"] == []


def test_bare_export_value_change_is_checked():
    """The same, with the change wrong: flagged against pork's two levels, not beef's."""
    r = read(PORK.replace("climbed 10%", "climbed 16%"))
    assert len(r["errors"]) == 1 and "16%" in r["errors"][0]


def test_a_change_after_a_tonnage_and_its_abbreviation_is_of_the_tonnage():
    """"Beef exports totaled 90,000 metric tons (mt), down 9%": the tonnage's change, no money's."""
    r = read("Beef exports totaled 90,000 metric tons (mt) in April 2025, down 9% from a year ago (98,900 mt), "
             "and value fell 3% to $700 million (from $721.6 million).")
    assert "9%" not in r["claims"] or r["claims"]["9%"]["measure"] != "exports"
    assert r["errors"] == []


LIST = ("Ireland's meat exports were €1.50 billion in the third quarter of 2025.\n\nBy product:\n"
        "- Beef: €0.70b\n- Pork: €0.45b\n- By-products (offal, hides, tallow): €0.35b\n")


def test_a_list_label_with_a_bracket_of_examples_names_the_item():
    """"- By-products (offal, hides, tallow): €0.35b": by-products, a sibling of the other items."""
    r = read(LIST)
    assert r["claims"]["€0.35b"]["commodity"] == "by-products"
    assert r["errors"] == []


def test_a_possessive_year_dates_the_record_figure_after_it():
    """"down 5% on 2023's record €4.0 billion": €4.0 billion is 2023's."""
    r = read("Danish pork exports reached €3.8 billion in 2024, down 5% on 2023's record €4.0 billion.",
             published="2025-02-01")
    assert r["claims"]["€4.0 billion"]["period"] == "2023"
    assert r["errors"] == []


CHEESE = ("The Netherlands exported cheese worth €5.0 billion in 2023, 10% more than the €4.5 billion of 2022. "
          "Germany was the largest customer, buying €1.5 billion of Dutch cheese – 30% of the total. "
          "The country's dairy sector as a whole exported products worth about €11 billion.")


def test_cheese_is_a_product_and_the_dairy_total_is_no_part_of_it():
    """"exported cheese worth €5.0 billion": cheese; the sector's €11 billion is no part of it."""
    r = read(CHEESE, published="2024-04-01")
    assert r["claims"]["€5.0 billion"]["commodity"] == "cheese"
    assert r["claims"]["€1.5 billion"]["commodity"] == "cheese"
    assert r["errors"] == []


def test_of_a_product_past_its_origin_adjective_is_checked_against_the_share():
    """"buying €1.8 billion of Dutch cheese – 30% of the total": flagged against cheese's €5.0 billion."""
    r = read(CHEESE.replace("€1.5 billion", "€1.8 billion"), published="2024-04-01")
    assert len(r["errors"]) == 1 and "€1.8bn" in r["errors"][0]


def test_a_leaders_change_set_after_it_by_a_comma_is_its_own():
    """"The fall was led by milk powder, down NZ$60 million": milk powder's change, not dairy's."""
    r = read("The value of dairy exports fell NZ$80 million (6.5 percent) in May 2025 compared with May 2024, "
             "to NZ$1.15 billion. The fall was led by milk powder, down NZ$60 million, as quantities fell.")
    assert r["claims"]["NZ$60 million"]["commodity"] == "milk powder"
    assert r["errors"] == []


def test_company_revenue_with_both_levels_and_its_change_for_months_to_a_day():
    """"revenue of NZ$10.0 billion for the six months to January 31, down 9% from NZ$11.0 billion": checked."""
    text = ("The dairy group reported revenue of NZ$10.0 billion for the six months to January 31, "
            "down 9% from NZ$11.0 billion a year earlier.")
    assert read(text, published="2025-03-20")["errors"] == []
    r = read(text.replace("down 9%", "down 19%"), published="2025-03-20")
    assert len(r["errors"]) == 1 and "19%" in r["errors"][0]


def test_an_unknown_good_joined_to_a_known_one_before_the_flow_word():
    """"Greek olive and cheese exports rose to €2.0 billion": the two goods together, not cheese alone."""
    r = read("Greek olive and cheese exports rose to €2.0 billion in 2024, the association said.", published="2025-02-01")
    assert r["claims"]["€2.0 billion"]["commodity"] == "olive and cheese"

"""Products, prices and partners in the prose and tables of sovereign offering circulars (a
37th round of passages): the product a change noun names after "in", a price or volume change
that is no change of value, a product glossed in brackets, a table's year columns, and places
taken together as one partner of the country the text reports on. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


CHANGE_IN = ("Total merchandise exports of Ghana rose by 6.0% to U.S.$17,700.0 million in 2023 from "
             "U.S.$16,698.1 million in 2022, helped by a {} increase in cocoa earnings and a 12.0% increase in "
             "gold exports, while a 9.5% decline in exports of timber and wood products weighed on the total.")


def test_the_product_after_a_change_nouns_in_is_the_changes_own():
    """"a 4.0% increase in cocoa earnings", "a 12.0% increase in gold exports", "a 9.5% decline
    in exports of timber and wood products": each change is of its product, not the total."""
    r = read(CHANGE_IN.format("4.0%"))
    assert r["claims"]["4.0%"]["commodity"] == "cocoa"
    assert r["claims"]["12.0%"]["commodity"] == "gold"
    assert r["claims"]["9.5%"]["commodity"] not in (None, "goods")
    assert r["errors"] == []


def test_a_product_changes_figure_is_not_checked_against_the_totals_levels():
    """The total's levels imply +6.0%; a product's change of any size is no error of the total."""
    assert read(CHANGE_IN.format("31.0%"))["errors"] == []


VALUE_OF = ("Exports of Mongolia rose by 21.2% to US$15,182.3 million in 2023 from US$12,528.7 million in 2022, "
            "primarily as a result of a 40.5% increase in the value of coal exports following the reopening of "
            "the border. Exports of fluorspar rose 3.1%, and a 16.6% increase in exports of medical devices "
            "offset lower exports of other goods.")


def test_the_value_of_a_products_exports_and_an_unknown_product_after_exports_of():
    """"a 40.5% increase in the value of coal exports": coal; "a 16.6% increase in exports of
    medical devices offset ...": medical devices, a product the vocabulary need not know."""
    r = read(VALUE_OF)
    assert r["claims"]["40.5%"]["commodity"] == "coal"
    assert r["claims"]["16.6%"]["commodity"] == "medical devices"
    assert r["errors"] == []


PRICE_VOLUME = ("Exports of goods of Angola decreased by 41.9% to US$20.33 billion in 2020 from US$35.00 billion in "
                "2019, primarily as a result of a 36.0% fall in the average export price of crude oil and a 7.3% "
                "decline in export volumes.")


def test_a_change_in_a_flows_price_or_volume_is_no_change_of_its_value():
    """"a 36.0% fall in the average export price of crude oil", "a 7.3% decline in export
    volumes": a price's and a volume's change (measure other), never the value's."""
    r = read(PRICE_VOLUME, "2021-04-01")
    assert r["claims"]["36.0%"]["measure"] == "other"
    assert r["claims"]["7.3%"]["measure"] == "other"
    assert r["claims"]["41.9%"]["measure"] == "exports"
    assert r["errors"] == []


def test_a_change_in_a_flows_value_after_the_same_words_is_still_the_flows():
    """"a 5.0% fall in crude oil exports": the value's, a part of exports."""
    c = read("Angola's exports fell by 41.9% to US$20.33 billion in 2020, with a 5.0% fall in crude oil "
             "exports.", "2021-04-01")["claims"]["5.0%"]
    assert (c["measure"], c["commodity"]) == ("exports", "crude oil")


def test_a_with_clause_gives_a_part_its_own_change():
    """"exports increased by 7.2% ..., with coconut-based products up 30.7%": coconut-based."""
    r = read("In the nine months to September 2024, exports of Sri Lanka increased by 7.2% year-on-year to "
             "U.S.$9,484.8 million, with coconut-based products up 30.7%, while imports grew by 11.8%.", "2024-11-25")
    assert r["claims"]["30.7%"]["commodity"] == "coconut-based"
    assert r["errors"] == []


def test_a_product_glossed_in_brackets_is_the_subject_of_its_verb():
    """"Exports of medical devices (precision and medical equipment) amounted to": medical
    devices, a part of the whole, not the whole."""
    r = read("Exports of Costa Rica's medical devices (precision and medical equipment) amounted to "
             "U.S.$3,803.5 million in 2020. Merchandise exports to North America were U.S.$4,855.3 million in 2020.",
             "2021-03-29")
    c = r["claims"]["U.S.$3,803.5 million"]
    assert c["commodity"] == "medical devices"
    assert r["errors"] == []


def test_a_flows_product_before_a_figure_that_is_its_own_verb():
    """"Exports of phosphates more than doubled": phosphates."""
    r = read("Jordan's domestic exports increased by 40.8% to JD 8,397.6 million in 2022. Exports of phosphates "
             "more than doubled, while potash exports rose by 131.1%.", "2023-04-18")
    assert r["claims"]["doubled"]["commodity"] == "phosphates"


TABLE = """Exports of Uzbekistan by Principal Category
(in U.S.$ millions, except for percentages)
                                     2021            2022           2023(2)
Gold                             4,140.0 (25.1%)  4,075.6 (21.2%)  7,523.4 (31.2%)
Textiles                         3,044.9 (18.5%)  3,290.1 (17.1%)  2,792.4 (11.6%)
Energy and oil products          1,001.3  (6.1%)  1,884.2  (9.8%)  1,215.6  (5.0%)
Total                           16,465.6 (100%)  19,246.2 (100%)  24,136.7 (100%)

Total exports increased by 25.4% to U.S.$24,136.7 million in 2023 from U.S.$19,246.2 million in 2022.
"""


def test_a_cell_of_an_aligned_table_takes_the_year_its_column_stands_under():
    """Under "2021  2022  2023(2)", "4,075.6 (21.2%)" is of 2022 and "1,215.6  (5.0%)" of 2023,
    whether the share stands one space or two after its amount."""
    r = read(TABLE, "2024-05-20")
    assert r["claims"]["25.1%"]["period"] == "2021"
    assert r["claims"]["21.2%"]["period"] == "2022"
    assert r["claims"]["31.2%"]["period"] == "2023"
    assert r["claims"]["9.8%"]["period"] == "2022"
    assert r["claims"]["5.0%"]["period"] == "2023"
    assert r["errors"] == []


def test_a_tables_years_under_a_header_of_months_are_left_to_other_rules():
    """Under "Nine months ended 30 September", a column's "2024" is no whole year."""
    text = """Sri Lanka's exports by principal category, share of total exports
                         Nine months ended
                           30 September
                          2023              2024
Tea                      975.3 (11.0%)    1,059.8 (11.2%)
Rubber products          703.5  (8.0%)      742.1  (7.8%)

Exports of Sri Lanka increased by 7.2% in the nine months to September 2024.
"""
    r = read(text, "2024-11-25")
    assert r["claims"]["11.2%"]["attribution"]["period"] != "aligned-column-year"


PLACES_TOGETHER = ("Exports of Côte d'Ivoire to Mali fell by 16.6% to U.S.$612.0 million in 2022, and exports to "
                   "Burkina Faso rose to U.S.$705.3 million. Taken together, Burkina Faso and Mali accounted for "
                   "U.S.${} million, or 8.7% of total exports, in 2022.")


def test_places_taken_together_are_one_partner_of_the_country_the_text_reports_on():
    """"Taken together, Burkina Faso and Mali accounted for": Côte d'Ivoire's exports to the
    two, not Burkina Faso's exports to Mali."""
    c = read(PLACES_TOGETHER.format("1,317.3"), "2023-06-12")["claims"]["U.S.$1,317.3 million"]
    assert c["reporter"] == "CIV"
    assert c["partner"] not in ("MLI", "BFA", "WLD")
    assert c["attribution"]["pair"] == "places-together"

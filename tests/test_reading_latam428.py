"""Latin American releases in English with Spanish figures (probe round 28): "millones" after
thousands grouped by dots, a group named before the list of its members between dashes, a
share of a product split by where it came from, a breakdown that says a rest exists without
its figure, a list item's label with another name in brackets, the part named after a
"Within <whole>," opener, and the goods a partner is ranked the market of."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-09-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    return {"claims": {c["text"]: c for c in result["claims"]},
            "errors": [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]}


# --- "millones" is a scale word; before it, a dot groups thousands -----------------------------

def test_millones_after_a_dot_grouped_figure_is_thousands_of_millions():
    r = read("Chile's exports came to US$ 8.412 millones in July and imports to US$ 7.301 millones, "
             "a surplus of US$ 1.111 millones. The peso closed at 940 per dollar.")
    assert r["claims"]["US$ 8.412 millones"]["value"] == 8_412_000_000
    assert r["claims"]["US$ 1.111 millones"]["value"] == 1_111_000_000
    assert r["errors"] == []


def test_millones_after_a_comma_grouped_or_plain_figure():
    r = read("Exports reached US$ 8,412 millones while the surplus was US$ 640 millones.")
    assert r["claims"]["US$ 8,412 millones"]["value"] == 8_412_000_000
    assert r["claims"]["US$ 640 millones"]["value"] == 640_000_000


def test_a_text_that_writes_decimal_dots_keeps_them_before_millones():
    r = read("Exports rose 2.5% to US$ 1.250 millones.")
    assert r["claims"]["US$ 1.250 millones"]["value"] == 1_250_000


def test_a_planted_balance_in_millones_is_caught():
    r = read("Chile's exports came to US$ 8.412 millones in July and imports to US$ 7.301 millones, "
             "a surplus of US$ 1.411 millones.")
    assert any("balance" in e for e in r["errors"])


# --- a group named before the list of its members between dashes ---------------------------

def test_a_group_named_before_a_dash_list_of_its_members():
    r = read("Ecuador's exports were US$ 3,000.0 million in June. The rise was driven by the energy group — "
             "crude, fuel oil and naphtha — whose sales came to US$ 700.0 million, while non-energy exports "
             "reached US$ 2,300.0 million.")
    assert r["claims"]["US$ 700.0 million"]["commodity"] == "energy"
    assert r["errors"] == []


def test_the_rest_of_a_basket_listed_between_dashes_is_a_part():
    r = read("Bolivia's mineral exports reached US$ 4.00bn in the half. Zinc brought US$ 2.50bn and the rest "
             "of the basket — tin, lead and antimony — accounted for US$ 0.90bn.")
    assert r["claims"]["US$ 0.90bn"]["commodity"] == "rest of the basket"
    assert r["errors"] == []


# --- a share of a product split by where it came from -------------------------------------------

def test_a_share_of_a_products_flow_by_origin_is_no_trade_share():
    r = read("Bolivia's exports reached US$ 9.0bn in 2024, of which gold made up US$ 2.5bn. An estimated "
             "70% of the gold exported is thought to come from cooperative miners.")
    assert r["claims"]["70%"]["measure"] == "other"
    assert r["errors"] == []


# --- a breakdown that says a rest exists without its figure -------------------------------------

def test_two_parts_beside_an_unquantified_remainder_make_no_sum():
    r = read("Bolivia's exports totaled US$ 1,000.0 million in May. Traditional exports came to US$ 600.0 million "
             "and non-traditional exports added US$ 350.0 million; the remainder corresponds to re-exports "
             "and repairs.")
    assert r["errors"] == []


def test_two_parts_without_a_remainder_still_add_up():
    r = read("Bolivia's exports totaled US$ 1,000.0 million in May. Traditional exports came to US$ 600.0 million "
             "and non-traditional exports added US$ 350.0 million.")
    assert r["errors"]


# --- a list item's label with another name in brackets ------------------------------------------

def test_a_list_labels_other_name_in_brackets():
    r = read("Paraguay's exports reached US$ 900 million in May.\n\n- Soybeans: US$ 400 million\n"
             "- Bovine meat (beef): US$ 150 million\n- Maize: US$ 60 million\n")
    assert r["claims"]["US$ 150 million"]["commodity"] == "bovine meat"
    assert r["errors"] == []


def test_a_bracketed_list_of_members_is_no_other_name():
    r = read("Exports reached US$ 900 million.\n\n- Traditional (coffee and sugar): US$ 100 million\n"
             "- Non-traditional: US$ 500 million\n- Maquila: US$ 300 million\n")
    assert r["claims"]["US$ 100 million"]["commodity"] is None
    assert r["errors"] == []


# --- the part named after a "Within <whole>," opener ----------------------------------------------

def test_the_part_after_a_within_opener():
    r = read("Brazil's exports were US$ 30,000 million in June, of which non-oil exports made up US$ 24,000 "
             "million. Within non-oil shipments, aircraft exports came to US$ 900 million, 5.0% more than the "
             "US$ 857 million of June 2024.")
    assert r["claims"]["US$ 900 million"]["commodity"] == "aircraft"
    assert r["claims"]["5.0%"]["commodity"] == "aircraft"
    assert r["errors"] == []


# --- the goods a partner is ranked the market of -------------------------------------------------

def test_the_goods_a_partner_is_the_main_destination_of():
    r = read("Chilean forestry exports totaled US$ 600 million in March, out of total exports of US$ 8,000 "
             "million. Japan was the main destination of Chilean forestry products, with purchases of "
             "US$ 150 million, or 25.0% of the sector's total.")
    assert r["claims"]["US$ 150 million"]["commodity"] == "forestry"
    assert r["errors"] == []


# --- a ranked list of buyers with an aside after a figure ----------------------------------------

RANKED = ("Bolivia's exports reached US$5.0 billion in 2024. Brazil was the main buyer at US$1.2 billion, "
          "mainly natural gas and urea from the eastern plants, followed by Argentina at US$0.6 billion, where "
          "most of the zinc is refined in local smelters, and Uruguay at US$0.4 billion.")


def test_the_places_ranked_after_an_aside_keep_the_flow_and_not_its_products():
    r = read(RANKED)
    assert r["claims"]["US$0.6 billion"]["measure"] == "exports"
    assert r["claims"]["US$0.4 billion"]["measure"] == "exports"
    assert r["claims"]["US$0.4 billion"]["commodity"] is None
    assert r["errors"] == []


# --- "Together, the three partners in the bloc bought" ---------------------------------------------

TOGETHER = ("Peru's exports totaled US$30,000 million in the first half of 2025. Sales to Brazil reached US$700 million, to "
            "Argentina US$300 million and to Paraguay US$100 million. Together, the three partners in the bloc "
            "bought US${joint} million of Peruvian goods.")


def test_the_counted_partners_in_a_bloc_are_the_parts_named_before():
    r = read(TOGETHER.format(joint="1,100"))
    assert r["claims"]["US$1,100 million"]["attribution"]["pair"] == "parts-together"
    assert r["errors"] == []


def test_a_planted_sum_of_the_counted_partners_is_caught():
    r = read(TOGETHER.format(joint="1,300"))
    assert any("1.3bn" in e for e in r["errors"])


# --- imports valued CIF and FOB in one article; the balance at its terms' valuation ----------------

VALUED = ("Peru's imports reached US$4,500.0 million CIF in May. Valuing imports FOB — without insurance and "
          "freight — purchases abroad amounted to US$4,200.0 million, against exports of US$5,000.0 million FOB. "
          "The country thus posted a trade surplus of US${surplus} million in the month.")


def test_leaving_out_insurance_and_freight_is_a_valuation_not_a_scope():
    r = read(VALUED.format(surplus="800.0"))
    assert r["claims"]["US$4,200.0 million"].get("scope") is None
    assert r["claims"]["US$4,200.0 million"]["valuation"] == "FOB"
    assert r["errors"] == []


def test_a_balance_after_both_flows_valued_fob_is_their_difference():
    r = read(VALUED.format(surplus="600.0"))
    assert any("balance" in e for e in r["errors"])

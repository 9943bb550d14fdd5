"""South Asian press, third round: two flows each with its own change and level, then both
earlier levels "respectively"; letters of credit (a bank's payment series, no trade flow);
a one-product article whose credit line stands between headline and lead; and a fiscal
span written from mid-month to mid-month."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-12-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_earlier_levels_given_respectively_after_each_flows_own_figures():
    # each flow has its own change and level; the two amounts joined by "and" before
    # "respectively" are the earlier levels of the flows in the order named
    r = read("Exports grew 10pc to $11.0bn in the first half of the fiscal year, while imports climbed "
             "20pc to $24.0bn, against $10.0bn and $20.0bn, respectively, a year earlier.")
    assert r["claims"]["$10.0bn"]["measure"] == "exports"
    assert r["claims"]["$20.0bn"]["measure"] == "imports"
    assert r["errors"] == []


def test_letters_of_credit_for_imports_are_a_payment_series():
    # the money of letters of credit opened "for imports" is the banks' series, not imports;
    # two such series do not contradict each other
    r = read("The opening of letters of credit (LCs) for imports rose by 2.0 per cent to $15.30 billion "
             "in July-September, central bank data showed. Settlement of LCs, which reflects actual "
             "imports, was $14.80 billion in the quarter.")
    assert r["claims"]["$15.30 billion"]["measure"] == "other"
    assert r["claims"]["$14.80 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_credit_line_between_headline_and_lead_keeps_the_article_on_its_product():
    # "Colombo Gazette, Colombo" credits the text; the lead after it names the product of the
    # headline, so a market's figure with no product word is that product's, and its share
    # is of the product's total, not of all goods named later
    r = read("Tea exports top US$ 1 bn in nine months\n\nColombo Gazette, Colombo\n\n"
             "Sri Lanka's tea exports rose 4.0 percent to US$ 1.04 billion in January-September 2025.\n\n"
             "Exports to Iraq were US$ 0.26 billion, or 25 percent of the total.\n\n"
             "Total merchandise exports in the nine months were US$ 10.0 billion.", published="2025-11-01")
    assert r["claims"]["US$ 0.26 billion"]["commodity"] == "tea"
    assert r["errors"] == []


def test_a_span_from_mid_month_to_mid_month_is_the_months_it_opens_in():
    # a fiscal year that opens mid-July: "mid-August to mid-December" is August to November,
    # as "the first four months" of a year starting in August would be
    r = read("Nepal's imports totalled Rs500.0 billion in the mid-August to mid-December period, while "
             "exports were Rs100.0 billion. Total trade stood at Rs600.0 billion.", published="2025-12-20")
    for figure in ("Rs500.0 billion", "Rs100.0 billion", "Rs600.0 billion"):
        assert r["claims"][figure]["period"] == "2025-08/2025-11"
    assert r["errors"] == []


def test_a_span_from_mid_month_with_a_sum_that_does_not_add_up_is_flagged():
    r = read("Nepal's imports totalled Rs500.0 billion in the mid-August to mid-December period, while "
             "exports were Rs100.0 billion. Total trade stood at Rs650.0 billion.", published="2025-12-20")
    assert r["errors"]


def test_a_quantity_share_of_a_total_given_in_the_paragraph_before():
    # the share names no figure for its total; the one volume of that unit before it (not
    # the earlier level "compared with") is the total
    text = ("Cashew shipments rose by 5.0 percent to 150.0 million kg, compared with 142.9 million kg a "
            "year earlier.\n\nVietnam remained the top buyer, taking {} million kg, or 20 percent of "
            "total volume, followed by the Netherlands.")
    assert read(text.format("30.0"))["errors"] == []
    assert read(text.format("45.0"))["errors"]


def test_the_middle_item_of_a_list_of_products_with_its_verb_left_out():
    # "knitwear fetched $X, bedwear $Y and garments $Z": bedwear is a product of its own, and
    # the three "together" are their sum, no fourth part of the sector's total
    text = ("Pakistan's textile exports rose 5% to $9.00 billion in July-December.\n\n"
            "Towel exports fetched $2.00 billion, bedwear $1.50 billion and denim $1.00 billion, so that the "
            "three categories together brought in ${} billion.")
    r = read(text.format("4.50"), published="2026-01-20")
    assert r["claims"]["$1.50 billion"]["commodity"] == "bedwear"
    assert r["errors"] == []
    assert read(text.format("4.90"), published="2026-01-20")["errors"]


def test_kinds_other_than_one_kind_make_up_the_product_with_it():
    # "basmati rice" and "non-basmati varieties" are the two kinds of the rice total
    text = ("India's rice exports earned ₹40,000 crore in April-September. Basmati rice accounted for "
            "₹25,000 crore of this, while non-basmati varieties fetched ₹{} crore.")
    assert read(text.format("15,000"), published="2025-10-30")["errors"] == []
    assert read(text.format("17,000"), published="2025-10-30")["errors"]

"""Building materials (a forty-fifth round of passages): an industry's total sales beside its
home sales, a breakdown by product then the partners of the whole, a change of a quantity in
square metres beside money, a balance "in" a product and a product's exports then bare
imports. How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str) -> dict:
    return next(c for c in result(text)["claims"] if c["text"] == figure)


TOTAL_SALES = ("Glass sales top EUR 3.1bn\n\n"
               "Portugal's glassware industry ended 2023 with total sales of 3,100 million euros, up 6.0%.\n\n"
               "- Total sales: EUR 3,100 million\n"
               "- Exports: EUR 2,200 million\n"
               "- Domestic sales: EUR 900 million\n")


def test_an_industrys_total_sales_beside_its_home_sales_are_no_exports():
    """"total sales of ..." and "Total sales:" beside "Domestic sales:" are the whole industry's sales, home and abroad."""
    for figure in ("3,100 million euros", "EUR 3,100 million", "EUR 3.1bn"):
        assert claim(TOTAL_SALES, figure)["measure"] == "other"
    assert claim(TOTAL_SALES, "EUR 2,200 million")["measure"] == "exports"
    assert errors(TOTAL_SALES) == []


EXPORT_SALES = ("Portugal's glassware makers reported export sales of EUR 2,200 million in 2023, "
                "while domestic sales were EUR 900 million.\n")


def test_export_sales_stay_exports():
    assert claim(EXPORT_SALES, "EUR 2,200 million")["measure"] == "exports"


PRODUCT_BREAKDOWN = ("Brazil's exports of wood products rose to $9,000 million in 2023.\n\n"
                     "Sawnwood exports stood at $2,000 million and plywood at $1,500 million, while veneers "
                     "and other panels accounted for $500 million.\n\n"
                     "The United States was the largest buyer at $3,000 million, followed by Mexico at $2,500 million.\n")


def test_partners_after_a_breakdown_by_product_are_the_whole_flows():
    """The partners ranked after several products' figures are partners of the whole, not of the last product."""
    for figure in ("$3,000 million", "$2,500 million"):
        assert claim(PRODUCT_BREAKDOWN, figure)["commodity"] is None
    assert errors(PRODUCT_BREAKDOWN) == []


MAINSTAY = "Norway's seafood exports reached $9,000 million.\n\nGranite remained the mainstay, with shipments worth $5,000 million.\n"


def test_the_mainstay_with_shipments_worth_is_that_products():
    assert claim(MAINSTAY, "$5,000 million")["commodity"] == "granite"


AREA_AND_VALUE = ("Mexico exported 300 million square meters of floor tiles in 2023, down 8.0 percent from 326 million sq m in 2022.\n\n"
                  "Export value fell 5.0 percent to $1.90 billion, from $2.00 billion.\n")


def test_a_change_beside_square_metres_is_the_quantitys_not_the_moneys():
    assert errors(AREA_AND_VALUE) == []


BALANCE_IN_GOODS = ("Canada recorded a trade surplus of $3.0 billion in maple syrup with the rest of the world in 2023.\n\n"
                    "Exports of maple syrup amounted to $4.0 billion, while imports were $1.0 billion.\n")


def test_a_balance_in_a_product_and_the_bare_imports_after_its_exports_are_that_products():
    assert claim(BALANCE_IN_GOODS, "$3.0 billion")["commodity"] == "maple syrup"
    assert claim(BALANCE_IN_GOODS, "$1.0 billion")["commodity"] == "maple syrup"
    assert errors(BALANCE_IN_GOODS) == []
    wrong = BALANCE_IN_GOODS.replace("$3.0 billion", "$3.6 billion")
    assert any("balance" in e for e in errors(wrong))


def test_a_balance_in_a_period_names_no_product():
    text = "Canada recorded a trade deficit of $3.0 billion in the first half of 2023.\n"
    assert claim(text, "$3.0 billion")["commodity"] is None


def test_imports_of_another_product_keep_their_own():
    text = "Exports of maple syrup amounted to $4.0 billion in 2023, while imports of honey were $1.0 billion.\n"
    assert claim(text, "$1.0 billion")["commodity"] == "honey"

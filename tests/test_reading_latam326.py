"""Latin American press on trade (probe round 26): money from tourism set against a goods
deficit, a compared level's date that dates nothing after it, one product's flow split by
partner, a qualified sector ("non-traditional agricultural"), a product that "led the list
with" its figure, a weight in pounds of a product the vocabulary knows, the value of those
exports after their quantity, the main buyer of the product in hand, and a share of the
quantity."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-08-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    return {"claims": {c["text"]: c for c in result["claims"]},
            "errors": [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]}


# --- income from tourism that covers a deficit is no trade balance ------------------------

def test_income_from_tourism_that_covers_the_gap_is_no_balance():
    r = read("Jamaica's imports reached US$4.0 billion in 2023, leaving a trade deficit of US$3.0 billion. "
             "The gap was financed mostly by income from tourism, US$2.1 billion, and by remittances, "
             "US$1.2 billion.")
    assert r["claims"]["US$2.1 billion"]["measure"] == "other"
    assert r["claims"]["US$3.0 billion"]["measure"] == "balance"
    assert r["errors"] == []


# --- "less than the $X of the same period of 2023, while imports reached $Y" ---------------

COMPARED = ("Uruguay's exports totaled US$ 5,400.0 million between January and June 2024, 10.0% less than "
            "the US$ 6,000.0 million of the same period of 2023, while imports reached US$ 5,500.0 million, "
            "leaving a deficit of US$ 100.0 million. In the same period of 2023 the country had a surplus "
            "of US$ {surplus} million.")


def test_the_compared_levels_period_does_not_date_the_next_clause():
    r = read(COMPARED.format(surplus="300.0"))
    assert r["claims"]["US$ 5,500.0 million"]["period"] == "2024-H1"
    assert r["claims"]["US$ 100.0 million"]["period"] == "2024-H1"
    assert r["errors"] == []


# --- one product's flow split by partner ------------------------------------------------------

SPLIT = ("Copper sales reached US$ 900.0 million, of which US$ {first} million went to China and "
         "US$ 200.0 million to Japan.")


def test_a_products_flow_split_by_partner_keeps_the_product_and_stays_within_it():
    r = read("Chile's exports were US$ 5,000.0 million in 2023. " + SPLIT.format(first="650.0"))
    assert r["claims"]["US$ 200.0 million"]["commodity"] == "copper"
    assert r["claims"]["US$ 200.0 million"]["partner"] == "JPN"
    assert r["errors"] == []
    assert read("Chile's exports were US$ 5,000.0 million in 2023. " + SPLIT.format(first="750.0"))["errors"]


# --- a sector word qualified by another ------------------------------------------------------

def test_non_traditional_agricultural_exports_are_not_all_agricultural_exports():
    r = read("Colombia's agricultural exports totaled US$ 8,000.0 million in 2023, 12.0% more than in 2022 "
             "(US$ 7,142.9 million). Non-traditional agricultural shipments reached US$ 5,000.0 million, while "
             "traditional agricultural exports, mainly coffee, totaled US$ 3,000.0 million.", "2024-02-01")
    assert r["claims"]["US$ 5,000.0 million"]["commodity"] == "non-traditional agricultural"
    assert r["claims"]["US$ 3,000.0 million"]["commodity"] == "traditional agricultural"
    assert r["errors"] == []


# --- "<product> led the list with $X" -----------------------------------------------------------

LED = ("Panama's exports reached $1.00 billion in the first half. Bananas again led the list with "
       "${bananas} million, or 30.0% of the total.")


def test_a_product_that_led_the_list_with_a_figure_is_that_products():
    r = read(LED.format(bananas="300.0"))
    assert r["claims"]["$300.0 million"]["commodity"] == "bananas"
    assert r["errors"] == []
    assert read(LED.format(bananas="400.0"))["errors"]


# --- a weight in pounds, the value of those exports, and their main buyer ---------------------

POUNDS = ("Honduras shipped 80 million pounds of shrimp between January and June 2024, 5.0% more than in "
          "the same period of 2023, but the value of those exports fell 10.0%, to US$ 180.0 million from "
          "US$ {earlier} million. The average price fell to US$ 2.25 per pound. The United States remained "
          "the main buyer, with US$ 90.0 million (50.0% of the total). Honduras' total exports were "
          "US$ 4,000.0 million.")


def test_pounds_of_shrimp_are_a_weight_and_the_value_of_those_exports_is_shrimps():
    r = read(POUNDS.format(earlier="200.0"))
    assert "80 million pounds" not in r["claims"]
    assert "5.0%" not in r["claims"]  # (the change of the weight, no money)
    assert r["claims"]["10.0%"]["commodity"] == "shrimp"
    assert r["claims"]["US$ 180.0 million"]["commodity"] == "shrimp"
    assert r["errors"] == []
    assert read(POUNDS.format(earlier="230.0"))["errors"]


def test_the_main_buyer_after_a_price_is_a_buyer_of_the_product():
    r = read(POUNDS.format(earlier="200.0"))
    assert r["claims"]["US$ 90.0 million"]["commodity"] == "shrimp"
    assert r["claims"]["50.0%"]["commodity"] == "shrimp"


# --- a share "of the quantity" ------------------------------------------------------------------

def test_a_share_of_the_quantity_is_no_share_of_money():
    r = read("Vietnam exported 1,000,000 tonnes of seafood worth US$ 8.00 billion in 2023. Frozen shrimp was the "
             "main item, accounting for 30.00 per cent of the quantity and 50.00 per cent of the total dollar "
             "earnings. Shipments of frozen shrimp stood at 300,000 tonnes, earning US$ 4.00 billion.", "2024-02-01")
    assert "30.00 per cent" not in r["claims"]
    assert r["errors"] == []


# --- registered exports, a regime's exports, electricity, and a partner ranked by a sector ----

BREAKDOWN = ("Total exports of Bolivia, including re-exports and electricity, reached US$ 5,000.0 million in 2023. "
             "The breakdown: registered exports, US$ 4,000.0 million; re-exports, US$ 700.0 million; and "
             "electricity, US$ 300.0 million. Chile was the main destination of registered exports, with "
             "US$ 1,000.0 million ({share}%). Exports under the drawback regime, which are counted within "
             "registered exports, amounted to US$ 500.0 million, 20.0% more than a year earlier.")


def test_registered_exports_electricity_and_a_regimes_exports_are_parts_of_the_total():
    r = read(BREAKDOWN.format(share="25.0"), "2024-02-01")
    assert r["claims"]["US$ 4,000.0 million"]["commodity"] == "registered"
    assert r["claims"]["US$ 300.0 million"]["commodity"] == "electricity"
    assert r["claims"]["US$ 500.0 million"]["commodity"] == "drawback"
    assert r["errors"] == []


def test_a_partner_ranked_as_destination_of_a_sectors_exports_takes_that_sector():
    r = read(BREAKDOWN.format(share="25.0"), "2024-02-01")
    assert r["claims"]["US$ 1,000.0 million"]["commodity"] == "registered"
    assert r["claims"]["25.0%"]["commodity"] == "registered"
    assert r["errors"] == []


# --- general merchandise, a product named before "whose sales reached", goods for processing ---

COFFEE = ("Nicaragua's exports of general merchandise totaled US$2,000.0 million in 2023. The rise is explained "
          "mainly by coffee, the leading export product, whose sales reached US$800.0 million, {share}% of the "
          "total. Goods for processing, which the central bank records separately, showed exports of "
          "US$1,500.0 million.")


def test_general_merchandise_is_the_whole_and_coffee_whose_sales_reached_is_coffees():
    r = read(COFFEE.format(share="40.0"), "2024-02-01")
    assert r["claims"]["US$2,000.0 million"]["commodity"] is None
    assert r["claims"]["US$800.0 million"]["commodity"] == "coffee"
    assert r["claims"]["US$1,500.0 million"]["commodity"] == "goods for processing"
    assert r["errors"] == []
    assert read(COFFEE.format(share="45.0"), "2024-02-01")["errors"]

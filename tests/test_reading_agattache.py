"""Agricultural attaché and market reports (round 25): list items that give a quantity and its
worth, records said of one product, changes between unit prices, quantities in MMT and bags,
tables with a change column, and one-column supply-and-use balances. Each text is written
for the test; a correct version gets no error and a planted one (one figure changed) gets one."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# --- a list item's label, then a quantity and its worth -----------------------------------

TEA = ("Kenya's tea earnings reached KSh 180.0 billion in 2023. The break-up:\n\n"
       "- Black CTC: 480.2 million kg, worth KSh 150.5 billion\n"
       "- Orthodox (including green and purple): 20.1 million kg, valued at KSh 29.5 billion\n")


def test_a_labelled_item_with_a_quantity_gives_its_worth_to_the_label():
    r = read(TEA)
    assert r["claims"]["KSh 150.5 billion"]["commodity"] == "black ctc"
    assert r["claims"]["KSh 29.5 billion"]["commodity"] == "orthodox"
    assert r["errors"] == []


def test_the_labelled_items_are_not_read_as_the_whole_again():
    # (read as the whole, the three figures would be "given as" one another: a duplicate error)
    r = read(TEA.replace("KSh 29.5 billion", "KSh 39.5 billion"))
    assert not any("do not agree" in e for e in r["errors"])


# --- a record of one product -------------------------------------------------------------

def test_a_record_said_of_one_product_is_not_given_to_the_whole_flow():
    text = ("Coffee exports dip 3.0% as robusta earnings hit record\n\n"
            "Total coffee export earnings came to $9.70 billion in 2023, against $10.00 billion in 2022.")
    assert read(text)["errors"] == []


# --- a change between unit prices -------------------------------------------------------

PRICES = ("Thailand exported 2.0 MMT of rice in the first half of 2024. "
          "Export value rose 20.0 percent to US$1.20 billion from US$1.00 billion, as the average price "
          "climbed to US$600 per ton from US$480 per ton, an increase of about 25 percent.")


def test_a_change_in_apposition_after_two_unit_prices_is_the_prices():
    r = read(PRICES)
    assert r["claims"]["25 percent"]["measure"] == "other"
    assert r["errors"] == []


def test_the_flows_own_change_is_still_checked():
    assert read(PRICES.replace("rose 20.0 percent", "rose 28.0 percent"))["errors"]


def test_a_change_between_a_price_and_the_price_it_came_from_is_the_prices():
    text = "Quotations for white sugar eased to $520 a tonne in May, down 8.0 percent from $580 a tonne in March."
    assert read(text)["claims"]["8.0 percent"]["measure"] == "other"


# --- quantities in MMT and in bags -------------------------------------------------------

SHARES = ("In 2023 the country exported 10.0 MMT of maize. Egypt remained the top market with 4.0 MMT, "
          "or 40.0 percent of the total. Spain ranked second with 2.5 MMT (25.0 percent).")


def test_a_bracketed_share_after_a_quantity_is_of_the_level_before_it():
    assert read(SHARES)["errors"] == []
    assert read(SHARES.replace("2.5 MMT (25.0", "3.5 MMT (25.0"))["errors"]


BAGS = ("Production is forecast at 55.0 million 60-kg bags, up 10.0 percent from the revised "
        "MY 2023/24 estimate of 50.0 million bags.")


def test_a_change_from_an_estimate_named_before_its_level():
    assert read(BAGS)["errors"] == []
    assert read(BAGS.replace("estimate of 50.0", "estimate of 45.0"))["errors"]


ARRIVALS = ("Arrivals in MY 2023/24 totaled 2.00 MMT, down 20.0 percent from 2.50 MMT in MY 2022/23. "
            "Arrivals comprised 1.50 MMT during the main crop and 0.50 MMT during the mid crop.")


def test_parts_are_not_held_to_the_earlier_level_of_a_change():
    assert read(ARRIVALS)["errors"] == []
    assert read(ARRIVALS.replace("0.50 MMT during", "0.80 MMT during"))["errors"]


# --- a table's change column ------------------------------------------------------------

TABLE = ("Pork imports by supplier (TMT)\n\n"
         "Supplier          2022     2023    Change\n"
         "Spain             100.0    110.0   +10.0%\n"
         "Denmark            50.0     45.0   -10.0%\n"
         "Canada             40.0     50.0   +25.0%\n"
         "Total             190.0    205.0    +7.9%\n")


def test_a_change_column_against_its_two_level_columns():
    assert read(TABLE)["errors"] == []
    assert read(TABLE.replace("50.0   +25.0%", "52.0   +25.0%"))["errors"]


def test_a_change_column_with_the_later_month_first():
    text = ("Stocks data (tonnes):\n\n"
            "                 May        April      m/m change\n"
            "Production     201,350     160,210     +25.68%\n"
            "Exports        152,600     121,980     +25.10%\n"
            "Stocks         503,470     402,110     +25.21%\n")
    assert read(text)["errors"] == []
    assert read(text.replace("152,600     121,980", "152,600     101,980"))["errors"]


# --- one-column balances ----------------------------------------------------------------

BALANCE = ("Barley supply and distribution, MY 2024/25 (MMT)\n\n"
           "Beginning stocks      1.0\n"
           "Production           10.0\n"
           "Total supply         11.0\n"
           "Feed                  3.0\n"
           "Food                  1.0\n"
           "Total domestic use    4.0\n"
           "Exports               6.0\n"
           "Ending stocks         1.0\n"
           "Total distribution   11.0\n")


def test_a_one_column_balance_adds_up():
    assert read(BALANCE)["errors"] == []


def test_a_subtotal_of_a_one_column_balance_that_does_not_add_up():
    assert read(BALANCE.replace("Feed                  3.0", "Feed                  4.0"))["errors"]


def test_a_lone_total_in_a_list_is_not_held_to_the_rows_above_it():
    # (a list whose only total may add rows it does not show: no balance to hold it to)
    text = ("Main items (US$ million)\n\n"
            "Coffee          100\n"
            "Tea              50\n"
            "Total exports   400\n")
    assert read(text)["errors"] == []


DISPOSITION = ("Oats supply and disposition, 2024-25 (thousand tonnes)\n\n"
               "Carry-in stocks ........ 500\n"
               "Production ............ 3,000\n"
               "Total supply .......... 3,500\n"
               "Exports ............... 2,000\n"
               "Domestic use .......... 1,200\n"
               "  of which feed ......... 900\n"
               "  other uses ............ 300\n"
               "Carry-out stocks ...... 300\n")


def test_the_uses_after_a_supply_total_add_up_to_it():
    assert read(DISPOSITION)["errors"] == []
    assert read(DISPOSITION.replace("Carry-out stocks ...... 300", "Carry-out stocks ...... 600"))["errors"]

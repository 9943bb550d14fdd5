"""Sentences of kinds met in the thirteenth round of passages (North American and Nordic
monthly releases): averages over months, shares in words, a month's change in a monthly
release, a change given with its percent and new level, and tables whose unit is in a header."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-09") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_an_average_over_months_is_a_rate_not_the_months_level():
    r = read("The goods and services deficit was $70.0 billion in May, up $2.0 billion from $68.0 billion in April. "
             "The average goods and services deficit increased $1.0 billion to $69.0 billion for the three months ending in May.")
    assert r["claims"]["$69.0 billion"]["per"] == "month"
    assert r["claims"]["$1.0 billion"]["per"] == "month"
    assert r["errors"] == []


def test_an_average_is_no_product():
    r = read("Canada's three-month average exports were $60.1 billion in June. Exports were $64.3 billion in June.", "2024-08-07")
    assert r["claims"]["$60.1 billion"]["commodity"] is None
    assert r["claims"]["$60.1 billion"]["per"] == "month"


def test_so_many_of_every_ten_dollars_is_a_share_not_an_amount():
    r = read("Peru's agricultural exports reached US$ 5,000 million in January-June. "
             "China bought about three of every ten dollars of Peru's agricultural exports.", "2024-08-20")
    assert r["claims"]["three of every ten dollars"]["kind"] == "share"
    assert not any(c["kind"] == "amount" and c["value"] == 10 for c in r["claims"].values())
    assert r["errors"] == []


def test_a_place_after_mostly_to_is_no_partner_of_the_figure():
    r = read("Peru's agricultural exports reached US$ 5,000 million in January-June. "
             "Mango shipments, mostly to the United States, reached US$ 400 million.", "2024-08-20")
    mango = r["claims"]["US$ 400 million"]
    assert (mango["partner"], mango["commodity"]) == ("WLD", "mango")


def test_a_product_subject_before_a_quantity_worth_its_money():
    r = read("Peru's agricultural exports reached US$ 5,000 million in January-June. "
             "Grape shipments reached 300,000 tonnes worth US$ 900 million.", "2024-08-20")
    assert r["claims"]["US$ 900 million"]["commodity"] == "grapes"  # (the table's label, vocab/commodities.csv)


def test_the_top_product_after_a_balance_is_of_the_lead_flow():
    r = read("Peru's agricultural exports reached US$ 5,000 million in January-June. Imports totalled US$ 4,000 million, "
             "giving a surplus of US$ 1,000 million. Coffee remained the top product at US$ 900 million.", "2024-08-20")
    coffee = r["claims"]["US$ 900 million"]
    assert (coffee["measure"], coffee["commodity"]) == ("exports", "coffee")
    assert r["errors"] == []


MONTHLY = ("Canada's merchandise exports rose {pct}% in May, while imports decreased 1.0%. "
           "Total exports increased from $50.0 billion in April to $51.0 billion in May. "
           "Total imports declined from $52.0 billion in April to $51.5 billion in May.")


def test_a_months_change_in_a_monthly_release_is_on_the_month_before():
    right = read(MONTHLY.format(pct="2.0"), "2024-07-05")
    assert right["claims"]["2.0%"]["base_period"] == "2024-04"
    assert right["errors"] == []
    assert read(MONTHLY.format(pct="3.0"), "2024-07-05")["errors"]


def test_a_release_that_also_compares_with_the_year_before_leaves_the_unsaid_base_a_guess():
    r = read(MONTHLY.format(pct="3.0") + " Exports to the United States were up 4.0% from a year earlier.", "2024-07-05")
    assert r["errors"] == []


CHANGE_AND_LEVEL = ("Denmark's seasonally adjusted exports of goods increased by DKK 1.0 bn, or {pct} per cent, "
                    "from March to April 2024 and amounted to DKK 51.0 bn.")


def test_a_change_with_its_percent_and_new_level_between_two_months():
    r = read(CHANGE_AND_LEVEL.format(pct="2.0"), "2024-06-10")
    assert r["claims"]["DKK 1.0 bn"]["change_base"] == "2024-03"
    assert r["claims"]["2.0 per cent"]["base_period"] == "2024-03"
    assert r["claims"]["DKK 51.0 bn"]["period"] == "2024-04"
    assert r["errors"] == []
    assert read(CHANGE_AND_LEVEL.format(pct="3.0"), "2024-06-10")["errors"]


TABLE = ("Statistics Sweden, 15 October 2024\n\n"
         "Key figures, Q3 2024 (Q3 2023), SEK billion, change in percent:\n"
         "- Exports: 110.0 (100.0), {pct}\n"
         "- Imports: 90.0 (100.0), -10.0\n\n"
         "Exports rose on higher car sales.")


def test_bare_numbers_under_a_header_naming_their_unit():
    r = read(TABLE.format(pct="10.0"), "2024-10-15")
    exports, earlier = r["claims"]["110.0"], r["claims"]["100.0"]
    assert (exports["currency"], exports["value"], exports["measure"], exports["period"]) == ("SEK", 110e9, "exports", "2024-Q3")
    assert earlier["period"] == "2023-Q3"
    assert (r["claims"]["-10.0"]["kind"], r["claims"]["-10.0"]["base_period"]) == ("percent_change", "2023-Q3")
    assert r["errors"] == []
    assert read(TABLE.format(pct="12.0"), "2024-10-15")["errors"]


BORDER = ("The United States imported $420.0 billion of goods from Canada last year. "
          "With Canada the deficit narrowed to {gap} billion as American companies sold $350.0 billion of goods north of the border.")


def test_a_phrase_after_the_figure_that_stands_for_the_partner_named_before():
    r = read(BORDER.format(gap="$70.0"), "2024-03-01")
    sold = r["claims"]["$350.0 billion"]
    assert (sold["measure"], sold["reporter"], sold["partner"], sold["commodity"]) == ("exports", "USA", "CAN", None)
    assert r["errors"] == []
    assert read(BORDER.format(gap="$60.0"), "2024-03-01")["errors"]

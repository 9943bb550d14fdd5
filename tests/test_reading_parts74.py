"""Sums of named parts (round 74). "The balance of N" that places take or that goes to them is
the rest of a whole, no trade balance: the rest of the partners listed (or of a bloc's members
named before), of their product and flow, so the listed parts and the rest add up to the whole.
"The N countries" taken together ("the three countries together took", "In all, the five
countries accounted for") are the last N places the text gave figures for, in their flow.
Places listed as the subject of "took" are buyers taken together: the text's country's exports
to them. A clause opened by a bare flow noun after "as" ("US remains top buyer as exports grow
5.7%") is about the reporter's own flow with everyone, not the place the clause before named.
Taking part "in the trade" names the business, no flow the text turns to. A change named by a
noun in apposition after the levels of a sum of counted products ("compared with RM20.63
billion a year ago, an increase of 58.5 per cent") is the change of that sum. A header set off
by a blank line above its bullets of worded rows ("- LNG: 9.83, up 92.7pc from 5.10") still
gives them its unit. "Worth of the shipments" points back to the product the text was on. The
rest of a breakdown whose words name the whole's product ("other iron and steel products for
the remaining $1.00 billion") is that whole less the parts named. The next buyer's clause
after a product's figure ("while the European Union bought US$ 808 million") is of the same
product. (Where a check needs a pair, real countries trade: an invented one gives the figures
no pair to check.)"""
from readings import claim, errors


_BALANCE_TAKEN = ("Nigeria's exports to ECOWAS stood at N551.2 billion in the second quarter of 2023.\n\n"
                  "Cote d'Ivoire was the leading ECOWAS destination, with N178.3 billion, followed by Togo "
                  "with N{togo} billion, Ghana N118 billion and Senegal N71.9 billion. Other ECOWAS countries "
                  "took the balance of N56.6 billion.\n\n"
                  "Imports from ECOWAS were only N63.8 billion.\n")


def test_the_balance_other_members_took_is_the_rest_of_the_bloc():
    text = _BALANCE_TAKEN.format(togo="126.4")
    assert errors(text, published="2023-09-01") == []
    rest = claim(text, "N56.6 billion", published="2023-09-01")
    assert rest["measure"] == "exports"
    assert rest["partner"].startswith("group:ECOWAS other than")
    assert claim(text, "N178.3 billion", published="2023-09-01")["partner"] == "CIV"
    assert errors(_BALANCE_TAKEN.format(togo="162.4"), published="2023-09-01") != []


_BALANCE_WENT = ("Ruritania's garment exports grew by 20.7 per cent to US$ 2,812 million in 2000, from "
                 "US$ 2,329 million in 1999. Total merchandise exports reached US$ 5,522 million.\n\n"
                 "The United States took US$ 1,797 million worth of garments, or 63.9 per cent of the total, "
                 "while the European Union bought US$ {eu} million. The balance of US$ 207 million went to "
                 "Canada, Japan and other markets.\n")


def test_the_balance_that_went_to_other_markets_is_the_rest_of_the_listed_buyers():
    text = _BALANCE_WENT.format(eu="808").replace("Ruritania", "Sri Lanka")
    assert errors(text, published="2001-02-04") == []
    rest = claim(text, "US$ 207 million", published="2001-02-04")
    assert rest["measure"] == "exports" and rest["commodity"] == "garments"
    assert rest["partner"] == "group:other than USA+EUU"
    assert claim(text, "US$ 808 million", published="2001-02-04")["commodity"] == "garments"
    assert errors(_BALANCE_WENT.format(eu="868").replace("Ruritania", "Sri Lanka"), published="2001-02-04") != []


def test_a_balance_with_a_partner_is_still_a_trade_balance():
    text = "Ruritania's exports to Japan were $5.0 billion and imports $3.0 billion, leaving a balance of $2.0 billion.\n"
    assert claim(text, "$2.0 billion")["measure"] == "balance"


_COUNTED = ("Nigeria imported goods worth N1.59tn from China in the fourth quarter of 2022. The total "
            "value of imports in the quarter stood at N6.25tn.\n\n"
            "Other top import partners in the quarter were:\n\n"
            "Belgium - N{belgium}bn\n"
            "India - N512.9bn\n"
            "United States - N455.1bn\n"
            "Netherlands - N381.6bn\n\n"
            "In all, the five countries accounted for N3.72tn, or 59.45 per cent of total imports in the quarter.\n")


def test_the_five_countries_in_all_are_the_five_just_listed():
    text = _COUNTED.format(belgium="776.4")
    assert errors(text, published="2023-02-20") == []
    together = claim(text, "N3.72tn", published="2023-02-20")
    assert together["measure"] == "imports"
    assert together["partner_group"] == "BEL+CHN+IND+NLD+USA"
    assert errors(_COUNTED.format(belgium="976.4"), published="2023-02-20") != []


_TOOK_TOGETHER = ("Indonesia's non-oil and gas exports in 2002 reached US$44.87 billion.\n\n"
                  "Japan was the main market with US$7.36 billion. The United States was the second-largest "
                  "market with US${usa} billion, followed by Singapore with US$4.08 billion. The three "
                  "countries together took US$18.39 billion, or 40.99 percent of the total.\n")


def test_the_three_countries_together_took_their_sum_of_exports():
    text = _TOOK_TOGETHER.format(usa="6.95")
    assert errors(text, published="2003-02-17") == []
    together = claim(text, "US$18.39 billion", published="2003-02-17")
    assert together["measure"] == "exports" and together["partner_group"] == "JPN+SGP+USA"
    assert errors(_TOOK_TOGETHER.format(usa="7.45"), published="2003-02-17") != []


_PLACES_TOOK = ("Malaysia's exports to the European Union rose to RM88.94 billion in 2017.\n\n"
                "The Netherlands, Germany and France together took RM56.19 billion:\n\n"
                "• Netherlands — RM26.72 billion\n"
                "• Germany — RM{germany} billion\n"
                "• France — RM9.40 billion\n")


def test_places_listed_as_the_subject_of_took_are_buyers_of_exports():
    text = _PLACES_TOOK.format(germany="20.07")
    assert errors(text, published="2018-04-12") == []
    assert claim(text, "RM56.19 billion", published="2018-04-12")["measure"] == "exports"
    assert errors(_PLACES_TOOK.format(germany="22.07"), published="2018-04-12") != []


def test_a_flow_clause_after_as_is_the_reporter_s_own_flow():
    text = ("US remains top buyer as exports grow 5.7% in nine months\n\n"
            "Sri Lanka's merchandise exports to the United States grew 6.1% to US$ 2,295.4 Mn in "
            "January-September 2025, from US$ 2,163.8 Mn a year earlier.\n\n"
            "Total merchandise exports for the nine months amounted to US$ 9,845.6 Mn, up from "
            "US$ 9,318.7 Mn in the same period of 2024.\n")
    assert errors(text, published="2025-10-21") == []
    assert claim(text, "5.7%", published="2025-10-21")["partner"] == "WLD"


def test_taking_part_in_the_trade_names_no_flow():
    text = ("Ruritania's non-oil exports rose by 37.32 per cent to $4.820bn in 2022, from $3.510bn in 2021.\n\n"
            "The volume of non-oil exports also increased to 6.3 million metric tonnes, while the number "
            "of registered exporters that participated in the trade rose to 2,566.\n\n"
            "The top four products accounted for $2.890bn, or 59.96 per cent of the total.\n")
    assert errors(text, published="2023-01-26") == []
    assert claim(text, "$2.890bn", published="2023-01-26")["measure"] == "exports"


_THREE_ITEMS = ("Malaysia's exports grew 20.7 per cent year-on-year to RM127.71 billion in April, from "
                "RM105.81 billion in April 2021.\n\n"
                "Oil and gas exports in April (RM billion):\n\n"
                "- Petroleum products: 16.32, up 40.1pc from 11.65\n"
                "- LNG: 9.83, up 92.7pc from 5.10\n"
                "- Crude petroleum: 6.54, up {crude}pc from 3.88\n\n"
                "Together, the three items brought in RM32.69 billion, or 25.6 per cent of total exports, "
                "compared with RM20.63 billion a year ago, an increase of 58.5 per cent.\n")


def test_a_change_in_apposition_after_a_sum_s_levels_is_the_sum_s_change():
    text = _THREE_ITEMS.format(crude="68.6")
    assert errors(text, published="2022-05-21") == []
    assert claim(text, "58.5 per cent", published="2022-05-21")["commodity"] == claim(text, "RM32.69 billion", published="2022-05-21")["commodity"]


def test_a_header_set_off_by_a_blank_line_gives_its_worded_bullets_their_unit():
    text = _THREE_ITEMS.format(crude="68.6")
    crude = claim(text, "6.54", published="2022-05-21")
    assert crude["kind"] == "amount" and crude["currency"] == "MYR"
    assert errors(_THREE_ITEMS.format(crude="58.6"), published="2022-05-21") != []


_STEEL = ("Indonesia's exports of iron and steel reached US$7.39 billion in 2019, up 26.8 percent from "
          "$5.83 billion in 2018.\n\n"
          "Ferronickel accounted for ${ferronickel} billion of the total, semi-finished stainless steel "
          "products for $2.57 billion and other iron and steel products for the remaining $1.00 billion.\n\n"
          "China absorbed $4.16 billion worth of the shipments, or 56.3 percent of the total.\n\n"
          "Iron and steel made up 4.74 percent of the country's non-oil and gas exports, which reached "
          "$155.89 billion last year.\n")


def test_worth_of_the_shipments_is_of_the_product_the_text_was_on():
    text = _STEEL.format(ferronickel="3.82")
    assert errors(text, published="2020-01-20") == []
    assert claim(text, "$4.16 billion", published="2020-01-20")["commodity"] == "iron and steel"


def test_the_remaining_part_named_by_the_whole_s_product_is_the_whole_less_the_parts():
    text = _STEEL.format(ferronickel="3.82")
    assert claim(text, "$1.00 billion", published="2020-01-20")["commodity"] != "iron and steel"
    assert errors(_STEEL.format(ferronickel="3.52"), published="2020-01-20") != []

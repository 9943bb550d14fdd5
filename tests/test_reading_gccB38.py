"""Gulf statistics bulletins (a thirty-eighth round of passages): products named as the top
export, as a flow's leader or before a bracketed list and a "which" clause; the money of a
ranked subset of partners; a deficit's "improvement"; a budget's surplus; a bare "compared
to" level; a year of another reckoning that overlaps the text's; bare numbers under a list
header with a unit. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


BULLETIN = ("Exports\n"
            "National-origin exports fell by 4% to reach BD 240 million in March 2024 compared to BD 250 million "
            "in March 2023. The top 5 countries in terms of the value of national-origin exports purchased 60% of "
            "the total value exported from the Kingdom, amounting to BD 144 million.\n\n"
            "Copper wire emerged as the top product exported during March 2024 with BD 60 million (25%).\n\n"
            "Re-exports\n"
            "Re-exports rose by 10% to BD 33 million in March 2024, compared to BD 30 million a year earlier.\n\n"
            "Imports\n"
            "Imports fell by 6% reaching BD 343 million compared to BD 365 million in March 2023.\n\n"
            "Trade balance\n"
            "The trade balance recorded a deficit of BD 70 million in March 2024, compared to a deficit of "
            "BD 85 million in March 2023, an improvement of 18%.")


def test_money_of_the_top_partners_after_their_share_of_the_total_is_a_part():
    """"The top 5 countries ... purchased 60% of the total value exported ..., amounting to BD
    144 million": the money is the part the share is, not a second figure of the whole."""
    r = read(BULLETIN)
    assert r["claims"]["BD 144 million"]["scope"] == "an unnamed part"
    assert not any("BD 144" in e for e in r["errors"])


def test_a_product_that_emerged_as_the_top_export_owns_its_figure():
    """"Copper wire emerged as the top product exported ... with BD 60 million (25%)": the
    product's figure, its share of the national-origin exports the text gave."""
    r = read(BULLETIN)
    assert r["claims"]["BD 60 million"]["commodity"] == "copper"
    assert not r["errors"]


def test_a_deficit_that_improves_shrinks():
    """"a deficit of BD 70 million ..., compared to a deficit of BD 85 million ..., an
    improvement of 18%": the deficit got smaller by 18%."""
    c = read(BULLETIN)["claims"]["18%"]
    assert c["measure"] == "balance" and c["factor"] < 1


def test_a_wrong_improvement_of_a_deficit_is_flagged():
    assert read(BULLETIN.replace("an improvement of 18%", "an improvement of 28%"))["errors"]


def test_a_surplus_that_improves_grows():
    """"a surplus of $120 million ..., against a surplus of $100 million, an improvement of 20%"."""
    r = read("The trade balance showed a surplus of $120 million in March 2024, compared to a surplus of "
             "$100 million in March 2023, an improvement of 20%.")
    assert r["claims"]["20%"]["factor"] > 1 and not r["errors"]


def test_a_product_before_its_bracketed_list_and_which_clause():
    """"mainly due to lower exports of petroleum gases (LNG and propane), which fell to QR9.1bn
    and accounted for 50.0 percent of all exports": the product's figure and share."""
    r = read("Total exports amounted to QR18.2bn in March 2024. The decline was mainly due to lower exports of "
             "petroleum gases and other gaseous hydrocarbons (LNG, propane and butane), which fell to QR9.1bn "
             "and accounted for 50.0 percent of all exports.")
    assert r["claims"]["QR9.1bn"]["commodity"] == "petroleum gases"
    assert not r["errors"]


def test_a_leader_valued_at_owns_its_figure():
    """"Non-oil exports were led by polymers of propylene in primary forms, valued at AED 3.0
    billion, or 20.0% of non-oil exports": the leader's value, not the flow's."""
    r = read("Non-oil exports reached AED 15.0 billion in the first quarter of 2024. Non-oil exports were led by "
             "polymers of propylene in primary forms, valued at AED 3.0 billion, or 20.0% of non-oil exports.")
    assert r["claims"]["AED 3.0 billion"]["commodity"] == "polymers"
    assert not r["errors"]


MERCHANDISE = ("Total merchandise exports rose by 20.0 per cent to RO12,000.0 million by the end of June 2023, "
               "compared with RO10,000.0 million in the same period of 2022. "
               "Merchandise imports rose 10.0 per cent to RO8,800.0 million, compared to RO8,000.0 million. "
               "The trade balance posted a surplus of RO3,200.0 million by the end of June 2023. "
               "The Ministry of Finance said the state budget had returned to surplus, reaching RO900 million.")


def test_a_bare_compared_to_level_is_the_changes_earlier_level():
    """"rose 10.0 per cent to RO8,800.0 million, compared to RO8,000.0 million": the level
    compared with is at the change's base period, not the current one."""
    r = read(MERCHANDISE, "2023-08-01")
    assert r["claims"]["RO8,000.0 million"]["period"] == "2022-H1"
    assert not r["errors"]


def test_a_budget_that_returned_to_surplus_is_no_trade_balance():
    """"the state budget had returned to surplus, reaching RO900 million": the budget's money."""
    assert read(MERCHANDISE, "2023-08-01")["claims"]["RO900 million"]["measure"] == "other"


def test_a_changed_import_level_after_a_bare_compared_to_is_flagged():
    assert read(MERCHANDISE.replace("RO8,800.0 million", "RO9,800.0 million"), "2023-08-01")["errors"]


CEPA = ("Non-oil trade between the UAE and India reached $40.0 billion in the first 12 months of the agreement, "
        "from May 2022 to April 2023, up 10.0 per cent from $36.4 billion in the previous 12 months.\n\n"
        "Indian data for the fiscal year tell the same story. India's exports to the UAE rose 10.0 per cent in "
        "2022-23 to $22.0 billion, from $20.0 billion in 2021-22, while imports from the UAE, including crude "
        "oil, climbed 20.0 per cent to $48.0 billion. That put total bilateral trade at $70.0 billion, up 16.7 "
        "per cent.")


def test_a_year_of_another_reckoning_dates_the_figures_after_it():
    """"rose 10.0 per cent in 2022-23 ... That put total bilateral trade at $70.0 billion": the
    fiscal year the sentence before compared, not the agreement's year the text opened with."""
    r = read(CEPA, "2023-05-20")
    assert r["claims"]["$70.0 billion"]["period"] == "2022-04/2023-03"
    assert not r["errors"]


def test_a_flow_that_counts_in_what_the_scope_leaves_out_is_the_whole():
    """"imports from the UAE, including crude oil" in a text on non-oil trade: all goods."""
    r = read(CEPA, "2023-05-20")
    assert r["claims"]["$48.0 billion"]["commodity"] is None
    assert r["claims"]["$70.0 billion"]["commodity"] is None


PORTS = ("Bahrain's imports of goods fell by 5.0 percent in 2022 to BD 6.000 billion, compared with BD 6.316 billion "
         "in 2021, the authority said.\n\n"
         "Imports by port of entry (BD million):\n"
         "- Mina Salman Port: 3,000 (50.0 percent)\n"
         "- Bahrain International Airport: 1,800 (30.0 percent)\n"
         "- Land ports (Al-Abdali and Al-Salmi): 1,200\n")


def test_bare_numbers_under_a_list_header_with_a_unit_are_amounts():
    """"Imports by port of entry (BD million):" over "- Mina Salman Port: 3,000 (50.0 percent)":
    the port's imports in BD million, its share of the country's imports."""
    r = read(PORTS, "2023-07-01")
    c = r["claims"]["3,000"]
    assert (c["measure"], c["value"], c["commodity"]) == ("imports", 3.0e9, None)
    assert c["scope"].startswith("through")
    assert not r["errors"]


def test_a_changed_port_figure_is_flagged_against_its_share():
    assert read(PORTS.replace("3,000 (50.0", "3,600 (50.0"), "2023-07-01")["errors"]

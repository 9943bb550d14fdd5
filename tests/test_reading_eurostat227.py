"""Releases of Eurostat and of national statistics offices of the EU (a second round of
passages): titles restated as volumes, balances split in brackets, periods a bracket
inherits, measures that are not trade, bloc exclusions as partners. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


VOLUME_TITLE = ("Statistics Belgium\n20 June 2024\n\n"
                "Goods exports up by 3.4 percent in May\n\n"
                "In May 2024, the volume of Belgian exports of goods was 3.4 percent higher than in May 2023. "
                "Exports of goods were worth 40.0 billion euros in May, 1.5 percent more than a year earlier.")


def test_a_title_change_the_body_restates_as_a_volume_change_is_no_value_change():
    r = read(VOLUME_TITLE)
    assert "3.4 percent" not in r["claims"]
    assert r["claims"]["1.5 percent"]["measure"] == "exports"
    assert r["errors"] == []


SURPLUS_SPLIT = ("Denmark exported goods worth 12.0 billion euros and imported goods worth 10.5 billion euros in "
                 "March 2024. In unadjusted terms, the surplus was 1.3 billion euros (exports: 11.9 billion euros; "
                 "imports: 10.6 billion euros).")


def test_a_balance_a_bracket_splits_into_exports_and_imports_stays_a_balance():
    r = read(SURPLUS_SPLIT, "2024-05-10")
    assert r["claims"]["1.3 billion euros"]["measure"] == "balance"
    assert not any("total is stated" in e for e in r["errors"])


BRACKET_PERIOD = ("Vienna - In January to April 2024 the trade deficit narrowed to EUR 1.20 bn, after a deficit of "
                  "EUR 4.00 bn in the same period of 2023 (imports: EUR 60.00 bn; exports: EUR 56.00 bn). Imports "
                  "fell to EUR 55.20 bn and exports to EUR 54.00 bn.")


def test_flows_a_bracket_splits_a_dated_figure_into_have_its_period():
    r = read(BRACKET_PERIOD)
    assert r["claims"]["EUR 60.00 bn"]["period"] == "2023-01/2023-04"
    assert r["claims"]["EUR 56.00 bn"]["period"] == "2023-01/2023-04"
    assert r["claims"]["EUR 55.20 bn"]["period"] == "2024-01/2024-04"
    assert r["errors"] == []


OTHER_MEASURES = ("Berlin - Germany's exports rose 2.0% in May 2024 to 125.0 billion euros on the previous month, "
                  "and imports rose 1.0% to 105.0 billion euros. Industrial production, reported on the same day, "
                  "fell by 3.0% in May on the previous month. Prices of imported goods fell by 0.5% on a year earlier, "
                  "and consumers spent 1.2% more.")


def test_production_prices_of_traded_goods_and_spending_are_no_flow():
    r = read(OTHER_MEASURES)
    for figure in ("3.0%", "0.5%", "1.2%"):
        assert r["claims"][figure]["measure"] == "other", figure


NON_EU = ("ISTAT - Foreign trade non-EU countries\n\n"
          "In April 2024 exports to non-EU countries rose by 2.0% on April 2023 to 25,000 million euros. "
          "Exports to China fell by 10.0%, while exports to Japan rose by 5.0%.")


def test_a_bloc_exclusion_in_an_office_release_is_the_partner_of_the_office_country():
    r = read(NON_EU, "2024-05-25")
    assert r["claims"]["25,000 million euros"]["reporter"] == "ITA"
    assert r["claims"]["10.0%"]["reporter"] == "ITA"
    assert r["claims"]["10.0%"]["partner"] == "CHN"


def test_a_bracketed_change_after_a_driver_product_is_that_products():
    r = read("In April 2024 exports rose by 1.0% to 25,000 million euros on March 2024. The growth was driven "
             "mainly by pharmaceuticals (+9.0%) and machinery (+3.0%).", "2024-05-25")
    assert r["claims"]["+9.0%"]["commodity"] == "pharmaceuticals"
    assert r["errors"] == []


def test_a_year_after_a_month_is_no_low_end_of_a_range():
    r = read("The oil deficit narrowed from 5,200 million euros in June 2023 to 4,100 million euros in June 2024.",
             "2024-07-25")
    assert "4,100 million euros" in r["claims"]
    assert r["claims"]["5,200 million euros"]["period"] == "2023-06"


def test_a_share_of_a_products_flow_named_by_an_acronym_is_of_that_product_with_the_world():
    r = read("Brussels - The EU imported electric cars worth EUR 10.0 billion from China in 2023, about 40% of its "
             "total EV imports. EU imports from China were worth EUR 500.0 billion and all EU imports EUR 2.5 trillion.",
             "2024-06-13")
    assert r["claims"]["40%"]["commodity"] == "electric vehicles"
    assert r["errors"] == []


def test_trade_inside_a_bloc_with_a_code_is_the_bloc_with_itself():
    r = read("Intra-EU trade - the trade between Member States - reached EUR 4 000.0 bn in 2023, down 3.0% compared "
             "with 2022. Extra-EU exports were EUR 2 500.0 bn and extra-EU imports EUR 2 450.0 bn.", "2024-02-15")
    c = r["claims"]["EUR 4 000.0 bn"]
    assert (c["reporter"], c["partner"]) == ("EUU", "EUU")
    assert r["errors"] == []


def test_a_flow_whose_verb_is_left_out_keeps_the_pair_of_the_figure_before():
    r = read("EU trade in goods in surplus\n\nIn 2023, extra-EU exports of goods amounted to EUR 2 540.0 bn. "
             "Extra-EU imports fell to EUR 2 500.0 bn. As a result, the EU recorded a surplus of EUR 40.0 bn.\n\n"
             "Euro area (EA20) exports to the rest of the world reached EUR 2 900.0 bn and imports EUR 2 600.0 bn, "
             "giving a surplus of EUR 300.0 bn.", "2024-02-15")
    first, second = r["claims"]["EUR 2 900.0 bn"], r["claims"]["EUR 2 600.0 bn"]
    assert (second["reporter"], second["partner"]) == (first["reporter"], first["partner"])
    assert second["reporter"] != "EUU"
    assert r["errors"] == []


def test_places_ranked_as_exporters_have_their_own_exports_in_brackets():
    r = read("In 2023 extra-EU exports were EUR 2 500.0 bn. Spain (EUR 150.0 bn, or 6.0% of the total) was the "
             "fourth largest exporter to countries outside the EU, followed by Belgium (EUR 140.0 bn, 5.6%) and "
             "Poland (EUR 100.0 bn, 4.0%).", "2024-02-15")
    c = r["claims"]["EUR 150.0 bn"]
    assert (c["measure"], c["reporter"]) == ("exports", "ESP")
    assert r["claims"]["EUR 100.0 bn"]["reporter"] == "POL"
    assert r["errors"] == []


AREA_AND_EU = ("euro indicators\n17 June 2024\n\nApril 2024\nEuro area international trade in goods surplus EUR 20.0 bn\n"
               "EUR 18.0 bn surplus for EU\n\n"
               "The first estimate for euro area (EA20) exports of goods to the rest of the world in April 2024 was "
               "EUR 250.0 billion. Imports from the rest of the world stood at EUR 230.0 bn.\n\n"
               "Euro area trade balance, seasonally adjusted\n"
               "In April 2024, the seasonally adjusted trade balance rose from +EUR 17.0 bn in March 2024 to +EUR 21.0 bn "
               "in April 2024. The seasonally adjusted balance for the EU stood at +EUR 19.0 bn.")


def test_a_group_named_with_its_own_flow_with_the_world_carries_to_the_next_flow():
    c = read(AREA_AND_EU, "2024-06-17")["claims"]["EUR 230.0 bn"]
    assert c["reporter"] != "EUU"


def test_a_heading_naming_a_group_and_a_flow_sets_the_paragraph_under_it():
    r = read(AREA_AND_EU, "2024-06-17")
    assert r["claims"]["+EUR 21.0 bn"]["reporter"] != "EUU"
    assert r["errors"] == []


def test_a_table_rows_product_reaches_every_cell_whatever_its_columns_flow():
    # (a row label with its code in brackets, read as a product word, not a row label)
    r = read("Extra-EU trade by product group (EUR bn)\n\n"
             "Product group | Exports Jan-Apr 23 | Exports Jan-Apr 24 | Imports Jan-Apr 23 | Imports Jan-Apr 24\n"
             "Total | 900.0 | 910.0 | 800.0 | 790.0\n"
             "Chemicals (5) | 200.0 | 210.0 | 110.0 | 105.0\n", "2024-06-15")
    assert r["claims"]["200.0"]["commodity"] == "chemicals"
    assert r["claims"]["110.0"]["commodity"] == "chemicals"
    assert r["claims"]["105.0"]["commodity"] == "chemicals"

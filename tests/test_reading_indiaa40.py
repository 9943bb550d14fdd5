"""Indian government trade releases and the business papers that report them (round 40): a
total of goods and services beside merchandise figures, "the first quarter of 2023-24", "For
March alone," after a year's figures, a headline's clause after a semicolon, the largest
market of a product a paragraph is on, a floor written "$900-billion-plus", money of trade and
investment together, and a flow split into services and goods. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2023-07-14") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


OVERALL = ("India's merchandise exports fell 10.00 per cent to USD 36.00 billion in May. Exports stood at USD 40.00 "
           "billion in May 2022. According to the ministry's estimate, the overall exports of goods and services in May "
           "were USD 63.00 billion, against USD 70.00 billion a year earlier, a dip of 10.00 per cent.")


def test_the_level_and_change_beside_a_total_of_goods_and_services_are_of_that_total():
    """"overall exports of goods and services ... USD 63.00 billion, against USD 70.00 billion a
    year earlier": the earlier level is of the same total, not the merchandise figure's series."""
    r = read(OVERALL)
    assert r["claims"]["USD 70.00 billion"]["scope"] == "goods and services"
    assert r["claims"]["USD 70.00 billion"]["attribution"]["commodity"] == "goods-and-services-go-on"
    assert not r["errors"]


def test_a_wrong_change_of_the_total_of_goods_and_services_is_flagged():
    """A dip of 20% from USD 70.00 billion to USD 63.00 billion: flagged."""
    assert read(OVERALL.replace("a dip of 10.00 per cent", "a dip of 20.00 per cent"))["errors"]


def test_the_first_quarter_of_a_fiscal_year_written_as_two_years():
    """"the first quarter of 2023-24" in an Indian text: April-June 2023, not the whole year."""
    c = read("India's trade deficit for the first quarter of 2023-24 stood at USD 57.60 billion.")["claims"]["USD 57.60 billion"]
    assert c["period"] == "2023-Q2"


MARCH = ("India's merchandise imports rose 6.2 per cent to $720.24 billion in 2024-25. Non-oil exports rose 6 per cent "
         "to $374.08 billion from $352.92 billion.\n\n"
         "For March alone, imports jumped 10.88 per cent to $63.51 billion, leaving a monthly deficit of $21.54 billion.")


def test_for_a_month_alone_opening_a_sentence_dates_its_figures():
    """"... from $352.92 billion. For March alone, imports jumped": March 2025, not the fiscal
    year (the "from" before the full stop is no base of the month after it)."""
    r = read(MARCH, "2025-04-15")
    assert r["claims"]["$63.51 billion"]["period"] == "2025-03"
    assert not r["errors"]


HEADLINE = ("Japan remains Vietnam's top trading partner for third year; trade surplus rises to $4.2 bn\n\n"
            "Vietnam's exports to Japan rose to $24.0 billion in 2023, while imports from Japan were $19.8 billion. "
            "Vietnam's trade surplus with Japan thus reached $4.2 billion.")


def test_a_headline_clause_after_a_semicolon_keeps_the_pair_of_the_first():
    """"Japan remains Vietnam's top trading partner ...; trade surplus rises to $4.2 bn": the
    surplus is Vietnam's with Japan, not with the world."""
    c = read(HEADLINE, "2024-01-20")["claims"]["$4.2 bn"]
    assert (c["reporter"], c["partner"]) == ("VNM", "JPN") and c["attribution"]["pair"] == "headline-first-clause"


MARKET = ("India's exports of steel products fell 10% to $20.00 billion in April-December 2023, from $22.22 billion a "
          "year earlier.\n\n"
          "In December alone, steel exports shrank 20% to $2.00 billion from $2.50 billion, accounting for 5% of that "
          "month's outbound shipments of $40.00 billion.\n\n"
          "Italy, which emerged as a major buyer of flat-rolled products and pipes, was the largest market, taking "
          "$5.00 billion worth, or about 25% of the total.")


def test_the_largest_market_after_a_product_paragraph_is_that_products():
    """"Italy, which emerged as a major buyer of ..., was the largest market, taking $5.00 billion
    worth": steel's market (the whole of a share before, and the products the aside about Italy
    names, leave the product the text is on as it was)."""
    r = read(MARKET, "2024-01-17")
    assert r["claims"]["$5.00 billion"]["commodity"] == "steel"
    assert r["claims"]["$5.00 billion"]["attribution"]["commodity"] == "ranked-market"
    assert not r["errors"]


def test_a_floor_written_after_the_figure():
    """"a $900-billion-plus gap": at least $900 billion."""
    c = read("The US trade deficit was $941.7 billion in 2025. Nobody will close a $900-billion-plus gap with a "
             "border tax.", "2026-02-05")["claims"]["$900-billion"]
    assert c["bound"] == "ge"


def test_money_of_exports_and_investment_together_is_no_export_flow():
    """"facilitated $139.3 billion in export and investment business": trade and other money
    added, no figure of exports (so no whole the merchandise exports exceed)."""
    r = read("Canada's merchandise exports totalled $768.3 billion in 2023. Services exports were $150.0 billion. "
             "Last year, the agency facilitated $139.3 billion in export and investment business.", "2024-11-05")
    assert r["claims"]["$139.3 billion"]["measure"] == "other"
    assert not r["errors"]


SPLIT = ("Brazil is Chile's third-largest trading partner, with two-way goods and services trade worth US$20.0 "
         "billion in 2023.\n\n"
         "- Chile's exports to Brazil: US$12.0 billion, of which services accounted for US$2.0 billion and goods "
         "US$10.0 billion\n"
         "- Chile's imports from Brazil: US$8.0 billion\n")


def test_flows_split_into_services_and_goods_make_up_the_total_of_both():
    """"exports: US$12.0 billion, of which services ... and goods ...", then imports: both flows
    of goods and services, which add up to the two-way total."""
    r = read(SPLIT, "2024-04-15")
    assert r["claims"]["US$12.0 billion"]["scope"] == "goods and services"
    assert r["claims"]["US$8.0 billion"]["scope"] == "goods and services"
    assert not r["errors"]


def test_flows_that_do_not_make_up_the_total_are_flagged():
    """Imports of US$9.0 billion with exports of US$12.0 billion against a total of US$20.0 billion: flagged."""
    assert read(SPLIT.replace("US$8.0 billion", "US$9.0 billion"), "2024-04-15")["errors"]


ANNIVERSARY = ("Total trade in goods and services between the UK and Canada was £30.0 billion in 2025, an increase of "
               "20.0% or £5.0 billion from 2024.\n\n"
               "UK exports to Canada totalled £18.0 billion, while UK imports from Canada were £12.0 billion. Services "
               "made up £8.0 billion of UK exports.")


def test_a_total_of_goods_and_services_goes_on_past_its_own_change():
    """"..., an increase of 20.0% or £5.0 billion": the change is of the total, and the flows after
    it still are (so a wrong change in money is set against the levels)."""
    r = read(ANNIVERSARY, "2026-03-01")
    assert r["claims"]["£18.0 billion"]["scope"] == "goods and services"
    assert not r["errors"]
    assert read(ANNIVERSARY.replace("£5.0 billion", "£6.0 billion"), "2026-03-01")["errors"]

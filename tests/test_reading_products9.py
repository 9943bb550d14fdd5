"""Sentences of kinds met in a ninth round of passages (European statistics offices,
historical wires) whose product or scope went astray: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_every_item_of_an_exclusion_list_is_left_out():
    r = read("Danish goods exports were DKK 98.0 billion in May 2024. Wind turbine exports totalled DKK 9.5 billion. "
             "Core exports, i.e. exports excluding wind turbines, medicines, fuels and ships, came to DKK 41.2 billion in May.",
             "2024-07-09")
    assert r["claims"]["DKK 41.2 billion"]["commodity"] == "excluding wind turbines and medicines and fuels and vessels"  # (ships are vessels: vocab/commodities.csv)
    assert r["errors"] == []  # 41.2 + 9.5 is no whole: medicines, fuels and ships are left out too


def test_an_exclusion_of_one_item_and_its_part_still_make_the_whole():
    r = read("Norwegian goods exports amounted to NOK 113.6 billion in October 2023. Natural gas exports totalled "
             "NOK 41.8 billion. Exports excluding natural gas came to NOK 60.0 billion in October.", "2023-11-15")
    assert r["claims"]["NOK 60.0 billion"]["commodity"] == "excluding natural gas"
    assert r["errors"]  # 60.0 + 41.8 is not 113.6


SWISS = ("Swiss exports fell 1.4% to CHF 274.1bn in 2023, while imports dropped 5.8% to CHF 226.2bn. "
         "The figures exclude gold bars and other precious metals. ")


def test_an_including_opener_is_a_wider_series_where_the_plain_figures_may_leave_it_out():
    r = read(SWISS + "Including precious metals, exports totalled CHF 379.6bn.")
    assert r["claims"]["CHF 379.6bn"]["scope"] == "including precious metals"
    assert r["errors"] == []


def test_an_including_opener_is_the_whole_where_the_text_gives_the_figures_without_it():
    r = read("Israel's exports of goods, excluding diamonds, declined 5.6% to $60.3 billion in 2023. "
             "Including diamonds, exports of goods totaled $69.1 billion, of which diamond exports accounted for $6.8 billion.",
             "2024-01-16")
    assert r["claims"]["$69.1 billion"].get("scope") is None
    assert r["errors"]  # 60.3 + 6.8 is not 69.1


def test_an_opener_counting_trade_with_places_in_is_no_product_series():
    r = read("South Africa posted a trade surplus of R16.1 billion in February 2023. Counting trade with Botswana, "
             "Eswatini, Lesotho and Namibia (BELN), exports reached R154.3 billion and imports R138.2 billion.",
             "2023-03-31")
    assert r["claims"]["R154.3 billion"].get("scope") is None
    assert r["errors"] == []


def test_a_partner_ranked_as_a_market_after_a_products_figure_is_that_products():
    r = read(SWISS + "Watch exports rose 7.7% to a record CHF 26.7bn from CHF 24.8bn in 2022. "
             "The United States remained the largest market at CHF 4.4bn, or 16.5% of the total.")
    us = r["claims"]["CHF 4.4bn"]
    assert (us["partner"], us["commodity"]) == ("USA", "watches")  # (the table's label, vocab/commodities.csv)
    assert r["errors"] == []


def test_a_partner_ranked_after_a_whole_flow_names_no_product():
    r = read("Swiss exports fell 1.4% to CHF 274.1bn in 2023. "
             "The United States remained the largest market at CHF 45.2bn.")
    assert r["claims"]["CHF 45.2bn"]["commodity"] is None


def test_a_change_in_total_exports_is_of_the_whole_not_of_its_driver():
    r = read("HK re-exports drive 14.8% rise in total exports\n\nHONG KONG, Jan. 26, 1996 -- Hong Kong's total exports "
             "rose 14.8 per cent last year to HK$1,344.1 billion. Re-exports grew 17.1 per cent to HK$1,112.5 billion.",
             "1996-01-26")
    assert r["claims"]["14.8%"]["commodity"] is None
    assert r["errors"] == []


def test_a_share_of_all_goods_exports_is_of_goods_where_services_are_given_apart():
    r = read("Britain's deficit on trade in goods and services widened to £6.5bn in 1996. The deficit on trade in goods "
             "rose to £12.6bn, as exports of goods reached £167.4bn and imports £180.0bn. It was partly offset by a "
             "surplus on trade in services of £6.1bn. Exports to the European Union were worth £95.8bn, or 57.2 per cent "
             "of all goods exports.", "1997-03-26")
    assert r["claims"]["57.2 per cent"]["commodity"] == "goods"
    assert r["errors"] == []


def test_a_share_of_goods_exports_where_services_never_come_names_no_part():
    r = read("Kenya's exports reached Sh873.1 billion in 2023. Exports to Uganda were worth Sh141.3 billion, or 16.2 per "
             "cent of all goods exports.", "2024-04-02")
    assert r["claims"]["16.2 per cent"]["commodity"] is None
    assert r["errors"] == []

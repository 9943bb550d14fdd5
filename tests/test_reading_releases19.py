"""Sentences of kinds met in official monthly releases (Eurostat, Destatis, ONS, French
customs) of the nineteenth probe round: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-07") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_rolling_window_after_a_datelines_dash_is_the_twelve_months_to_the_month():
    r = read("Lyon, 7 May 2024 - Over the last twelve months, the cumulative trade deficit reached €62.4 billion. "
             "A year earlier, it had stood at €101.8 billion.\n\n"
             "In the first quarter of 2024, exports totalled €120.0 billion and imports €131.0 billion.")
    assert r["claims"]["€62.4 billion"]["period"] == "2023-04/2024-03"
    assert r["claims"]["€101.8 billion"]["period"] == "2022-04/2023-03"


def test_the_month_of_an_of_which_aside_dates_only_its_own_part():
    r = read("In the first quarter of 2024, exports totalled €120.0 billion, of which €41.0 billion in March, "
             "and imports €131.0 billion, of which €44.5 billion in March. "
             "The quarterly deficit thus came to €11.0 billion, against €3.5 billion for March alone.")
    assert r["claims"]["€131.0 billion"]["period"] == "2024-Q1"
    assert r["claims"]["€44.5 billion"]["period"] == "2024-03"
    assert r["errors"] == []


EA = ("Luxembourg, 16 May 2024 - The EU recorded a €48.0 bn surplus in trade in goods with the rest of the world "
      "in March 2024. Extra-EU exports of goods were €220.0 bn and imports €172.0 bn.\n\n")


def test_a_fronted_group_reports_the_figures_after_with():
    r = read(EA + "In the euro area, the surplus was €18.0 bn, with exports of €250.0 bn and imports of €232.0 bn.",
             "2024-05-16")
    for t in ("€250.0 bn", "€232.0 bn"):
        assert (r["claims"][t]["reporter"], r["claims"][t].get("reporter_group")) == (None, "euro area")
    assert r["errors"] == []


def test_a_bare_group_after_a_headline_figure_stands_where_its_subject_stood():
    r = read("EU trade in goods surplus €48.0 bn, euro area €18.0 bn\n\n" + EA, "2024-05-16")
    c = [c for t, c in r["claims"].items() if t == "€18.0 bn"][0]
    assert c.get("reporter_group") == "euro area" and c["partner"] == "WLD"


def test_extra_eu_trade_of_the_eu_is_its_trade_with_the_world():
    r = read(EA.replace("€172.0 bn", "€174.0 bn"), "2024-05-16")
    assert r["claims"]["€220.0 bn"]["partner"] == "WLD"
    assert any("balance" in e for e in r["errors"])


def test_a_partner_named_only_in_a_later_paragraph_does_not_reach_the_totals_before_it():
    r = read("Foreign trade: exports down 2.0% in the first four months of 2024\n\n"
             "WIESBADEN, 7 June 2024 - In January to April 2024, Germany exported goods worth €500.0 billion, "
             "2.0% less than in the same period a year earlier (€510.2 billion). Imports totalled €420.0 billion, "
             "so the foreign trade balance closed with a surplus of €80.0 billion.\n\n"
             "The United States remained the most important buyer of German goods: exports to the USA accounted "
             "for 10.0% of the total, at €50.0 billion.", "2024-06-07")
    assert r["claims"]["€500.0 billion"]["partner"] == "WLD"
    assert r["claims"]["€420.0 billion"]["partner"] == "WLD"
    assert r["claims"]["€50.0 billion"]["partner"] == "USA"
    assert r["errors"] == []


def test_a_statistics_offices_seat_in_the_dateline_is_not_the_reporter():
    r = read("EU exports to China slide in March\n\n"
             "Luxembourg, 16 May 2024 - In March 2024, extra-EU exports to China fell 10.0% year on year to €18.0 bn, "
             "while for the first quarter as a whole they were €54.0 bn. Imports from China were €124.0 bn in the "
             "first quarter.\n\nThe EU's deficit with China thus amounted to €72.0 bn over the quarter.", "2024-05-16")
    for t in ("€18.0 bn", "€54.0 bn"):
        assert r["claims"][t]["reporter"] != "LUX" and r["claims"][t]["partner"] == "CHN"
    assert any("balance" in e for e in r["errors"])


DESTATIS = ("WIESBADEN - Press release of 8 May 2024. In March 2024, German exports increased by 1.0% and imports "
            "decreased by 1.0% on February 2024 on a calendar and seasonally adjusted basis.\n\n"
            "Calendar and seasonally adjusted, goods worth €130.0 billion were exported and goods worth €110.0 billion "
            "were imported in March 2024. The foreign trade balance therefore showed a surplus of €20.0 billion. "
            "In February 2024, exports had totalled €128.7 billion and imports €111.1 billion.\n\n"
            "In March 2024, goods worth €72.0 billion were exported to the Member States of the European Union (EU), "
            "of which €50.0 billion went to euro area countries and €22.0 billion to non-euro EU countries.")


def test_goods_worth_is_no_product_and_a_fronted_adjustment_labels_its_paragraph():
    r = read(DESTATIS, "2024-05-08")
    assert r["claims"]["€110.0 billion"]["commodity"] is None
    assert r["claims"]["€20.0 billion"]["scope"] == r["claims"]["€130.0 billion"]["scope"] == "seasonally adjusted"
    assert r["errors"] == []
    r = read(DESTATIS.replace("€110.0 billion", "€111.0 billion"), "2024-05-08")
    assert any("balance" in e for e in r["errors"])


def test_non_euro_eu_countries_are_not_the_euro_area():
    r = read(DESTATIS, "2024-05-08")
    assert r["claims"]["€50.0 billion"]["partner_group"] == "euro area"
    assert r["claims"]["€22.0 billion"].get("partner_group") != "euro area"


def test_extra_eu_exports_to_a_partner_are_the_eus():
    r = read("EU trade in goods with main partners\n\n"
             "Luxembourg, 16 May 2024 - Extra-EU exports of goods to the United States reached €130.0 bn in "
             "January to March 2024. Imports from the United States were €80.0 bn, leaving the EU with a surplus "
             "of €50.0 bn with its largest partner.", "2024-05-16")
    c = r["claims"]["€130.0 bn"]
    assert (c["reporter"], c["partner"]) == ("EUU", "USA")
    assert r["errors"] == []


ONS = ("UK trade: March 2024 - imports by partner\n\nRelease date: 10 May 2024\n\n"
       "In March 2024, goods imports from the EU fell by £0.5 billion (2.0%) to £24.5 billion, while imports from "
       "non-EU countries rose by £1.2 billion (4.7%) to £26.8 billion. Total goods imports therefore increased "
       "£0.7 billion (1.4%) to £51.3 billion.\n\n"
       "Figures are seasonally adjusted and in current prices; the comparison is with February 2024.")


def test_imports_from_the_eu_and_from_non_eu_countries_add_up_to_the_total():
    assert read(ONS, "2024-05-10")["errors"] == []
    assert read(ONS.replace("£26.8 billion", "£27.8 billion"), "2024-05-10")["errors"]


def test_a_stated_comparison_period_is_the_base_of_the_changes_before_it():
    r = read(ONS, "2024-05-10")
    assert r["claims"]["2.0%"]["base_period"] == "2024-02"


def test_a_bracketed_earlier_level_and_a_month_earlier_are_dated_back():
    r = read("Luxembourg, 16 May 2024 - Seasonally adjusted exports stood at €230.0 bn in March 2024, against "
             "€232.0 bn in February; seasonally adjusted imports reached €215.0 bn, compared with €214.0 bn a month "
             "earlier.\n\nThe unadjusted figures tell a different story: non-seasonally adjusted exports were €260.0 bn "
             "in March 2024 and imports €240.0 bn, giving a surplus of €20.0 bn (€7.0 bn in March 2023).", "2024-05-16")
    assert r["claims"]["€214.0 bn"]["period"] == "2024-02"
    assert r["claims"]["€7.0 bn"]["period"] == "2023-03"
    assert r["errors"] == []


def test_eu_countries_not_using_the_euro_are_a_part_of_the_eu():
    r = read(DESTATIS.replace("non-euro EU countries", "EU countries not using the euro"), "2024-05-08")
    assert r["claims"]["€22.0 billion"].get("partner_group") == "EU outside the euro area"

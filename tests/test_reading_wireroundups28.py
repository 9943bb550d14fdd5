"""Wire roundups: country-by-country wraps under bare heading lines, a national release whose
headline names one partner, a relative clause on what a partner buys, and a rolling annual
balance after a month's."""
from tradecheck import verify_text


def read(text: str, published: str = "2026-06-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    checked = [f["message"] for f in result["findings"] if f["status"] == "consistent"]
    return {"claims": claims, "errors": errors, "checked": checked}


def test_a_country_name_alone_on_a_line_heads_the_paragraph_under_it():
    r = read("Asian trade wrap: Korean exports rise\n\n"
             "Here is a look at the region's data.\n\n"
             "South Korea\n\n"
             "Exports rose 4.0% to $52.0 billion in May, the trade ministry said.\n\n"
             "Indonesia\n\n"
             "The country's surplus was $3.1 billion in May, with exports of $22.4 billion and imports of "
             "$19.3 billion, the statistics bureau said.")
    assert r["claims"]["$52.0 billion"]["reporter"] == "KOR"
    assert r["claims"]["$3.1 billion"]["reporter"] == "IDN"
    assert r["claims"]["$22.4 billion"]["reporter"] == "IDN"
    assert r["errors"] == []


def test_a_headline_partner_does_not_stick_to_the_national_figures_of_the_next_sentence():
    r = read("Vietnam's Exports Top Estimates Even as Sales to Japan Slip\n\n"
             "(Wire) -- Vietnam's exports grew faster than expected in May as strong demand in Europe "
             "more than offset weaker sales to Japan.\n\n"
             "Exports rose 10.0% from a year earlier to $44.0 billion, customs said. Imports rose 5.0% "
             "to $42.0 billion, leaving a surplus of $2.0 billion.\n\n"
             "- Japan: down 8.0% to $2.3 billion")
    assert r["claims"]["$44.0 billion"]["partner"] == "WLD"
    assert r["claims"]["$2.0 billion"]["partner"] == "WLD"
    assert r["claims"]["$2.3 billion"]["partner"] == "JPN"
    assert r["errors"] == []


def test_a_share_in_a_relative_clause_on_the_partner_names_no_whole_for_the_share_after_it():
    r = read("Mexico's exports rose 2.0% to $60.0 billion in May. Exports to the United States, which "
             "buys about four fifths of Mexico's goods, rose 3.0% to $48.0 billion, or 80.0% of the total.")
    assert r["claims"]["80.0%"]["measure"] == "exports"
    assert any("$48bn / $60bn" in m for m in r["checked"])  # of the reporter's own exports
    assert r["errors"] == []
    wrong = read("Mexico's exports rose 2.0% to $60.0 billion in May. Exports to the United States, which "
                 "buys about four fifths of Mexico's goods, rose 3.0% to $48.0 billion, or 70.0% of the total.")
    assert wrong["errors"]


def test_an_annual_balance_after_a_month_is_the_twelve_months_to_that_month():
    r = read("In New Zealand, the goods trade deficit was NZ$1.20 billion in April, with exports of "
             "NZ$6.00 billion and imports of NZ$7.20 billion. The annual deficit narrowed to NZ$5.0 "
             "billion from NZ$9.0 billion a year earlier.")
    assert r["claims"]["NZ$5.0 billion"]["period"] == "2025-05/2026-04"
    assert r["claims"]["NZ$9.0 billion"]["period"] == "2024-05/2025-04"
    assert r["errors"] == []


TABLE = ("Regional exporters have now reported trade data for May, with Malaysia the latest on Friday.\n\n"
         "Economy  | Exports   | y/y    | Poll   | Imports   | Balance\n"
         "Thailand | $28.0 bln | +6.0%  | +3.0%  | $26.0 bln | +$2.0 bln\n"
         "Vietnam  | $40.0 bln | +12.0% | +9.0%  | $37.0 bln | {balance}\n"
         "Malaysia | $25.0 bln | +4.0%  | +2.0%  | $22.0 bln | +$3.0 bln\n")


def test_a_table_of_economies_gives_each_row_its_own_reporter_and_a_poll_column_is_a_forecast():
    r = read(TABLE.format(balance="+$3.0 bln"))
    assert (r["claims"]["$40.0 bln"]["reporter"], r["claims"]["$40.0 bln"]["partner"]) == ("VNM", "WLD")
    assert r["claims"]["$37.0 bln"]["reporter"] == "VNM"
    assert r["claims"]["+9.0%"]["measure"] == "other"  # the median forecast, no second outcome
    assert r["claims"]["$37.0 bln"]["measure"] == "imports"
    assert r["errors"] == []
    assert read(TABLE.format(balance="+$4.0 bln"))["errors"]  # a row's own balance is checked


def test_trln_is_a_trillion():
    r = read("Japan's exports were 9.10 trln yen in May.")
    assert r["claims"]["9.10 trln yen"]["value"] == 9.10e12


def test_to_the_us_before_a_dollar_sign_is_the_partner_not_a_currency_prefix():
    text = ("Taiwan's exports rose 3.0% to $45.0 billion in May. Shipments to Japan were $3.1 billion and "
            "to the US ${us} billion. The two markets together took $10.1 billion.")
    r = read(text.format(us="7.0"))
    assert r["claims"]["$7.0 billion"]["partner"] == "USA"
    assert r["errors"] == []
    assert read(text.format(us="8.0"))["errors"]


def test_the_third_decline_in_four_months_is_a_streak_not_january_to_april():
    r = read("Korea's exports rose 4.0% to $52.0 billion in May. Steel exports fell 3.0%, the third decline "
             "in four months. Shipments to China were $10.0 billion.")
    assert r["claims"]["$10.0 billion"]["period"] == "2026-05"


UK = ("Sweden's goods trade deficit widens in May as exports to U.S. fall\n\n"
      "STOCKHOLM, June 10 (Wire) - Sweden's goods trade deficit widened in May as exports to the United "
      "States dropped, official figures showed on Tuesday.\n\n"
      "The goods trade deficit grew to 3.0 billion euros in May, the statistics office said. Goods exports "
      "fell to 14.0 billion euros while imports rose to 17.0 billion euros. Including services, where "
      "Sweden ran a surplus of 2.0 billion euros, the overall trade deficit was {total} billion euros.\n\n"
      "Exports of goods to the United States fell to 1.5 billion euros.")


def test_a_partner_in_an_as_clause_of_the_lead_leaves_the_national_totals_with_the_world():
    r = read(UK.format(total="1.0"))
    assert r["claims"]["14.0 billion euros"]["partner"] == "WLD"
    assert r["claims"]["1.5 billion euros"]["partner"] == "USA"
    assert r["errors"] == []


def test_a_surplus_where_the_country_ran_it_on_services_is_the_services_part_of_the_overall_balance():
    r = read(UK.format(total="1.0"))
    assert r["claims"]["2.0 billion euros"]["commodity"] == "services"
    assert read(UK.format(total="2.5"))["errors"]  # goods -3.0 plus services +2.0 is -1.0


def test_a_figure_after_an_aside_on_a_forecast_rise_is_what_happened():
    text = ("Japan's exports rose 2.0% in May to 8.60 trillion yen. Imports fell 1.5% in May to 9.00 trillion "
            "yen, against a forecast 0.5% rise, leaving a trade deficit of {gap} billion yen.")
    r = read(text.format(gap="400"))
    assert r["claims"]["400 billion yen"]["measure"] == "balance"
    assert r["errors"] == []
    assert read(text.format(gap="600"))["errors"]


def test_a_revised_level_of_the_month_before_makes_the_changes_month_on_month():
    text = ("The U.S. trade deficit narrowed in May.\n\n"
            "The trade gap contracted {pct}% to $45.0 billion, the Commerce Department said. Data for April "
            "was revised to show the deficit at $50.0 billion instead of the previously reported $49.5 billion.")
    r = read(text.format(pct="10.0"))
    assert r["claims"]["10.0%"]["base_period"] == "2026-04"
    assert r["errors"] == []
    assert read(text.format(pct="15.0"))["errors"]

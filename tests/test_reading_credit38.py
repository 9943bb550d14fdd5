"""Credit-insurer, trade-finance and bank trade-outlook notes (a thirty-eighth round of
passages): a bullet that opens on "Overall,", a world note with a country only in a quote,
the trade-finance gap, a region's share of a non-trade total, a list of corridors taken
together, and losses given to places "respectively". How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


BULLETS = ("Vietnam outlook | 3 June 2024\n\n"
           "- Vietnamese exports to Japan rose by 4.0% y/y in H1 2024 to USD 12bn. Japan takes 6.0% of Vietnamese exports.\n"
           "- Overall, exports grew by 10.0% to USD 200bn in the first six months, while imports rose by 5.0% to "
           "USD 180bn, lifting the trade surplus to USD 20bn.\n")


def test_overall_opening_a_bullet_turns_it_to_the_whole_trade():
    """"- Overall, exports grew ...": after a partner's bullet, the country's trade with everyone."""
    r = read(BULLETS)
    c = r["claims"]["USD 200bn"]
    assert (c["reporter"], c["partner"]) == ("VNM", "WLD")
    assert (r["claims"]["USD 20bn"]["measure"], r["claims"]["USD 20bn"]["partner"]) == ("balance", "WLD")
    assert not r["errors"]


def test_a_changed_total_after_overall_is_flagged():
    assert read(BULLETS.replace("USD 20bn", "USD 30bn"))["errors"]


GAP = ("Financing gap survey\n\n"
       "MANILA (4 June 2024) — The global trade finance gap rose to an estimated $2.0 trillion in 2023 from "
       "$1.6 trillion in 2021, the survey found.\n\n"
       "\"Conflict in Sudan and high rates have hurt small firms,\" the bank's trade head said.\n\n"
       "The programme supported $5.0 billion of trade in 2023, including $1.5 billion in Nepal and $1.0 billion "
       "in Sri Lanka. More than 60% of its transactions went to small firms.\n")


def test_the_trade_finance_gap_is_no_trade_balance():
    """"the global trade finance gap rose to $2.0 trillion": money lent short, no deficit."""
    assert read(GAP)["claims"]["$2.0 trillion"]["measure"] == "other"


def test_a_world_note_takes_no_reporter_from_a_quote_or_a_later_country():
    """A note on the world's trade finance: the place in a quote, and the places the
    programme's money went to, report none of its figures."""
    r = read(GAP)
    assert r["claims"]["$1.6 trillion"]["reporter"] not in ("SDN", "NPL", "LKA")
    assert r["claims"]["$5.0 billion"]["reporter"] not in ("SDN", "NPL", "LKA")
    assert not r["errors"]


REVENUES = ("Geneva, 3 June 2024 – Global trade finance revenues reached USD 40.0 billion in 2023, with "
            "Europe contributing USD 10.0 billion (25%).")


def test_a_part_of_a_non_trade_total_and_its_bracketed_share():
    """"revenues reached A, with Europe contributing B (N%)": N% is B of A."""
    assert not read(REVENUES)["errors"]
    assert read(REVENUES.replace("(25%)", "(35%)"))["errors"]


CORRIDORS = ("Mumbai, 3 June 2024 – Brazil's merchandise exports reached USD 300bn in 2023.\n\n"
             "Three corridors drive the growth:\n\n"
             "* China: Brazil's largest market, taking USD 100bn of goods in 2023.\n"
             "* Argentina: exports expected to double, from USD 15bn in 2023 to USD 30bn by 2030.\n"
             "* Chile: shipments of USD 10bn last year.\n\n"
             "Together the three corridors accounted for USD 125bn of Brazil's exports last year, or 41.7% of the total.\n")


def test_a_list_lines_place_label_is_its_partner_for_each_figure():
    """"* Argentina: exports expected to double, from USD 15bn": the label's place, for every figure of the line."""
    c = read(CORRIDORS)["claims"]["USD 15bn"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "BRA", "ARG")


def test_corridors_counted_together_are_the_sum_of_the_listed_ones():
    """"Together the three corridors accounted for X": the three listed partners' exports added up."""
    r = read(CORRIDORS)
    assert r["claims"]["USD 125bn"]["attribution"]["pair"] == "parts-together"
    assert not r["errors"]
    assert read(CORRIDORS.replace("USD 125bn", "USD 152bn"))["errors"]


LOSSES = ("Paris, 2 April 2020 – Japan, Korea and India will account for USD 600bn of the lost exports: "
          "USD 300bn, USD 200bn and USD 100bn respectively.")


def test_losses_given_to_places_respectively_add_up_to_their_total():
    """"will account for T of the lost exports: A, B and C respectively": A + B + C = T."""
    assert not read(LOSSES, "2020-04-02")["errors"]
    assert read(LOSSES.replace("USD 200bn", "USD 250bn"), "2020-04-02")["errors"]

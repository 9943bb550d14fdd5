"""EU bilateral factsheets and delegation notes (round 39): a table's total row under rows of
partners, flows "to the three partners" a list named, "more than halved", the trade a
sanction covers, money mobilised "beyond trade", and a second product's share with its verb
and whole said once. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


PARTNERS = ("EU trade with Chile, Argentina and Uruguay\n\n"
            "| Partner   | EU-partner trade, EUR bn |\n"
            "|-----------|--------------------------|\n"
            "| Chile     | 18.4 |\n"
            "| Argentina | 16.2 |\n"
            "| Uruguay   | 3.4  |\n"
            "| Total     | 38.0 |\n\n"
            "- EU exports to the three partners: EUR 22.0 billion\n"
            "- EU imports from the three partners: EUR 16.0 billion\n"
            "- EU trade surplus: EUR 6.0 billion\n")


def test_a_total_row_under_rows_of_partners_is_not_the_last_rows_partner():
    """"| Total | 38.0 |" under "| Uruguay | 3.4 |": the rows' places together, no one of them."""
    c = read(PARTNERS)["claims"]["38.0"]
    assert c["partner"] is None and c["attribution"]["pair"] == "total-row"


def test_flows_to_the_three_partners_are_with_the_group():
    """"EU exports to the three partners": the partners the table named, together; no false alarm."""
    r = read(PARTNERS)
    c = r["claims"]["EUR 22.0 billion"]
    assert (c["reporter"], c["partner"]) == ("EUU", None) and c["attribution"]["pair"] == "partners-named-before"
    assert not r["errors"]


HALVED = ("EU imports from Norway more than halved in the third quarter of 2023. EU imports from Norway amounted "
          "to €20.1 billion in the third quarter of 2023, down 58% compared with the third quarter of 2022 "
          "(€47.9 billion).")


def test_more_than_halved_is_a_ratio_below_a_half():
    """"more than halved": new/old below 0.5, so €20.1bn against €47.9bn (0.42) agrees."""
    r = read(HALVED, "2023-12-01")
    assert r["claims"]["halved"]["bound"] == "lt"
    assert not r["errors"]


def test_a_level_that_did_not_halve_is_flagged():
    """"more than halved" with €30.1bn against €47.9bn (0.63): flagged."""
    assert read(HALVED.replace("€20.1 billion", "€30.1 billion").replace("down 58%", "down 37%"), "2023-12-01")["errors"]


SANCTIONS = ("In the fourth quarter of 2023, EU exports to Belarus fell to €2.1 billion. Sanctions adopted by the "
             "EU now cover goods worth around €6.3 billion of pre-war EU exports and €9.8 billion of pre-war imports.")


def test_goods_a_sanction_covers_are_no_flow_of_the_period():
    """"Sanctions now cover goods worth €6.3 billion of exports and €9.8 billion of imports": both covered."""
    r = read(SANCTIONS)
    for text in ("€6.3 billion", "€9.8 billion"):
        c = r["claims"][text]
        assert c["measure"] == "other" and c["attribution"]["measure"] == "covered-by-a-measure"
    assert not r["errors"]


AID = ("EU-Moldova trade in goods reached EUR 9.5 billion in 2024. Beyond trade, the EU has mobilised "
       "EUR 1.9 billion under its growth plan for 2025-2027, of which EUR 0.3 billion had been disbursed by the end of 2024.")


def test_money_mobilised_beyond_trade_is_no_trade():
    """"Beyond trade, the EU has mobilised EUR X, of which EUR Y had been disbursed": other money."""
    r = read(AID, "2025-03-01")
    assert r["claims"]["EUR 1.9 billion"]["measure"] == "other"
    assert r["claims"]["EUR 0.3 billion"]["measure"] == "other"
    assert not r["errors"]


SHARES = ("EU imports from Chile reached EUR 8.0 billion in 2022. Copper and other mining products made up 50% of "
          "EU imports from Chile (EUR 4.0 billion), and fruit products such as grapes, apples and avocados 25% "
          "(EUR 2.0 billion).")


def test_a_second_products_share_with_its_verb_said_once():
    """"and fruit products such as grapes 25% (EUR 2.0 billion)": that product's share and amount."""
    r = read(SHARES, "2023-07-01")
    share = r["claims"]["25%"]
    assert share["measure"] == "imports" and share["commodity"] == r["claims"]["EUR 2.0 billion"]["commodity"]
    assert share["commodity"] and "fruit" in share["commodity"]
    assert not r["errors"]


def test_a_changed_second_share_is_flagged():
    """25% changed to 35% of EUR 8.0 billion against EUR 2.0 billion: flagged."""
    assert read(SHARES.replace("avocados 25%", "avocados 35%"), "2023-07-01")["errors"]


def test_rows_of_partners_that_add_up_to_more_than_their_total_are_flagged():
    """"| Chile | 21.4 |" with the others: 41.0 above a total of 38.0, the parts exceed the whole."""
    assert read(PARTNERS.replace("| 18.4 |", "| 21.4 |"))["errors"]


def test_rows_of_partners_under_a_larger_total_are_no_error():
    """A total above the rows' sum may be the world's: "Total 60.0" under three partners is no error."""
    assert not read(PARTNERS.replace("| 38.0 |", "| 60.0 |").split("\n\n-")[0])["errors"]

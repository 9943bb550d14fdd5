"""European Commission releases and factsheets, round 32: blocks of label lines under a
"Trade in services" heading, a level dated by the day of an event in a "When ..." clause,
the other flow of goods after exports of goods, a group of preferential partners, money
"in export potential", "That is" after a total with its parts, and changes given beside
two dated levels."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_label_lines_under_a_services_heading_are_services():
    # the heading carries the product to the label lines right under it (no blank line
    # between), so the services exports are no second reading of the goods exports
    r = read("EU-NORWAY TRADE\n\n"
             "Trade in goods, 2023\n"
             "- EU exports to Norway: €61.2 billion\n"
             "- EU imports from Norway: €72.4 billion\n\n"
             "Trade in services, 2023\n"
             "- EU exports: €27.9 billion\n"
             "- EU imports: €15.3 billion\n")
    assert r["claims"]["€27.9 billion"]["commodity"] == "services"
    assert r["claims"]["€15.3 billion"]["commodity"] == "services"
    assert r["claims"]["€61.2 billion"]["commodity"] != "services"
    assert r["errors"] == []


def test_a_heading_over_a_paragraph_of_sentences_carries_nothing():
    r = read("Trade in services\n\nEU exports to Norway were €61.2 billion in 2023.")
    assert r["claims"]["€61.2 billion"]["commodity"] is None


def test_a_level_in_the_clause_after_an_event_day_is_of_that_year():
    r = read("When the agreement with Ruritania took effect on 1 February 2012, the EU was running a "
             "deficit of €4.2 billion with Japan. In 2023, EU exports to Japan were €70.3 billion and "
             "imports €65.4 billion, a surplus of €4.9 billion.")
    assert r["claims"]["€4.2 billion"]["period"] == "2012"
    assert r["errors"] == []


def test_the_other_flow_after_exports_of_goods_is_of_goods_too():
    # in a text that gives services apart, the imports and balance right after the goods
    # exports are the goods' (else the planted surplus would go unchecked)
    text = ("EU exports of goods to Japan rose to €70.3 billion in 2023. Imports from Japan reached "
            "€65.4 billion in 2023, leaving a surplus of €{} billion. Trade in services came to "
            "€45.0 billion in 2022.")
    r = read(text.format("4.9"))
    assert r["claims"]["€65.4 billion"]["commodity"] == "goods"
    assert r["claims"]["€4.9 billion"]["commodity"] == "goods"
    assert r["errors"] == []
    assert read(text.format("6.9"))["errors"]


def test_preferential_partners_are_a_group_and_these_partners_refer_back_to_it():
    r = read("In 2023, EU exports to its preferential partners were worth €700 billion and imports "
             "€600 billion, giving the EU a surplus of €100 billion with these partners. Total EU "
             "exports of goods stood at €2,500 billion.")
    assert r["claims"]["€700 billion"]["partner_group"] == "preferential partners"
    assert r["claims"]["€100 billion"]["partner_group"] == "preferential partners"
    assert r["errors"] == []


def test_money_in_export_potential_is_no_flow():
    r = read("The Commission removed 20 barriers to trade in 2023, worth an estimated €3.1 billion in "
             "new export potential. EU trade with the world stood at €4,000 billion.")
    assert r["claims"]["€3.1 billion"]["measure"] == "other"


def test_that_is_after_a_total_with_its_parts_is_the_total():
    r = read("Trade in goods with Peru amounted to €12.0 billion in 2023, with EU exports of €5.0 "
             "billion and imports of €7.0 billion. That is more than double the €5.5 billion "
             "recorded in 2005.")
    assert r["claims"]["double"]["measure"] == "trade_total"
    assert r["errors"] == []


def test_a_bracketed_change_after_two_dated_levels_compares_them():
    text = "• EU exports to Peru: €4.0 billion in 2018, €5.0 billion in 2023 ({})"
    r = read(text.format("+25.0%"))
    assert r["claims"]["+25.0%"]["base_period"] == "2018"
    assert r["errors"] == []
    assert read(text.format("+35.0%"))["errors"]


def test_a_change_from_one_level_to_a_dated_one_is_of_the_later_year():
    # (the month the paragraph before named is not the change's period)
    text = ("The agreement started to apply with Peru in March 2013.\n\n"
            "Since 2013, EU-Peru trade grew by {}, from €8.0 billion to €12.0 billion in 2023.")
    r = read(text.format("50%"))
    assert r["claims"]["50%"]["period"] == "2023"
    assert r["errors"] == []
    assert read(text.format("60%"))["errors"]


def test_a_product_before_a_for_example_aside_is_the_figures():
    # ", for example," between the subject and its verb is no part of the subject: the
    # product stays the figure's, so it is no whole for the partners' figures after it
    r = read("Ruritania's exports of goods reached €39.0 billion in the first half. Exports of tiles, "
             "for example, generated around €410 million. Spain took €9.0 billion and France €5.0 "
             "billion.")
    assert r["claims"]["€410 million"]["commodity"] == "tiles"
    assert r["errors"] == []

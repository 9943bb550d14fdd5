"""Sub-national regions of European countries as reporters (round 78): Scotland, Wales,
Northern Ireland, Flanders, Wallonia and the Brussels-Capital Region (and their adjectives)
report under ISO 3166-2 codes of their own, apart from their country; "Across the UK as a
whole" opening a sentence makes the country report; a headline's clause of cause ("exports
fall as trade with Europe slows") names no partner of the text; "of goods abroad" is goods;
a count of bottles with their size ("70cl bottles") carries to the bare figure in its bracket;
a level in brackets after "on the previous year" is that year's level, not the change; and a
unit named in the figure's own clause reports, not the unit the text was on before."""
from readings import claim, errors


def test_a_region_reports_apart_from_its_country():
    text = ("Exports from Wales rose 4% to £8.32bn in 2023, new figures show.\n\n"
            "Across the UK as a whole exports fell 1.2% to £{uk}bn, leaving Wales with a 2.1% share of the total.")
    wales, uk = claim(text.format(uk="396"), "£8.32bn"), claim(text.format(uk="396"), "£396bn")
    assert (wales["reporter_unit"], wales["partner"]) == ("GB-WLS", "WLD")
    assert (uk["reporter"], uk["partner"]) == ("GBR", "WLD")
    assert errors(text.format(uk="396")) == []
    assert errors(text.format(uk="496")) != []


def test_the_adjective_of_a_region_names_it():
    text = "Walloon exports of goods reached 42,1 billion euros in 2016, and Flemish exports 230,4 billion euros."
    assert claim(text, "42,1 billion euros")["reporter_unit"] == "BE-WAL"
    assert claim(text, "230,4 billion euros")["reporter_unit"] == "BE-VLG"


def test_a_headlines_cause_clause_names_no_partner_and_goods_abroad_are_goods():
    text = ("Welsh exports fall as trade with Europe slows\n\n"
            "Welsh firms sold £18.0bn of goods abroad in 2023, down from £19.5bn in 2022.\n\n"
            "Wales imported £20.0bn of goods, leaving a trade deficit of £{gap}bn.")
    sold = claim(text.format(gap="2.0"), "£18.0bn")
    assert (sold["reporter_unit"], sold["partner"], sold["commodity"]) == ("GB-WLS", "WLD", None)
    assert errors(text.format(gap="2.0")) == []
    assert errors(text.format(gap="3.0")) != []


def test_a_bracketed_count_after_sized_bottles_is_no_money():
    text = ("Ruritanian brandy exports were worth £1.2bn in 2024.\n\n"
            "The volume of exports fell 3.1% to the equivalent of 310 million 70cl bottles (2023: 320 million).")
    assert all(c["text"] != "320 million" for c in __import__("readings").reading(text)["claims"])


def test_a_level_in_brackets_after_the_previous_year_is_that_years():
    text = "Ruritanian brandy exports were worth £1.10bn in 2024, down {pct}% on the previous year (£1.20bn)."
    before = claim(text.format(pct="8.3"), "£1.20bn")
    assert (before["measure"], before["period"]) == ("exports", "2023")
    assert errors(text.format(pct="8.3")) == []
    assert errors(text.format(pct="4.3")) != []


def test_the_unit_named_in_the_figures_clause_reports():
    text = ("Flanders' exports reached a record €220.4 billion in 2008.\n\n"
            "Flanders accounted for 81.6% of Belgium's total exports of €270.0 billion. "
            "Wallonia exported goods worth €38.6 billion and the Brussels-Capital Region €11.0 billion.")
    wallonia, brussels = claim(text, "€38.6 billion"), claim(text, "€11.0 billion")
    assert (wallonia["reporter_unit"], wallonia["partner"]) == ("BE-WAL", "WLD")
    assert (brussels["reporter_unit"], brussels["partner"]) == ("BE-BRU", "WLD")

"""Partners and flows read across clauses (round 78): a share after a second verb of a
subject that trades with a group of places is of that group; a place that "came second with"
a figure after a ranking told in one flow is ranked in that flow; a list that leaves out its
buying verb but says its preposition again ("and Chile for US$ ..."); a dateline whose place
has lower-case words in its name dates nothing the text is on; bold cells of a pipe table
pasted as plain text are read as plain cells."""
from readings import claim, errors


def test_a_share_after_a_second_verb_of_a_group_subject_is_of_that_group():
    text = ("Armenia's exports of goods amounted to 412.0 million US dollars in 2023. "
            "Exports to the EU countries amounted to 250.0 million US dollars, or 60.7% of total exports. "
            "Exports to the CIS countries fell by 12.5% and accounted for {s}% of total exports.")
    share = claim(text.format(s="9.8"), "9.8%")
    assert share["partner"] is None and share["partner_group"] == "Commonwealth of Independent States"
    assert errors(text.format(s="9.8")) == []


def test_a_place_ranked_second_after_a_ranking_told_in_one_flow_is_ranked_in_that_flow():
    text = ("Croatia's merchandise exports totalled USD 4.52bn in 2005, while imports reached USD 7.10bn. "
            "Italy remained Croatia's main trading partner, buying goods worth USD 0.95bn, or 21.0% of all Croatian exports. "
            "Germany came second with USD 0.50bn ({s}%).")
    second = claim(text.format(s="11.1"), "USD 0.50bn")
    assert (second["measure"], second["reporter"], second["partner"]) == ("exports", "HRV", "DEU")
    assert errors(text.format(s="11.1")) == []
    assert errors(text.format(s="13.1")) != []


def test_a_listed_buyer_with_the_preposition_of_the_first_and_no_verb():
    text = ("Paraguay's exports reached US$ 9,500 million in 2023. By destination, Brazil bought Paraguayan goods "
            "for US$ 3,000 million (31.6% of the total) and Chile for US$ 1,200 million ({s}%).")
    chile = claim(text.format(s="12.6"), "US$ 1,200 million")
    assert (chile["measure"], chile["reporter"], chile["partner"]) == ("exports", "PRY", "CHL")
    assert errors(text.format(s="15.6")) != []


def test_a_dateline_place_with_lower_case_words_dates_nothing():
    text = ("Ciudad del Este, April 2024 (CCP).- Paraguay's exports in 2023 reached US$ 9,500 million, 4.0% more "
            "than in 2022. Imports totaled US$ 8,000 million, so the surplus was US$ {b} million.")
    assert claim(text.format(b="1,500"), "US$ 8,000 million", published="2024-04-10")["period"] == "2023"
    assert errors(text.format(b="1,700"), published="2024-04-10") != []


def test_bold_cells_of_a_pipe_table_in_plain_text_are_read():
    text = ("Paraguay's main exports in 2023 (US$ million):\n\n| Product | US$ million |\n|---|---:|\n"
            "| Soybeans | 3,100 |\n| Beef | {b} |\n| Electricity | 1,900 |\n| **Total** | **6,800** |\n")
    assert errors(text.format(b="1,800")) == []
    assert errors(text.format(b="2,100")) != []


def test_a_place_that_ends_an_institutions_name_reports_its_figures():
    text = ("The Export Promotion Council of the Dominican Republic reported that the country's exports of goods "
            "closed 2023 at US$13,000.0 million.")
    total = claim(text, "US$13,000.0 million")
    assert (total["reporter"], total["partner"]) == ("DOM", "WLD")


def test_national_exports_beside_free_zone_exports_are_the_rest_of_the_whole():
    text = ("Costa Rica's exports of goods reached US$18,000.0 million in 2023.\n\n"
            "- Free zone exports: US$11,000.0 million\n- National exports: US${n} million\n")
    assert claim(text.format(n="7,000.0"), "US$7,000.0 million")["commodity"] == "non-free zone trade"
    assert errors(text.format(n="7,000.0")) == []
    assert errors(text.format(n="7,500.0")) != []


def test_palestine_reports_its_own_trade():
    text = ("Palestinian registered exports of goods reached USD 800.0 million in 2012, while registered imports "
            "reached USD 4,600.0 million.")
    exports = claim(text, "USD 800.0 million")
    assert (exports["reporter"], exports["partner"]) == ("PSE", "WLD")


def test_a_share_of_registered_exports_after_its_figure_and_year_is_its_part():
    text = ("Registered exports of Jordan's goods reached USD 8,000.0 million in 2012. "
            "Exports to Iraq reached USD 1,000.0 million in 2012, constituting {s}% of total registered exports.")
    share = claim(text.format(s="12.5"), "12.5%")
    assert (share["reporter"], share["partner"], share.get("scope")) == ("JOR", "IRQ", None)
    assert errors(text.format(s="12.5")) == []
    assert errors(text.format(s="14.5")) != []


def test_a_possessive_year_of_other_money_dates_no_figure_after_it():
    text = ("Lebanon's trade deficit widened to $4.30 billion last year, customs figures show.\n\n"
            "Imports reached $5.00 billion in 2023, up 3.0 percent from $4.85 billion in 2022. Exports rose to $700 million.\n\n"
            "At LL1,500 to the dollar, the import bill was equivalent to some LL7,500 billion, more than the total "
            "spending approved in this year's draft budget.\n\n"
            "China was the leading supplier with $1,000 million, followed by Turkey ($600 million) and Greece ($400 million). "
            "The three countries together accounted for {s} percent of total imports.")
    assert claim(text.format(s="40.0"), "$600 million", published="2024-02-20")["period"] == "2023"
    assert errors(text.format(s="40.0"), published="2024-02-20") == []
    assert errors(text.format(s="44.0"), published="2024-02-20") != []

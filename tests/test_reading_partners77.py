"""Partners, and the places that are none (round 77). "The rest of Africa as a whole" is all of
Africa, and a share whose clause names its own subject ("the ECOWAS sub-region accounted for
68.1% of the country's exports to the continent") is that subject's part of the whole. A capital
where a document was released ("released in Accra") is no side of the trade, and a money figure
that prices a building ("a $10 million building") is no flow. A change set right after a level
("reached HK$272.1 billion ..., up 27.3% from HK$213.7 billion") is that level's, with its
partner. "The mainland" in a Hong Kong text is China even where a headline names another place
first; a period in the label of one line of a key-figures list dates that line alone. "South of
the border" in a Canadian text is the United States, and a place in an appositive of the subject
("the Canadian province most dependent on U.S. buyers") is not the subject. "Went to the 15 EU
member states" names the EU past the count of its members."""
from readings import claim, errors


def test_the_rest_of_a_group_as_a_whole_is_the_group():
    text = ("Senegal's exports to other ECOWAS member states rose by 10.0% to $1,100.0 million in 2021, "
            "compared with $1,000.0 million in 2020.\n\n"
            "Exports to the rest of Africa as a whole reached $1,600.0 million, meaning the ECOWAS sub-region "
            "accounted for {share}% of the country's exports to the continent.")
    assert claim(text.format(share="68.8"), "$1,600.0 million", published="2022-03-01")["partner_group"] == "Africa"
    assert claim(text.format(share="68.8"), "68.8%", published="2022-03-01")["partner_group"] == "ECOWAS"
    assert errors(text.format(share="68.8"), published="2022-03-01") == []
    assert errors(text.format(share="78.8"), published="2022-03-01") != []


def test_a_capital_a_document_was_released_in_is_no_partner():
    text = ("Kenya's trade account recorded a deficit of US$5,500.0 million in the first half of 2023.\n\n"
            "The Bank's monthly bulletin, released in Nairobi, showed that total merchandise exports for "
            "January to June 2023 amounted to US$3,500.0 million, while imports were US$9,000.0 million.")
    exports = claim(text, "US$3,500.0 million", published="2023-08-01")
    assert (exports["reporter"], exports["partner"]) == ("KEN", "WLD")
    assert errors(text, published="2023-08-01") == []


def test_money_that_prices_a_building_is_no_flow():
    text = ("Ghana's exports to Togo reached $300.0 million in 2021.\n\n"
            "The government provided a $10 million building in Accra as the headquarters of the secretariat.")
    assert claim(text, "$10 million", published="2022-03-01")["measure"] == "other"


def test_a_change_right_after_a_level_keeps_its_partner():
    # (under a kicker, a headline and a section heading, where the text's partner is no guide)
    text = ("Trade Research | Analysis\n\n"
            "Exporters Cheer as ASEAN Orders Pick Up\n\n"
            "ASEAN: demand picks up\n\n"
            "Shipments to the region gained ground. Hong Kong's total exports to ASEAN reached HK$100.0 billion "
            "in the first seven months of 2021, up {pct}% from HK$80.0 billion in the same period of 2020. ASEAN "
            "took 10.0% of Hong Kong's total exports of HK$1,000.0 billion during the period.")
    change = claim(text.format(pct="25.0"), "25.0%", published="2021-09-01")
    assert change["partner_group"] == "ASEAN"
    assert errors(text.format(pct="25.0"), published="2021-09-01") == []
    assert errors(text.format(pct="35.0"), published="2021-09-01") != []


def test_the_mainland_past_a_headline_naming_another_place():
    text = ("Exports jump as traders rush to beat US tariffs\n\n"
            "Hong Kong's exports grew 18.5 percent in March 2025.\n\n"
            "Exports to the mainland surged 22.5 percent, while those to the US rose 8.8 percent.")
    assert claim(text, "22.5 percent", published="2025-04-24")["partner"] == "CHN"


def test_a_period_in_a_list_lines_label_dates_that_line():
    text = ("Hong Kong's exports rose 18.5 percent in March 2025.\n\n"
            "KEY FIGURES: MARCH 2025\n"
            "* Total exports: HK$412.0 billion (+18.5%)\n"
            "* Exports, first quarter: HK$1,157.9 billion (+12.7%)\n\n"
            "Exports to the mainland surged 22.5 percent.")
    assert claim(text, "22.5 percent", published="2025-04-24")["period"] == "2025-03"


def test_south_of_the_border_in_a_canadian_text():
    text = ("Canada's Manitoba leans on U.S. buyers\n\n"
            "Manitoba, the Canadian province most dependent on U.S. buyers, shipped C$3.9 billion worth of goods "
            "south of the border in the first quarter, up {pct}% from C$3.3 billion a year earlier.")
    shipped = claim(text.format(pct="18.2"), "C$3.9 billion", published="2025-05-08")
    assert (shipped["measure"], shipped["partner"]) == ("exports", "USA")
    assert errors(text.format(pct="18.2"), published="2025-05-08") == []
    assert errors(text.format(pct="11.4"), published="2025-05-08") != []


def test_the_count_of_a_groups_members_before_it():
    text = ("Poland's exports rose again last year. Of total exports worth $20.0 billion in 1999, goods worth $15.0 billion, or {share} percent, "
            "went to the 15 EU member states.")
    assert claim(text.format(share="75.0"), "$15.0 billion", published="2000-03-01")["partner"] == "EUU"
    assert errors(text.format(share="75.0"), published="2000-03-01") == []
    assert errors(text.format(share="70.0"), published="2000-03-01") != []

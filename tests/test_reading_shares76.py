"""Shares and their wholes (round 76). A share "of intra-X trade", or "of the continent's (the
region's, the bloc's) internal trade", is of that group's internal trade, whoever the part's
sides are. A region line in a bulleted list under a line that breaks a flow down by place ("By
region, ... as follows:") is a part of that flow's figure given before, never the figure itself
("Central Africa" is a region, as "West Africa" is), and the lines add up to at most it. A year
that dates the earlier level of a change ("from 3,017,200 ounces in 2004") is not the period of
a share in the same sentence, so the share is not taken as one of that year's total; "ounces"
and "troy ounces" are one unit. A level's change is read past the level's share in an aside
("3,333,100 ounces, or 49.8 percent of the national total, up 10.5 percent from ..."). A bare
share in brackets in a list item ("- Textiles: US$ 812 million (28.9%)") is of the product whole
the item before named for its own share ("36.7% of non-traditional shipments"). A place named before "thirst" in a headline ("as US thirst for wine grows") is a
buyer, not the text's reporter."""
from readings import claim, errors


def test_a_share_of_intra_bloc_trade_is_of_the_blocs_internal_trade():
    text = ("Heads of State of the Southern African Development Community (SADC) met in Ruritania.\n\n"
            "Intra-SADC trade rose from US$13.2 billion in 2000 to US$26.7 billion last year. This "
            "represented about 10.3 percent of the region's total trade of US$259.4 billion in 2007.\n\n"
            "South Africa alone accounted for {pct} percent of intra-SADC trade, or US$17.4 billion.")
    assert errors(text.format(pct="65"), published="2008-08-18") == []
    assert errors(text.format(pct="75"), published="2008-08-18") != []


# (the regions' reporter, Africa, is read from the report's words on the AfCFTA and its dateline)
AFRICA = ("Intra-African trade climbs to US$175.6 billion in 2022 as AfCFTA implementation gathers pace\n\n"
          "Accra, 13 June 2023 – Intra-African trade rose by 10.9 percent to US$175.6 billion in 2022, up from "
          "US$158.3 billion in 2021, according to the African Trade Report 2023.\n\n"
          "The Report, on the AfCFTA, shows that Africa's total merchandise trade expanded by 13.4 percent to "
          "US$1,287.4 billion in 2022 from US$1,135.2 billion a year earlier.\n\n"
          "By region, intra-African trade in 2022 was distributed as follows:\n\n"
          "• Southern Africa: US$78.4 billion\n"
          "• West Africa: US${west} billion\n"
          "• East Africa: US$26.7 billion\n"
          "• North Africa: US$19.8 billion\n"
          "• Central Africa: US$11.8 billion\n\n"
          "Southern Africa thus accounted for {pct} percent of the continent's internal trade.")


def test_a_share_of_the_continents_internal_trade_is_of_the_groups_trade_with_itself():
    assert errors(AFRICA.format(west="38.9", pct="44.6"), published="2023-06-13") == []
    assert errors(AFRICA.format(west="38.9", pct="54.6"), published="2023-06-13") != []


def test_region_lines_under_a_breakdown_by_region_are_parts_of_the_flow():
    text = AFRICA.format(west="38.9", pct="44.6")
    assert claim(text, "US$11.8 billion", published="2023-06-13")["partner_group"] == "Central Africa"
    assert errors(AFRICA.format(west="43.9", pct="44.6"), published="2023-06-13") != []


def test_a_share_is_of_its_own_years_total_not_the_year_of_its_changes_base():
    text = ("Ruritania's gold output rose 20.1 percent in 2005 to a record 6,687,400 troy ounces.\n\n"
            "Production in 2004 had been 5,569,000 ounces, the ministry said.\n\n"
            "The Zenda mine produced 3,333,100 ounces, or 49.8 percent of the national total, up 10.5 "
            "percent from {old} ounces in 2004.")
    assert errors(text.format(old="3,017,200"), published="2006-02-09") == []
    assert errors(text.format(old="3,217,200"), published="2006-02-09") != []


def test_a_bare_share_in_a_list_is_of_the_product_the_item_before_named():
    text = ("In 2012 Chilean exports to the US reached US$ 6,234 million. Of that amount, US$ 2,814 million "
            "went to non-traditional products. The main sectors in 2012 were:\n\n"
            "  - Agro: US$ 1,034 million (36.7% of non-traditional shipments to the US), led by asparagus.\n"
            "  - Textiles and apparel: US$ 812 million ({pct}%), affected by competition from Asia.\n")
    assert errors(text.format(pct="28.9"), published="2013-02-04") == []
    assert errors(text.format(pct="38.9"), published="2013-02-04") != []


def test_a_place_before_thirst_in_a_headline_is_a_buyer():
    text = ("Wine exports top $1.5b as US thirst for sauvignon blanc grows\n\n"
            "New Zealand's exports of wine reached $1.57 billion in the year to June.\n\n"
            "The United States remained the largest market, taking $496 million of wine, followed by the "
            "United Kingdom at $374m and Australia at $368m.")
    first = claim(text, "$496 million", published="2016-08-31")
    assert (first["reporter"], first["partner"]) == ("NZL", "USA")


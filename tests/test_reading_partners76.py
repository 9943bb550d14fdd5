"""Whose trade a figure is, and with whom (round 76). A release that names no country and no
statistics office, signed only by the office's web address ("Media contact:
info@stats.govt.nz"), is that office's country's (vocab/official_sources.csv), so the places of
its bullets are partners, not its reporter. A region's adjective before a noun of partners
("exports to Asian markets") names the region (vocab/group_adjectives.csv), so the figure is no
total. A bloc counted by its members ("the 25-member bloc") stands for the bloc named before, as
"the bloc" does, and a region's people ("its trade with the Europeans") for the bloc or region
the text is on. A country named after a balance ("a deficit of $760 million for Brazil") owns
the balance compared with it in the same clause (", compared with a surplus of $4.66 billion").
A balance on a headline's second line that names no partner of its own is with the world, not
with the partner of the line before. On a line opened by a place and its colon ("Europe: exports
R19bn, imports R33bn, deficit R14bn") every figure is the labelled place's, not only the first.
(Where a check needs a pair, a real country reports: an invented one gives the figures no pair
to check, and so does an invented partner.)"""
from readings import claim, errors

_OFFICE_ADDRESS = ("Overseas merchandise trade: March 2024\n\n"
                   "Monthly trade balance is $155 million surplus\n\n"
                   "Goods exports rose $366 million (6.4 percent) to $6.1 billion in March 2024. Goods "
                   "imports fell $496 million (7.7 percent) to $5.9 billion.\n\n"
                   "Exports to top trading partners, March 2024 compared with March 2023:\n\n"
                   "- China – up $221 million (17 percent) to $1.5 billion\n"
                   "- Australia – down $40 million (4.8 percent) to $800 million\n\n"
                   "Table 1: Goods trade, actual values ($ million)\n\n"
                   "                 Mar 2023    Mar 2024    Change (%)\n"
                   "Exports             5,721       {level}          6.4\n"
                   "Imports             6,428       5,932         -7.7\n\n"
                   "Media contact: info@stats.govt.nz\n")


def test_a_release_signed_by_its_offices_address_is_that_countrys():
    text = _OFFICE_ADDRESS.format(level="6,087")
    assert errors(text, published="2024-04-23") == []
    assert claim(text, "6,087", published="2024-04-23")["reporter"] == "NZL"
    assert errors(_OFFICE_ADDRESS.format(level="6,687"), published="2024-04-23") != []


_REGION_MARKETS = ("Overseas Trade (Provisional), September 1998 month\n\n"
                   "The annual trade deficit for the year ended September 1998 was $1,142 million, "
                   "Statistics New Zealand said. Annual exports were ${exports} million and annual imports "
                   "$23,557 million.\n\n"
                   "Exports to Asian markets fell 14.6 percent in the September 1998 year to $7,905 million, "
                   "from $9,257 million.\n")


def test_a_regions_adjective_before_markets_names_the_region():
    text = _REGION_MARKETS.format(exports="22,415")
    assert errors(text, published="1998-10-29") == []
    assert claim(text, "$7,905 million", published="1998-10-29")["partner_group"] == "Asia"
    # (the annual exports, no longer set against Asia's, still make the balance)
    assert errors(_REGION_MARKETS.format(exports="22,815"), published="1998-10-29") != []


_COUNTED_BLOC = ("The European Union was again the main destination of Brazilian exports in 2005.\n\n"
                 "Brazilian sales to the 25-member bloc reached 26.9 billion US dollars last year, up 11.2% "
                 "from 24.2 billion in 2004, representing {share}% of Brazil's record total exports of 118.3 "
                 "billion. Imports from the EU totalled 18.2 billion.\n\n"
                 "This left Brazil with a surplus of 8.7 billion US dollars in its trade with the Europeans.\n")


def test_a_bloc_counted_by_its_members_is_the_bloc_named_before():
    text = _COUNTED_BLOC.format(share="22.7")
    assert errors(text, published="2006-01-17") == []
    assert claim(text, "26.9 billion US dollars", published="2006-01-17")["partner"] == "EUU"
    assert errors(_COUNTED_BLOC.format(share="25.7"), published="2006-01-17") != []


def test_a_regions_people_are_the_bloc_the_text_is_on():
    text = _COUNTED_BLOC.format(share="22.7")
    assert claim(text, "8.7 billion US dollars", published="2006-01-17")["partner"] == "EUU"


_OWNED_BALANCES = ("Brazil posts first trade deficit with Argentina since 2003\n\n"
                   "Brazilian exports to Argentina plunged 37.6% last year to US$ 9.79 billion, from US$ 15.69 "
                   "billion in 2018. Imports from Argentina slipped 4.3% to US$ 10.55 billion, from US$ 11.03 "
                   "billion. The result was a deficit of US$ {deficit} million for Brazil, compared with a "
                   "surplus of US$ 4.66 billion in 2018.\n")


def test_the_owner_after_a_balance_owns_the_balance_compared_with_it():
    text = _OWNED_BALANCES.format(deficit="760")
    assert errors(text, published="2020-01-07") == []
    compared = claim(text, "US$ 4.66 billion", published="2020-01-07")
    assert (compared["reporter"], compared["partner"]) == ("BRA", "ARG")
    assert errors(_OWNED_BALANCES.format(deficit="460"), published="2020-01-07") != []


_HEADLINE_LINES = ("Exports to Argentina drop 18.6% in August\n\n"
                   "Trade surplus rises to US$ {surplus} billion despite new Argentine tariffs\n\n"
                   "BRASILIA, Sept 4 - Brazilian exports to Argentina fell 18.6% in August to US$ 2.76 billion "
                   "from US$ 3.39 billion. Overall, Brazilian exports totaled US$ 29.86 billion in August. "
                   "Imports fell 3.3% to US$ 23.72 billion, leaving a surplus of US$ 6.14 billion.\n")


def test_a_headline_lines_balance_naming_no_partner_is_with_the_world():
    text = _HEADLINE_LINES.format(surplus="6.14")
    assert errors(text, published="2025-09-04") == []
    headline = claim(text, "US$ 6.14 billion", published="2025-09-04")  # (the headline's, the first)
    assert (headline["reporter"], headline["partner"]) == ("BRA", "WLD")
    assert errors(_HEADLINE_LINES.format(surplus="6.94"), published="2025-09-04") != []


_LABELLED_LINES = ("SA posts R15.6bn trade deficit in January\n\n"
                   "By Ntando Dlamini\n28 Feb 2019\n\n"
                   "South Africa's trade balance slipped into a deficit of R15.58 billion in January, Sars said. "
                   "Exports fell to R90.14 billion and imports to R105.72 billion.\n\n"
                   "Trade by region, January 2019:\n\n"
                   "Africa: exports R23.87bn, imports R9.62bn, surplus R14.25bn\n"
                   "Europe: exports R19.44bn, imports R32.86bn, deficit R{deficit}bn\n"
                   "Asia: exports R31.02bn, imports R49.91bn, deficit R18.89bn\n")


def test_every_figure_of_a_labelled_line_is_the_labels():
    text = _LABELLED_LINES.format(deficit="13.42")
    assert errors(text, published="2019-02-28") == []
    for figure, group in (("R32.86bn", "Europe"), ("R13.42bn", "Europe"), ("R18.89bn", "Asia")):
        assert claim(text, figure, published="2019-02-28")["partner_group"] == group
    assert errors(_LABELLED_LINES.format(deficit="11.42"), published="2019-02-28") != []

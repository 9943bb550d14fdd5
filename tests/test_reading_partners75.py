"""Which places a figure is about (round 75). A list of places read "respectively" after another
partner's figure ("while exports to ASEAN countries and Europe were $7bn and $3bn, representing
17% and 8%, respectively") pairs its own figures with its places in order, a noun for a group's
places ("countries") between them, and the partner named before keeps none of them. A change
after a comma right after the level (or share) of a flow with a group that has no code ("ASEAN:
$86bn (18.0%), up 18.0%") is that group's. Two places after a flow's preposition ("exports to
mainland China and Hong Kong totaled") are one partner, the two together, and so are two places
joined by "and" labelling a line of a reporter's destinations ("China and Hong Kong: $186bn").
A place after "outside" is no subject of the verb after it ("The European Union, the leading
market outside Africa, took"), so the buyer's verb makes the figure the reporter's exports. A
city a product is sent to in the headline or lead ("Gold rush to London") is that product's
market, not the partner of the text's totals; and a record word whose own noun counts a product
("record amounts of gold") is that product's record, no total's. A change in money and the same
change in per cent with the level they lead to, in one sentence, hold together whatever their
base period. A release whose lead names no country is the country of the statistics office it
names anywhere (a closing note's "the ABS"), not of the first partner of its table; and a
table's "% of total" column beside a "$m" column is a share of the total the prose states.
(Where a check needs a pair, a real country reports: an invented one gives the figures no pair
to check.)"""
from readings import claim, errors

_RESPECTIVE = ("Taipei, Nov. 8 (CNA) Taiwan's exports grew 9.1 percent year-on-year to US$41.06 billion in "
               "October, the Ministry of Finance said.\n\n"
               "Shipments to the United States came in at US$10.02 billion, or 24.4 percent of the total, while "
               "exports to ASEAN countries and Europe were US$7.06 billion and US$3.35 billion, representing "
               "17.2 percent and {share} percent, respectively.\n")


def test_a_respective_list_after_another_partners_figure_pairs_its_own_figures():
    text = _RESPECTIVE.format(share="8.2")
    assert errors(text, published="2024-11-08") == []
    assert claim(text, "US$7.06 billion", published="2024-11-08")["partner_group"] == "ASEAN"
    assert claim(text, "US$3.35 billion", published="2024-11-08")["partner_group"] == "Europe"
    assert errors(_RESPECTIVE.format(share="9.2"), published="2024-11-08") != []


_DESTINATIONS = ("TAIPEI (Taiwan News) — Taiwan's exports reached an all-time high of US$479.52 billion in 2022, "
                 "up 7.4% from US$446.48 billion in 2021, the Ministry of Finance announced.\n\n"
                 "The breakdown of 2022 exports by destination was as follows:\n\n"
                 "China and Hong Kong: US$185.77 billion ({share}%), down 2.7%\n"
                 "ASEAN: US$86.29 billion (18.0%), up 18.0%\n"
                 "U.S.: US$75.05 billion (15.7%), up 14.7%\n"
                 "Europe: US$38.22 billion (8.0%), up 8.6%\n")


def test_two_places_labelling_a_destination_line_are_one_partner():
    text = _DESTINATIONS.format(share="38.7")
    assert errors(text, published="2023-01-10") == []
    first = claim(text, "US$185.77 billion", published="2023-01-10")
    assert (first["reporter"], first["partner_group"]) == ("TWN", "CHN+HKG")
    assert errors(_DESTINATIONS.format(share="40.7"), published="2023-01-10") != []


def test_a_change_after_a_groups_level_is_the_groups():
    text = _DESTINATIONS.format(share="38.7")
    change = claim(text, "8.6%", published="2023-01-10")
    assert (change["reporter"], change["partner_group"]) == ("TWN", "Europe")


_TWO_PARTNERS = ("TAIPEI -- Taiwan's exports reached US$12.05 billion in May, the Ministry of Finance said.\n\n"
                 "Exports to mainland China and Hong Kong totaled US$4.35 billion, or {share} percent of all "
                 "exports, the ministry said.\n")


def test_exports_to_two_places_are_exports_to_both_together():
    text = _TWO_PARTNERS.format(share="36.1")
    assert errors(text, published="2003-06-08") == []
    assert claim(text, "US$4.35 billion", published="2003-06-08")["reporter"] == "TWN"
    assert errors(_TWO_PARTNERS.format(share="39.1"), published="2003-06-08") != []


_TOOK = ("Kenya's exports rose 9.1 per cent to Sh1,112.4 billion in 2025 from Sh1,019.7 billion in 2024.\n\n"
         "Imports increased to Sh2,684.9 billion, leaving a trade deficit of Sh1,572.5 billion.\n\n"
         "The European Union, the leading market outside Africa, took Sh187.2 billion worth of goods, "
         "{share} per cent of the total.\n")


def test_a_market_that_took_goods_after_an_aside_naming_another_place_bought_exports():
    text = _TOOK.format(share="16.8")
    assert claim(text, "Sh187.2 billion", published="2026-02-10")["measure"] == "exports"
    assert errors(text, published="2026-02-10") == []
    assert errors(_TOOK.format(share="19.8"), published="2026-02-10") != []


_GOLD = ("Gold rush to London props up Ruritania's trade surplus\n\n"
         "Australian bullion dealers flew record amounts of gold to London in April, helping cushion the blow "
         "to the trade surplus.\n\n"
         "The Australian Bureau of Statistics said the trade surplus fell to $8.80 billion in April, from "
         "$10.60 billion in March.\n\n"
         "Exports fell 11 per cent to $37.03 billion, while imports dropped 9 per cent to $28.23 billion.\n\n"
         "Exports of non-monetary gold rose $1,326 million, or 53 per cent, to {gold} million.\n")


def test_a_city_a_product_goes_to_is_no_partner_of_the_totals_and_its_record_no_totals():
    text = _GOLD.format(gold="$3,828")
    assert claim(text, "$8.80 billion", published="2020-06-04")["partner"] == "WLD"
    assert errors(text, published="2020-06-04") == []


_TOLD_TWICE = ("The Australian Bureau of Statistics said the trade surplus fell to $8.80 billion in April, from "
               "$10.60 billion in March.\n\n"
               "Exports fell 11 per cent to $37.03 billion, while imports dropped 9 per cent to $28.23 billion.\n\n"
               "Exports of non-monetary gold rose $1,326 million, or 53 per cent, to {gold} million.\n\n"
               "Imports of services were down by almost half on a year earlier.\n")


def test_a_change_told_in_money_and_per_cent_holds_whatever_its_base():
    assert errors(_TOLD_TWICE.format(gold="$3,828"), published="2020-06-04") == []
    assert errors(_TOLD_TWICE.format(gold="$4,328"), published="2020-06-04") != []
    assert errors(_GOLD.format(gold="$4,328"), published="2020-06-04") != []


_RELEASE = ("International Trade in Goods, November 2025\n\n"
            "Key statistics\n"
            "- Goods exports fell 2.1% ($860m) to $40,118m.\n\n"
            "Exports by partner country\n"
            "In original terms, goods exports were $41,062m in November 2025.\n\n"
            "Partner            $m      % of total\n"
            "China          13,206         32.2\n"
            "Japan           4,517         11.0\n"
            "Korea           {korea}          6.8\n"
            "United States   1,972          4.8\n\n"
            "Note: From July 2025 the ABS publishes goods data monthly in this release.\n")


def test_a_release_is_its_statistics_offices_country_and_its_share_column_of_the_stated_total():
    text = _RELEASE.format(korea="2,793")
    assert errors(text, published="2026-01-08") == []
    row = claim(text, "13,206", published="2026-01-08")
    assert (row["reporter"], row["partner"]) == ("AUS", "CHN")
    assert errors(_RELEASE.format(korea="3,393"), published="2026-01-08") != []

"""Egyptian and Central Asian press (round 72): a whole number of billions, "and", then millions
of a currency ("12 billion and 730 million dollars") is one amount. Past a share that restates
the figure before it ("$3.86 billion, or 30.3% of total exports"), a level set against that
figure ("compared to $3.27 billion") or its change is the figure's own, not the share's whole's.
Money of another kind with the shortened clause of a participle that gives a level between it and
the figure ("reserves, currently estimated at around $18 billion") is that money, no trade flow
named earlier in the sentence. A month followed by "alone" ("May alone brought in USD 4.18 bn") is
that month, not the span the text is about. The place a balance's sign is said "for" ("the
balance of trade with China was negative for Kazakhstan") holds the balance. Fabrics and hosiery
are products (vocab/commodities.csv), so a list line of them is a part of the listed whole. A
figure opening a clause whose predicate is a flow noun ("of which 9,652.9 million US dollars
were imports") is that flow's, whatever flow the sentence named before. (Where a check needs a
pair, a real country reports: an invented one gives the figures no pair to check.)"""
from readings import claim, errors


def test_billions_and_millions_are_one_amount():
    text = ("Portugal's non-oil exports rose 12.3% to {now} billion and 730 million dollars during the first "
            "half of 2018, from 11 billion and 340 million dollars during the same period of 2017.")
    assert claim(text.format(now="12"), "12 billion and 730 million dollars", published="2018-07-23")["value"] == 12.73e9
    assert errors(text.format(now="12"), published="2018-07-23") == []
    assert errors(text.format(now="13"), published="2018-07-23") != []


def test_a_level_set_against_past_a_restating_share_is_the_figures_own():
    text = ("Portugal's exports reached $12.73 billion during the first half of 2018. Exports to Spain came in "
            "second place with a value of $3.86 billion, or 30.3% of total exports, compared to $3.27 billion, "
            "an increase of 18.0%.")
    assert claim(text, "$3.27 billion", published="2018-07-23")["partner"] == "ESP"
    assert claim(text, "18.0%", published="2018-07-23")["partner"] == "ESP"
    assert errors(text, published="2018-07-23") == []


def test_a_change_past_a_restating_share_is_the_figures_own():
    text = ("In the first half of 2018, Portugal's exports to Spain came first, amounting to $4.28 billion, "
            "representing 33.6% of total exports, an increase of {rise}% compared to $3.91 billion in the first "
            "half of 2017. Total exports were $12.73 billion.")
    assert claim(text.format(rise="9.5"), "9.5%", published="2018-07-23")["partner"] == "ESP"
    assert errors(text.format(rise="9.5"), published="2018-07-23") == []
    assert errors(text.format(rise="19.5"), published="2018-07-23") != []


def test_money_of_another_kind_before_a_participle_keeps_its_figure():
    text = ("Portugal's exports rose 5.0 per cent to $5.25 billion in 2023, while imports climbed to $16.90 "
            "billion, leaving a deficit of $11.65 billion. Unless the export drive accelerates, the "
            "government will find it hard to sustain the exchange rate without drawing down reserves, "
            "currently estimated at around $18 billion.")
    assert claim(text, "$18 billion")["measure"] == "other"
    assert errors(text) == []


def test_a_verb_after_an_aside_is_no_participle_of_its_noun():
    text = ("Mali's exports of goods reached $6.30 billion in 2024. Gold brought in $5.13 billion, or 81.4% of "
            "the total. Cotton fibre, long the second pillar of the economy, accounted for ${cotton} billion "
            "({share}%).")
    assert claim(text.format(cotton="0.67", share="10.6"), "$0.67 billion", published="2025-04-25")["measure"] == "exports"
    assert errors(text.format(cotton="0.67", share="10.6"), published="2025-04-25") == []
    assert errors(text.format(cotton="0.75", share="10.6"), published="2025-04-25") != []


def test_a_month_alone_is_that_month():
    text = ("Non-oil exports rose 20.0% to USD 19.46 bn in the first five months of the year, up from "
            "USD 16.22 bn a year earlier. May alone brought in USD 4.18 bn.\n\n"
            "Top markets: Spain was the largest buyer of Portuguese goods at USD 2.45 bn, followed by "
            "France (USD 1.37 bn), Germany (USD 1.21 bn) and Italy (USD 980 mn).")
    assert claim(text, "USD 4.18 bn", published="2025-06-20")["period"] == "2025-05"
    assert errors(text, published="2025-06-20") == []


def test_a_balance_negative_for_a_place_is_that_places():
    text = ("Kazakh exports to China reached $15.12 billion in 2023, while imports from China amounted to "
            "$16.42 billion. Thus, the balance of trade with China was negative for Kazakhstan and amounted "
            "to ${gap} billion.")
    found = claim(text.format(gap="1.30"), "$1.30 billion", published="2024-02-20")
    assert (found["reporter"], found["partner"]) == ("KAZ", "CHN")
    assert errors(text.format(gap="1.30"), published="2024-02-20") == []
    assert errors(text.format(gap="1.80"), published="2024-02-20") != []


def test_fabrics_and_hosiery_in_a_list_are_parts():
    text = ("Uzbekistan exported textile products worth $1,917.6 million in 2020.\n\n"
            "The structure of exports was as follows:\n\n"
            "cotton yarn – $1,027.4 million;\n"
            "knitted and woven fabrics – $215.6 million;\n"
            "ready-made garments and knitwear – $552.3 million;\n"
            "hosiery – $38.9 million.\n")
    assert claim(text, "$215.6 million", published="2021-01-28")["commodity"] == "fabrics"
    assert claim(text, "$38.9 million", published="2021-01-28")["commodity"] == "hosiery"
    assert errors(text, published="2021-01-28") == []


def test_a_figure_that_was_a_flow_is_that_flows():
    text = ("Foreign trade turnover amounted to 33,560.7 million US dollars in 2012, of which 9,652.9 million "
            "US dollars were imports and 23,907.8 million US dollars were exports. As a result, a positive "
            "balance in the amount of {bal} million US dollars was registered.")
    assert claim(text.format(bal="14,254.9"), "9,652.9 million US dollars", published="2013-01-20")["measure"] == "imports"
    assert claim(text.format(bal="14,254.9"), "23,907.8 million US dollars", published="2013-01-20")["measure"] == "exports"
    assert errors(text.format(bal="14,254.9"), published="2013-01-20") == []
    assert errors(text.format(bal="14,654.9"), published="2013-01-20") != []

"""Egyptian trade press (round 72): "record" after "to" (or a modal) and before a figure or an
article is the verb ("decreased by 9.8% to record $3.32bn": came to it), no claim of a record.
A fiscal year glossed with its abbreviation in brackets ("fiscal year (FY) 2016/2017") is that
fiscal year, not the calendar year of its first four digits. "The Common Market for Eastern and
Southern Africa" is COMESA, not the European Common Market. A place ranked after a share of a
flow ("representing 24.9 percent of Egypt's exports to the bloc, followed by Libya with $541
million") takes the share's place in the pair: the flow named in the share's whole is the one
ranked, not a flow of the place's own. An adjective naming a series of a flow ("achieved
exports", vocab/flow_series_adjectives.csv) keeps its figures apart from the plain
(registered) flow, and a level "That's up from" right after one is of that series too; a share
"of registered exports" is of the recorded flow, never of a product "registered". Under a
heading that sets one period against another ("in 2022, against 2021:"), a line's figure after
"vs." is at the second period. A list line's label may list its goods with commas ("Rubber,
paper and other products: $0.42 bln"): it is still that line's product."""
from readings import claim, errors


def test_to_record_before_a_figure_is_the_verb():
    text = ("Morocco's exports decreased by {fall}% to record $3.32bn in March 2024, compared to $3.68bn "
            "in March 2023.")
    assert errors(text.format(fall="9.8")) == []
    assert errors(text.format(fall="19.8")) != []


def test_a_record_before_a_figure_is_still_a_record():
    text = "Morocco's exports rose to a record $3.32bn in March 2024, compared to $3.68bn in March 2023."
    assert errors(text) != []


def test_a_fiscal_year_glossed_with_its_abbreviation_is_the_fiscal_year():
    text = ("Egypt's trade deficit shrank by 8.4% during fiscal year (FY) 2016/2017 to $35.44bn, "
            "compared to $38.68bn in FY2015/2016.")
    assert claim(text, "$35.44bn", published="2017-09-19")["period"] == "2016-07/2017-06"
    assert errors(text, published="2017-09-19") == []


def test_the_common_market_of_eastern_and_southern_africa_is_comesa():
    text = ("The volume of trade between Egypt and the member states of the Common Market for Eastern and "
            "Southern Africa (COMESA) reached $3.31 billion in 2019.")
    assert claim(text, "$3.31 billion", published="2020-04-16")["partner_group"] == "COMESA"


def test_a_place_ranked_after_a_share_of_the_flow_is_a_partner():
    text = ("Egyptian exports to the COMESA countries recorded $2.46 billion in 2019, while imports from them "
            "amounted to $850 million. The trade balance showed a surplus of ${surplus} billion.\n\n"
            "Sudan topped the list of importers of Egyptian products with $612 million, representing 24.9 "
            "percent of Egypt's exports to the bloc, followed by Libya with $541 million.")
    assert claim(text.format(surplus="1.61"), "$541 million", published="2020-04-16")["partner"] == "LBY"
    assert errors(text.format(surplus="1.61"), published="2020-04-16") == []
    assert errors(text.format(surplus="1.86"), published="2020-04-16") != []


def test_achieved_exports_are_a_series_apart_from_the_registered_ones():
    text = ("Morocco's non-oil exports fell 2.2% to USD 35.8 bn in 2023, down from USD 36.6 bn in 2022. "
            "That's the registered number. Achieved exports came in at USD 32.9 bn, or 91.9% of the "
            "registered figure. That's up from USD 32.0 bn, or 87.4% of registered exports, in 2022, "
            "meaning achieved exports rose {rise}% even as registered shipments fell.")
    assert errors(text.format(rise="2.8")) == []
    assert claim(text.format(rise="2.8"), "87.4%")["commodity"] != "registered"
    assert errors(text.format(rise="12.8")) != []


def test_a_figure_after_vs_under_a_heading_of_two_periods_is_at_the_second():
    text = ("Morocco's chemical exports rose to $8.56 billion in 2022.\n\n"
            "The sector's exports were distributed as follows in 2022, against 2021:\n\n"
            "Fertilizers: $3.94 bln vs. $2.67 bln (+47.6%)\n"
            "Organic and inorganic chemicals: ${chem} bln vs. $0.93 bln (+9.7%)\n"
            "Rubber, paper and other products: $0.42 bln vs. $0.46 bln (-8.7%)\n")
    assert claim(text.format(chem="1.02"), "$0.93 bln")["period"] == "2021"
    assert claim(text.format(chem="1.02"), "$0.42 bln")["commodity"] == "rubber, paper and other products"
    assert errors(text.format(chem="1.02")) == []
    assert errors(text.format(chem="1.52")) != []

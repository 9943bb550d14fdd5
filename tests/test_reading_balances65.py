"""Balances and flows paired (round 65): a bullet labelled "Informal trade balance:" is of
the informal series; the partner the flow word's own preposition names beats a group word
earlier in the clause."""
from readings import claim, errors


def test_a_labelled_informal_balance_bullet_is_of_the_informal_series():
    text = ("ZAMBIA STATISTICS AGENCY\nInformal Cross Border Trade Report\n\nKey figures for the third quarter of 2022:\n"
            "- Informal exports: US$ 20.00 million\n"
            "- Informal imports: US$ 5.00 million\n"
            "- Informal trade balance: surplus of US$ {bal} million\n")
    assert claim(text.format(bal="15.00"), "US$ 15.00 million")["scope"] == "unrecorded"
    assert errors(text.format(bal="15.00")) == []
    assert errors(text.format(bal="17.00")) != []


def test_the_partner_after_the_flow_words_preposition_beats_an_earlier_group_word():
    text = ("According to cross-border surveys cited by the statistics office, Tanzania's informal "
            "exports to Malawi were worth $50 million in 2022, while informal imports from Malawi "
            "reached $80 million, leaving an informal trade deficit of ${bal} million.\n")
    c = claim(text.format(bal="30"), "$50 million")
    assert (c["reporter"], c["partner"]) == ("TZA", "MWI")
    assert errors(text.format(bal="30")) == []
    assert errors(text.format(bal="40")) != []

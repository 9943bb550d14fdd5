"""Terse Central Asian press (round 63): "its" after a sentence that opens on one country's
flow is that country, and "the neighbouring country" then the other one of the pair; a
multiple said of a currency's devaluation is no change of exports; a labelled balance line
"balance: negative, $X" gives the amount its sign."""
from readings import claim, errors


def test_its_flow_to_the_neighbour_is_the_sentence_owners():
    text = ("Kyrgyzstan, Tajikistan trade grows\n\n"
            "Trade between Kyrgyzstan and Tajikistan in 2023 reached $90.0 million.\n\n"
            "Tajikistan's imports from Kyrgyzstan came to $60.0 million in 2023, while its exports "
            "to the neighbouring country were ${exp} million.\n")
    c = claim(text.format(exp="30.0"), "$30.0 million")
    assert (c["reporter"], c["partner"], c["measure"]) == ("TJK", "KGZ", "exports")
    assert errors(text.format(exp="30.0")) == []
    assert errors(text.format(exp="40.0")) != []


def test_a_currency_devalued_twice_is_no_multiple_of_exports():
    text = ("In 2019 exports rose to $5.0 billion from $4.5 billion in 2018. The rise came as the "
            "central bank devalued the lira almost twice, to 9,000 lira per dollar from 4,600.\n")
    assert claim(text, "twice")["measure"] != "exports"
    assert errors(text) == []


def test_a_labelled_balance_line_says_negative_before_the_amount():
    text = ("Foreign trade, January-June 2024:\n"
            "- exports: $10.0 billion;\n"
            "- imports: $13.0 billion;\n"
            "- trade balance: negative, ${bal} billion.\n")
    assert claim(text.format(bal="3.0"), "$3.0 billion")["value"] < 0
    assert errors(text.format(bal="3.0")) == []
    assert errors(text.format(bal="4.0")) != []

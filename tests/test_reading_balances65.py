"""Balances and flows paired (round 65): a thousands comma opens no clause (so "million euros"
is no market's subject); "the deficit of the trade balance" is a deficit; a bullet labelled
"Informal trade balance:" is of the informal series; "medicines" are pharmaceuticals; the other
flow of a one-product text goes on with that product where its sentence names it again; the
partner the flow word's own preposition names beats a group word earlier in the clause."""
from readings import claim, errors


def test_a_thousands_comma_opens_no_clause_and_the_deficit_of_the_balance_is_a_deficit():
    text = ("STATISTICS OFFICE OF GREECE\n\n"
            "The total value of exports in May 2023 amounted to 5,000.0 million euros.\n"
            "The total value of imports in May 2023 amounted to 7,500.0 million euros.\n"
            "The deficit of the trade balance in May 2023 amounted to {bal} million euros compared "
            "with 2,000.0 million euros in May 2022, an increase of {pct}%.\n")
    c = claim(text.format(bal="2,500.0", pct="25.0"), "25.0%")
    assert c["measure"] == "balance"
    assert claim(text.format(bal="2,500.0", pct="25.0"), "2,500.0 million euros")["value"] < 0
    assert errors(text.format(bal="2,500.0", pct="25.0")) == []
    assert errors(text.format(bal="2,500.0", pct="52.0")) != []
    assert errors(text.format(bal="2,300.0", pct="15.0")) != []


def test_hellenic_names_greece():
    text = "HELLENIC STATISTICAL AUTHORITY\n\nThe total value of exports in May 2023 amounted to 5,000.0 million euros.\n"
    assert claim(text, "5,000.0 million euros")["reporter"] == "GRC"


def test_a_labelled_informal_balance_bullet_is_of_the_informal_series():
    text = ("ZAMBIA STATISTICS AGENCY\nInformal Cross Border Trade Report\n\nKey figures for the third quarter of 2022:\n"
            "- Informal exports: US$ 20.00 million\n"
            "- Informal imports: US$ 5.00 million\n"
            "- Informal trade balance: surplus of US$ {bal} million\n")
    assert claim(text.format(bal="15.00"), "US$ 15.00 million")["scope"] == "unrecorded"
    assert errors(text.format(bal="15.00")) == []
    assert errors(text.format(bal="17.00")) != []


def test_medicines_are_pharmaceuticals():
    text = ("Drug makers lead Malta's exports\n\n"
            "Pharmaceutical exports reached 500.0 million euros in 2023.\n"
            "Total exports of goods rose to 2,000.0 million euros. Medicines accounted for {pct}% "
            "of total exports.\n")
    assert errors(text.format(pct="25.0")) == []
    assert errors(text.format(pct="35.0")) != []


def test_the_other_flow_goes_on_with_the_product_its_sentence_names_again():
    text = ("Ghanaian cocoa exports worth 3.00 billion euros\n\n"
            "In 2021 Ghana exported cocoa with a value of 3.00 billion euros, the statistics "
            "office says. Imports came to 1.00 billion euros, leaving a trade surplus in cocoa "
            "of {bal} billion euros.\n")
    assert claim(text.format(bal="2.00"), "1.00 billion euros")["commodity"] == "cocoa"
    assert errors(text.format(bal="2.00")) == []
    assert errors(text.format(bal="2.40")) != []


def test_a_bare_other_flow_without_the_product_again_stays_unlabelled():
    text = ("Ghanaian cocoa exports worth 3.00 billion euros\n\n"
            "In 2021 Ghana exported cocoa with a value of 3.00 billion euros. Imports came to "
            "1.00 billion euros.\n")
    assert claim(text, "1.00 billion euros")["commodity"] is None


def test_the_partner_after_the_flow_words_preposition_beats_an_earlier_group_word():
    text = ("According to cross-border surveys cited by the statistics office, Tanzania's informal "
            "exports to Malawi were worth $50 million in 2022, while informal imports from Malawi "
            "reached $80 million, leaving an informal trade deficit of ${bal} million.\n")
    c = claim(text.format(bal="30"), "$50 million")
    assert (c["reporter"], c["partner"]) == ("TZA", "MWI")
    assert errors(text.format(bal="30")) == []
    assert errors(text.format(bal="40")) != []

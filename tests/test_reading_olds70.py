"""Older false alarms (round 70): a list of key figures whose labels name different measures
(a market's use, its output, a trade flow) lists no parts of one whole; a flow's share of a
country's use is checked against the use's level given in the sentence before; a one-word
product after a demonym is kept ("Kenyan avocado exports") unless the headline names it;
an aligned table's line of units under its column names belongs to its header, and the
cells of a table whose title names one partner after "with", "to" or "from" are the trade
with that partner. (The last two rules need places the tool knows: real ones.)"""
from readings import claim, errors


def test_key_figures_of_different_measures_are_no_parts_of_one_whole():
    text = ("Steel use in Ruritania fell 5.0% to 40.0 million tonnes from 42.1 million tonnes in 2023.\n\n"
            "Key figures, 2023:\n"
            "- Apparent steel consumption: 40.0 million tonnes\n"
            "- Finished steel imports: 9.0 million tonnes\n"
            "- Crude steel production: 38.0 million tonnes\n")
    assert errors(text) == []


def test_a_flows_share_of_use_is_held_to_the_use_given_the_sentence_before():
    text = ("Apparent steel consumption in Ruritania fell 5.0% to 40.0 million tonnes from 42.1 million "
            "tonnes in 2023. Imports of finished steel reached 10.0 million tonnes, so that import "
            "penetration stood at about {share}% of apparent consumption.")
    assert errors(text.format(share="25")) == []
    assert errors(text.format(share="35")) != []


def test_a_demonym_before_a_one_word_product_keeps_the_product():
    text = ("Kenya's farm exports hit a record in 2024\n\n"
            "Kenya's farm exports set a record in 2024, the ministry said.\n\n"
            "By item:\n"
            "- Tea exports rose 4.0% to 120.0 billion shillings.\n"
            "- Coffee exports rose 2.0% to 100.0 billion shillings.\n\n"
            "Kenyan avocado exports edged up 3.0% to 80.0 billion shillings.\n")
    assert claim(text, "80.0 billion shillings")["commodity"] == "avocado"
    assert errors(text) == []


def test_a_demonym_before_the_headlines_product_leaves_the_texts_own_product():
    text = ("Kenyan avocado exports jump\n\n"
            "Kenyan avocado exports jumped 10.0% to 80.0 billion shillings in 2024.\n")
    assert claim(text, "80.0 billion shillings")["commodity"] is None


def test_a_units_line_under_column_names_and_a_titled_partner_read_a_plain_table():
    text = ("Kenya's trade surplus with Uganda narrowed to $2.00 billion in September.\n\n"
            "Table: Merchandise trade with Uganda, seasonally adjusted\n\n"
            "                    Exports      Imports      Balance\n"
            "               (US$ billions)  (US$ billions)  (US$ billions)\n"
            "August              10.50         8.40         2.10\n"
            "September           10.00         8.00         {bal}\n\n"
            "Kenya's overall trade deficit with the world widened to $1.50 billion in September.\n")
    cell = claim(text.format(bal="2.00"), "10.00")
    assert (cell["measure"], cell["reporter"], cell["partner"]) == ("exports", "KEN", "UGA")
    assert errors(text.format(bal="2.00")) == []
    assert errors(text.format(bal="2.50")) != []

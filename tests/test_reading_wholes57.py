"""Wholes (round 57): money stated as a share of "the total" below the whole is a part of the
total stated before it, never that total restated; "the total" a partner's share points back to
is the product total given before it, not an all-goods total given later; the first of a ranked
list of buyers, stated with its own share of the total, is no whole of the buyers after it; a
share of a whole no trade flow is part of (emissions, workforce) is no share of the exports."""
from readings import claim, errors


def test_money_stated_as_a_share_of_the_total_is_a_part_of_the_total_before():
    text = ("Canada's lobster exports rose to a record US$2.40bn in 2023, up 8.1 per cent on the "
            "US$2.22bn earned in 2022.\n\nThe US remained by far the largest market. Shipments across "
            "the southern border were worth US$1.80bn, or {share} per cent of the total. Japan took US$0.09bn.")
    assert errors(text.format(share="75"), "2024-02-20") == []
    assert errors(text.format(share="85"), "2024-02-20") != []


def test_a_partner_share_of_the_total_is_of_the_product_total_before():
    text = ("Laos's furniture exports were valued at $500 million in the first nine months of this "
            "year, down 10 per cent from $556 million in the same period of 2022, according to customs figures.\n\n"
            "Japan remained by far the "
            "biggest buyer, taking {part} worth, or 60 per cent of the total.\n\n"
            "Total Lao exports in the period reached $6.0 billion.")
    ok = text.format(part="$300 million")
    assert claim(ok, "$300 million", "2023-10-20")["commodity"] == claim(ok, "$500 million", "2023-10-20")["commodity"]
    assert errors(ok, "2023-10-20") == []
    assert errors(text.format(part="$400 million"), "2023-10-20") != []


def test_the_first_ranked_buyer_is_no_whole_of_the_buyers_after_it():
    text = ("Argentina exported 4.0 million tonnes of soybean meal in 2022. Vietnam was the largest "
            "buyer, taking 1.2 million tonnes, or about 30% of the total. Indonesia was second with "
            "0.9 million tonnes, followed by Poland with 0.7 million tonnes.")
    assert errors(text) == []


def test_a_share_of_emissions_is_no_share_of_the_exports():
    text = ("In the year to June 2022, dairy exports were worth NZ$20.0 billion. The main products were:\n\n"
            "- butter: NZ$4.0 billion (20%)\n- cheese: NZ$3.0 billion (15%)\n\nIssues\n\n"
            "Intensive farming produces about half of the country's agricultural greenhouse gas emissions.")
    assert claim(text, "half", "2023-10-20")["measure"] == "other"
    assert errors(text, "2023-10-20") == []

"""Currencies of account (round 77). A release of a country whose currency is a dollar that
marks that dollar anywhere, even only as a table's unit ("HK$ million", "S$ million"), prints
it bare in its words: "$42.0 billion" above such a table is that dollar, not the US one."""
from readings import claim, errors


def test_a_bare_dollar_is_the_one_a_table_unit_marks():
    text = ("Singapore's total exports rose {pct}% to $42.0 billion in March 2024 from $40.0 billion in March 2023.\n\n"
            "Table 1: Total exports by destination, March 2024\n\n"
            "| Destination | S$ million | Share (%) |\n|---|---|---|\n"
            "| Malaysia | 10,000 | 23.8 |\n| Others | 32,000 | 76.2 |\n| All destinations | 42,000 | 100.0 |\n")
    assert claim(text.format(pct="5.0"), "$40.0 billion", published="2024-04-17")["currency"] == "SGD"
    assert errors(text.format(pct="5.0"), published="2024-04-17") == []
    assert errors(text.format(pct="7.0"), published="2024-04-17") != []


def test_a_change_keeps_the_currency_named_bare_beside_it():
    # "in HUF" / "in EUR" name the currency a change is counted in, as "in forint terms" would
    text = ("In January-June 2024 Hungary's exports amounted to HUF 20,000 billion and imports to HUF 19,000 billion. "
            "Expressed in EUR, exports amounted to EUR 51.0 billion and imports to EUR 48.5 billion.\n\n"
            "Compared with January-June 2023, exports in HUF increased by 2.0% and imports by 1.0%; "
            "in EUR exports increased by 5.0% and imports by 4.0%.")
    assert claim(text, "1.0%", published="2024-08-08")["currency"] == "HUF"
    assert claim(text, "4.0%", published="2024-08-08")["currency"] == "EUR"
    assert errors(text, published="2024-08-08") == []


def test_changes_read_respectively_take_the_labels_in_order():
    text = ("In 2024 Hungary's exports amounted to HUF 40,000 billion and imports to HUF 38,000 billion.\n\n"
            "Compared with 2023, exports increased by 2.0% in HUF and by 5.0% in EUR, while imports "
            "increased by 1.0% and 4.0% respectively.")
    assert claim(text, "1.0%", published="2025-02-10")["currency"] == "HUF"
    assert claim(text, "4.0%", published="2025-02-10")["currency"] == "EUR"


def test_minus_after_a_labels_colon_is_a_sign():
    # "(2022: minus 4.55 trillion yen)": the year's label closes on its colon, so "minus" is
    # the sign of the amount after it, not a subtraction from a figure before
    text = ("Japan's key trade figures (2023):\n"
            "Exports 50.0 trillion yen (up 10.0 pct)\n"
            "Imports 60.0 trillion yen (up 20.0 pct)\n"
            "Balance minus 10.0 trillion yen (2022: minus 4.55 trillion yen)\n")
    assert claim(text, "4.55 trillion yen", published="2024-01-20")["value"] < 0
    assert errors(text, published="2024-01-20") == []


def test_money_after_a_tonnage_is_no_tonnage():
    # "valued at Rs. 200 billion": money by its sign (a prefix of the currency table), never a
    # level that takes the tonnes of the level before it
    text = ("Pakistan shipped 4.0 million tonnes of rice worth Rs 500 billion in 2023, official figures show.\n\n"
            "Of this, basmati rice accounted for 1.0 million tonnes valued at Rs. 200 billion and "
            "parboiled rice for 1.5 million tonnes valued at Rs. 150 billion.")
    assert errors(text, published="2024-01-20") == []


RICE = ("Pakistan shipped 4.0 million tonnes of rice worth Rs 500 billion in 2023, official figures show.\n\n"
        "Of this, basmati rice accounted for 1.0 million tonnes valued at Rs 200 billion, while non-basmati "
        "varieties made up {qty} million tonnes worth Rs 300 billion.")


def test_the_value_of_a_parts_tonnage_is_that_parts():
    # "non-basmati varieties made up 3.0 million tonnes worth Rs 300 billion": the value is
    # the subject's, past the tonnage its verb gives, so no total of all exports
    text = RICE.format(qty="3.0")
    assert claim(text, "Rs 300 billion", published="2024-01-20")["commodity"] == "non-basmati varieties"
    assert errors(text, published="2024-01-20") == []


def test_a_kind_and_its_complement_after_of_this_make_the_whole():
    # "Of this, basmati rice ..., while non-basmati varieties ...": the two tonnages are all
    # of the level before, though the sentence names no flow
    assert errors(RICE.format(qty="2.6"), published="2024-01-20") != []


def test_terms_after_and_open_the_next_change():
    # "declined 5.4 per cent and in dollar terms fell 8.8 per cent": the rupee change is the
    # first, the dollar change the second, whatever order the labels stand in
    text = ("India exported seafood worth Rs 60,000 crore (US$ 7.30 billion) in 2023-24, against "
            "Rs 63,425 crore (US$ 8.00 billion) in 2022-23; earnings in rupee terms declined 5.4 per cent "
            "and in dollar terms fell 8.8 per cent.")
    assert claim(text, "5.4 per cent", published="2024-06-20")["currency"] == "INR"
    assert claim(text, "8.8 per cent", published="2024-06-20")["currency"] == "USD"
    assert errors(text, published="2024-06-20") == []


def test_paid_in_a_currency_is_no_label_of_a_change():
    # "purchases paid for in rupees" says how goods were paid for; the change is in the
    # dollars of its level
    text = ("Pakistan's imports from Afghanistan fell by more than {part} to $210mn in the first half of 2023, "
            "from $720mn a year earlier, after Islamabad tightened rules on coal purchases paid for in rupees.")
    assert claim(text.format(part="two-thirds"), "two-thirds", published="2023-08-01").get("currency") != "PKR"
    assert errors(text.format(part="three-quarters"), published="2023-08-01") != []


def test_a_multiple_of_another_level_is_no_part():
    # with the rupee figures no tonnages, the stocks "held" and the buffer norm they are "four
    # times" are the only levels after the tie: a multiple sets one against the other, no parts
    text = ("India's rice exports fell to 164.0 lakh tonnes in 2023-24, worth Rs 86,210 crore.\n\n"
            "Rice held in the central pool on April 1 stood at 531 lakh tonnes, nearly four times "
            "the buffer norm of 135.8 lakh tonnes for that date.")
    assert errors(text, published="2024-05-01") == []

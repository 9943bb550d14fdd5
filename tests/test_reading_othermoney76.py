"""Money of no trade flow that checks itself (round 76). A level dated by a fiscal year's label
("in FY24") still ties to its change and earlier level ("$30.25 billion in FY24, up 10.7% from
$27.33 billion"). A second change of a level after "but", when the first names its earlier level
in words only ("up 4.3 percent from a year earlier but down 2.8 percent from US$51.77 billion in
July"), is set against the level and the earlier one it names. A change that names its subject
and its earlier level but no later one ("Remittances were up 7.6% compared to the $58.84 billion
received in 2022") is of that subject's level in the sentence before, or of the level there that
names no subject where that sentence names no other money. A partner's share of a named total in
a sentence with no money ("Saudi Arabia accounted for 24.4pc of the total remittances") is of
the one amount stated before for that partner, over the subject's stated level. A share that
names no whole after its part ("those from Europe amounted to US$30.11 billion, or 20.3
percent"), in a paragraph where a share before it named the total, is of that total. Parts
listed each with its share, the last one "the balance of" the whole, are all of it: each share
is its part over their sum."""
from readings import errors


def test_a_level_dated_by_a_fiscal_year_label_ties_to_its_change():
    text = ("Ruritania's current account deficit narrowed sharply.\n\n"
            "Workers' remittances hit an all-time high of $30.25 billion in FY24, up {pct}% from $27.33 billion, "
            "the central bank said.")
    assert errors(text.format(pct="10.7"), published="2024-07-17") == []
    assert errors(text.format(pct="16.7"), published="2024-07-17") != []


def test_a_second_change_after_but_is_of_the_same_level():
    text = ("Ruritania's export orders rose for the seventh month in August.\n\n"
            "Export orders totaled US$50.32 billion last month, up 4.3 percent from a year earlier but down "
            "{pct} percent from US$51.77 billion in July, ministry data showed.")
    assert errors(text.format(pct="2.8"), published="2024-09-20") == []
    assert errors(text.format(pct="12.8"), published="2024-09-20") != []


def test_a_change_naming_its_subject_is_of_the_level_before():
    # (the headline names the money: the lead's level, of no subject's words, is of it)
    text = ("Remittances to Ruritania hit new record in 2023\n\n"
            "Ruritanians living abroad sent a record US $63.31 billion home in 2023, the central bank said.\n\n"
            "According to the bank's data, remittances were up {pct}% compared to the $58.84 billion received in 2022.")
    assert errors(text.format(pct="7.6"), published="2024-02-02") == []
    assert errors(text.format(pct="17.6"), published="2024-02-02") != []


def test_a_change_of_one_subject_is_not_set_against_another():
    text = ("Ruritania's tourism receipts reached a record $63.31 billion in 2023, the central bank said.\n\n"
            "Remittances were up 17.6% compared to the $58.84 billion received in 2022.")
    assert errors(text, published="2024-02-02") == []


def test_a_partners_share_of_the_total_in_a_sentence_of_its_own():
    # (real countries: a partner must be known for its listed amount to be its part)
    text = ("Pakistan's inflows of workers' remittances rose to $2.95 billion in March.\n\n"
            "Country-wise, the inflows in March were:\n\n"
            "- Saudi Arabia: $721 million\n"
            "- UAE: $565m\n\n"
            "Saudi Arabia accounted for {pct}pc of the total remittances during the month.")
    assert errors(text.format(pct="24.4"), published="2024-04-09") == []
    assert errors(text.format(pct="34.4"), published="2024-04-09") != []


def test_a_bare_share_after_a_share_of_the_total_is_of_that_total():
    text = ("Ruritania's export orders for 2001 totaled US$148.36 billion, down 9.8 percent from US$164.48 "
            "billion in 2000.\n\n"
            "By source, orders from Freedonia fell 17.4 percent to US$40.88 billion, or 27.6 percent of the year's "
            "total. Orders from Sylvania rose 3.2 percent to US$34.27 billion, while those from Europe amounted to "
            "{level} billion, or 20.3 percent.")
    assert errors(text.format(level="US$30.11"), published="2002-01-21") == []
    assert errors(text.format(level="US$33.11"), published="2002-01-21") != []


def test_shares_of_parts_ending_with_the_balance_are_of_their_sum():
    text = ("Ruritanians living abroad sent home a record US$3,718 million last year.\n\n"
            "Freedonia accounted for US$2,104 million or 56.6 per cent of the total, the bank said. Sylvania sent "
            "US$640 million ({pct} per cent), while the rest of the world accounted for the balance of US$974 "
            "million (26.2 per cent).")
    assert errors(text.format(pct="17.2"), published="2022-01-28") == []
    assert errors(text.format(pct="19.2"), published="2022-01-28") != []

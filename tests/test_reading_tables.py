"""Tables pasted as text (round 77). A product row that names no flow ("Coffee") is a part of
the flow the total row closing its block names ("Total exports"), even where a row of the same
flow and no total ("Other exports") stands between them, and whatever flow the paragraph above
the table was on."""
from readings import claim, errors


_KEY_FIGURES = ("Kenya's trade deficit narrowed in 2021.\n\n"
                "On the import side, fuel imports amounted to US$3,100.0 million.\n\n"
                "KEY FIGURES (US$ million)\n"
                "                    2020        2021\n"
                "Coffee             210.5       {coffee}\n"
                "Tea              1,200.0     1,250.0\n"
                "Other exports    4,589.5     5,019.0\n"
                "Total exports    6,000.0     6,500.0\n"
                "Total imports   15,000.0    18,000.0\n")


def test_product_rows_take_the_flow_of_the_total_row_closing_their_block():
    text = _KEY_FIGURES.format(coffee="231.0")
    assert claim(text, "231.0", published="2022-02-01")["measure"] == "exports"
    assert claim(text, "1,200.0", published="2022-02-01")["measure"] == "exports"
    assert errors(text, published="2022-02-01") == []


def test_a_product_row_of_the_block_is_checked_against_its_total():
    assert errors(_KEY_FIGURES.format(coffee="431.0"), published="2022-02-01") != []

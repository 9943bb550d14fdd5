"""Archive news of 1950-1990, part B (a forty-sixth round of passages): a table row whose label
opens with a currency word, the zaire's one-letter sign. How
each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "1970-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "1970-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def amounts(text: str, published: str = "1970-03-01") -> list[str]:
    return [c["text"] for c in result(text, published)["claims"] if c["kind"] == "amount"]


AREA_TABLE = ("United Kingdom exports in 1968 were valued at £6,000m.\n\n"
              "Exports by area were as follows:\n\n"
              "Area                  £m.\n"
              "North America         1,100\n"
              "Sterling area         2,000\n"
              "Total                 6,000\n\n"
              "Shipments to North America accounted for 25 per cent of the total.\n")


def test_a_currency_word_opening_the_next_row_is_that_rows_label():
    """"1,100\\nSterling area": the figure ends its row; "Sterling" names the next row, no unit of it."""
    assert "1,100" in amounts(AREA_TABLE)
    assert any("1.1bn" in m and "25" in m for m in errors(AREA_TABLE))


def test_a_currency_word_after_a_number_on_its_line_is_still_money():
    assert "1,100 sterling" in amounts("Exports to the United States were worth 1,100 sterling in 1968.")


ZAIRE = ("Cobalt earns about half of Zaire's export earnings.\n\n"
         "Last year, cobalt exports brought in Z120 million out of total export receipts of Z900 million.\n")


def test_the_zaires_letter_reads_as_money_where_zaire_is_named():
    claims = [c for c in result(ZAIRE)["claims"] if c["kind"] == "amount"]
    assert [(c["text"], c["currency"]) for c in claims] == [("Z120 million", "ZRZ"), ("Z900 million", "ZRZ")]


def test_the_letter_z_is_no_money_where_zaire_is_not_named():
    """A model or grade name: "Z100 million" in a text about another country counts nothing."""
    assert amounts("The Z100 million units of the new router sold in Germany last year.") == []

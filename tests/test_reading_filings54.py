"""Company filings (round 54): a company named with no company word ("Tanaka Precision") is
still the subject of its own report when the text calls it "the company" and prints enough
words of accounts, so its net sales are no country's exports; a share "of group sales" is of
the company's turnover, checked against the sales level of its year; and the year in a
regulation's name ("the Listing Regulations, 2015") dates no figure."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


_REPORT = ("Tanaka Precision reports record results\n\n"
           "OSAKA -- Tanaka Precision said its overseas sales rose to 250 billion yen in 2023, 62.5% of net sales.\n\n"
           "Net sales were 400 billion yen, the company said. Operating profit reached 40 billion yen "
           "and the dividend was raised to 30 yen.\n")


def test_net_sales_of_a_company_called_the_company_are_no_exports():
    found = reading(_REPORT)
    assert [f["message"] for f in found["findings"] if f["status"] == "inconsistent"] == []
    assert all(c["measure"] == "other" for c in found["claims"] if c["kind"] == "amount")


def test_a_share_of_group_sales_is_checked_against_the_sales_of_its_year():
    text = ("Weber Antriebe AG lifts dividend\n\nMUNICH - Pump maker Weber Antriebe said on Monday sales rose "
            "5 percent in 2023 to 3.00 billion euros from 2.86 billion.\n\nOrder intake reached 3.30 billion euros, "
            "the company said. The United States accounted for 20 percent of group sales, or {part} million euros.\n\n"
            "The board proposed a dividend of 2.10 euros per share.")
    assert errors(text.format(part="600")) == []
    found = errors(text.format(part="750"))
    assert found and "750" in found[0]


def test_the_year_of_a_regulation_dates_no_figure():
    text = ("Under Regulation 33 of the Listing Regulations, 2015, Meridian Mills Limited reports its results.\n\n"
            "- Export sales were Rs 800 crore.\n")
    claims = reading(text)["claims"]
    assert claims and claims[0]["period"] != "2015"


def test_a_share_that_restates_the_amount_before_it_is_not_tied_to_the_money_after():
    text = ("Kloof Castings Limited\n\nRESULTS FOR THE YEAR ENDED 31 DECEMBER 2023\n\n"
            "Group revenue rose by 10% to R5.50 billion (2022: R5.00 billion). Export revenue was R2.20 billion, "
            "or 40% of group revenue, of which Asia took R0.90 billion. EBITDA was R600 million.\n\n"
            "A final dividend of 40 cents per share was declared.")
    assert errors(text) == []

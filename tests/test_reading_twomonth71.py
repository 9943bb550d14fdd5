"""Two-month and product-earnings sentences (round 71): "two-month" (or "11-month", "nine-month")
before a flow noun is a span of the year's months so far, never a product. A relative base that
opens a sentence ("Compared with the same period last year,") is that period a year before the
one the sentence then names, not before the period the text had in hand. A sentence that opens
by setting figures against an earlier period carries no product when the figures before it were
of the whole flow. A share "of <product> earnings" (or receipts, revenues) is of that product's
exports where the vocabulary knows the word as a product; any other word ("of total dollar
earnings") names none, so the share stays of the whole flow. Products that share no goods
(cut flowers, vegetables, fruit) add up to at most the figure of a group the vocabulary knows to
hold them all (horticulture: HS chapters 06, 07 and 08) where the text gives no whole flow. (Where a check needs a pair, a real
country reports: an invented one gives the figures no pair to check.)"""
from readings import claim, errors


TWO_MONTHS = ("Electronics exports jump 31% in first two months\n\n"
              "Exports of computers, electronics and components surged 31% year-on-year to $22.6 billion in the "
              "first two months. The figure compares with $17.25 billion in the same period last year.\n\n"
              "The product group accounted for 28.6% of Portugal's total exports of $79 billion in January and "
              "February.\n\n"
              "The country's exports fell 18.4% month-on-month to $35.5 billion in February from $43.5 billion "
              "in January. Compared with the same period last year, two-month exports rose 23.2% from "
              "${base} billion.")


def test_a_count_of_months_before_a_flow_noun_is_a_span_not_a_product():
    text = TWO_MONTHS.format(base="64.1")
    rise = claim(text, "23.2%", published="2026-03-06")
    assert rise["commodity"] is None
    assert rise["period"] == "2026-01/2026-02"


def test_an_opening_relative_base_is_a_year_before_the_sentences_own_period():
    text = TWO_MONTHS.format(base="64.1")
    assert claim(text, "23.2%", published="2026-03-06")["base_period"] == "2025-01/2025-02"
    assert claim(text, "$64.1 billion", published="2026-03-06")["period"] == "2025-01/2025-02"


def test_the_two_month_change_is_checked_against_the_two_months_total():
    assert errors(TWO_MONTHS.format(base="64.1"), published="2026-03-06") == []
    assert errors(TWO_MONTHS.format(base="60.1"), published="2026-03-06") != []


FLOWER_SHARE = ("Portugal's horticulture exports earned USD 279.5 million in 2023. Cut flowers brought in "
                "USD 227.4 million, vegetables USD {vegetables} million and fruits USD 14.8 million.\n\n"
                "Spain remained the main market for the roses, absorbing USD 141 million worth or {share} "
                "percent of flower earnings.")


def test_a_share_of_a_products_earnings_is_of_that_products_exports():
    text = FLOWER_SHARE.format(share="62", vegetables="29.3")
    assert claim(text, "62 percent")["commodity"] == "cut flowers"
    assert errors(text) == []  # (read as of all exports, 62 percent of $141mn was less than the parts)


def test_a_share_of_earnings_named_by_no_product_stays_of_the_whole_flow():
    text = ("Portugal's exports earned USD 5.0 billion in 2023. Seafood brought in USD 3.8 billion, or "
            "76 per cent of total dollar earnings.")
    assert claim(text, "76 per cent")["commodity"] != "dollar"
    assert errors(text) == []


def test_products_of_a_known_group_add_up_to_at_most_its_figure():
    assert errors(FLOWER_SHARE.format(share="62", vegetables="29.3")) == []
    assert errors(FLOWER_SHARE.format(share="62", vegetables="39.3")) != []

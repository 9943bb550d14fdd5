"""Wholes and parts across paragraphs (a forty-seventh round of passages): a product's total
flow after a partner's figure, a product named before words counting all its kinds, a series
line repeating a product's figure, a change in money set after an aside, and a cause set
after a balance. How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-06-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-06-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str, published: str = "2024-06-01") -> dict:
    return next(c for c in result(text, published)["claims"] if c["text"] == figure)


TOTAL_PRODUCT = ("Peru sold copper worth $9.1 billion to Japan in 2023. "
                 "Total copper export revenue was $21.4 billion.")


def test_a_total_of_a_product_flow_is_with_the_world_not_the_partner_before():
    """"Total copper export revenue was ...": every buyer's, not Japan's again."""
    c = claim(TOTAL_PRODUCT, "$21.4 billion")
    assert (c["partner"], c["commodity"]) == ("WLD", "copper")
    assert errors(TOTAL_PRODUCT) == []


EVERY_KIND = ("Korea bought more from Spain after the deal. Imports of Spanish sherry of all kinds "
              "grew from $40 million in 2015 to $95 million in 2023. Korea's imports from Spain were "
              "$4.2 billion in 2023 and its exports to Spain $3.1 billion, for trade of $7.3 billion.")


def test_a_product_before_words_counting_all_its_kinds_keeps_its_product():
    """"Imports of Spanish sherry of all kinds grew": sherry's imports, not all imports."""
    assert claim(EVERY_KIND, "$95 million")["commodity"] == "sherry"
    assert errors(EVERY_KIND) == []


SERIES = ("Chilean cherry exports were worth $2.4 billion in 2023, a new high.\n\n"
          "- 2019: $1.6 bn\n"
          "- 2023: $2.4 bn\n\n"
          "Total Chilean fruit exports reached $6.9 billion.")


def test_a_series_line_repeating_a_product_figure_is_that_product():
    """"- 2023: $2.4 bn" under cherry exports of $2.4 billion: cherries, so the fruit total is no part of it."""
    assert claim(SERIES, "$2.4 bn")["commodity"] == "cherries"
    assert errors(SERIES) == []


CHANGE_AFTER_ASIDE = ("Irish beef exports were worth EUR 2.5 billion in 2023, the board said on Monday, "
                      "a record and an increase of EUR 0.3 billion, or 13.6%, from 2022.")


def test_a_change_in_money_after_an_aside_is_of_the_level_before():
    """", the board said, a record and an increase of EUR 0.3 billion, or 13.6%": beef's change."""
    assert claim(CHANGE_AFTER_ASIDE, "EUR 0.3 billion")["commodity"] == "beef"
    assert claim(CHANGE_AFTER_ASIDE, "13.6%")["commodity"] == "beef"
    assert errors(CHANGE_AFTER_ASIDE) == []
    assert errors(CHANGE_AFTER_ASIDE.replace("EUR 0.3 billion", "EUR 0.6 billion")) != []


CAUSE_AFTER_BALANCE = ("Turkey's trade deficit widens to $9.1 billion on gold imports\n\n"
                       "Turkey's exports were $21.0 billion in May and imports $30.1 billion. "
                       "Gold imports rose to $3.2 billion.")


def test_on_a_flow_after_a_balance_is_its_cause_not_its_product():
    """"deficit widens to $9.1 billion on gold imports": the whole trade's deficit, not gold's."""
    assert claim(CAUSE_AFTER_BALANCE, "$9.1 billion", "2024-06-15")["commodity"] is None
    assert errors(CAUSE_AFTER_BALANCE, "2024-06-15") == []

"""Creative goods and markets (a forty-fifth round of passages): a product named as the
subject before "with overseas sales of", a market's size and its sales channels, a price
threshold, a bulleted list with a bullet that gives no figure, a record said of a share. How
each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str) -> dict:
    return next(c for c in result(text)["claims"] if c["text"] == figure)


SUBJECT_WITH_OVERSEAS_SALES = ("Norway's exports of media products came to $4.0 billion in 2024. "
                               "Films stayed the leading line, with overseas sales of $2.5 billion, "
                               "or 62.5 percent of the total.")


def test_a_bare_subject_before_with_overseas_sales_names_the_part():
    """"Films stayed the leading line, with overseas sales of $X": the product's figure, a part
    of the sector's total, never the whole it is compared with."""
    assert claim(SUBJECT_WITH_OVERSEAS_SALES, "$2.5 billion")["commodity"] == "films"
    assert errors(SUBJECT_WITH_OVERSEAS_SALES) == []


MARKET_SIZE = ("Sales in the global furniture market rose 3% to $80 billion in 2024, a report said. "
               "Dealer sales were put at $30 billion, while auction sales of antiques reached $9 billion. "
               "Pieces priced above $1 million fell sharply.")


def test_sales_in_a_products_market_are_no_flow():
    """"Sales in the global furniture market": what the market sells, its size, measure other."""
    assert claim(MARKET_SIZE, "$80 billion")["measure"] == "other"


def test_sales_by_a_channel_of_the_market_are_no_flow():
    """"Dealer sales", "auction sales of antiques": sales within a market, no exports."""
    assert claim(MARKET_SIZE, "$30 billion")["measure"] == "other"
    assert claim(MARKET_SIZE, "$9 billion")["measure"] == "other"


def test_a_price_threshold_is_no_flow_whatever_its_scale():
    """"Pieces priced above $1 million": a band of prices, not a level of trade."""
    assert claim(MARKET_SIZE, "$1 million")["measure"] == "other"
    assert errors(MARKET_SIZE) == []


def test_sales_in_an_overseas_market_stay_exports():
    """"sales in the overseas book market": a market abroad, so the sales are exports."""
    text = "Britain's publishers said sales in the overseas book market rose to £2.1 billion in 2024."
    assert claim(text, "£2.1 billion")["measure"] == "exports"


OPEN_LIST = ("The global games market generated $100.0 billion in 2023, according to our latest forecast.\n\n"
             "By region:\n"
             "- Asia-Pacific: $40.0 billion (40% of the total)\n"
             "- Europe: $30.0 billion (30%)\n"
             "- Other regions: the remainder\n")


def test_a_list_with_a_bullet_that_gives_no_figure_is_not_summed_to_the_whole():
    """A last bullet with no figure ("the remainder"): the figures listed are at most the whole."""
    assert errors(OPEN_LIST) == []


def test_an_open_list_that_exceeds_its_whole_is_still_flagged():
    """Even an open list cannot pass its whole."""
    text = OPEN_LIST.replace("$30.0 billion (30%)", "$70.0 billion (70%)")
    assert errors(text)


CLOSED_LIST = OPEN_LIST.replace("- Other regions: the remainder\n", "- Other regions: $20.0 billion (20%)\n")


def test_a_closed_list_must_still_add_up():
    """Every bullet with a figure: the list is all of the whole, and a sum short of it is an error."""
    assert errors(CLOSED_LIST)


RECORD_SHARE = ("Imports take record-low share\n\n"
                "Spain's film box office reached EUR 500 million in 2024, of which imported films took "
                "EUR 100 million. In 2019 the box office peaked at EUR 600 million.")


def test_a_record_of_a_share_is_no_record_of_the_money_beside_it():
    """"Record-low share": the record is the share's, so no level is set against another year's."""
    assert not [m for m in errors(RECORD_SHARE) if "ecord" in m]

"""Bullet lists and breakdowns after a total (a forty-fourth round of passages): a list that
ranks what sells, a bulleted breakdown under "Breaking down the total:", a whole of two goods
then one figure for each. How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


SALES_LIST = ("Austria's exports of bicycles rose to €410 million in 2024, while imports reached €980 million, "
              "leaving a trade deficit of €570 million.\n\n"
              "Best-selling lines in 2024:\n"
              "- E-bikes: +9%\n"
              "- Children's bikes: -3%\n")


def test_a_list_under_a_heading_that_ranks_what_sells_is_no_change_of_the_flow():
    """"Best-selling lines in 2024:" then "- E-bikes: +9%": sales of those lines, not changes of the deficit."""
    claims = result(SALES_LIST)["claims"]
    listed = [c for c in claims if c["text"] in ("+9%", "-3%")]
    assert listed and all(c["measure"] == "other" for c in listed)
    assert errors(SALES_LIST) == []


FLOW_LIST = ("Austria's exports of bicycles rose to €410 million in 2024.\n\n"
             "Best-selling exports in 2024:\n"
             "- E-bikes: €250 million\n")


def test_a_heading_that_names_a_flow_besides_keeps_the_flow():
    """"Best-selling exports in 2024:" names exports: its list's figures stay exports."""
    claims = result(FLOW_LIST)["claims"]
    assert [c["measure"] for c in claims if c["text"] == "€250 million"] == ["exports"]


BREAKING_DOWN = ("Chile's exports of fruit reached $6.0 billion in 2024, up 5% from $5.7 billion in 2023.\n\n"
                 "Breaking down the total:\n"
                 "- Cherries: $2.5 billion\n"
                 "- Grapes: $1.5 billion\n"
                 "- Apples: {last} billion\n")


def test_bullets_under_breaking_down_the_total_add_up_to_it():
    """"Breaking down the total:" over bullets of money: the bullets are the parts of the figure before."""
    assert errors(BREAKING_DOWN.format(last="$2.0")) == []
    assert any("whole" in e for e in errors(BREAKING_DOWN.format(last="$2.8")))


JOINED = ("Portugal's exports of cork and wine reached {whole} billion in 2024, the association said.\n\n"
          "Cork alone fetched €1.2 billion, while wine, spirits and vinegar earned €1.0 billion.")


def test_a_whole_of_two_goods_then_one_figure_per_good_is_their_sum():
    """"exports of cork and wine reached €2.2bn ... Cork alone fetched €1.2bn, while wine, spirits and vinegar earned €1.0bn"."""
    assert errors(JOINED.format(whole="€2.2")) == []
    assert any("whole" in e for e in errors(JOINED.format(whole="€2.9")))

"""Index levels and stated increases (round 48): an index's levels said in "index points"
after a key-statistics list and a heading; a small table of index levels, one a line, against
the changes the text states; and a change in money ("the $2bn increase in exports") of the
product whose two levels were just given."""
from tradecheck import verify_text


def read(text: str, published: str = "2023-08-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_index_points_levels_after_a_list_and_a_heading():
    """"rose to 110.0 index points, from 100.0 in the March quarter": the levels of the index
    whose change the key-statistics list gave, a heading between them."""
    text = ("Key figures\n\n"
            "- The Ruritanian Export Price Index rose 10.0% in the June quarter 2023.\n"
            "- The Ruritanian Import Price Index rose 2.0% in the June quarter 2023.\n\n"
            "Export prices\n\n"
            "The Ruritanian Export Price Index rose to 110.0 index points in the June quarter, "
            "from {old} in the March quarter. Metals led the rise.")
    assert read(text.format(old="100.0"))["errors"] == []
    assert read(text.format(old="105.0"))["errors"]


def test_a_table_of_index_levels_against_the_stated_change():
    """"Export price index, May 2022: 120.0" and the May 2023 row against "export prices were
    10.0% higher than in May 2022"; another series' change ("Food export prices") is no rival
    the levels must meet."""
    text = ("Export prices in May 2023 were 10.0% higher than in May 2022, the office said. "
            "Food export prices were 30.0% higher in May 2023 than a year earlier.\n\n"
            "Index levels (2015 = 100):\n\n"
            "  Export price index, May 2023: 132.0\n"
            "  Export price index, May 2022: {old}\n")
    assert read(text.format(old="120.0"))["errors"] == []
    assert read(text.format(old="110.0"))["errors"]


def test_a_stated_increase_in_money_is_the_difference_of_the_levels():
    """"The $2.0bn increase in export earnings" after cocoa exports of $9.0bn in 2022 and
    $7.0bn in 2021: the change of the same product's exports."""
    text = ("Ghana's cocoa export earnings rose to a record $9.0bn in 2022 from $7.0bn in 2021, "
            "the board said.\n\n"
            "Export volume fell to 1.1 million tonnes as dry weather cut output.\n\n"
            "The board said the ${gap}bn increase in export earnings came entirely from prices.")
    r = read(text.format(gap="2.0"))
    assert r["claims"]["$2.0bn"]["commodity"] == r["claims"]["$9.0bn"]["commodity"]
    assert r["errors"] == []
    assert read(text.format(gap="3.0"))["errors"]

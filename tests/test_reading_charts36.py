"""Kinds of text met in round 36's data-graphics captions (a chart's title and its data labels
pasted as text, a table aligned by spaces under a chart's title, notes on a chart): how each
is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


BARS = ("Japan's car sales abroad\n\nChart: Japan's exports to India, $bn, 2019-2023\nCustoms basis\n\n"
        "2019  10.2\n2020   8.6\n2021  11.4  (peak)\n2022  11.0\n2023* 10.5\n\n*2023 is provisional\n\n"
        "Japan's exports to India fell 15.7 per cent in 2020 before recovering. In 2022 they came to $11.0bn.")


def test_a_charts_data_labels_are_of_the_titles_flow_pair_and_the_rows_year():
    """"2019  10.2" under "Chart: Japan's exports to India, $bn": Japan's exports to India in 2019."""
    c = read(BARS)["claims"]["10.2"]
    assert (c["measure"], c["reporter"], c["partner"], c["period"], c["value"]) == ("exports", "JPN", "IND", "2019", 10.2e9)
    assert c["attribution"]["pair"] == "chart-title"


def test_a_label_with_a_footnote_mark_is_passed_over():
    """"2023* 10.5": the year the note qualifies is not read as the whole year."""
    assert "10.5" not in read(BARS)["claims"]


def test_a_charts_labels_agree_with_the_prose():
    """8.6 / 10.2 is -15.7%, and the prose restates 2022's label: nothing flagged."""
    assert read(BARS)["errors"] == []


def test_a_label_the_prose_restates_differently_is_flagged():
    """The 2022 label changed to 13.0 while the prose says $11.0bn."""
    assert read(BARS.replace("2022  11.0", "2022  13.0"))["errors"]


def test_a_change_the_labels_do_not_bear_out_is_flagged():
    """The 2020 label changed to 9.6: 10.2 -> 9.6 is not a fall of 15.7%."""
    assert read(BARS.replace("2020   8.6", "2020   9.6"))["errors"]


FLOWS = ("Chart: Peru, merchandise trade, 2023, $bn\nExports        67.5\nImports        54.3\nSurplus        13.2\n\n"
         "Peru's exports reached $67.5bn last year.")


def test_rows_labelled_by_flows_are_of_the_titles_place_and_year():
    """"Exports  67.5" under "Chart: Peru, merchandise trade, 2023, $bn": Peru's exports in 2023."""
    r = read(FLOWS)
    c = r["claims"]["67.5"]
    assert (c["measure"], c["reporter"], c["partner"], c["period"]) == ("exports", "PER", "WLD", "2023")
    assert r["claims"]["13.2"]["measure"] == "balance"
    assert r["errors"] == []


def test_flow_rows_that_do_not_add_up_are_flagged():
    """67.5 - 54.3 = 13.2: a surplus label of 15.2 is flagged."""
    assert read(FLOWS.replace("13.2", "15.2"))["errors"]


def test_a_block_of_labels_under_a_title_naming_no_money_is_not_read():
    """"Measured in million tonnes" over "2019  74.1": no money unit, so no amount."""
    r = read("Soybean shipments, 2019 to 2020\nMeasured in million tonnes\n\n2019  74.1\n2020  83.0\n")
    assert "74.1" not in r["claims"]


ALIGNED = ("Chart: Canada's trade in goods with Mexico, C$bn\n                2022     2023\n"
           "Exports        9.8     10.6\nImports       38.1     41.5\nDeficit       28.3     30.9\n\n"
           "Note: customs basis\n")


def test_a_table_aligned_by_spaces_with_years_over_its_columns_is_read():
    """Years over the columns, the label cell left empty: each cell of its row's flow and its
    column's year, the pair the chart's title names."""
    c = read(ALIGNED)["claims"]["41.5"]
    assert (c["measure"], c["reporter"], c["partner"], c["period"]) == ("imports", "CAN", "MEX", "2023")
    assert read(ALIGNED)["errors"] == []


def test_an_aligned_table_that_does_not_add_up_is_flagged():
    """41.5 changed to 43.5: 10.6 - 43.5 is not a deficit of 30.9."""
    assert read(ALIGNED.replace("41.5", "43.5"))["errors"]


def test_a_note_on_a_chart_takes_no_pair_from_the_prose_before_it():
    """"Annotation on chart: 2023 deficit C$30.9bn" after a paragraph on another pair: its pair
    is not that paragraph's, so nothing is flagged on the strength of it."""
    text = ALIGNED + ("\nThe US ran a surplus of C$12bn with Mexico in 2023.\n\n"
                      "Annotation on chart: 2023 deficit C$30.9bn, the widest on record\n")
    r = read(text)
    assert r["claims"]["C$30.9bn"]["attribution"]["pair"] != "chart-title"
    assert r["errors"] == []

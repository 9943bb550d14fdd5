"""Lists of gas volumes (round 50, second wave): lines of a label, a dash and a level closed by
a "Total:" line, quarters under a unit heading closed by a "Full year" line, parts after "Of
the total," whose clause dates a contract ("signed ... in 2021"), and a flow to a named place
whose whole an earlier sentence sends "to" that place."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-06-30") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def test_dash_labelled_lines_add_up_to_their_total_line():
    text = ("Pipeline flows into the region were steady on Monday.\n\n"
            "Flows by entry point:\n"
            "North - 40 mcm/day\n"
            "East - 25 mcm/day\n"
            "South - 10 mcm/day\n\n"
            "Total: {total} mcm/day\n")
    assert errors(text.format(total="75")) == []
    assert errors(text.format(total="95"))


def test_dash_labelled_lines_without_a_total_line_are_not_summed():
    text = ("Pipeline flows into the region were steady on Monday.\n\n"
            "Main entry points:\n"
            "North - 40 mcm/day\n"
            "East - 25 mcm/day\n"
            "South - 10 mcm/day\n")
    assert errors(text) == []


def test_quarters_under_a_unit_heading_add_up_to_the_full_year_line():
    text = ("Flows at the border point were steady last year.\n\n"
            "Entries by quarter (bcm):\n"
            "Q1: 2.0\n"
            "Q2: 1.5\n"
            "Q3: 1.7\n"
            "Q4: 2.2\n"
            "Full year: {year}\n")
    assert errors(text.format(year="7.4")) == []
    assert errors(text.format(year="8.4"))


def test_a_full_year_line_under_rows_that_are_not_quarters_is_not_summed():
    text = ("Flows at the border point were steady last year.\n\n"
            "Entries by route (bcm):\n"
            "Northern route: 2.0\n"
            "Southern route: 1.5\n"
            "Eastern route: 1.7\n"
            "Full year: 9.9\n")
    assert errors(text) == []


def test_parts_after_of_the_total_are_read_past_the_year_of_a_signed_deal():
    text = ("The country imported 7.0 billion cubic metres of gas last year. Of the total, 5.0 billion "
            "cubic metres came under the deal signed with the supplier in 2019, and a further {rest} "
            "billion cubic metres was bought on the spot market.")
    assert errors(text.format(rest="2.0")) == []
    assert errors(text.format(rest="3.0"))


def test_a_flow_to_a_named_place_is_a_part_of_the_level_sent_there_before():
    text = ("The producer exported 30.0 bcm of gas in 2023. Of that, 14.0 bcm was shipped to Asia and "
            "16.0 bcm to Europe. Asia's share rose. Shipments to Asia went mostly to Japan, which took "
            "{part} bcm, while Korea took the rest.")
    assert errors(text.format(part="10.0")) == []
    assert errors(text.format(part="15.0"))


def test_a_forecast_flow_to_a_named_place_is_not_set_against_the_level_before():
    text = ("The producer exported 30.0 bcm of gas in 2023. Of that, 14.0 bcm was shipped to Asia and "
            "16.0 bcm to Europe. Shipments to Asia could reach 20.0 bcm once the new line opens.")
    assert errors(text) == []

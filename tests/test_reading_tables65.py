"""Tables and lists (round 65): a pipe table whose rows are not padded to line up is read by
its cells, so a "Share (%)" column stays percentages; a one-column table closed by a total
row ("All destinations") keeps its total, and its rows may not add up to more; bullets of a
tonnage with a share or a money value after a comma are still a whole and its parts; a share
column beside a money column headed by the currency's word ("Peso (bn)") is tied to the
amount the prose states in that currency."""
from readings import errors

from tradecheck import verify_text


def _statuses(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in verify_text(text, reference="none").to_dict()["findings"]:
        out[f["status"]] = out.get(f["status"], 0) + 1
    return out


def test_an_unpadded_pipe_table_keeps_its_share_column_out_of_money():
    text = ("Kenya informal exports, Q3 2022\n\n"
            "Kenya informal exports by partner, Q3 2022\n"
            "Partner | US$ million | Share (%)\n"
            "Uganda | 12.40 | 62.0\n"
            "Tanzania | 5.60 | 28.0\n"
            "Somalia | 2.00 | 10.0\n"
            "Total | 20.00 | 100.0\n")
    assert _statuses(text).get("unverifiable", 0) == 0
    assert errors(text) == []


def test_a_one_column_table_closed_by_a_total_row_may_not_be_exceeded():
    text = ("Japanese sake exports by destination, 2023\n\n"
            "Destination       Value ($mn)\n"
            "China             80.5\n"
            "United States     70.2\n"
            "South Korea       20.1\n"
            "Taiwan            15.3\n"
            "All destinations  {total}\n")
    assert errors(text.format(total="190.0")) == []
    assert errors(text.format(total="170.0")) != []


def test_bullets_with_a_share_or_a_value_after_the_tonnage_list_a_whole_and_its_parts():
    text = ("Cocoa bean imports into the EU, 2021\n\n"
            "- Total imports: 2.40 million tonnes, EUR 5.10 billion\n"
            "- Ivory Coast: {civ} million tonnes, 60% of volume\n"
            "- Ghana: 0.50 million tonnes, 21%\n"
            "- All others: 0.46 million tonnes, 19%\n")
    assert errors(text.format(civ="1.44")) == []
    assert errors(text.format(civ="1.84")) != []


def test_a_share_column_beside_a_column_headed_by_the_currency_word_meets_the_stated_whole():
    text = ("South Africa recorded exports of R200.0 billion in March 2024.\n\n"
            "Exports by region, March 2024:\n\n"
            "| Region   | Rand (bn) | Share |\n"
            "|----------|-----------|-------|\n"
            "| Asia     | 70.0      | 35.0% |\n"
            "| Europe   | 50.0      | {eu}% |\n"
            "| Africa   | 40.0      | 20.0% |\n"
            "| America  | 20.0      | 10.0% |\n")
    assert errors(text.format(eu="25.0")) == []
    assert errors(text.format(eu="29.0")) != []

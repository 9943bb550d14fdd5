"""Tables pasted as text (round 58): a rest row ("Others", "All other") under a caption that
names the whole is the part the rows above leave out, never the whole; leader dots of any
length, one dot included ("Peru . 2,100"), set a row's figure apart; a run of one-figure rows
closed by a rest row and a total row is a table even with no header line right above it."""
from readings import claim, errors


_PRODUCTS = ("The value of total domestic exports of Uruguay rose from USD 11.0 billion in 2022 to USD 12.0 billion in 2023.\n\n"
             "Table 2: Value of principal domestic exports, 2022-2023 (USD million)\n\n"
             "Product           2022      2023\n"
             "Beef             2,500     2,700\n"
             "Soybeans         1,900     2,100\n"
             "All other        6,600     7,200\n"
             "Total           11,000    12,000\n")


def test_a_rest_row_is_not_the_whole_its_caption_names():
    assert errors(_PRODUCTS) == []
    assert claim(_PRODUCTS, "7,200")["commodity"] != claim(_PRODUCTS, "12,000")["commodity"]


_LEADERS = ("Imports of copper wire by source (tonnes)\n\n"
            "Chile .......... 4,100\n"
            "Peru . {peru}\n"
            "Zambia ......... 1,300\n"
            "Others ......... 900\n"
            "Total .......... 8,400\n")


def test_leader_rows_of_one_dot_or_many_all_count():
    assert errors(_LEADERS.format(peru="2,100")) == []
    assert errors(_LEADERS.format(peru="2,600")) != []


_CLOSED = ("Exports of cut flowers to Gulf markets, 2023 (million dollars)\n\n"
           "Qatar            12.5\n"
           "Oman              8.1\n"
           "Kuwait            6.4\n"
           "Others            4.0\n"
           "Total            {total}\n")


def test_a_run_closed_by_rest_and_total_rows_adds_up_without_a_header():
    assert errors(_CLOSED.format(total="31.0")) == []
    assert errors(_CLOSED.format(total="36.0")) != []

"""Trade fairs (round 59): a table column whose header names money that is no trade flow
(intended turnover at a fair, orders, deals) holds that money, not the country's exports, so
two editions of one fair in the same year are two quantities, not one figure stated twice."""
from readings import claim, errors


TABLE = ("Japan's exports rose last year, the ministry said.\n\n"
         "Edition | Intended export turnover ($bn) | Visitors\n"
         "Winter 2023 | 4.10 | 51,200\n"
         "Summer 2023 | 5.35 | 60,400\n")


def test_a_column_of_intended_turnover_is_no_trade_flow():
    assert claim(TABLE, "4.10")["measure"] == "other"
    assert claim(TABLE, "5.35")["measure"] == "other"


def test_two_editions_of_a_fair_in_one_year_are_not_one_figure_twice():
    assert errors(TABLE) == []

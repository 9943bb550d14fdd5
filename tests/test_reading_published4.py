"""Two kinds of sentence from published passages (round 23): a change between one named
period and "the same point this year", and a change given in percent and in money beside
the level it starts from or ends at, whether it happened or is only a goal."""
import pytest

from tradecheck import verify_text


def read(text: str, published: str = "2023-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# -- a change between two named periods, the later "the same ... this year" -------------

SAME_POINT = ("Uruguay's trade deficit rose almost 95 percent between the end of May 2022 and the same point this "
              "year, going from $1.2 billion to {}, according to the central bank.")


def test_the_same_point_this_year_is_the_earlier_period_in_the_year_of_publication():
    r = read(SAME_POINT.format("$2.3 billion"))
    c = r["claims"]["95 percent"]
    assert (c["period"], c["base_period"]) == ("2023-05", "2022-05")
    assert r["claims"]["$1.2 billion"]["period"] == "2022-05"
    assert r["claims"]["$2.3 billion"]["period"] == "2023-05"
    assert r["errors"] == []


def test_a_level_that_breaks_the_change_between_the_two_points_is_an_error():
    assert read(SAME_POINT.format("$1.6 billion"))["errors"]


SAME_MONTH = ("Kenya's exports grew 20 percent between March 2022 and the same month this year, from $500 million "
              "to {}, the statistics office said.")


def test_the_same_month_this_year():
    r = read(SAME_MONTH.format("$600 million"))
    c = r["claims"]["20 percent"]
    assert (c["period"], c["base_period"]) == ("2023-03", "2022-03")
    assert r["errors"] == []
    assert read(SAME_MONTH.format("$700 million"))["errors"]


SAME_PERIOD = ("Chile's trade deficit widened by 50 percent between January-April last year and the same period "
               "this year, from $2 billion to {}.")


def test_a_span_of_months_and_the_same_period_this_year():
    r = read(SAME_PERIOD.format("$3 billion"))
    c = r["claims"]["50 percent"]
    assert (c["period"], c["base_period"]) == ("2023-01/2023-04", "2022-01/2022-04")
    assert r["errors"] == []
    assert read(SAME_PERIOD.format("$5 billion"))["errors"]  # ($2bn may be $2.49bn)


OPENING = ("Between the first quarter of 2022 and the same quarter this year, Ghana's imports fell 10 percent, "
           "from $3.0 billion to {}.")


def test_the_two_points_may_open_the_sentence():
    r = read(OPENING.format("$2.7 billion"))
    c = r["claims"]["10 percent"]
    assert (c["period"], c["base_period"]) == ("2023-Q1", "2022-Q1")
    assert r["errors"] == []
    assert read(OPENING.format("$2.2 billion"))["errors"]


TWO_MONTHS = "Peru's exports rose 25% between May 2022 and May 2023, from $400 million to {}."


def test_a_change_between_two_months_each_with_its_year_is_one_against_the_other():
    r = read(TWO_MONTHS.format("$500 million"))
    c = r["claims"]["25%"]
    assert (c["period"], c["base_period"]) == ("2023-05", "2022-05")
    assert r["errors"] == []


def test_a_run_of_months_between_two_months_of_one_year_is_still_a_run():
    c = read("Peru's exports rose 25% between January and May 2023.")["claims"]["25%"]
    assert (c["period"], c["base_period"]) == ("2023-01/2023-05", "2022-01/2022-05")


# -- a change said in percent and in money, beside a stated level -----------------------

GOAL = ("The central bank governor said the government's goal was to reduce the import bill by 25 percent, or "
        "{}, in 2024 from $80 billion in 2023.")


@pytest.mark.parametrize("amount, wrong", [("$20 billion", False), ("$30 billion", True)])
def test_a_goal_in_percent_and_money_is_tied_to_the_level_it_starts_from(amount, wrong):
    assert bool(read(GOAL.format(amount), "2024-02-01")["errors"]) == wrong


MONEY_FIRST = ("The plan aims to raise Vietnam's exports by {}, or 10 percent, in 2025 from last year's $50 "
               "billion.")


@pytest.mark.parametrize("amount, wrong", [("$5 billion", False), ("$8 billion", True)])
def test_money_first_and_the_percent_after_it(amount, wrong):
    assert bool(read(MONEY_FIRST.format(amount), "2025-03-01")["errors"]) == wrong


BRACKET = ("The finance minister said the government aims for a cut of {} (25 percent) in the import bill in "
           "2024 from $80 billion in 2023.")


@pytest.mark.parametrize("amount, wrong", [("$20 billion", False), ("$30 billion", True)])
def test_the_percent_in_brackets(amount, wrong):
    assert bool(read(BRACKET.format(amount), "2024-02-01")["errors"]) == wrong


TO_LEVEL = "The ministry's target is to reduce the import bill by 25 percent, or {}, to $60 billion in 2025."


@pytest.mark.parametrize("amount, wrong", [("$20 billion", False), ("$30 billion", True)])
def test_the_level_it_ends_at(amount, wrong):
    # (a cut of 25% to $60bn is from $80bn: $20bn)
    assert bool(read(TO_LEVEL.format(amount), "2025-03-01")["errors"]) == wrong


def test_no_level_stated_nothing_to_check():
    r = read("The government wants to reduce the import bill by 25 percent, or $30 billion, in 2025.", "2025-03-01")
    assert r["errors"] == []


def test_a_share_of_another_whole_is_no_restatement():
    r = read("Exports rose to $20 billion, or 25 percent of the total, from $16 billion in 2023.", "2024-03-01")
    assert r["errors"] == []


@pytest.mark.parametrize("text", [
    "Poland's exports to Ukraine reached EUR 9.6 billion (+12.9% y/y, from EUR 8.5 billion) in 2023.",
    "Exports rose 12.9% ($9.6 billion) from $8.5 billion in 2023.",
    "Exports to China were $20 billion, or 25 percent, up from $16 billion in 2023.",
])
def test_a_level_beside_a_change_is_no_restatement_of_it(text):
    assert read(text, "2024-03-20")["errors"] == []


SAME_TIME_LAST_YEAR = ("Costa Rica's exports in January-May reached $4.2 billion, up 7.8 percent from the same time last "
                       "year, when they stood at {}.")


def test_the_same_time_last_year_is_the_period_in_hand_a_year_back():
    r = read(SAME_TIME_LAST_YEAR.format("$3.9 billion"), "2008-06-20")
    assert r["claims"]["$3.9 billion"]["period"] == "2007-01/2007-05"
    assert r["errors"] == []
    assert read(SAME_TIME_LAST_YEAR.format("$3.0 billion"), "2008-06-20")["errors"]

"""Press releases pasted from PDF files (round 70): a change measured against "the value
recorded in" a period is on that period, and the change after it on its own; a bracketed
amount dated by a month and year right after a change is its earlier level, not its size; a
currency's full name may stand before a scaled figure ("US dollars 934 million"); a scale
word, a currency word or a percent sign split by a hyphen at a line's end is read with its
figure, as is a currency word with a footnote's mark glued to it ("dollarsp/"); and a month
range whose second month is split at a line's end ("January-Decem-\\nber 2015") is one
period. Earnings from a service that "more than doubled" are that service's, in the
multiple and in the level after it (no goods exports: an older release written with the
currency's name before its figures was then read in full).
"""
from readings import claim, errors


def test_each_change_is_against_the_value_recorded_in_its_own_period():
    text = ("Ruritania's total merchandise trade stood at $12.00 billion in Q3 2022, indi-\n"
            "cating a decline of 20.00% compared to the value recorded in Q2 2022 (${q2}\n"
            "billion) but an increase of 50.00% over the value recorded in Q3 2021 ($8.00\n"
            "billion).\n")
    correct = text.format(q2="15.00")
    assert claim(correct, "20.00%")["base_period"] == "2022-Q2"
    assert claim(correct, "50.00%")["period"] == "2022-Q3"
    assert errors(correct, "2022-12-19") == []


def test_a_bracketed_amount_dated_after_a_change_is_its_earlier_level():
    text = ("In March 2019, exports amounted to $6,000 million and imports to $4,000 million.\n\n"
            "Imports decreased 20.0% year-on-year (${before} million in March 2018), as a result\n"
            "of lower quantities.\n")
    correct = text.format(before="5,000")
    assert claim(correct, "$5,000 million")["measure"] == "imports"
    assert claim(correct, "$5,000 million")["period"] == "2018-03"
    assert claim(correct, "20.0%", "2019-04-18")["base_period"] == "2018-03"
    assert errors(correct, "2019-04-18") == []


def test_a_currency_named_in_full_before_a_scaled_figure():
    text = ("Earnings from exports increased by 25.0 per cent to US dollars 1,000 million in\n"
            "August 2011 from US dollars {before} million in August 2010. The average import price\n"
            "of crude oil rose to US dollars 112.38 per barrel.\n")
    correct = text.format(before="800")
    assert claim(correct, "US dollars 1,000 million")["value"] == 1_000_000_000
    assert not any(c["text"].startswith("US dollars 112") for c in _claims(correct))
    assert claim(correct, "US dollars 800 million")["period"] == "2010-08"
    assert errors(correct, "2011-10-25") == []


def test_a_scale_or_percent_sign_split_at_a_line_end_is_read_with_its_figure():
    text = ("Freedonia's merchandise exports in June 2001 were 1,000.0 million dollars, a figure\n"
            "20.0 percent higher than in June 2000, when exports totalled {before} million dol-\n"
            "lars. Imports amounted to 1,100.0 mil-\nlion dollars, 10.0 per-\ncent above the "
            "1,000.0 million dollars recorded in the same month of 2000, leaving a deficit of 100.0\n"
            "million dollarsp/.\n")
    correct = text.format(before="833.3")
    texts = {c["text"] for c in _claims(correct)}
    assert {"833.3 million dol-\nlars", "1,100.0 mil-\nlion dollars", "10.0 per-\ncent"} <= texts
    assert claim(correct, "100.0\nmillion dollars")["measure"] == "balance"
    assert errors(correct, "2001-07-24") == []


def test_a_month_range_split_at_a_line_end_is_one_period():
    # (an invented place leaves the pair unknown, so these examples compare no figures: the
    # changed copies are caught in the round's probe passages, tests/test_probe_passages.py)
    text = ("The foreign trade turnover of Ruritania in January-Decem-\n"
            "ber 2015 amounted to 75,887.5 million US dollars and decreased by 37.1%\n"
            "compared with January-December 2014.\n")
    assert claim(text, "75,887.5 million US dollars", "2016-02-15")["period"] == "2015"
    assert claim(text, "37.1%", "2016-02-15")["base_period"] == "2014"


def test_earnings_from_a_service_that_more_than_doubled_are_of_that_service():
    text = ("Earnings from merchandise exports rose 5.0 per cent to US dollars 1,050 million in March "
            "2024. Earnings from tourism more than doubled to US dollars 700 million in March 2024.")
    assert claim(text, "doubled", "2024-04-28")["commodity"] == "tourism"
    assert claim(text, "US dollars 700 million", "2024-04-28")["commodity"] == "tourism"
    assert errors(text, "2024-04-28") == []


def _claims(text: str) -> list[dict]:
    from readings import reading
    return reading(text)["claims"]

"""Withdrawn figures: a correction note's earlier figure, a speaker's self-correction, and a
questioner's premise are no claims to set against the text's own figures."""
from tradecheck import verify_text


def read(text, published="2024-06-18"):
    return verify_text(text, published=published, reference="none").to_dict()


def errors(d):
    return [f["message"] for f in d["findings"] if f["status"] == "inconsistent"]


def claim(d, text):
    return next(c for c in d["claims"] if c["text"] == text)


def test_a_correction_note_withdraws_a_figure_far_after_its_cue():
    d = read("The euro zone's trade surplus was €15.0 bn in April, Eurostat said on Tuesday.\n\n"
             "Correction: an earlier version of this article said the euro area's trade surplus was "
             "€17.3 bn in April; it was €15.0 bn.")
    assert claim(d, "€17.3 bn")["vintage"] == "withdrawn"
    assert errors(d) == []


def test_the_figure_after_the_correction_is_the_texts_own():
    d = read("The euro zone's trade surplus was €15.0 bn in April.\n\n"
             "Correction: an earlier version of this article said the euro area's trade surplus was "
             "€17.3 bn in April; it was €16.0 bn.")
    figures = [c for c in d["claims"] if c["text"] == "€16.0 bn"]
    assert figures and figures[0].get("vintage") is None  # (after the ";": the text's own)


def test_a_spoken_self_correction_replaces_the_amount_in_its_unit():
    d = read("Ghana's cocoa exports were 2.2 billion dollars - eh, sorry, 2.4 billion - in 2023, "
             "up 20% from 2.0 billion dollars in 2022.", "2024-04-10")
    texts = [c["text"] for c in d["claims"]]
    assert "2.2 billion dollars" not in texts
    c = claim(d, "2.4 billion")
    assert c["value"] == 2.4e9 and c["measure"] == "exports" and c["period"] == "2023"
    assert errors(d) == []


def test_a_spoken_self_correction_is_checked_with_the_figure_given_instead():
    d = read("Ghana's cocoa exports were 2.2 billion dollars - eh, sorry, 2.4 billion - in 2023, "
             "up 30% from 2.0 billion dollars in 2022.", "2024-04-10")
    assert errors(d)


def test_a_corrected_change_in_words_keeps_its_verb():
    d = read("Peru's total exports rose eight - no, nine percent, to 67.5 billion dollars in 2023, "
             "from 62.0 billion dollars in 2022.", "2024-02-20")
    c = claim(d, "nine percent")
    assert c["kind"] == "percent_change" and c["measure"] == "exports"
    assert errors(d) == []


def test_a_corrected_change_is_checked():
    d = read("Peru's total exports rose eight - no, nine percent, to 67.5 billion dollars in 2023, "
             "from 52.0 billion dollars in 2022.", "2024-02-20")
    assert errors(d)


def test_a_replacement_with_its_own_unit_withdraws_the_first():
    d = read("Kenya's exports were $2.2 billion, I mean $2.4 billion, in 2023.", "2024-02-20")
    assert [c["text"] for c in d["claims"]] == ["$2.4 billion"]


def test_no_before_a_figure_is_no_self_correction():
    d = read("Kenya's exports rose 9%, no more than expected, to $67.5 billion in 2023.", "2024-02-20")
    assert claim(d, "9%")["kind"] == "percent_change"


def test_a_questions_figure_is_not_set_against_the_answer():
    d = read('REPORTER: "Minister, the trade deficit with China was 100 billion dollars in 2023, wasn\'t it?"\n\n'
             'MINISTER: "No. In 2023 India\'s deficit with China was 85 billion dollars."', "2024-05-18")
    assert claim(d, "100 billion dollars")["vintage"] == "asked"
    assert errors(d) == []

"""Press conference transcripts (round 60): a speaker who takes a figure back in the next
sentence ("... 9.8 billion. Sorry - that is ...", "... I should correct that, 9.4 billion")
leaves no figure behind; an answer that assents to a question ("That's right, ...") gives the
question's quantity; a balance a reporter quotes back ("the headline says ...") keeps the
sign it was stated with."""
from readings import claim, errors, reading


def test_a_figure_taken_back_by_the_next_sentence_is_no_claim():
    text = ("Norland trade briefing.\n\n"
            "\"In the second quarter of 2023, Norland's exports of goods were 9.8 billion dollars. Sorry - "
            "that was the monthly average. Exports for the quarter came to 29.4 billion dollars and imports "
            "to 25.0 billion dollars, leaving a surplus of {bal} billion dollars.\"\n")
    assert [c["text"] for c in reading(text.format(bal="4.4"))["claims"] if c["text"].startswith("9.8")] == []
    assert errors(text.format(bal="4.4")) == []
    assert errors(text.format(bal="6.4")) != []


def test_a_correction_opening_the_next_sentence_replaces_the_figure():
    text = ("Norland's exports to Sudland were 6.3 billion dollars in 2022, the ministry said. "
            "Its deficit with Sudland was 1.9 billion dollars. I should correct that, 1.7 billion dollars. "
            "Imports from Sudland were 8.0 billion dollars.\n")
    assert errors(text) == []
    assert [c["text"] for c in reading(text)["claims"] if c["text"].startswith("1.9")] == []


def test_an_answer_that_assents_takes_the_period_asked_of():
    text = ("Norland's customs office released trade figures for June 2023 on Friday. Exports were "
            "R80.0 billion in June, up from R70.0 billion in May, and imports were R60.0 billion, "
            "against R55.0 billion in May, a surplus of R20.0 billion in June.\n\n"
            "Q: So the May surplus was about R15 billion?\n\n"
            "Spokesperson: \"That's right, R{may} billion.\"\n")
    assert claim(text.format(may="15.0"), "R15.0 billion")["period"] == "2023-05"
    assert errors(text.format(may="15.0")) == []


def test_a_balance_quoted_back_keeps_its_sign():
    text = ("Norland posts record trade deficit of 4.2 billion dollars in 2022\n\n"
            "The statistics office gave the figures at a briefing on Monday.\n\n"
            "  2022      (billion dollars)\n  Exports   10.0\n  Imports   14.2\n  Balance   -4.2\n\n"
            "Q: The report we have says 4.2 billion dollars. Is that right?\n\n"
            "A: Yes, about four.\n")
    quoted = [c for c in reading(text)["claims"] if c["text"] == "4.2 billion dollars"]
    assert len(quoted) == 2 and all(c["value"] < 0 for c in quoted)
    assert errors(text) == []

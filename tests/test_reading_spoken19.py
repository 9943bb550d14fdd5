"""Sentences of kinds met in interview, press-conference and broadcast transcripts (a
nineteenth round of probe passages): spoken numbers, speaker labels, a speaker's "we"."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_hundred_said_with_its_article_is_one_number():
    r = read("Kenya's tea exports brought in a hundred and eighty billion shillings last year.")
    assert r["claims"]["a hundred and eighty billion shillings"]["value"] == 180e9


def test_a_thousand_said_with_its_article_is_one_number():
    r = read("Kenya's exports were a thousand two hundred billion shillings last year.")
    assert r["claims"]["a thousand two hundred billion shillings"]["value"] == 1200e9


def test_a_zero_said_as_oh_after_point_is_a_decimal_digit():
    r = read("Two-way trade between Canada and the United States was one point oh six trillion dollars in 2023.")
    assert r["claims"]["one point oh six trillion dollars"]["value"] == 1.06e12


def test_an_article_alone_is_no_number():
    r = read("It was a hundred years ago. Kenya's exports were a billion dollars in 2023.")
    assert list(r["claims"]) == ["a billion dollars"]


KENYA_RADIO = ("RADIO TRANSCRIPT: \"Biashara Leo\" - farm exports\n\nNAIROBI, Feb 14\n\n"
               "PRESENTER: How did tea do last year?\n\n"
               "CABINET SECRETARY: Tea brought in a hundred and eighty billion shillings last year, "
               "up from a hundred and fifty billion shillings in 2022. That is {} percent more.\n")


def test_a_transcript_title_is_no_dateline_the_city_after_it_is():
    r = read(KENYA_RADIO.format("twenty"))
    assert r["claims"]["a hundred and eighty billion shillings"]["reporter"] == "KEN"
    assert r["errors"] == []


def test_a_wrong_change_between_spoken_amounts_is_found():
    assert read(KENYA_RADIO.format("thirty"))["errors"]


DHAKA_SHOW = ("TV TALK SHOW TRANSCRIPT: garment exports in FY24\n\nDHAKA, Aug 8\n\n"
              "HOST: So readymade garment exports hit fifty billion dollars this fiscal year?\n\n"
              "ADVISER: Not quite - forty-six billion dollars.\n\n"
              "HOST: And how much of our total exports is that?\n\n"
              "ADVISER: Total exports were fifty-four billion dollars. Leather and jute are small, "
              "a billion dollars each, more or less.\n")


def test_an_answer_opening_on_a_bare_figure_is_about_the_questions_flow():
    r = read(DHAKA_SHOW, "2024-08-10")
    assert r["claims"]["forty-six billion dollars"]["commodity"] == "garments"


def test_a_figure_asked_about_and_a_figure_for_each_are_not_checked_as_stated():
    assert read(DHAKA_SHOW, "2024-08-10")["errors"] == []


def test_a_speakers_label_is_no_product():
    r = read("TRANSCRIPT: interview with India's Commerce Secretary\n\n"
             "HOST: Exports for the fiscal year that just ended - what's the number?\n\n"
             "SECRETARY: Four hundred and thirty-seven billion dollars.\n", "2024-04-20")
    assert r["claims"]["Four hundred and thirty-seven billion dollars"]["commodity"] is None

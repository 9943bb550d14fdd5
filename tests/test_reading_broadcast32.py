"""Broadcast transcripts (a thirty-second round of passages: radio and TV interviews): spoken
figures that leave their currency to be understood, trillions in a caption, and questions
that set the partner of the answer after them. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-06-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


CAPTION = ("[CAPTION: INDIA TRADE, APRIL-MAY 2025 | EXPORTS $0.07T | IMPORTS $0.10T]\n\n"
           "HOST: Indian goods exports rose in the first two months of the fiscal year.")


def test_a_capital_t_after_a_currency_sign_is_trillions():
    r = read(CAPTION)
    assert r["claims"]["$0.07T"]["value"] == 7e10
    assert r["claims"]["$0.10T"]["measure"] == "imports"


def test_a_lower_case_t_without_a_sign_stays_no_money():
    r = read("Argentina shipped 5t of honey to Germany in May, worth $20,000.")
    assert "5t" not in r["claims"]


SAME_TURN = ("ANCHOR: Chile's exports in 2024 were ninety-four point six billion dollars, "
             "imports seventy-three point four billion, so a surplus of twenty-one point two billion dollars.")


def test_a_spoken_figure_after_a_spoken_sum_in_the_same_sentence_takes_its_currency():
    c = read(SAME_TURN)["claims"]["seventy-three point four billion"]
    assert (c["currency"], c["measure"], c["value"]) == ("USD", "imports", 73.4e9)


def test_a_changed_spoken_import_figure_is_caught_by_the_balance():
    r = read(SAME_TURN.replace("seventy-three point four", "seventy-five point four"))
    assert r["errors"]


NEXT_TURN = ("HOST: In 2024 Norway's exports of salmon to Poland came to about twenty-one billion kroner. "
             "And this year, so far?\n\n"
             "GUEST: Nine point two billion.")


def test_a_bare_spoken_answer_takes_the_currency_said_in_the_question_before():
    c = read(NEXT_TURN)["claims"]["Nine point two billion"]
    assert c["currency"] == "NOK"


def test_a_spoken_figure_that_echoes_the_one_just_said_is_left_unread():
    text = ("GUEST: Imports were sixty billion dollars, so the deficit came to twelve billion dollars.\n\n"
            "HOST: Twelve billion. That's a lot.")
    assert "Twelve billion" not in read(text)["claims"]


def test_it_was_with_a_hedge_restates_the_balance_asked_of_with_its_sign():
    text = ("HOST: Peru and China, 2024. What did Peru sell them?\n\n"
            "GUEST: Twenty-six billion dollars of exports to China.\n\n"
            "HOST: And bought from them?\n\n"
            "GUEST: Eleven billion from them.\n\n"
            "HOST: So a surplus of, what, close to sixteen billion?\n\n"
            "GUEST: No, it was closer to fifteen billion.")
    r = read(text)
    assert r["claims"]["fifteen billion"]["value"] > 0
    text = text.replace("surplus", "deficit").replace("Twenty-six", "Eleven", 1).replace("Eleven billion from", "Twenty-six billion from")
    r = read(text)
    assert r["claims"]["fifteen billion"]["value"] < 0
    assert r["errors"] == []


PART = ("Morning Report - transcript\nJune 10, 2025\n\n"
        "HOST: Ghana exported eleven billion dollars' worth of gold in 2024. Correspondent, how much "
        "of that went to Switzerland?\n\n"
        "REPORTER: About four billion dollars, or about thirty-six percent.\n\n")


def test_a_question_asking_how_much_of_the_figure_went_to_a_place_sets_the_answers_partner():
    r = read(PART)
    assert r["claims"]["four billion dollars"]["partner"] == "CHE"
    assert r["claims"]["four billion dollars"]["reporter"] == "GHA"
    assert r["errors"] == []


WHOLE = ("Business Asia - interview transcript\nJune 10, 2025\n\n"
         "ANCHOR: Thailand's exports to China fell eight percent in May, to four point one billion dollars.\n\n"
         "ANCHOR: Overall exports though were up?\n\n"
         "GUEST: Up about nine percent overall.")


def test_a_question_on_the_whole_of_a_flow_turns_the_answer_to_the_world():
    r = read(WHOLE)
    assert r["claims"]["nine percent"]["partner"] == "WLD"
    assert r["errors"] == []


def test_a_product_in_a_capitals_caption_before_exports_is_read():
    r = read("[CAPTION: TAIWAN CHIP EXPORTS, MAY: $16.2B (+18% Y/Y)]\n\nHOST: Taiwan's chip sales abroad keep climbing.")
    assert r["claims"]["$16.2B"]["commodity"] is not None


PAST = ("Evening Report - transcript\nJune 10, 2025\n\n"
        "HOST: Chile's wine exports were worth two billion dollars in 2024. About four hundred million "
        "dollars of that went to the United States, so a fifth.\n\n"
        "GUEST: A few years ago the United States was taking more like a third of our wine.")


def test_a_share_set_some_undated_years_back_is_no_error_against_this_years_figures():
    r = read(PAST)
    assert r["claims"]["a third"]["attribution"]["period"] == "vague-past"
    assert r["errors"] == []

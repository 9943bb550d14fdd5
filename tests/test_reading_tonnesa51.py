"""Tonnages as grain trade papers write them, from a fifty-first round of passages: bullets
of a list that each give a year-earlier level in brackets, under a long lead-in sentence;
the tonne's symbol "t" after a space ("410,000 t"); and a net importer's gap stated in the
same sentence as both flows. How each kind is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _bullets(oats: str) -> str:
    return ("Finland's cereal exports in the season to date came to 2.0 million tonnes, the agency said.\n\n"
            "Since the start of the marketing year the agency says the country has shipped abroad:\n\n"
            f"- oats: {oats} million tonnes (0.9 million tonnes a year earlier);\n"
            "- barley: 0.6 million tonnes (0.5 million tonnes);\n"
            "- wheat: 0.3 million tonnes (0.4 million tonnes).\n")


def test_bullets_with_a_bracketed_earlier_level_are_parts_of_the_total_before_the_lead_in():
    assert errors(_bullets("1.0")) == []
    assert any("exceed the whole 2.0 million tonnes" in e for e in errors(_bullets("1.4")))


def _spaced(pct: str) -> str:
    return ("Canada exported 950,000 tonnes of canola in May. "
            f"Japan bought 410,000 t of the oilseed, or {pct}pc of the total.")


def test_a_tonne_symbol_after_a_space_is_a_level_whose_share_is_checked():
    assert errors(_spaced("43")) == []
    assert any("410,000 t" in e for e in errors(_spaced("53")))


def test_a_lone_t_after_a_number_that_runs_on_into_a_word_is_no_tonne():
    text = ("Canada exported 950,000 tonnes of canola in May. "
            "Japan bought 12 types of the oilseed, or 53pc of the total.")
    assert errors(text) == []


def _net(net: str) -> str:
    return ("Norway's barley exports reached 0.42m tonnes in the season, while imports came to "
            f"0.61m tonnes, leaving the country a net importer of {net}t.")


def test_a_net_importer_gap_stated_with_both_flows_in_its_sentence_is_their_difference():
    assert errors(_net("190,000")) == []
    assert any("0.61 m tonnes - 0.42 m tonnes" in e for e in errors(_net("290,000")))


def test_flows_of_two_periods_in_the_net_sentence_are_not_set_against_it():
    text = ("Norway's barley exports reached 0.42m tonnes in 2022, while imports came to "
            "0.61m tonnes in 2023, leaving the country a net importer of 290,000t.")
    assert errors(text) == []


def test_a_net_compared_with_another_period_is_no_gap_of_the_flows_before_it():
    text = ("Sweden exported 31.2 TWh and imported 4.1 TWh, grid figures show, "
            "compared with net exports of 22.0 TWh in 2022.")
    assert errors(text) == []


def test_a_net_importer_is_no_gap_of_a_flow_to_one_partner_stated_earlier():
    text = ("The country exported 20.5 tonnes of silver to Japan in May. "
            "Its silver imports stood at 80.2 tonnes, making it a net importer of 9.7 tonnes for the month.")
    assert errors(text) == []

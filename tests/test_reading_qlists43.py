"""Lists of parts of a physical quantity that the words make complete, summed against their
whole (round 43 leftovers: rice, steel and meat trade news): how each kind of list is read."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-05-10") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def remaining(chile: str) -> str:
    return ("Peru imported 2.40 million tons of wheat last year, the ministry said.\n\n"
            "Canada supplied 1.10 million tons, or 45.8 percent, and Argentina " + chile + " million tons. "
            "The United States shipped 0.35 million tons and Russia 0.10 million tons, "
            "with the remaining 0.05 million tons from other origins.")


def test_a_list_closed_by_the_remaining_level_must_give_the_whole():
    """"... with the remaining X from other origins": the list is all of the whole, so its sum must equal it."""
    assert errors(remaining("0.80")) == []
    assert any("2.70 million tons" in e and "2.40 million tons" in e for e in errors(remaining("1.10")))


def rest_lines(brazil: str) -> str:
    return ("Chile imported a record 5.20 million metric tons (MMT) of maize in 2023, up 12 percent from 4.64 MMT.\n\n"
            "Argentina supplied most of it at 3.90 MMT, or 75 percent of the total. The rest came from:\n\n"
            "Brazil - " + brazil + " MMT\n"
            "Paraguay - 0.30 MMT\n"
            "Others (Peru, Bolivia) - 0.10 MMT\n")


def test_lines_under_a_heading_naming_the_rest_complete_the_list():
    """"The rest came from:" over lines "Country - X MMT": with the part before, they give the whole."""
    assert errors(rest_lines("0.90")) == []
    assert any("5.50 million metric tons" in e for e in errors(rest_lines("1.20")))


def test_a_level_in_a_glued_tonne_symbol_is_summed_with_the_others():
    """"came to 12,400t, giving the two markets a combined X": the glued "t" is a level in tonnes."""
    text = ("Lamb exports to Jordan totalled 9,300 tonnes in 2023.\n\n"
            "Exports to Oman came to 5,800t, giving the two markets a combined {}t.")
    assert errors(text.format("15,100")) == []
    assert any("15,900" in e for e in errors(text.format("15,900")))


def non_kind(non: str) -> str:
    return ("Vietnam's coffee exports rose 4% to 1.80 million tonnes in the season, from 1.73 million tonnes.\n\n"
            "Non-robusta exports slipped to " + non + " million tonnes, while shipments of robusta climbed "
            "6% to a record 1.55 million tonnes from 1.46 million tonnes.")


def test_a_kind_and_its_non_kind_make_up_the_whole():
    """"Non-robusta exports ... X, while shipments of robusta ... Y": X + Y is the exports stated before."""
    assert errors(non_kind("0.25")) == []
    assert any("1.80 million tonnes" in e for e in errors(non_kind("0.45")))


def finished(semi: str) -> str:
    return ("Total steel exports for the year were 12.4 million net tons (NT), down 3% from 12.8 million NT. "
            "Finished steel exports were 10.1 million NT and semi-finished exports were " + semi + " million NT.")


def test_two_complementary_kinds_make_up_the_whole_in_a_defined_abbreviation():
    """"Finished ... X million NT and semi-finished ... Y million NT" after "net tons (NT)": X + Y is the total."""
    assert errors(finished("2.3")) == []
    assert any("12.4 million net tons" in e for e in errors(finished("3.3")))


def test_kinds_of_another_flow_than_the_whole_are_not_summed():
    """A whole of output, kinds of exports: no flow shared, so nothing is summed."""
    text = ("Steel output was 30.0 million tons. "
            "Non-alloy exports were 4.0 million tons, while alloy exports were 1.0 million tons.")
    assert errors(text) == []


def test_kinds_given_for_another_period_are_not_summed():
    """"In March, finished ... and semi-finished ...": another period than the whole's, nothing summed."""
    text = ("Steel imports were 28.5 million tons last year. "
            "In March, finished imports were 2.1 million tons and semi-finished imports were 0.4 million tons.")
    assert errors(text) == []

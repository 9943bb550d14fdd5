"""Parts of a physical quantity listed against its stated whole (a 43rd round of passages:
steel, rice, meat and cotton trade news): how each kind of list is read."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-05-10") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def joint(chile: str) -> str:
    return ("Copper concentrate imports into the port rose last year. Chile shipped " + chile + " tonnes, "
            "Peru 35,500 tonnes and Mexico 12,000 tonnes. Together the three accounted for 88,500 tonnes, "
            "the port authority said.")


def test_a_count_taken_together_is_the_sum_of_the_levels_listed_just_before():
    """"Together the three accounted for X": the three levels of the sentence before add up to X."""
    assert errors(joint("41,000")) == []
    assert any("88,500 tonnes" in e and "94,500" in e for e in errors(joint("47,000")))


def combined(total: str) -> str:
    return ("Chilled lamb exports to Jordan totalled 9,300 tonnes in 2023, edging above the 9,000 tonnes quota.\n\n"
            "Exports to Oman came to 5,800 tonnes, giving the two markets a combined " + total + " tonnes.")


def test_a_combined_level_of_two_markets_sums_the_two_stated_not_a_mark_beside_them():
    """"giving the two markets a combined X": the two levels (not the quota they edge above) give X."""
    assert errors(combined("15,100")) == []
    assert any("15,900 tonnes" in e for e in errors(combined("15,900")))


def test_a_count_with_more_levels_before_it_than_it_counts_is_left_unread():
    """Three levels before "the two ... combined": which two the words do not say, so nothing is flagged."""
    text = ("Exports to Jordan were 9,300 tonnes, to Oman 5,800 tonnes and to Qatar 2,100 tonnes. "
            "The two largest took a combined 19,000 tonnes.")
    assert errors(text) == []


def table(pakistan: str) -> str:
    return ("Weekly sales rose again.\n\n"
            "Net sales by destination, week ended May 4 (running bales):\n\n"
            "- Egypt: 21,300\n- " "Turkey: " + pakistan + "\n- Indonesia: 8,700\n- Total: 42,000\n")


def test_bullets_of_bare_figures_take_the_heading_unit_and_add_up_to_the_total_bullet():
    """"(running bales):" over "- Egypt: 21,300" ... "- Total: 42,000": the bullets give the total."""
    assert errors(table("12,000")) == []
    assert any("45,000 bales" in e and "42,000" in e for e in errors(table("15,000")))


def types(parboiled: str) -> str:
    return ("Vietnam exported 8.1 million tonnes of rice in 2023, the ministry said.\n\n"
            "By type, the ministry's figures show:\n"
            "- White rice: 3.9 million tonnes\n"
            "- Jasmine (fragrant) rice: 2.2 million tonnes\n"
            "- Glutinous rice: " + parboiled + " million tonnes\n")


def test_a_bullet_label_with_words_after_its_bracketed_gloss_is_still_a_bullet():
    """"- Jasmine (fragrant) rice: 2.2 million tonnes" is one bullet of the list under the 8.1 total."""
    assert errors(types("1.1")) == []
    assert any("exceed the whole" in e for e in errors(types("2.9")))


def ranking(second: str) -> str:
    return ("Regional smelters exported 6.0 million tonnes of aluminium in 2022.\n\n"
            "Norway led with 2.5 million tonnes. Iceland followed with " + second + " million tonnes, "
            "then Spain with 1.0 million tonnes and Greece with 0.6 million tonnes.")


def test_a_ranking_led_in_one_sentence_and_followed_in_the_next_lists_parts_of_the_whole():
    """"X led with A. Y followed with B, then Z with C": the parts are never more than the 6.0 whole."""
    assert errors(ranking("1.8")) == []
    assert any("exceed the whole" in e for e in errors(ranking("2.8")))

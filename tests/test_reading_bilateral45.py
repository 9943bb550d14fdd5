"""Trade between two countries (a forty-fifth round of passages): a balance "in X's favour",
a demonym's exports to the partner in the partner's own paper, a level that both sides
"work towards raising" trade to, and "supplies from" the partner. How each kind of sentence
is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str) -> dict:
    return next(c for c in result(text)["claims"] if c["text"] == figure)


IN_ITS_FAVOUR = ("Trade between Chile and Peru came to $900 million in 2023. Chilean exports to Peru were "
                 "$600 million, while Peru sold goods worth $300 million to Chile. The balance was "
                 "$300 million in {owner}.")


def test_a_balance_in_a_country_s_favour_is_that_country_s_surplus():
    """"$300 million in Chile's favour": Chile's surplus, not Peru's."""
    text = IN_ITS_FAVOUR.format(owner="Chile's favour")
    c = [c for c in result(text)["claims"] if c["text"] == "$300 million"][-1]
    assert c["measure"] == "balance" and c["reporter"] == "CHL" and c["partner"] == "PER"
    assert errors(text) == []


def test_in_favour_of_a_country_after_the_figure_is_read_the_same():
    text = IN_ITS_FAVOUR.format(owner="favour of Chile")
    assert errors(text) == []


def test_a_wrong_balance_in_a_country_s_favour_is_still_caught():
    text = IN_ITS_FAVOUR.format(owner="Chile's favour").replace("The balance was $300 million", "The balance was $450 million")
    assert errors(text)


PARTNER_PAPER = ("LIMA - Trade between Peru and Chile reached $5.0 billion in 2023, the Chilean consul told "
                 "the Peru-Chile Business Council in Lima. Chilean exports to Peru stood at {exports}, while "
                 "imports from Peru were $2.0 billion.")


def test_a_demonym_before_exports_to_the_partner_is_the_reporter_in_the_partner_s_paper():
    """"Chilean exports to Peru" in a Lima paper: Chile's exports; "imports from Peru" Chile's imports."""
    text = PARTNER_PAPER.format(exports="$3.0 billion")
    c = claim(text, "$3.0 billion")
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "CHL", "PER")
    assert errors(text) == []


def test_the_demonym_s_parts_still_add_up_to_the_stated_trade():
    assert errors(PARTNER_PAPER.format(exports="$3.6 billion"))


def test_work_towards_raising_trade_to_a_level_is_a_goal_not_trade():
    """"agreed to work towards raising bilateral trade to $2 billion": a goal, not 2023's trade."""
    text = ("Chile and Peru agreed to work towards raising bilateral trade to $2 billion. Trade between the "
            "two countries was $700 million in 2023: Chile exported $400 million and imported $300 million.")
    assert claim(text, "$2 billion")["measure"] == "other"
    assert errors(text) == []


SUPPLIES_FROM = ("Trade between Chile and Peru reached $1.0 billion in 2023. Chilean exports to Peru came to "
                 "{exports}, while supplies from Peru amounted to $300 million.")


def test_supplies_from_the_partner_are_the_reporter_s_imports():
    """"supplies from Peru" in a text on Chile's trade: what Chile buys from Peru."""
    c = claim(SUPPLIES_FROM.format(exports="$700 million"), "$300 million")
    assert (c["measure"], c["reporter"], c["partner"]) == ("imports", "CHL", "PER")
    assert errors(SUPPLIES_FROM.format(exports="$700 million")) == []


def test_supplies_from_the_partner_too_many_for_the_total_are_caught():
    assert errors(SUPPLIES_FROM.format(exports="$900 million"))

"""Periods and vintages in analysts' newsletters and chart captions: a writer's own earlier
guess is an estimate of its own, not a second statement of the published figure; a figure
followed by "then" is of the time named before it; a year in the possessive ("2018's $4bn")
dates only its own figure; "narrowed from X to Y" with no year puts X before the period the
text is on; a change given after two levels and an aside on the earlier year compares them;
a change after a comparative of pace ("fell even faster, by 18%") is a change."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_writers_earlier_guess_is_no_second_statement_of_the_figure():
    """Read: "In my October note I guessed $52bn" after the year's $58bn surplus: an earlier estimate, not a duplicate."""
    text = ("Peru's trade surplus with China reached about $58bn in 2023. "
            "In my October note I guessed $52bn. I was too cautious.")
    r = read(text)
    assert r["claims"]["$52bn"]["vintage"] == "earlier estimate"
    assert r["claims"]["$58bn"].get("vintage") is None
    assert r["errors"] == []


def test_a_writers_previous_post_figure_is_an_estimate_but_a_clause_after_but_is_not():
    """Read: "My previous post put 2023 sales at $12bn, but the final count was $14bn": only the first is the earlier estimate."""
    text = ("Chile's exports to Korea were $14.0bn in 2023. "
            "My previous post put 2023 exports at $12bn, but the final count was $14bn.")
    r = read(text)
    assert r["claims"]["$12bn"]["vintage"] == "earlier estimate"
    assert r["claims"]["$14bn"].get("vintage") is None
    assert r["errors"] == []
    # the figure after "but" is the text's own: a changed one disagrees with the first
    assert read(text.replace("final count was $14bn", "final count was $16bn"))["errors"]


def test_then_after_a_figure_takes_the_time_named_before_it():
    """Read: "Set beside my note from 2020: sales to Japan were $4.0bn then, so they are up 25%": the $4.0bn is of 2020, the base of the 25%."""
    text = ("Vietnam's exports to Japan came to $5.0bn in 2022. "
            "Set beside my note from 2020: exports to Japan were $4.0bn then, so they are up 25% in two years.")
    r = read(text, published="2023-01-20")
    assert r["claims"]["$4.0bn"]["period"] == "2020"
    assert r["claims"]["25%"]["base_period"] == "2020"
    assert r["errors"] == []
    assert read(text.replace("$4.0bn then", "$4.5bn then"), published="2023-01-20")["errors"]


def test_a_years_possessive_dates_only_the_figure_after_it():
    """Read: "Japan is now the top market at NOK 6.2 billion, close to double 2021's NOK 3.2 billion": 2022 against 2021."""
    text = ("Copenhagen, 10 February 2023 - Exports of Norwegian cod rose to NOK 20 billion in 2022. "
            "Japan is now the top market for Norwegian cod at NOK 6.2 billion, close to double 2021's NOK 3.2 billion.")
    r = read(text, published="2023-02-10")
    assert r["claims"]["NOK 6.2 billion"]["period"] == "2022"
    assert r["claims"]["NOK 3.2 billion"]["period"] == "2021"
    assert r["errors"] == []
    assert read(text.replace("NOK 3.2 billion.", "NOK 4.2 billion."), published="2023-02-10")["errors"]


def test_narrowed_from_one_level_to_another_with_no_year():
    """Read: "The deficit narrowed from a record €40.1bn to €31.5bn" in a text on 2023: the first of the year before (a guess), no duplicate."""
    text = ("In 2023 Italy's exports to Turkey fell by 4.0%. "
            "The deficit narrowed from a record €40.1bn to €31.5bn.")
    r = read(text)
    assert r["claims"]["€40.1bn"]["period"] == "2022"
    assert r["claims"]["€40.1bn"]["attribution"]["period"] == "from-level-unsaid"
    assert r["claims"]["€31.5bn"]["period"] == "2023"
    assert r["errors"] == []


def test_a_change_after_two_levels_and_an_aside_on_the_earlier_year():
    """Read: "£61bn in 2022, compared with £70bn in 2016, the year of the vote: a fall of roughly 13%": 2022 against 2016."""
    text = ("Scottish exports to the EU were about £61bn in 2022, compared with £70bn in 2016, "
            "the year of the vote: a fall of roughly 13%.")
    r = read(text, published="2023-05-01")
    assert r["claims"]["13%"]["base_period"] == "2016"
    assert r["errors"] == []
    assert read(text.replace("roughly 13%", "roughly 33%"), published="2023-05-01")["errors"]


def test_a_change_after_a_comparative_of_pace():
    """Read: "while imports fell even faster, by 20%": a change of imports, checked against the levels."""
    text = ("Spain's exports to Morocco were €10.0bn in 2023 and €11.0bn in 2022; imports were €8.0bn in 2023 "
            "and €10.0bn in 2022. In 2023 exports fell by 9.1%, while imports fell even faster, by 20%.")
    r = read(text)
    assert r["claims"]["20%"]["kind"] == "percent_change"
    assert r["claims"]["20%"]["measure"] == "imports"
    assert r["errors"] == []
    assert read(text.replace("by 20%", "by 30%"))["errors"]


def test_narrowed_from_one_level_to_another_after_a_paragraph_on_another_year_is_not_guessed():
    """Read: after "In 2019 the deficit was €20bn", "narrowed from €40.1bn to €31.5bn" in 2023 may run from 2019: no year-before guess."""
    text = ("In 2019 Italy's deficit with Turkey was €20.0bn. In 2023 Italy's exports to Turkey fell by 4.0%. "
            "The deficit narrowed from €40.1bn to €31.5bn.")
    r = read(text)
    assert r["claims"]["€40.1bn"]["attribution"]["period"] != "from-level-unsaid"
    assert r["errors"] == []

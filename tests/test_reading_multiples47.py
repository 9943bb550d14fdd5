"""Multipliers and changes said over a long span of years (a forty-seventh round of
passages): "over the past decade", "in 20 years", "a decade in which", "over a quarter of
a century", "have since grown". Such a change compares with the year that many years
before the figure's, never with the year before. How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str) -> dict:
    return verify_text(text, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in result(text)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, words: str) -> dict:
    return next(c for c in result(text)["claims"] if c["text"] == words)


DECADE = ("Peru's copper exports rose 8.0 percent to $32.4 billion in 2022 from $30.0 billion in 2021, "
          "capping a decade in which the trade has {mult}. In 2012 copper exports were worth $10.7 billion.")


def test_a_multiple_over_a_decade_in_which_compares_with_ten_years_before():
    """"a decade in which the trade has tripled": 2022 against 2012, whose level is stated."""
    c = claim(DECADE.format(mult="roughly tripled"), "tripled")
    assert (c["period"], c["base_period"]) == ("2022", "2012")
    assert errors(DECADE.format(mult="roughly tripled")) == []
    assert errors(DECADE.format(mult="roughly doubled"))


PAST = "Ghana's gold exports reached $6.6 billion in 2021. Gold exports have more than doubled over the previous decade."


def test_a_multiple_over_the_previous_decade_with_no_level_then_compares_nothing():
    """No level ten years before is given: no check, rather than one against the year before."""
    c = claim(PAST, "doubled")
    assert c["base_period"] == "2011"
    assert errors(PAST) == []


YEARS = ("Chile's wine exports were $1.9 billion in 2023, up from $0.6 billion in 2003. "
         "Sales abroad grew {mult} in 20 years.")


def test_a_multiple_in_a_number_of_years_compares_with_that_many_years_before():
    """"grew threefold in 20 years": 2023 against 2003."""
    assert claim(YEARS.format(mult="threefold"), "threefold")["base_period"] == "2003"
    assert errors(YEARS.format(mult="threefold")) == []


QUARTER = ("Two-way trade reached $50.0 billion in 2020, a roughly 100-fold increase over "
           "less than a quarter of a century.")


def test_a_quarter_of_a_century_is_a_span_and_no_change():
    """"a quarter of a century" is no +25%; the hedged span has no sure first year, so no base."""
    claims = result(QUARTER)["claims"]
    assert not any(c["text"] == "a quarter" for c in claims)
    assert claim(QUARTER, "100-fold")["base_period"] is None
    assert errors(QUARTER) == []


SINCE = ("Exports of apples were worth $300 million in 2023. In 2001 growers shipped 40,000 tonnes. "
         "Shipments have since grown about fivefold.")


def test_a_bare_since_before_the_verb_leaves_the_base_unknown():
    """"have since grown fivefold": since a time named before, never the year before."""
    assert claim(SINCE, "fivefold")["base_period"] is None
    assert errors(SINCE) == []


RECORD = "Exports rose 12% in 2023 to $5.6 billion from $5.0 billion in 2022, the fastest growth in a decade."


def test_a_record_said_over_a_decade_keeps_its_own_base():
    """"the fastest growth in a decade" is a record, not the span the change ran over."""
    assert claim(RECORD, "12%")["base_period"] == "2022"
    assert errors(RECORD) == []

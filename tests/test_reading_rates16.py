"""Sentences of kinds met in the sixteenth round of passages (long-run comparisons, mirror
statistics): average yearly rates over a span, multiples of a named year's level, totals over
a span of years and their yearly averages. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    consistent = [f["message"] for f in result["findings"] if f["status"] == "consistent"]
    return {"claims": claims, "errors": errors, "consistent": consistent}


SPAN = "India's exports rose from $300bn in 2013 to $450bn in 2023, "


def test_an_average_annual_growth_is_a_compound_rate_over_the_span():
    r = read(SPAN + "an average annual growth of 4.1%.")
    c = r["claims"]["4.1%"]
    assert (c["period"], c["base_period"], c["yearly_rate"]) == ("2023", "2013", True)
    assert r["errors"] == []
    assert any("over 10 years" in m for m in r["consistent"])


def test_a_wrong_compound_rate_is_an_error():
    r = read(SPAN + "a compound annual growth rate of 6.1%.")
    assert len(r["errors"]) == 1 and "average yearly change of +4.1%" in r["errors"][0]


def test_a_cagr_after_its_figure_and_an_average_gain_a_year():
    assert read(SPAN + "a 4.1% CAGR.")["errors"] == []
    assert read(SPAN + "an average gain of 4.1% a year.")["errors"] == []
    assert read(SPAN + "an average gain of 9.1% a year.")["errors"]


def test_a_yearly_rate_with_no_stated_span_is_left_unchecked():
    r = read("India's exports grew at an average annual rate of 4.1% to $450bn in 2023.")
    assert r["errors"] == [] and r["claims"]["4.1%"]["base_period"] is None


def test_a_tariff_rate_is_no_yearly_rate():
    assert "4.1%" not in read("The average annual tariff rate is 4.1%.")["claims"]


def test_a_fold_increase_after_a_span_takes_its_first_year():
    r = read("China's trade expanded from $510 billion in 2001 to $5.94 trillion in 2023, a 12.6-fold increase.")
    assert r["claims"]["12.6-fold"]["base_period"] == "2001"
    assert r["errors"]


def test_a_multiple_of_a_named_years_level():
    r = read("Russia's imports from the United Arab Emirates reached $7.2bn in 2023, 3.4 times the $3.0bn "
             "recorded in 2021.")
    assert r["claims"]["3.4 times"]["base_period"] == "2021"
    assert r["errors"]
    r = read("Exports to Kenya were $116.1bn in 2022, nearly three times the 2018 level. In 2018 they were $39.5bn.")
    assert r["claims"]["three times"]["base_period"] == "2018"


LIST = ("Vietnam ran a combined trade surplus of $357.0bn with the United States over 2018-2022, "
        "an average of {avg} a year.\n\nThe annual surplus was:\n- 2018: $39.5bn\n- 2019: $47.0bn\n"
        "- 2020: $63.4bn\n- 2021: $91.0bn\n- 2022: $116.1bn\n")


def test_a_total_over_a_span_of_years_and_its_yearly_average():
    r = read(LIST.format(avg="$71.4bn"), "2023-03-15")
    assert r["claims"]["$357.0bn"]["period"] == "2018-01/2022-12"
    assert r["errors"] == []
    assert any("$39.5bn (2018) + $47bn (2019)" in m for m in r["consistent"])
    assert any("over 5 years is $71.4bn a year" in m for m in r["consistent"])


def test_a_wrong_yearly_average_of_a_total_is_an_error():
    r = read(LIST.format(avg="$74.1bn"), "2023-03-15")
    assert len(r["errors"]) == 1 and "$74.1bn" in r["errors"][0]


def test_a_total_over_n_years_takes_the_span_of_one_over_as_many():
    r = read("Vietnam's surplus with US tops $350bn in five years\n\n" + LIST.format(avg="$71.4bn"), "2023-03-15")
    assert r["claims"]["$350bn"]["period"] == "2018-01/2022-12"
    assert r["errors"] == []

"""Historical retrospectives (round 55): a compound yearly rate restating a multiple over
fiscal years takes that multiple's span and compounds over it; a share "of a world total of
$X" is of the world's flow; "N times the YEAR level" has that year as its base; "nearly
N-fold" is a bit under N; a date in the body after "signed on" is no dateline."""
from tradecheck import verify_text
from tradecheck.read import find_dateline


def reading(text: str, published: str | None = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def statuses(text: str, check: str, published: str | None = "2024-06-30") -> list[str]:
    return [f["status"] for f in reading(text, published)["findings"] if f["check"] == check]


def claim(text: str, figure: str) -> dict:
    return next(c for c in reading(text)["claims"] if c["text"] == figure)


# (a country whose fiscal year runs April to March, so that "2000-01" is one fiscal year)
FISCAL = ("In 2000-01 India's merchandise exports were USD 10.0 billion. In 2020-21 merchandise "
          "exports stood at USD 40.0 billion. Exports have thus grown fourfold in 20 years, a compound "
          "annual growth rate of about {rate} per cent.")


def test_a_compound_rate_takes_the_span_of_the_multiple_it_restates():
    c = next(c for c in reading(FISCAL.format(rate="7.2"), "2021-07-01")["claims"] if c["text"] == "7.2 per cent")
    assert (c["base_period"], c["period"]) == ("2000-04/2001-03", "2020-04/2021-03")


def test_a_compound_rate_over_fiscal_years_is_checked_compounded():
    assert statuses(FISCAL.format(rate="7.2"), "percent_change", "2021-07-01") == ["consistent"]
    assert statuses(FISCAL.format(rate="10.2"), "percent_change", "2021-07-01") == ["inconsistent"]


def test_compound_growth_a_year_is_a_yearly_rate():
    text = ("Chile's exports were $2.0 billion in 1980 and $8.0 billion in 2000, equivalent to "
            "compound growth of about {rate}% a year.")
    assert statuses(text.format(rate="7.2"), "percent_change") == ["consistent"]
    assert statuses(text.format(rate="9.5"), "percent_change") == ["inconsistent"]


def test_a_share_of_a_world_total_of_a_figure_is_of_the_worlds_flow():
    text = "In 1985 Chile's exports were $4.0 billion, about {share}% of a world total of $800 billion."
    assert statuses(text.format(share="0.5"), "ratio") == ["consistent"]
    assert statuses(text.format(share="0.8"), "ratio") == ["inconsistent"]


def test_times_the_year_level_has_that_year_as_its_base():
    text = ("Chile's exports were $1.0 billion in 1980. By 2020 they had reached $50 billion, "
            "some 50 times the 1980 level.")
    c = claim(text, "50 times")
    assert (c["base_period"], c["period"]) == ("1980", "2020")


def test_nearly_n_fold_is_a_bit_under_n():
    text = "Chile's exports to Peru rose from $1.0 billion in 1990 to ${new} billion in 2000, nearly fivefold."
    assert statuses(text.format(new="4.7"), "ratio") == ["consistent"]
    assert statuses(text.format(new="5.6"), "ratio") == ["inconsistent"]


def test_a_date_after_signed_on_is_no_dateline():
    text = "Retrospective\n\nThe treaty, signed on March 3, 1960, cut duties on steel traded between the two."
    assert find_dateline(text) is None
    assert find_dateline("LAGOS, June 4, 2024 - Exports rose.") == "2024-06-04"

"""Counts of people (round 49): visitors, tourists, arrivals, passengers and students are
counted one by one like tonnes (vocab/counted_people.csv), so a change between two levels of
such a count, or parts that exceed its whole, is checked in that noun; none of them is money.
A percentage "of <year> levels" is an index against that year, never a share of a whole."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_change_of_a_count_of_visitors_is_checked_against_its_two_levels():
    """"2.4 million overseas visitors, up 20% from 2.0 million": a count of people."""
    text = "Ruritania received 2.4 million international visitors in 2023, up {pct}% from 2.0 million the year before."
    assert read(text.format(pct="20"))["errors"] == []
    errors = read(text.format(pct="35"))["errors"]
    assert len(errors) == 1 and "visitors" in errors[0]


def test_a_count_named_before_its_bare_level_is_checked():
    """"Passenger arrivals ... reached 1,150,000, up 15% compared to 1,000,000": the noun
    before the level is its unit."""
    text = "Foreign arrivals for the year 2023 reached 1,150,000, up by {pct}% compared to 1,000,000 in 2022."
    assert read(text.format(pct="15"))["errors"] == []
    errors = read(text.format(pct="25"))["errors"]
    assert len(errors) == 1 and "arrivals" in errors[0]


def test_a_count_of_people_before_a_money_figure_is_no_level_of_people():
    """A level verb before money ("reached Rs 1,150,000") is no count of people."""
    text = "Tourist receipts per visitor reached Rs 1,150,000, up by 25% compared to Rs 1,000,000 in 2022."
    assert not any("visitors" in e or "receipts" in e for e in read(text)["errors"])


def test_parts_of_a_count_of_people_under_two_names_may_not_exceed_the_whole():
    """"3.0 million visitors, made up of 2.1 million stopover visitors and 0.8 million
    cruise passengers": people under two names, one count."""
    text = ("The island recorded 3.0 million visitors in 2023, made up of {part} million stopover "
            "visitors and 0.8 million cruise passengers.")
    assert read(text.format(part="2.1"))["errors"] == []
    errors = read(text.format(part="2.6"))["errors"]
    assert len(errors) == 1 and "exceed" in errors[0]


def test_a_percentage_of_an_earlier_years_levels_is_no_share():
    """"at 115% of 2019 levels": a level against 2019, above 100% with no error."""
    text = ("International arrivals to the region recovered strongly in 2023. The Gulf states "
            "went furthest, at 115% of 2019 levels.")
    r = read(text)
    assert r["errors"] == []
    assert r["claims"]["115%"]["kind"] != "share"

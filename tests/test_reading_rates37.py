"""Sentences of kinds met in the thirty-seventh round's rates: a flow stated per day, per
second, per household, per person or per tonne. Such a figure is a rate, no level of its
flow, and it is checked against the level it divides (check/unit_rates.py)."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    findings = result["findings"]
    return {"claims": result["claims"],
            "errors": [f["message"] for f in findings if f["status"] == "inconsistent"],
            "rates": [f["message"] for f in findings if " per " in f["message"] or " over " in f["message"]]}


def of(r: dict, text: str) -> dict:
    [c] = [c for c in r["claims"] if c["text"] == text]
    return c


DAILY = ("Chile's exports reached $95.4 billion in 2023, customs data showed. "
         "That is about {rate} every day of the year.")


def test_a_figure_every_day_is_a_rate_checked_against_the_years_level():
    """"$95.4 billion in 2023 ... about $261 million every day": exports per day, the year's
    level over 365 days."""
    r = read(DAILY.format(rate="$261 million"))
    assert of(r, "$261 million")["per"] == "day"
    assert of(r, "$261 million")["measure"] == "exports"
    assert r["errors"] == []
    assert any("over 365 days" in m and "(consistent)" in m for m in r["rates"])


def test_a_changed_daily_figure_is_flagged():
    """The same sentence with the daily figure changed: it fits no level it may divide."""
    r = read(DAILY.format(rate="$461 million"))
    assert any("over 365 days" in m and '"$461 million"' in m for m in r["errors"])


def test_a_figure_every_second_is_a_rate_too():
    """"more than $3,000 every second": a rate per second, the year's seconds its count."""
    r = read("Chile's exports reached $95.4 billion in 2023, or more than $3,000 every second.")
    assert of(r, "$3,000")["per"] == "second"
    assert r["errors"] == []
    assert any("31,536,000 seconds" in m for m in r["rates"])


def test_a_daily_figure_opening_a_quote():
    """'"Every day, $260 million of goods leave our ports"': a rate, no level of a month."""
    r = read('Chile\'s exports reached $95.4 billion in 2023. "Every day, $260 million of goods '
             'leave our ports," the minister said.')
    assert of(r, "$260 million")["per"] == "day"


def test_a_figure_per_household_divides_a_total_by_the_households_counted():
    """"raise about $30bn ... Spread across the country's 48 million households, that is
    about $625 per household": the total over the count the text states."""
    text = ("The new levy will raise about $30bn in its first year, the budget office estimates. "
            "Spread across the country's 48 million households, that is about {rate} per household.")
    r = read(text.format(rate="$625"))
    assert of(r, "$625")["per"] == "household"
    assert any("48 million households" in m and "(consistent)" in m for m in r["rates"])
    assert r["errors"] == []
    r = read(text.format(rate="$725"))
    assert any('"$725"' in m for m in r["errors"])


def test_exports_per_person_take_the_flows_measure_and_a_population_count():
    """"Exports per person, at about $5,100 for each of the country's 19.6m people": exports
    per person, no level of exports; checked against the exports and the people counted."""
    text = ("Chile's exports reached $95.4 billion in 2023. Imports came to $80.1 billion. "
            "Exports per person, at about {rate} for each of the country's 19.6m people, lead the region.")
    r = read(text.format(rate="$4,870"))
    rate = of(r, "$4,870")
    assert (rate["measure"], rate["per"]) == ("exports", "person")
    assert r["errors"] == []
    r = read(text.format(rate="$5,870"))
    assert any("19.6m people" in m and '"$5,870"' in m for m in r["errors"])


def test_a_population_in_a_list_is_a_count_not_money():
    """"- Exports per person: A$8,200 (population 5.1 million)": the population is no amount
    of dollars, and the figure per person is a rate."""
    r = read("Key figures, 2023:\n- Exports: A$41.8 billion\n- Exports per person: A$8,200 (population 5.1 million)\n")
    assert [c["text"] for c in r["claims"] if c["text"] == "5.1 million"] == []
    assert of(r, "A$8,200")["per"] == "person"
    assert any("population 5.1 million" in m and "(consistent)" in m for m in r["rates"])


def test_for_every_man_woman_and_child_is_per_person():
    """"Divide our exports by 19.6 million Chileans and you get $4,870 for every man, woman
    and child": a demonym's plural counts the people."""
    r = read("Chile's exports reached $95.4 billion in 2023. Divide our exports by 19.6 million Chileans "
             "and you get $4,870 for every man, woman and child.")
    assert of(r, "$4,870")["per"] == "person"
    assert any("19.6 million Chileans" in m and "(consistent)" in m for m in r["rates"])


def test_a_price_per_tonne_against_the_tonnes_and_their_value():
    """"shipped 2.1 million tonnes worth $6.3bn, an average of $3,000 a tonne": value over
    tonnes; the earlier price after it ("more than the $2,500 a tonne") is left alone."""
    text = ("Exporters shipped 2.1 million tonnes of copper cathodes worth $6.3bn, an average of {rate} a tonne, "
            "20 per cent more than the $2,500 a tonne of the year before.")
    r = read(text.format(rate="$3,000"))
    assert of(r, "$3,000")["per"] == "tonne"
    assert r["errors"] == []
    r = read(text.format(rate="$3,500"))
    assert any("2.1 million tonnes" in m and '"$3,500"' in m for m in r["errors"])


def test_a_daily_average_of_working_days_is_not_divided_by_calendar_days():
    """"Daily average exports, which take working days into account, rose to $2.6 billion":
    no rate the calendar checks (the count of days is not the year's)."""
    r = read("Korea's exports reached $632.2 billion in 2023. Daily average exports, which take "
             "working days into account, rose 2 percent to $2.6 billion.")
    assert not any("over 365 days" in m for m in r["rates"])

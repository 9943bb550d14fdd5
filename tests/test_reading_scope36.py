"""Newsletters and chart captions (probe round 36): what a figure is of when the text says it
in passing. A short question carries the product into its answer; the whole of a share and
the record it hit are all exports; a place counted into another is no side; the unit after a
label line's figure is no market; "twice as fast" compares growth rates; an event after a
figure names no flow; a whole year's raw figure is the year's; the text's own place named
bare is its partner again; "this one product"; a price per car; a data extraction date."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-05") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_short_question_carries_the_product_into_its_answer():
    """Read: "Copper exports were X. Where does it go? Mostly to Japan, which took Y, or N%": Y and N% are copper's."""
    text = ("Zambia's exports of copper reached about $8.0bn in 2022, out of total exports of $11.5bn. "
            "Where does it go? Mostly to Switzerland, which took about $3.6bn, or 45%.")
    r = read(text, published="2023-03-01")
    c = r["claims"]["$3.6bn"]
    assert (c["partner"], c["commodity"]) == ("CHE", "copper")
    assert r["claims"]["45%"]["commodity"] == "copper"
    assert r["errors"] == []  # (45% of copper's $8.0bn; of all exports it would be 31%)


def test_the_whole_of_a_share_and_the_record_it_hit_are_all_exports():
    """Read: "Cars made up N% of the country's total shipments, which also hit an all-time high of X, up M%": X and M% are all exports."""
    text = ("Japan's car exports reached $100.0 billion in 2023, up 20.0% from $83.3 billion in 2022. "
            "Cars accounted for 14.0% of the country's total outbound shipments, which also hit an all-time high "
            "of $714.0 billion, up 3.0% on the year. Imports came to $700.0 billion.")
    r = read(text, published="2024-01-20")
    assert r["claims"]["$714.0 billion"]["commodity"] is None
    assert r["claims"]["3.0%"]["commodity"] is None
    assert r["errors"] == []


def test_a_place_counted_into_another_is_no_side():
    """Read: "Chip exports to China, including Hong Kong, made up half": Korea's exports to China."""
    text = ("South Korea's chip exports reached $100.0 billion in 2024. "
            "Chip exports to China, including Hong Kong, made up about half the total.")
    c = read(text, published="2025-01-05")["claims"]["half"]
    assert (c["reporter"], c["partner"]) == ("KOR", "CHN")


def test_the_currency_after_a_label_lines_figure_is_its_unit():
    """Read: "- Exports: 80.0 trillion yen, +10.0% y/y": the change of exports, not of the yen."""
    text = ("Japan's trade, 2022\n\n"
            "- Exports: 80.0 trillion yen, +10.0% y/y\n"
            "- Imports: 90.0 trillion yen, +20.0% y/y\n\n"
            "In 2021, exports were 72.7 trillion yen and imports 75.0 trillion yen.")
    r = read(text, published="2023-01-20")
    assert r["claims"]["+10.0%"]["measure"] == "exports"
    assert r["claims"]["+20.0%"]["measure"] == "imports"
    assert r["errors"] == []
    assert read(text.replace("+10.0%", "+15.0%"), published="2023-01-20")["errors"]


def test_twice_as_fast_compares_growth_rates_not_levels():
    """Read: "imports grew more than twice as fast": no multiple of an earlier level of imports."""
    text = ("Japan's exports rose 18.2% to 98.2 trillion yen in 2022, while imports rose 39.2% to "
            "118.2 trillion yen. Exports hit a record, but imports grew more than twice as fast. "
            "In 2021, imports were 84.9 trillion yen.")
    r = read(text, published="2023-01-20")
    assert r["claims"]["twice"]["measure"] == "other"
    assert r["errors"] == []


def test_an_event_named_after_a_change_names_no_flow():
    """Read: "a drop of about 20%, the largest fall since the tariff war started": a change of imports."""
    text = ("US imports from China were about $427bn in 2023. The China figure is down from $537bn in 2022, "
            "a drop of about 20%, the largest one-year fall since the tariff war started.")
    r = read(text, published="2024-02-12")
    assert r["claims"]["20%"]["measure"] == "imports"
    assert read(text.replace("$537bn", "$497bn"), published="2024-02-12")["errors"]


def test_a_whole_years_raw_figure_is_in_the_series_of_the_bare_ones():
    """Read: "The numbers (not seasonally adjusted): imports were X last year. ... down from Y in 2022, a drop of N%": one series."""
    text = ("The numbers (Census basis, not seasonally adjusted): US imports from China were about $427bn last year. "
            "The figure is down from $537bn in 2022, a drop of about 20%.")
    r = read(text, published="2024-02-12")
    assert r["claims"]["$427bn"].get("scope") is None
    assert r["errors"] == []
    assert read(text.replace("$537bn", "$497bn"), published="2024-02-12")["errors"]


def test_a_partner_named_bare_as_the_subject_is_the_partner_again():
    """Read: "US imports from Mexico were X ... Mexico was up 5%, from Y": US imports from Mexico, under a headline on Mexico."""
    text = ("Mexico passes China\n\n"
            "US goods imports from Mexico were roughly $476bn last year, imports from China about $427bn. "
            "Mexico was up almost 5%, from $454bn.")
    r = read(text, published="2024-02-12")
    c = r["claims"]["$454bn"]
    assert (c["reporter"], c["partner"]) == ("USA", "MEX")
    assert r["errors"] == []


def test_this_one_product_is_the_product_the_text_is_on():
    """Read: "EU exports of BEVs to China were X. That leaves a deficit in this one product of Y": electric vehicles."""
    text = ("EU imports of battery-electric cars from China reached EUR 11.5 billion in 2023. "
            "EU exports of BEVs to China were EUR 1.9 billion in 2023. "
            "That leaves a bilateral deficit in this one product of EUR 9.6 billion.")
    r = read(text)
    assert r["claims"]["EUR 1.9 billion"]["commodity"] == "electric vehicles"
    assert r["claims"]["EUR 9.6 billion"]["commodity"] == "electric vehicles"
    assert r["errors"] == []
    assert read(text.replace("EUR 1.9 billion", "EUR 2.9 billion"))["errors"]


def test_what_a_car_sells_for_is_a_price():
    """Read: "A car sells for about EUR 38,000 in Germany versus roughly EUR 20,000 in China": two prices, no exports."""
    text = ("EU exports of cars to China were EUR 20.0 billion in 2023. "
            "A BYD Atto 3 sells for about EUR 38,000 in Germany versus the equivalent of roughly EUR 20,000 in China.")
    r = read(text)
    assert r["claims"]["EUR 38,000"]["measure"] == "other"
    assert r["claims"]["EUR 20,000"]["measure"] == "other"
    assert r["errors"] == []


def test_a_data_extraction_date_dates_no_figure():
    """Read: "According to Eurostat (extracted 28 February), ... X in 2023. Total imports were Y": Y is 2023's."""
    text = ("According to Eurostat (Comext, extracted 28 February), EU imports of cars from China reached "
            "EUR 11.5 billion in 2023. Total EU imports of cars were about EUR 23.4 billion.")
    assert read(text)["claims"]["EUR 23.4 billion"]["period"] == "2023"

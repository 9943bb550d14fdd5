"""Year-to-date wording and periods carried across sentences and paragraphs (probe round 20):
"since the beginning of the year", "over the year", a look back over several years, a record
level compared with, and a change "m/m" after a sentence on a longer period."""
from tradecheck import verify_text


def claims(text, published):
    return verify_text(text, published=published, reference="none").to_dict()["claims"]


def errors(text, published):
    findings = verify_text(text, published=published, reference="none").to_dict()["findings"]
    return [f["message"] for f in findings if f["status"] == "inconsistent"]


def by_text(text, published):
    return {c["text"]: c for c in claims(text, published)}


def test_since_the_beginning_of_the_year_is_the_year_to_date():
    text = ("KYIV - In August 2024, customs cleared exports of goods worth $3.4 billion and imports worth "
            "$6.1 billion. In August alone, the deficit was $2.7 billion.\n\n"
            "Since the beginning of the year, exports have amounted to $27.2 billion and imports to $46.3 "
            "billion; the negative balance reached $19.1 billion.")
    c = by_text(text, "2024-09-09")
    assert c["$27.2 billion"]["period"] == "2024-01/2024-08"
    assert c["$3.4 billion"]["period"] == "2024-08"
    assert errors(text, "2024-09-09") == []


def test_since_january_is_the_year_to_date_but_not_after_a_record_or_a_change():
    c = by_text("KYIV - In August 2024, exports were $3.4 billion. The customs transferred UAH 36.8 billion to "
                "the budget in August, and UAH 301.5 billion since January.", "2024-09-09")
    assert c["UAH 301.5 billion"]["period"] == "2024-01/2024-08"
    from tradecheck.extract.periods import find_periods
    assert [p.kind for p in find_periods("Exports were the highest since January.")] == ["months"]
    assert [p.kind for p in find_periods("Exports rose 4% since January.")] == ["months"]
    assert [p.kind for p in find_periods("Exports have doubled since January 2021.")] == ["abs"]


def test_over_the_year_is_the_full_year_after_a_december_paragraph():
    text = ("BEIJING, Jan 12 (Reuters) - China's exports fell 4.6% in 2023 to $3.38 trillion.\n\n"
            "In December alone, outbound shipments rose 2.3% year-on-year to $303.6 billion.\n\n"
            "Shipments to the United States dropped 13.1% over the year to $500.3 billion, while exports to "
            "Russia soared 46.9% to $110.97 billion.")
    c = by_text(text, "2024-01-12")
    assert c["$500.3 billion"]["period"] == "2023"
    assert c["$110.97 billion"]["period"] == "2023"
    assert errors(text, "2024-01-12") == []


def test_over_the_year_mid_year_is_not_guessed_as_the_whole_year():
    c = by_text("LONDON - In June 2024, exports rose 2% over the year to £30.1bn.", "2024-08-10")
    assert c["£30.1bn"]["period"] != "2024"


def test_a_look_back_over_years_does_not_date_the_next_paragraph():
    text = ("Accra, January 30, 2024 (GNA) - Total merchandise exports amounted to US$16.6 billion in 2023.\n\n"
            "Over the past five years, cocoa exports have earned the country a cumulative US$10.5 billion.\n\n"
            "Merchandise imports stood at US$14.6 billion, giving a trade surplus of US$2.0 billion, "
            "compared with US$2.4 billion the previous year.")
    c = by_text(text, "2024-01-30")
    assert c["US$10.5 billion"]["period"] == "2019-01/2023-12"
    assert c["US$14.6 billion"]["period"] == "2023"
    assert c["US$2.4 billion"]["period"] == "2022"


def test_a_record_level_compared_with_does_not_move_the_period():
    text = ("US overtakes China as Korea's top export market in December\n\n"
            "SEOUL, Jan. 1 (Yonhap) -- South Korea's exports fell 7.4 percent in 2023 to US$632.7 billion.\n\n"
            "Imports dropped 12.1 percent to $642.6 billion, resulting in a trade deficit of $9.9 billion, "
            "compared with the record $47.8 billion deficit of 2022.\n\n"
            "In December alone, exports rose 5.1 percent on-year to $57.6 billion.")
    c = by_text(text, "2024-01-01")
    assert c["$47.8 billion"]["period"] == "2022"
    assert c["$57.6 billion"]["period"] == "2023-12"


def test_a_month_on_month_change_keeps_the_month():
    text = ("LONDON, Dec 12 - The UK goods trade deficit widened to GBP18.9bn in October. In the three months "
            "to October the goods deficit widened by GBP1.2bn to GBP53.1bn.\n\n"
            "Exports to the EU fell 5.2% m/m and exports to non-EU countries fell 1.5%.")
    c = by_text(text, "2024-12-12")
    assert c["GBP53.1bn"]["period"] == "2024-08/2024-10"
    assert (c["5.2%"]["period"], c["5.2%"]["base_period"]) == ("2024-10", "2024-09")

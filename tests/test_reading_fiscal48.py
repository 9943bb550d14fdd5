"""Periods and products in fiscal-year texts (a forty-eighth round of passages): a product
noun before "exports" whose verb is a record verb ("touched an all-time high of"), a city and
a colon that open the body's lead, a month after a policy act or after "that ended", and
tonnes forecast with a change from a level of a split year or "the record" one. How each
kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-06-10") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-06-10") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claims(text: str, published: str = "2024-06-10") -> dict:
    return {c["text"]: c for c in result(text, published)["claims"]}


FARM = ("Farm shipments slip\n\n"
        "Mumbai: India's farm exports fell 6.0 per cent to $47.0 billion in 2023-24 from $50.0 billion in the previous financial year.\n\n"
        "Sugar was the largest item at $9.4 billion, or about 20 per cent of the total.\n\n"
        "Tea exports reached $6.0 billion.\n\n"
        "Pulses exports, meanwhile, touched an all-time high of $3.1 billion.\n")


def test_a_record_verb_after_a_product_noun_gives_the_product():
    found = claims(FARM)
    assert found["$3.1 billion"]["commodity"] == "pulses"
    assert errors(FARM) == []


def test_a_city_and_a_colon_open_the_body_so_the_total_is_the_lead_product():
    """"Mumbai: India's farm exports ...": the lead, not a standfirst; "of the total" is farm exports."""
    assert errors(FARM) == []
    assert any("30 per cent" in e for e in errors(FARM.replace("about 20 per cent", "about 30 per cent")))


def test_a_month_after_a_policy_act_does_not_date_the_figure():
    text = ("Sugar sales fall\n\nIndia's sugar exports fell to $2.2 billion in 2023-24. "
            "Raw sugar exports dropped to $1.1 billion following the quota imposed in October 2023.\n")
    assert claims(text)["$1.1 billion"]["period"] == "2023-04/2024-03"


def test_a_month_after_that_ended_is_no_period_and_a_year_earlier_is_the_fiscal_year_before():
    text = ("Power sales rise\n\nKATHMANDU, July 20 - Nepal earned Rs 20.0 billion by selling electricity to India in the "
            "fiscal year 2023-24 that ended mid-July, up {} percent from Rs 16.0 billion a year earlier, the utility said.\n")
    found = claims(text.format("25"), "2024-07-22")
    assert found["Rs 16.0 billion"]["period"] == "2022-07/2023-06"
    assert errors(text.format("25"), "2024-07-22") == []
    assert errors(text.format("35"), "2024-07-22")


def test_tonnes_forecast_in_a_split_year_with_a_change_from_the_record_level():
    text = ("Crop report\n\n"
            "- Barley output in 2023-24 is forecast at 12.0 million tonnes, down {} from the record 15.0 million tonnes harvested in 2022-23.\n"
            "- Barley exports are forecast at 6.0 million tonnes in 2023-24, down {} from 8.0 million tonnes in 2022-23.\n")
    assert errors(text.format("20%", "25%"), "2023-09-10") == []
    assert any("12.0 million tonnes against 15.0 million tonnes" in e for e in errors(text.format("30%", "25%"), "2023-09-10"))
    assert any("6.0 million tonnes against 8.0 million tonnes" in e for e in errors(text.format("20%", "35%"), "2023-09-10"))

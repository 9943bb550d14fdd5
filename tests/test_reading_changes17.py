"""Changes in money and official phrasing met in parliamentary answers and government fact
sheets (probe round 17): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-30") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims: dict[str, list[dict]] = {}
    for c in result["claims"]:
        claims.setdefault(c["text"], []).append(c)
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": {k: v[0] for k, v in claims.items()}, "all": claims, "errors": errors}


INCREASE = ("Total trade between the UK and Norway was £26.5 billion in 2023, "
            "an increase of {pct} or £1.5 billion from 2022.")


def test_the_money_after_or_in_an_increase_is_the_same_change():
    r = read(INCREASE.format(pct="6.0%"))
    change = r["claims"]["£1.5 billion"]
    assert change["measure"] == "other" and change["change_of"] == "trade_total"
    assert r["errors"] == []


def test_a_percent_that_does_not_fit_its_change_in_money_is_an_error():
    assert read(INCREASE.format(pct="8.0%"))["errors"]


def test_a_decrease_in_percent_or_money():
    r = read("Total trade between the UK and Norway was £46.0 billion in 2023, "
             "a decrease of 8.0% or £4.0 billion from 2022.")
    assert r["claims"]["£4.0 billion"]["change_of"] == "trade_total"
    assert r["claims"]["£4.0 billion"]["change_sign"] == -1
    assert r["errors"] == []


def test_of_this_whole_restates_the_whole_just_given():
    r = read("Total trade between the UK and Norway was £26.5 billion in 2023.\n"
             "- Of this £26.5 billion, UK exports to Norway amounted to £10.0 billion in 2023.")
    first, again = r["all"]["£26.5 billion"]
    key = ("measure", "reporter", "partner", "period", "commodity")
    assert [again[k] for k in key] == [first[k] for k in key]
    assert r["claims"]["£10.0 billion"]["measure"] == "exports"


HON_MEMBER = ("UK exports to Norway were £11.0 billion in 2023. The Hon. Member will also wish to know "
              "that exports represent an increase of {pct} on 2022, when they stood at £10.0 billion.")


def test_a_formula_addressed_to_the_member_opens_no_forecast():
    r = read(HON_MEMBER.format(pct="10.0%"))
    change, base = r["claims"]["10.0%"], r["claims"]["£10.0 billion"]
    assert change["measure"] == "exports" and change["base_period"] == "2022"
    assert (base["measure"], base["period"]) == ("exports", "2022")
    assert r["errors"] == []
    assert read(HON_MEMBER.format(pct="12.0%"))["errors"]


def test_a_level_when_it_stood_is_past_even_after_a_forecast():
    r = read("Kenya's exports to Uganda were $3.9 billion in 2023. Officials expect that exports will "
             "rise 6.6% in 2024 on 2023, when they stood at $3.9 billion.", "2024-03-01")
    past = r["all"]["$3.9 billion"][1]
    assert (past["measure"], past["period"]) == ("exports", "2023")


def test_a_change_from_one_dated_level_to_another_is_of_the_later_against_the_earlier():
    r = read("Japan's three largest export markets are China, the United States and South Korea. "
             "Exports to these three markets together fell by 10.0%, from $50.0 billion in 2022 "
             "to $45.0 billion in 2023.", "2024-05-01")
    change = r["claims"]["10.0%"]
    assert (change["period"], change["base_period"]) == ("2023", "2022")
    # a group of the partners named before: not the world, nor one of them
    assert change["partner"] is None and r["claims"]["$45.0 billion"]["partner"] is None


SINCE = ("\"Since the agreement took effect, trade between Chile and Japan has grown by {pct},\" the "
         "minister said.\n\nIn 2023, it reached $12.0 billion, compared with $8.0 billion in 2018.")


def test_a_change_since_an_event_is_between_the_levels_the_next_sentence_dates():
    r = read(SINCE.format(pct="50%"), "2024-09-21")
    change = r["claims"]["50%"]
    assert (change["period"], change["base_period"]) == ("2023", "2018")
    assert r["errors"] == []
    assert read(SINCE.format(pct="40%"), "2024-09-21")["errors"]

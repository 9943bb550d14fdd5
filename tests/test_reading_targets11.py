"""Sentences of kinds met in an eleventh round of passages (bilateral-relations pieces in
translation, newsletters, East Asian releases): targets, multiples, periods and tariff rates."""
from tradecheck import verify_text


def read(text: str, published: str = "2023-01-12") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


PAIR = ("Two-way trade between Vietnam and Laos reached 1.63 billion USD in 2022, up 14.1% "
        "year-on-year. ")


def test_a_raise_verb_in_its_ing_form_after_a_commitment_is_a_goal():
    r = read(PAIR + "The two ministers said the countries are committed to lifting two-way trade "
             "to 5 billion USD in the coming years.")
    assert r["claims"]["5 billion USD"]["measure"] == "other"
    assert r["errors"] == []


def test_a_raise_verb_after_a_modal_is_a_goal():
    r = read(PAIR + '"We hope the new agreement can lift trade to 3 billion USD," the minister said.')
    assert r["claims"]["3 billion USD"]["measure"] == "other"
    assert r["errors"] == []


def test_a_raise_verb_in_its_ing_form_after_a_change_is_what_happened():
    r = read("Vietnam's exports to Laos rose 10% in 2022, lifting two-way trade to 1.63 billion USD.")
    assert r["claims"]["1.63 billion USD"]["measure"] == "trade_total"


def test_a_multiple_over_the_past_years_compares_with_the_year_before_them():
    r = read("Mutual trade between Kazakhstan and Uzbekistan amounted to $4.4 billion in 2023. "
             "Over the past six years, trade has more than doubled: in 2017 it stood at only $2.0 billion. "
             "Exports from Kazakhstan to Uzbekistan came to $2.3 billion.", "2024-02-01")
    doubled = r["claims"]["doubled"]
    assert (doubled["period"], doubled["base_period"], doubled["bound"]) == ("2023", "2017", "gt")
    # the years looked back over are no period the next sentence is about
    assert r["claims"]["$2.3 billion"]["period"] == "2023"
    assert r["errors"] == []


def test_a_relative_clause_about_a_places_whole_trade_is_its_trade_with_the_world():
    r = read("Mutual trade between Kazakhstan and Uzbekistan amounted to $4.4 billion in 2023. "
             "Uzbekistan's share in Kazakhstan's foreign trade turnover, which totalled $139.8 billion, "
             "was 3.1 percent.", "2024-02-01")
    whole = r["claims"]["$139.8 billion"]
    assert (whole["reporter"], whole["partner"]) == ("KAZ", "WLD")
    assert r["errors"] == []


def test_a_multiple_since_an_undated_event_has_no_base():
    r = read("Korea-Chile trade up more than fourfold since FTA\n\n"
             "Bilateral trade between South Korea and Chile reached US$6.62 billion last year.", "2024-04-01")
    assert r["claims"]["fourfold"]["base_period"] is None


def test_a_change_since_a_named_period_keeps_its_base():
    r = read("Bilateral trade between South Korea and Chile reached US$6.62 billion in 2023, "
             "up 12 percent since 2022.", "2024-04-01")
    assert r["claims"]["12 percent"]["base_period"] == "2022"


def test_a_percentage_after_or_by_restates_the_change_before_it():
    r = read("Trade between Kyrgyzstan and Kazakhstan had peaked at $1.4 billion in 2014, before falling "
             "to $0.9 billion in 2016, or by 35.7 percent, amid the devaluation of the tenge.", "2024-03-05")
    change = r["claims"]["35.7 percent"]
    assert (change["kind"], change["direction"], change["period"], change["base_period"]) == ("percent_change", -1, "2016", "2014")
    assert r["errors"] == []


def test_the_rate_of_a_duty_is_no_change_in_trade():
    r = read("EU imports of battery-electric cars from China fell to €7.3bn in January-October 2024 from "
             "€9.1bn a year earlier, a 19.8% drop, as provisional duties of up to 37.6% kicked in from July. "
             "Tesla's Shanghai-built cars, which face a lower 7.8% rate, made up €1.9bn of that.", "2024-12-10")
    assert "37.6%" not in r["claims"] and "7.8%" not in r["claims"]
    assert r["claims"]["19.8%"]["kind"] == "percent_change"
    assert r["errors"] == []


def test_a_change_beside_a_tariff_word_is_still_a_change():
    r = read("Exports of steel to the US fell 12% despite tariffs, to $2.1 billion in 2019.", "2020-02-01")
    assert r["claims"]["12%"]["kind"] == "percent_change"


def test_a_record_said_of_a_tonnage_is_not_the_next_money_figures():
    r = read("China exported 52,306 tonnes of rare earths in 2023, up 9.9 percent from 47,594 tonnes in 2022, "
             "data from the customs showed on Saturday, a record high for annual shipments.\n\n"
             "But the value of those exports dropped 36.3 percent year-on-year to 3.66 billion yuan, down from "
             "5.75 billion yuan.", "2024-01-20")
    assert r["errors"] == []


def test_a_record_said_without_a_figure_still_goes_to_the_next_money_figure():
    r = read("China's exports hit a record high in 2023.\n\n"
             "The value of exports rose 5 percent to 30 billion yuan, up from 32 billion yuan.", "2024-01-20")
    assert any("record" in e for e in r["errors"])

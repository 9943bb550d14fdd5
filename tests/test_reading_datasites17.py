"""Sentences of data-site summaries (OEC profiles) and CIA World Factbook lines, met in the
seventeenth round of passages: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims: dict = {}
    for c in result["claims"]:
        claims.setdefault(c["text"], c)
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "all": result["claims"], "errors": errors}


OEC = ("In 2022, Vietnam exported $371B, making it the number 20 exporter in the world. "
       "During the last five years the exports of Vietnam have changed by {change} from $243B in 2017 to $371B in 2022. "
       "The most recent exports are led by Broadcasting Equipment ($57.6B) and Integrated Circuits ($30.2B).")


def test_changed_by_money_from_one_dated_level_to_another_is_the_change():
    r = read(OEC.format(change="$128B"))
    c = r["claims"]["$128B"]
    assert c["measure"] == "other" and c["period"] == "2022"
    assert r["errors"] == []


def test_a_wrong_change_between_two_dated_levels_is_found():
    assert r_errors(OEC.format(change="$138B"))


def r_errors(text: str) -> list:
    return read(text)["errors"]


def test_a_last_five_years_window_does_not_date_the_sentences_after_the_named_years():
    r = read(OEC.format(change="$128B"))
    assert r["claims"]["$57.6B"]["period"] == "2022"


def test_a_neutral_change_with_falling_levels_goes_down():
    r = read("In 2022, Peru exported $80B. The exports of Peru have changed by $20B from $100B in 2021 to $80B in 2022.")
    assert r["errors"] == []
    r = read("In 2022, Peru exported $80B. The exports of Peru have changed by $28B from $100B in 2021 to $80B in 2022.")
    assert r["errors"]


def test_a_percent_change_between_dated_levels_is_on_the_named_years_not_the_window():
    r = read("In 2022, Vietnam exported $371B. During the last five years the exports of Vietnam have risen 52.7% "
             "from $243B in 2017 to $371B in 2022.")
    c = r["claims"]["52.7%"]
    assert (c["period"], c["base_period"]) == ("2022", "2017")
    assert r["errors"] == []


KENYA = ("In 2022, Kenya exported $7.4B. The most common destinations of the exports from Kenya are Uganda ($880M) and Pakistan ($560M). "
         "The fastest growing export markets for Kenya between 2021 and 2022 were Uganda ($120M), "
         "Democratic Republic of the Congo ($98.5M), and Rwanda ($41.2M). "
         "In 2022, Kenya imported $21.1B. The most common import origins of Kenya are China ($3.9B), India ($2.3B) "
         "and the United Arab Emirates ($2.1B). The fastest growing import markets in Kenya between 2021 and 2022 were "
         "China ($612M) and Saudi Arabia ($450M).")


def test_import_origins_of_a_country_are_its_partners():
    r = read(KENYA, "2024-03-01")
    for text, partner in (("$3.9B", "CHN"), ("$2.3B", "IND"), ("$2.1B", "ARE"), ("$612M", "CHN")):
        c = r["claims"][text]
        assert (c["reporter"], c["partner"], c["measure"]) == ("KEN", partner, "imports" if text != "$612M" else "other")


def test_the_fastest_growing_markets_list_increases_not_levels():
    r = read(KENYA, "2024-03-01")
    for text, partner in (("$120M", "UGA"), ("$98.5M", "COD"), ("$41.2M", "RWA"), ("$450M", "SAU")):
        c = r["claims"][text]
        assert c["measure"] == "other" and c["reporter"] == "KEN" and c["partner"] == partner
    assert not any("duplicate" in e for e in r["errors"])


def test_two_months_opening_the_sentence_are_the_change_s_ends():
    r = read("In September 2023, Kazakhstan's exports were $6.12B. Between September 2022 and September 2023 the exports "
             "of Kazakhstan have decreased by -$0.74B (-10.8%) from $6.86B to $6.12B.", "2023-11-20")
    levels = [c for c in r["all"] if c["kind"] == "amount" and c["measure"] == "exports"]
    assert [c["period"] for c in levels] == ["2023-09", "2022-09", "2023-09"]
    assert r["claims"]["-10.8%"]["period"] == "2023-09" and r["claims"]["-10.8%"]["base_period"] == "2022-09"
    assert r["errors"] == []


def test_an_annualized_rate_is_a_compound_yearly_rate():
    text = ("In 2022, Chile exported $39.1B to China. During the last 27 years the exports of Chile to China have increased "
            "at an annualized rate of {rate}, from $520M in 1995 to $39.1B in 2022.")
    assert read(text.format(rate="17.4%"), "2024-01-30")["errors"] == []
    assert read(text.format(rate="27.4%"), "2024-01-30")["errors"]


FACTBOOK = """Zambia - The World Factbook

Economy

Real GDP growth rate: 4.7% (2022 est.) 4.6% (2021 est.) -2.8% (2020 est.)

Budget surplus (+) or deficit (-): -2.3% (of GDP) (2022 est.)

Exports: $11.204 billion (2022 est.) $10.533 billion (2021 est.)

Exports - partners: Switzerland 38%, China 19%, Democratic Republic of the Congo 9% (2021)

Imports: $8.393 billion (2022 est.) $6.318 billion (2021 est.)

Current account balance: $1.098 billion (2022 est.)
"""


def test_factbook_partner_lines_are_shares_of_the_flow_in_the_bracketed_year():
    r = read(FACTBOOK, "2024-01-15")
    for text, partner in (("38%", "CHE"), ("19%", "CHN"), ("9%", "COD")):
        c = r["claims"][text]
        assert (c["kind"], c["measure"], c["reporter"], c["partner"], c["period"]) == ("share", "exports", "ZMB", partner, "2021")
    assert r["errors"] == []


def test_a_share_of_gdp_in_brackets_is_no_trade_figure():
    r = read(FACTBOOK, "2024-01-15")
    assert "-2.3%" not in r["claims"]
    assert r["claims"]["$1.098 billion"]["scope"] == "current account"


def test_a_budget_deficit_is_no_trade_balance():
    r = read("In 2022, Costa Rica's budget deficit was $2 billion. Exports were $27.44 billion.", "2024-02-02")
    assert r["claims"]["$2 billion"]["measure"] == "other"

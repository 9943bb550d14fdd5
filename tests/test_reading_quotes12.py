"""Sentences of kinds met in the twelfth round's fact checks: a quoted claim the piece rates
false, its echoes, and a figure that is the difference of two quantities. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-02") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": result["claims"], "errors": errors}


def of(r: dict, text: str) -> list[dict]:
    return [c for c in r["claims"] if c["text"] == text]


DATA = ("Official data show Canada's goods exports to Japan were $21.3 billion in 2023 and its "
        "imports from Japan $18.1 billion, a surplus of $3.2 billion. ")


def test_a_quoted_claim_rated_false_is_the_claimants_figure():
    r = read('A senator said in a speech that "our surplus with Japan hit $9 billion last year, a record." '
             + DATA + "We rate this claim False.")
    [quoted] = of(r, "$9 billion")
    assert quoted["measure"] == "other"
    assert r["errors"] == []


def test_a_verdict_after_a_colon_rates_the_quote():
    r = read('An MP told a radio station that Canada "sells $9 billion of goods to Japan every year".\n\n'
             "Verdict: Misleading\n\n" + DATA)
    assert [c["measure"] for c in of(r, "$9 billion")] == ["other"]
    assert r["errors"] == []


def test_an_echo_of_the_rated_claim_is_the_claimants_too():
    r = read("No, Canada's surplus with Japan did not hit a record $9 billion\n\n"
             'A senator said that "our surplus with Japan hit $9 billion last year."\n\n'
             + DATA + "That's wrong.")
    assert [c["measure"] for c in of(r, "$9 billion")] == ["other", "other"]
    assert r["errors"] == []


def test_a_quote_with_no_verdict_stays_the_news():
    r = read('The minister said that "exports to Japan reached $21.3 billion in 2023".')
    assert of(r, "$21.3 billion")[0]["measure"] == "exports"


def test_a_quotation_after_the_verdict_is_not_the_claim_under_check():
    r = read('A senator said that "our surplus with Japan hit $9 billion." We rate this claim False. '
             'The agency said "exports to Japan were $21.3 billion in 2023".', "2024-05-02")
    assert of(r, "$21.3 billion")[0]["measure"] == "exports"


def test_a_record_said_of_a_refuted_figure_passes_to_no_other_figure():
    r = read("Canada's surplus with Japan did not hit a record $9 billion\n\n"
             'A senator said that "our surplus with Japan hit $9 billion."\n\n'
             "Canada ran a surplus of $3.2 billion with Japan in 2023, after $4.5 billion in 2022. "
             "We rate this claim False.")
    assert r["errors"] == []


def test_a_figure_more_than_another_is_their_difference():
    r = read("Canada sells about $3 billion more to Japan than it buys from it. " + DATA)
    [diff] = of(r, "$3 billion")
    assert diff["measure"] == "other"
    assert r["errors"] == []


def test_more_than_a_figure_is_still_a_bound():
    r = read("Canada's exports to Japan were more than $21 billion in 2023.")
    c = of(r, "$21 billion")[0]
    assert c["measure"] == "exports" and c["bound"] in ("gt", "ge")


def test_a_share_of_the_pairs_flow_after_an_unnamed_part_of_it_is_checked_against_nothing():
    r = read("Canada's exports to Japan were $21.3 billion in 2023, 4.5% of its total exports of $473 billion. "
             "Goods shipped under the partnership agreement were worth $7.1 billion, or 33.3% of exports to Japan.")
    assert r["errors"] == []


GDP = ("Canada's exports of goods and services totalled C$940.0 billion in 2023, or 33.0% of GDP. "
       "Imports came to C$960.0 billion, equivalent to {share} of GDP.")


def test_two_shares_of_one_gdp_tie_their_flows():
    assert read(GDP.format(share="33.7%"))["errors"] == []
    wrong = read(GDP.format(share="35.7%"))
    assert len(wrong["errors"]) == 1 and "of one GDP" in wrong["errors"][0]


def test_a_share_of_gdp_above_the_whole_is_no_error():
    r = read("Singapore's exports were S$850.0 billion in 2023, or 127.0% of GDP.")
    assert r["errors"] == []
    assert r["claims"][-1]["kind"] == "share"


def test_a_share_of_gdp_that_restates_no_figure_is_no_claim():
    r = read("Canada's goods exports were C$600.0 billion in 2023. "
             "Economists say the deficit in goods and services runs at about 3% of GDP.")
    assert of(r, "3%") == []


def test_a_headline_echoing_a_refuted_share_is_the_claimants_share():
    # the headline repeats the claimed share; the piece's own share is the one checked
    text = ("Less than 35% of Canada's exports go to Japan? Not quite\n\n"
            'A candidate claimed on a leaflet that "less than 35% of our exports now go to Japan".\n\n'
            "This is incorrect. Official figures show that 37.5% of Canada's exports went to Japan "
            "in 2023: $30.0 billion out of total exports of $80.0 billion.")
    r = read(text)
    assert {c["measure"] for c in of(r, "35%")} == {"other"}
    assert r["errors"] == []
    wrong = read(text.replace("37.5%", "39.5%"))
    assert any("39.5%" in e for e in wrong["errors"])

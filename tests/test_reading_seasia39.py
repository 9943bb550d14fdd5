"""Southeast Asian agency and business press (a thirty-ninth round of passages): a set of
partners named and glossed with its members, a beaten forecast named by a noun after its
percentage, and the flows a sentence gives "of the total" the sentence before gave. How
each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


GLOSSED = ("BANGKOK, March 1, 2024 - Thai exports in January rose 10.0% year-on-year to US$22.0 billion, the "
           "ministry said. Exports to BIMP markets (Brunei, Indonesia, Malaysia and the Philippines) jumped 30.5%, "
           "while shipments to Japan fell 2.1%.")


def test_a_set_glossed_with_its_members_in_brackets_is_one_partner():
    """"Exports to BIMP markets (Brunei, Indonesia, Malaysia and the Philippines) jumped 30.5%": the
    set's flow, not the world's (whose change the sentence before gave)."""
    r = read(GLOSSED)
    c = r["claims"]["30.5%"]
    assert c["attribution"]["pair"] == "glossed-group"
    assert c["reporter"] == "THA" and c["partner"] != "WLD"
    assert not r["errors"]


NEIGHBOURS = ("Laos's trade with its three neighbours - Thailand, Vietnam and Cambodia - came to $9.0 billion in "
              "2023, the ministry said.")


def test_a_set_glossed_between_dashes_is_one_partner():
    """"trade with its three neighbours - A, B and C - came to $9.0 billion": the set is the partner,
    its owner the reporter; no member alone."""
    c = read(NEIGHBOURS)["claims"]["$9.0 billion"]
    assert c["attribution"]["pair"] == "glossed-group"
    assert c["reporter"] == "LAO" and c["partner"] not in ("THA", "VNM", "KHM", "WLD")


FORECAST = ("MANILA - Philippine garment exports grew 8.0 percent to USD2.7 billion in 2023, beating the "
            "association's 4-percent growth forecast, its president said.")


def test_a_percentage_before_a_noun_of_forecast_is_the_forecast():
    """"beating the association's 4-percent growth forecast": what was foreseen, no change that happened."""
    r = read(FORECAST)
    assert r["claims"]["4-percent"]["measure"] == "other"
    assert r["claims"]["8.0 percent"]["measure"] == "exports"
    assert not r["errors"]


OF_THE_TOTAL = ("Phnom Penh, March 1, 2024 -- Trade between Cambodia and Laos reached US$2.00 billion in 2023, or "
                "5.0 percent of Cambodia's total trade of US$40.00 billion. Of the total, exports were US$18.00 "
                "billion and imports US$22.00 billion.")


def test_flows_after_of_the_total_are_of_the_total_before():
    """"... or 5.0 percent of Cambodia's total trade of $40bn. Of the total, exports were $18bn and imports
    $22bn": the flows are the country's total's (with the world), not the partner's the discourse carried."""
    r = read(OF_THE_TOTAL)
    for text in ("US$18.00 billion", "US$22.00 billion"):
        c = r["claims"][text]
        assert (c["reporter"], c["partner"]) == ("KHM", "WLD")
        assert c["attribution"]["pair"] == "part-of-the-total-before"
    assert not r["errors"]
    assert read(OF_THE_TOTAL.replace("US$22.00 billion", "US$24.00 billion"))["errors"]


TWO_TOTALS = ("Border and transit trade edged up 0.6% to 1.80 trillion baht in 2023, the department said. Border "
              "trade with Thailand's four neighbours - Malaysia, Laos, Myanmar and Cambodia - amounted to 1.00 "
              "trillion baht, while transit trade through those countries to third markets totalled 800.0 billion "
              "baht. Exports accounted for 1.05 trillion baht of the total and imports for 750.0 billion, giving "
              "Thailand a surplus of 300.0 billion baht.")


def test_of_the_total_after_two_totals_is_none_of_them():
    """"border trade came to X, while transit trade totalled Y. Exports accounted for Z of the total":
    which total is unclear, so the flows add up to neither; their balance is still checked."""
    r = read(TWO_TOTALS, "2024-01-31")
    assert not r["errors"]
    assert r["claims"]["1.05 trillion baht"]["partner"] is None
    assert read(TWO_TOTALS.replace("300.0 billion baht", "350.0 billion baht"), "2024-01-31")["errors"]

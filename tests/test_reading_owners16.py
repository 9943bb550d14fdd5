"""Sentences of kinds met in the sixteenth round of passages (mirror statistics, long-run
comparisons): who owns a total or a group of partners, and how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2023-10-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(c: dict) -> tuple:
    return c["reporter"], c["partner"]


PARTNERS = ("In January-September, Uzbekistan's trade with Russia reached $7.6bn, with China $7.5bn "
            "and with Kazakhstan $3.1bn, the Statistics Agency reported.\n\n")


def test_the_possessive_before_share_of_a_total_owns_the_share_not_the_total():
    r = read(PARTNERS + "Russia's share of total foreign trade turnover of $45.6bn was 16.7%, just ahead of China's 16.4%.")
    assert pair(r["claims"]["$45.6bn"]) == ("UZB", "WLD")
    assert pair(r["claims"]["16.7%"]) == ("UZB", "RUS")
    assert r["errors"] == []


def test_a_wrong_share_of_the_reporters_total_is_caught():
    r = read(PARTNERS + "Russia's share of total foreign trade turnover of $45.6bn was 18.7%.")
    assert any("18.7%" in e for e in r["errors"])


def test_flows_with_it_after_the_share_stay_the_reporters():
    r = read(PARTNERS + "Russia's share of total foreign trade turnover of $45.6bn was 16.7%.\n\n"
             "Exports to Russia amounted to $2.1bn, while imports from it reached $5.5bn, leaving "
             "Uzbekistan with a deficit of $3.4bn in trade with its largest partner.")
    assert pair(r["claims"]["$2.1bn"]) == ("UZB", "RUS")
    assert pair(r["claims"]["$5.5bn"]) == ("UZB", "RUS")
    assert r["errors"] == []


DUALUSE = ("China reported exports of common high-priority items to Russia worth $4.9bn in 2023, while Russian "
           "customs recorded imports of the same goods from China worth $6.3bn, according to a CSIS analysis.\n\n"
           "Before the war, in 2021, China's share was 32%, the Kiel Institute estimates. ")


def test_the_year_of_the_level_a_multiple_is_of_does_not_date_the_figure():
    r = read(DUALUSE + "Microelectronics made up around $2.6bn of the Chinese shipments, double the 2021 figure of $1.3bn.",
             "2024-04-15")
    now, then, double = r["claims"]["$2.6bn"], r["claims"]["$1.3bn"], r["claims"]["double"]
    assert now["period"] == "2023" and then["period"] == "2021"
    assert double["base_period"] == "2021"
    assert then["commodity"] == now["commodity"] == "microelectronics"
    assert r["errors"] == []


UK_INDIA = ("Trade between the UK and India reached £38.1 billion in the four quarters to the end of Q3 2023, "
            "according to the Department for Business and Trade.\n\n"
            "UK exports to India were worth £14.6 billion in the period, while imports from India came to "
            "£23.5 billion, leaving the UK with a trade deficit of £8.9 billion.\n\n")


def test_parts_of_the_total_after_a_deficit_are_parts_of_the_trade():
    r = read(UK_INDIA + "Services made up £16.4 billion of the total and goods £21.7 billion.", "2024-01-24")
    assert r["claims"]["£16.4 billion"]["measure"] == "trade_total"
    assert r["claims"]["£21.7 billion"]["measure"] == "trade_total"
    assert r["errors"] == []


def test_parts_of_the_total_that_do_not_add_up_are_caught():
    r = read(UK_INDIA + "Services made up £16.4 billion of the total and goods £27.7 billion.", "2024-01-24")
    assert r["errors"]


NEIGHBOURS = ("WASHINGTON, Jan 2 - U.S. goods trade with Mexico reached $779.0 billion in 2022. U.S. exports to "
              "Mexico reached $324.0 billion, while imports from Mexico totaled $455.0 billion.\n\n"
              "U.S. trade with Canada rose to $792.0 billion in 2022. U.S. exports to Canada were $356.0 billion "
              "and imports $436.0 billion.\n\n")


def test_a_combined_figure_of_its_two_neighbors_is_the_sum_of_their_trade():
    r = read(NEIGHBOURS + "Combined, U.S. trade with its two neighbors came to $1.571 trillion in 2022.", "2024-01-02")
    c = r["claims"]["$1.571 trillion"]
    assert c["reporter"] == "USA" and c["partner"] is None and set(c["partner_group"].split("+")) == {"CAN", "MEX"}
    assert r["errors"] == []


def test_a_wrong_combined_figure_of_its_two_neighbors_is_caught():
    r = read(NEIGHBOURS + "Combined, U.S. trade with its two neighbors came to $1.671 trillion in 2022.", "2024-01-02")
    assert any("1.67" in e for e in r["errors"])


def test_a_combined_figure_whose_parts_are_not_found_keeps_no_single_partner():
    r = read("U.S. goods trade with Mexico reached $779.0 billion in 2022. Trade with Canada grew more slowly.\n\n"
             "Combined, U.S. trade with its two neighbors came to $1.571 trillion in 2022.", "2024-01-02")
    c = r["claims"]["$1.571 trillion"]
    assert c["reporter"] == "USA" and c["partner"] is None
    assert r["errors"] == []


EU_TWO = ("BRUSSELS — EU exports to Kyrgyzstan reached €2.1bn in 2023, 6.2 times the €339mn shipped in 2021, "
          "Eurostat data show. Exports to Armenia rose 3.3-fold to €1.6bn from €0.48bn over the same period.\n\n")


def test_the_two_countries_combined_took_the_sum_of_the_reporters_exports():
    r = read(EU_TWO + "Combined, the two countries took €3.7bn of EU goods last year.", "2024-05-05")
    c = r["claims"]["€3.7bn"]
    assert c["measure"] == "exports" and c["reporter"] == "EUU" and set(c["partner_group"].split("+")) == {"ARM", "KGZ"}
    assert r["errors"] == []


def test_a_wrong_sum_the_two_countries_took_is_caught():
    r = read(EU_TWO + "Combined, the two countries took €4.7bn of EU goods last year.", "2024-05-05")
    assert any("4.7" in e for e in r["errors"])

"""Sentences about periods met in a seventh round of passages (monthly releases of the US,
Canada, Australia and the UK; African, East Asian and commodity reports; policy pieces): which
period a figure is of, and which a change compares with."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-02") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


# --- 1. the footing of a month's or a quarter's change

MONTHLY = ("Canada's merchandise trade deficit with the world widened from $1.4 billion in February to $2.3 billion "
           "in March. Canada's merchandise exports decreased 2.1% in March to $63.6 billion. Compared with March "
           "2023, exports were down 3.0% from $65.6 billion.")


def test_an_unqualified_monthly_change_in_a_monthly_release_is_no_error_on_the_year_before():
    r = read(MONTHLY)
    assert r["errors"] == []
    assert r["claims"]["2.1%"]["base_period"] == "2024-02"  # the release's months, read on


def test_where_a_release_compares_both_ways_an_unsaid_footing_stays_a_guess():
    # the February level does not fit 2.1% on the month before, and March 2023's does not fit
    # it on the year before: which the words mean, they do not say
    r = read(MONTHLY.replace("Compared with", "February exports were $70.0 billion. Compared with"))
    assert r["errors"] == []
    assert any(f["status"] == "unverifiable" and '"2.1%"' in f["message"] for f in r["findings"])


def test_a_monthly_change_given_its_earlier_month_is_on_that_month():
    r = read("Canada's merchandise exports decreased 2.1% in March to $63.6 billion, from $65.0 billion in February. "
             "Compared with March 2023, exports were down 3.0% from $65.6 billion.")
    assert r["claims"]["2.1%"]["base_period"] == "2024-02"
    assert r["claims"]["3.0%"]["base_period"] == "2023-03"
    assert r["errors"] == []


def test_quarter_on_quarter_sets_the_base_and_holds_for_the_clause_after_it():
    r = read("Nigeria's total trade in the first quarter of 2024 stood at N22.59trn, compared with N10.06trn in Q1 "
             "2023. Exports fell 3.2 percent quarter-on-quarter to N11.35trn from N11.73trn, while imports rose "
             "10.5 percent to N11.24trn from N10.17trn.", "2024-06-10")
    assert r["claims"]["3.2 percent"]["base_period"] == "2023-Q4"
    assert r["claims"]["10.5 percent"]["base_period"] == "2023-Q4"
    assert r["claims"]["N10.17trn"]["period"] == "2023-Q4"
    assert r["errors"] == []


def test_a_bulletin_that_says_what_its_changes_compare_puts_them_on_that_footing():
    r = read("The UK trade deficit widened to £19.7 billion in the three months to June 2024, as imports increased "
             "by £5.0 billion (2.2%).\n\nFigures in this bulletin compare the three months to June 2024 with the "
             "three months to March 2024.", "2024-08-15")
    assert r["claims"]["2.2%"]["base_period"] == "2024-Q1"


# --- 2. a year that dates one clause's earlier level only

def test_a_change_over_a_level_of_a_year_leaves_the_next_clause_in_the_year_in_hand():
    r = read("Nigeria's total merchandise trade rose to N71.89 trillion in 2023. Total exports for the year were "
             "N36.08 trillion, a 34.0 per cent increase over N26.92 trillion in 2022, while imports grew by 47.4 per "
             "cent to N35.81 trillion from N24.30 trillion.", "2024-02-28")
    assert r["claims"]["N26.92 trillion"]["bound"] == "eq"
    assert r["claims"]["47.4 per cent"]["period"] == "2023"
    assert r["claims"]["N24.30 trillion"]["period"] == "2022"


# --- 3. years that date something else

def test_a_record_horizon_dates_no_figure():
    r = read("Korea's exports to China came to $124.8 billion in 2023. China's share of Korea's total exports of "
             "$632.2 billion fell to 19.7 percent, the lowest level since 2004.", "2024-02-14")
    assert r["claims"]["19.7 percent"]["period"] == "2023"


def test_a_year_in_a_relative_clause_with_no_figure_dates_nothing():
    r = read("Kenya's exports to EAC states rose to Sh293.3 billion last year. Exports to the Democratic Republic "
             "of Congo, which joined the bloc in 2022, came to Sh33.8 billion.", "2024-05-06")
    assert r["claims"]["Sh33.8 billion"]["period"] == "2023"


def test_a_publications_name_does_not_move_the_period():
    r = read("Nigeria's total merchandise trade rose to N71.89 trillion in 2023. The NBS disclosed this in its "
             "report for the fourth quarter of 2023. Total exports for the year were N36.08 trillion.", "2024-02-28")
    assert r["claims"]["N36.08 trillion"]["period"] == "2023"


def test_the_side_compared_with_in_a_sentence_of_no_money_does_not_move_the_period():
    r = read("South Korea's exports rose 6.2 percent in the first 20 days of June from a year earlier to $34.4 "
             "billion. There were 14.5 working days in "
             "the period, compared with 14 a year earlier. Chip exports jumped 48.6 percent to $7.9 billion.",
             "2024-06-21")
    assert r["claims"]["$7.9 billion"]["period"] == "2024-06"


# --- 4. periods leaking across paragraphs, from quotes and from a goal

def test_a_months_digression_ends_with_its_paragraph_despite_a_year_before():
    r = read("China's exports to the United States fell 14.0% in 2023 to $500.3 billion.\n\nIn December alone, "
             "shipments to the U.S. fell 6.9% from a year earlier to $43.5 billion.\n\nASEAN remained China's largest "
             "trading partner, with two-way trade of $911.7 billion, down 4.9% from the year before.", "2024-01-12")
    assert r["claims"]["$911.7 billion"]["period"] == "2023"


def test_a_quotes_this_year_moves_no_period():
    r = read("Norway exported seafood worth NOK 175.4 billion in 2024.\n\n\"A weak krone lifted values again this "
             "year,\" said the council's chief executive.\n\nPoland was the largest market, with NOK 15.1 billion.",
             "2025-01-06")
    assert r["claims"]["NOK 15.1 billion"]["period"] == "2024"


def test_a_goals_year_in_the_lead_is_not_the_articles_period():
    r = read("The deal could boost EU exports to Indonesia by about half by 2032.\n\nTrade in goods between the two "
             "reached €27.1bn last year. EU exports came to €11.8bn.", "2025-09-24")
    assert r["claims"]["€11.8bn"]["period"] == "2024"


def test_a_level_set_against_a_months_is_the_month_after():
    r = read("US trade deficit widens in June\n\nThe U.S. trade deficit widened to $73.1 billion from $71.0 billion "
             "in May. Through the first six "
             "months of the year, the deficit totaled $433.1 billion.\n\nThe goods deficit with China narrowed to "
             "$21.0 billion from $22.0 billion in May.", "2024-08-06")
    assert r["claims"]["$21.0 billion"]["period"] == "2024-06"


# --- 5. seasons

def test_a_season_runs_the_months_the_text_states():
    r = read("Brazil shipped a record 47.3 million bags of coffee in the 2023/24 crop year (July-June). Revenue rose "
             "28.6% to US$ 9.57 billion.", "2024-07-15")
    assert r["claims"]["US$ 9.57 billion"]["period"] == "2023-07/2024-06"


def test_a_season_that_began_in_a_month_runs_twelve_months_from_it():
    r = read("Net sales of U.S. soybeans for the 2024/25 marketing year rose. Cumulative exports for the marketing "
             "year, which began Sept. 1, were worth $9.43 billion in 2024/25.", "2024-11-21")
    assert r["claims"]["$9.43 billion"]["period"] == "2024-09/2025-08"


# --- 6. the year through a month

def test_the_year_through_a_month_is_twelve_months():
    r = read("New Zealand's goods trade deficit narrowed to NZ$1.54 billion in October from a revised NZ$2.14 "
             "billion in September. The annual deficit narrowed to NZ$10.8 billion from NZ$11.5 billion in the year "
             "through September.", "2024-11-21")
    assert r["claims"]["NZ$11.5 billion"]["period"] == "2023-10/2024-09"
    assert r["claims"]["NZ$10.8 billion"]["period"] == "2023-11/2024-10"


# --- 7. a multiple of a level of a year named with a possessive

def test_times_their_level_of_a_year_compares_with_that_year():
    r = read("US imports from Vietnam climbed to $114.4 billion in 2023, nearly two and a half times their 2017 "
             "level of $46.5 billion.", "2024-03-12")
    assert r["claims"]["$114.4 billion"]["period"] == "2023"
    assert r["claims"]["$46.5 billion"]["period"] == "2017"
    assert r["claims"]["two and a half times"]["base_period"] == "2017"
    assert r["errors"] == []


def test_a_second_change_with_its_change_word_left_out_compares_with_its_own_level():
    text = ("Nigeria's total trade in the first quarter of 2024 stood at N22.59trn, an increase of 3.2 percent over "
            "the N21.90trn recorded in Q4 2023 and {} percent compared with the N10.06trn posted in Q1 2023.")
    r = read(text.format("124.6"), "2024-06-10")
    assert r["claims"]["124.6 percent"]["base_period"] == "2023-Q1"
    assert r["errors"] == []
    assert read(text.format("142.6"), "2024-06-10")["errors"]


def test_a_first_estimate_and_its_revision_are_no_error():
    r = read("Australia's trade surplus shrank to A$5.02 billion in March, from a downwardly revised A$6.41 billion "
             "in February. Economists polled by Reuters had expected a surplus of A$7.3 billion, while the February "
             "figure was first reported at A$7.28 billion.")
    assert r["errors"] == []  # the first estimate is a figure of its own vintage


def test_a_revised_figure_beside_another_of_its_month_is_a_revision():
    r = read("Australia's trade surplus shrank to A$5.02 billion in March, from a downwardly revised A$6.41 billion "
             "in February. The surplus was A$7.28 billion in February.")
    assert r["errors"] == []
    assert any(f["status"] == "unverifiable" and "revised" in f["message"] for f in r["findings"])

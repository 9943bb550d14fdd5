"""Tonnages of metals and ores compared in the words alone (a 26th round of passages, mining
and metals news): a multiple between two tonnages, and a level or share given jointly to a
counted number of things whose tonnages the sentences before list. Quantities are no claims,
so each is checked by check/volumes.py on its own."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-03-15") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


# A multiple between two levels of one unit: "N-fold increase on", "N times" the earlier level.

def test_a_fold_increase_on_an_earlier_tonnage_is_their_ratio():
    text = ("Vietnam bought 2.10 million tonnes of refined zinc in 2023, a 4.2-fold increase on the 0.50 million "
            "tonnes it imported in 2022.")
    assert errors(text) == []
    wrong = text.replace("0.50 million", "0.70 million")
    assert any("2.10 million tonnes" in e and "4.2-fold" in e for e in errors(wrong)), errors(wrong)


def test_n_times_an_earlier_tonnage_is_their_ratio():
    text = "Output reached 9.0 million tons last year, 3 times the 3.0 million tons of 2019."
    assert errors(text) == []
    assert errors(text.replace("3.0 million tons", "2.0 million tons"))


def test_a_multiple_between_two_units_is_left_alone():
    assert errors("Smelters used 4.0 million tonnes of ore in 2023, a 2-fold increase on the 9 million barrels "
                  "of fuel burned in 2022.") == []


# A joint level of a counted number of things: the sum of the levels before it that no
# "from" sets as an earlier side.

PORTS = ("Nickel ore shipments from Surigao rose to 14.5 million tonnes in 2023 from 11.2 million tonnes. Tawi-Tawi "
         "shipped 3.3 million tonnes, up from 2.9 million tonnes, and Zambales 6.1 million tonnes.\n\n"
         "The three provinces together shipped 23.9 million tonnes.")


def test_a_joint_level_of_three_counted_things_is_the_sum_of_their_latest_levels():
    assert errors(PORTS) == []
    wrong = PORTS.replace("and Zambales 6.1", "and Zambales 8.1")
    assert any("23.9 million tonnes" in e and "25.9" in e for e in errors(wrong)), errors(wrong)


def test_a_joint_level_whose_count_differs_from_the_levels_listed_is_left_alone():
    assert errors(PORTS.replace("The three provinces", "The four provinces").replace("23.9", "29.9")) == []


# A joint share of a counted number of things of a whole its words do not give as a figure:
# the one latest level of the unit in the paragraph before the parts.

MINES = ("Zambia's copper output reached 700,000 tonnes in 2023, up 2% from 686,000 tonnes in 2022.\n\n"
         "Kansanshi produced 150,000 tonnes, up 4%. Lumwana produced 120,000 tonnes, down 7%.\n\n"
         "The two mines together accounted for 39% of what the country mined.")


def test_a_joint_share_is_the_parts_sum_over_the_level_a_paragraph_before():
    assert errors(MINES) == []
    wrong = MINES.replace("120,000 tonnes, down", "170,000 tonnes, down")
    assert any("39%" in e for e in errors(wrong)), errors(wrong)


def test_a_joint_share_with_two_candidate_wholes_is_left_alone():
    two = MINES.replace("in 2023, up 2% from 686,000 tonnes in 2022.", "in 2023 and exports 640,000 tonnes.")
    assert errors(two.replace("120,000 tonnes, down", "170,000 tonnes, down")) == []


# Levels over months that make up a longer period: their sum is that period's level.

ORE = ("Japan took in 9.20 million tonnes of coking coal in May, down 3% from 9.48 million tonnes a year earlier. "
       "That followed 34.60 million tonnes in January through April.\n\n"
       "Arrivals in the first five months reached 43.80 million tonnes.")


def test_levels_of_the_months_add_up_to_the_level_of_the_months_together():
    assert errors(ORE, published="2024-06-20") == []
    wrong = ORE.replace("43.80 million", "45.80 million")
    assert any("34.60 million tonnes + 9.20 million tonnes = 43.80" in e for e in errors(wrong, published="2024-06-20")), \
        errors(wrong, published="2024-06-20")


def test_months_joined_by_and_are_one_period():
    text = ("Exports were 3.1 million tons in March. They had been 5.9 million tons in January and February "
            "combined. First-quarter exports came to 9.9 million tons.")
    assert any("= 9.0 million tons" in e for e in errors(text, published="2024-04-15")), errors(text, published="2024-04-15")


def test_two_levels_for_one_month_leave_the_period_alone():
    text = ("Exports of ore were 3.1 million tons in March and exports of steel 0.9 million tons in March. Ore "
            "exports were 5.9 million tons in January and February combined. First-quarter ore exports came to "
            "9.9 million tons.")
    assert errors(text, published="2024-04-15") == []


# A figure dated by the period after it past a participle: "the surplus of $X observed in the
# same month of 2023" is the earlier month's, not the one the sentence opens with.

def read_claims(text: str, published: str) -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    return {c["text"]: c for c in result["claims"]}


def test_a_figure_observed_in_an_earlier_month_is_dated_by_it():
    claims = read_claims("In April 2024, Chile's trade balance showed a surplus of US$ 1,410 million, above the surplus "
                         "of US$ 980 million observed in the same month of 2023.", "2024-05-20")
    assert claims["US$ 980 million"]["period"] == "2023-04"
    assert claims["US$ 1,410 million"]["period"] == "2024-04"


# "the March quarter 2023": the quarter ending in that month of the year written after it.

def test_a_quarter_named_by_its_last_month_takes_the_year_after_it():
    claims = read_claims("Coal export earnings were $18.2 billion in the June quarter 2024, 9% lower than in the June "
                         "quarter 2023 ($20.0 billion).", "2024-09-30")
    assert claims["$18.2 billion"]["period"] == "2024-Q2"
    assert claims["$20.0 billion"]["period"] == "2023-Q2"
    assert claims["9%"]["period"] == "2024-Q2"


# A market's price move is no trade change: "1.2% lower at 814 yuan a ton" leaves a price.

def test_a_change_that_leaves_a_price_per_unit_is_the_prices():
    claims = read_claims("India's imports of coking coal fell in May. The most-active coal contract ended the day's trade "
                         "1.5% lower at 1,812 yuan ($250.10) a tonne. Coal on the Singapore Exchange was down 0.6% at "
                         "$241.40 a tonne.", "2024-06-10")
    assert claims["1.5%"]["measure"] == "other"
    assert claims["0.6%"]["measure"] == "other"


def test_a_change_to_a_flow_level_is_still_the_flows():
    claims = read_claims("Chile's copper exports ended May 2.1% higher at $4.2 billion.", "2024-06-10")
    assert claims["2.1%"]["measure"] == "exports"


# "N times the pace of": two growth rates compared, no level a multiple of another.

def test_a_multiple_of_another_growth_pace_is_no_multiple_of_levels():
    claims = read_claims("Indonesia's exports of nickel to China grew in 2023 at three times the pace of those to "
                         "Japan.", "2024-02-01")
    assert claims["three times"]["measure"] == "other"


def test_a_change_of_the_same_subject_as_a_price_per_unit_is_the_prices():
    claims = read_claims("Ghana's gold exports rose in May. Spot gold touched about $2,400 an ounce on May 21, and is "
                         "up nearly 15% so far this year.", "2024-06-10")
    assert claims["15%"]["measure"] == "other"


def test_a_change_with_its_own_flow_after_a_price_stays_the_flows():
    claims = read_claims("Gold traded at about $2,400 an ounce in May, and Ghana's gold exports were up 15% on the "
                         "year.", "2024-06-10")
    assert claims["15%"]["measure"] == "exports"

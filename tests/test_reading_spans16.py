"""Round 16 (spans and carried context): the two ends of a span named a sentence before, a
sentence with no figure that sets the year or partner, the old side of a share's change, and
a product after a level that carries to its change."""
from tradecheck import verify_text


def _read(text, published):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, figure):
    return next(c for c in d["claims"] if c["text"] == figure)


def _errors(d):
    return [f["message"] for f in d["findings"] if f["status"] == "inconsistent"]


def test_the_product_after_a_level_carries_to_its_change_and_base():
    d = _read("Chile exported $41.2bn of copper in 2023, up 3.0% from $40.0bn in 2022. "
              "Total exports were $95.0bn in 2023.", "2024-02-01")
    assert _claim(d, "3.0%")["commodity"] == "copper"
    assert _claim(d, "$40.0bn")["commodity"] == "copper"
    assert _errors(d) == []


def test_over_the_same_period_spans_the_years_the_sentence_before_named():
    d = _read("Exports rose from $151.8 billion in 2013 to $255.8 billion in 2023, an increase of 68.5%. "
              "Imports rose 43.7% over the same period, from $251.7 billion to $361.8 billion.", "2024-01-03")
    change = _claim(d, "43.7%")
    assert (change["period"], change["base_period"]) == ("2023", "2013")
    assert _claim(d, "$251.7 billion")["period"] == "2013"
    assert _claim(d, "$361.8 billion")["period"] == "2023"
    assert _errors(d) == []


def test_a_share_span_and_the_sentence_after_keep_the_last_year():
    d = _read("China, which bought just 2% of Brazil's exports in 2000, took 30.7% in 2023. "
              "The United States, whose share fell from 24% to 10.9% over the same period, bought $36.9 billion. "
              "Argentina took $16.7 billion, or 4.9%. Total exports reached $339.7 billion in 2023, against $55.1 billion in 2000.",
              "2024-01-10")
    assert _claim(d, "24%")["period"] == "2000"
    assert _claim(d, "10.9%")["period"] == "2023"
    assert _claim(d, "$36.9 billion")["period"] == "2023"
    assert _claim(d, "$16.7 billion")["period"] == "2023"
    assert _errors(d) == []


def test_the_old_share_with_no_year_is_of_the_earlier_period_compared():
    d = _read("EU imports from Russia fell to €36.8bn in 2023 from €203.2bn in 2022. "
              "Russia's share of EU imports slipped to 1.5% from 6.7%. Extra-EU imports were €2,474.9bn in 2023.",
              "2024-02-27")
    assert _claim(d, "6.7%")["period"] == "2022"
    assert _claim(d, "1.5%")["period"] == "2023"
    assert _errors(d) == []


def test_a_sentence_with_no_figure_names_the_partner_of_the_next():
    d = _read("U.S. exports to Mexico reached $324.0 billion in 2022, while imports from Mexico totaled $455.0 billion. "
              "Trade with Canada grew more slowly. It rose to $792.0 billion in 2022 from $212.0 billion in 1993. "
              "U.S. exports to Canada were $356.0 billion and imports $436.0 billion.", "2024-01-02")
    assert _claim(d, "$792.0 billion")["partner"] == "CAN"
    assert _claim(d, "$212.0 billion")["partner"] == "CAN"
    assert _errors(d) == []


def test_by_a_past_year_opening_a_sentence_moves_the_text_on():
    d = _read("In 2000, China took just 5 per cent of Australia's exports, worth about $6 billion out of $120 billion.\n\n"
              "By 2022, the picture was unrecognisable. Exports to China had grown to $192 billion, 32 per cent of "
              "Australia's $600 billion in exports.", "2023-06-20")
    assert _claim(d, "$192 billion")["period"] == "2022"
    assert _claim(d, "$600 billion")["period"] == "2022"
    assert _errors(d) == []


def test_a_goal_year_after_by_still_dates_no_figure():
    d = _read("Exports reached $5.0 billion in 2023. By 2030, the government wants more. Imports were $4.0 billion.",
              "2024-02-01")
    assert _claim(d, "$4.0 billion")["period"] == "2023"


def test_over_the_same_n_years_past_a_price_base_year():
    d = _read("India's merchandise exports rose from $314.4 billion in 2013-14 to $437.1 billion in 2023-24. "
              "Measured in constant 2011-12 prices, the rise was closer to 21%. "
              "Services exports did much better, more than doubling from $151.8 billion to $341.1 billion over the same ten years.",
              "2024-05-10")
    assert _claim(d, "$151.8 billion")["period"] == "2013-04/2014-03"
    assert _claim(d, "$341.1 billion")["period"] == "2023-04/2024-03"
    assert _errors(d) == []

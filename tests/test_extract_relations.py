"""Multiples, percentage changes and shares: the factor is new/old (or the fraction), the
bound applies to the factor, and the span is the number expression alone."""
import pytest

from tradecheck import extract_claims


def relations(sentence, **kw):
    df = extract_claims(sentence, **kw)
    return df[df["kind"] != "amount"].to_dict("records")


@pytest.mark.parametrize("sentence, text, kind, factor, bound", [
    ("Belarusian exports to Iran increased sixfold in 2022.", "sixfold", "multiple", 6.0, "eq"),
    ("Exports to Iran rose 6-fold in 2022.", "6-fold", "multiple", 6.0, "eq"),
    ("Trade in 2022 was more than three times higher than in 2021.", "three times higher", "multiple", 3.0, "gt"),
    ("Trade with China tripled in 2023.", "tripled", "multiple", 3.0, "eq"),
    ("Exports to China doubled in 2023.", "doubled", "multiple", 2.0, "eq"),
    ("Exports to China more than doubled in 2023.", "doubled", "multiple", 2.0, "gt"),
    ("Gold imports nearly halved in March 2024.", "halved", "multiple", 0.5, "approx"),
    ("Trade with China grew 2.5 times in 2023.", "2.5 times", "multiple", 2.5, "eq"),
    ("Serbia's trade with China rose 35% in 2023.", "35%", "percent_change", 1.35, "eq"),
    ("Exports to Mexico rose by 35 per cent in 2023.", "35 per cent", "percent_change", 1.35, "eq"),
    ("Imports from China posted a 7% decline in 2023.", "7%", "percent_change", 0.93, "eq"),
    ("Exports to India fell by a fifth in 2023.", "a fifth", "percent_change", 0.8, "eq"),
    ("Exports to China grew by half in 2023.", "half", "percent_change", 1.5, "eq"),
    ("Imports from Afghanistan fell by more than two-thirds in 2023.", "two-thirds", "percent_change", 1 / 3, "lt"),
    ("Kazakhstan's trade with China increased 12.4 percent year-on-year in 2023.", "12.4 percent", "percent_change", 1.124, "eq"),
    ("Potash accounted for 40% of Belarusian exports to Iran in 2022.", "40%", "share", 0.4, "eq"),
    ("China took about a quarter of Indonesia's exports in 2023.", "a quarter", "share", 0.25, "approx"),
])
def test_relation_kind_factor_and_bound(sentence, text, kind, factor, bound):
    got = [r for r in relations(sentence) if r["text"] == text]
    assert got, relations(sentence)
    assert got[0]["kind"] == kind
    assert got[0]["factor"] == pytest.approx(factor, rel=1e-6)
    assert got[0]["bound"] == bound


@pytest.mark.parametrize("sentence", [
    "Inflation reached 33.2 per cent in March.",
    "The tariff on steel is 25%.",
    "The delegation met three times in 2023.",
])
def test_percentages_that_are_not_trade_relations_are_left_out(sentence):
    assert relations(sentence) == []


def test_base_period_from_the_comparison():
    r = relations("In 2022, trade was more than three times higher than in 2021.")[0]
    assert (r["period"], r["base_period"]) == ("2022", "2021")


def test_base_period_defaults_to_a_year_earlier():
    r = relations("Serbia's trade with China rose 35% in 2023.")[0]
    assert r["base_period"] == "2022"


def test_the_second_of_a_pair_of_changes_takes_the_first_ones_direction():
    text = "Merchandise exports and imports fell 0.67% and 5.98% respectively in March 2024."
    got = {r["text"]: r for r in relations(text)}
    assert got["0.67%"]["factor"] == pytest.approx(0.9933)
    assert got["5.98%"]["factor"] == pytest.approx(0.9402)


def test_volume_changes_are_not_value_changes():
    assert relations("Kenya's tea volumes rose 10 per cent to 590 million kilogrammes in 2023.") == []


# --- percentages as real text prints them ----------------------------------------------

@pytest.mark.parametrize("sentence, text, factor", [
    ("Exports of iron ore to China rose 4.2pc in 2023.", "4.2pc", 1.042),
    ("Exports of iron ore to China fell 31.4 pc in 2023.", "31.4 pc", 0.686),
    ("Exports to China rose 3.9 p.c. in 2023.", "3.9 p.c.", 1.039),
    ("Exports to China rose 3.9 per-cent in 2023.", "3.9 per-cent", 1.039),
    ("Exports to China rose 6.5 per cent. Imports fell.", "6.5 per cent", 1.065),
    ("Exports to China rose twelve percent in 2023.", "twelve percent", 1.12),
    ("Exports to China rose 41-and-a-half percent in 2023.", "41-and-a-half percent", 1.415),
    ("Exports to China rose forty-one and a half per cent in 2023.", "forty-one and a half per cent", 1.415),
    ("Exports to China rose 12½% in 2023.", "12½%", 1.125),
    ("Exports to China posted a 10-percent increase in 2023.", "10-percent", 1.10),
])
def test_percent_forms(sentence, text, factor):
    got = [r for r in relations(sentence) if r["text"] == text]
    assert got, relations(sentence)
    assert got[0]["kind"] == "percent_change"
    assert got[0]["factor"] == pytest.approx(factor, rel=1e-6)


@pytest.mark.parametrize("sentence, text, factor", [
    ("Exports to China: $5.2bn (+3.9 %) in 2023.", "+3.9 %", 1.039),
    ("Iron ore sales were $94.9bn in 2017, a third less (-33.6%) than in 2013.", "-33.6%", 0.664),
    ("Exports to China changed by -3.9% in 2023.", "-3.9%", 0.961),
])
def test_a_signed_percentage_is_a_change_in_its_signs_direction(sentence, text, factor):
    got = [r for r in relations(sentence) if r["text"] == text]
    assert got, relations(sentence)
    assert got[0]["kind"] == "percent_change"
    assert got[0]["factor"] == pytest.approx(factor, rel=1e-6)


@pytest.mark.parametrize("sentence, text, low, high", [
    ("Officials had forecast that trade would grow by 6.3-7.4% in 2002.", "6.3-7.4%", 1.063, 1.074),
    ("Officials expect exports to grow by 6 to 8 per cent in 2025.", "6 to 8 per cent", 1.06, 1.08),
])
def test_a_range_of_percentages_is_one_change_read_at_its_middle(sentence, text, low, high):
    import tradecheck

    got = [c for c in tradecheck.verify_text(sentence).to_dict()["claims"] if c["text"] == text]
    assert got, relations(sentence)
    assert got[0]["factor"] == pytest.approx((low + high) / 2, rel=1e-6)
    assert got[0]["bound"] == "approx"
    assert got[0]["factor_range"] == pytest.approx([low, high])


@pytest.mark.parametrize("sentence, texts", [
    ("The share of exports rose from 5 to 7 percent in 2023.", ["7 percent"]),  # two levels, not a range
    ("Exports fell 7% and imports 5% in 2023.", ["7%", "5%"]),
    ("Computers (PC) sales rose in 2023.", []),
    ("Exports rose 3.9 percentage points in 2023.", []),
])
def test_what_is_not_a_percentage_range(sentence, texts):
    from tradecheck.extract.mentions import find_percents

    assert [m.text for m in find_percents(sentence)] == texts


# --- multiples in words ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, factor, bound", [
    ("Brazil's surplus with China was nearly double that of 2022.", "double", 2.0, "approx"),
    ("Exports in 2023 were more than triple those of 2020.", "triple", 3.0, "gt"),
    ("Exports to China were twice as large as imports in 2023.", "twice", 2.0, "eq"),
    ("Exports to China quadrupled between 2013 and 2023.", "quadrupled", 4.0, "eq"),
    ("Exports to China more than tripled between 2013 and 2023.", "tripled", 3.0, "gt"),
    ("Imports of gold nearly halved in 2023.", "halved", 0.5, "approx"),
    ("Exports to China rose 2.1-fold in 2023.", "2.1-fold", 2.1, "eq"),
    ("Exports to the UAE grew 2.5x in 2023.", "2.5x", 2.5, "eq"),
    ("Exports to China were two and a half times higher in 2023.", "two and a half times higher", 2.5, "eq"),
    ("Exports to China were 2½ times higher in 2023.", "2½ times higher", 2.5, "eq"),
    ("The deficit of $63bn with Mexico was less than one-third as large as the $200bn deficit with China.",
     "one-third", 1 / 3, "lt"),
])
def test_multiples_in_words(sentence, text, factor, bound):
    got = [r for r in relations(sentence) if r["text"] == text]
    assert got, relations(sentence)
    assert got[0]["kind"] == "multiple"
    assert got[0]["factor"] == pytest.approx(factor, rel=1e-6)
    assert got[0]["bound"] == bound


def test_a_multiple_the_text_sets_as_a_goal_is_not_a_flow():
    got = relations("The two governments agreed to double bilateral trade to $10 billion by 2030.")
    assert [(r["text"], r["factor"], r["measure"]) for r in got] == [("double", 2.0, "other")]


@pytest.mark.parametrize("sentence", [
    "Exports posted double-digit growth in 2023.",
    "Trade grew in double digits in 2023.",
    "A double taxation treaty was signed in 2023.",
    "The country kept its triple-A rating in 2023.",
    "The ministers met twice in 2023.",
    "Exports to China grew more than twice as fast as imports in 2023.",
    "Exports to China grew at double the rate of imports in 2023.",
    "Sales of 4x4 vehicles to China rose in 2023.",
    "Exports to the US rose 15 per cent, more than double the 6.18 per cent growth of a year earlier.",
])
def test_double_triple_and_twice_without_a_cue_are_not_multiples(sentence):
    assert [r for r in relations(sentence) if r["kind"] == "multiple"] == []


@pytest.mark.parametrize("sentence, text, factor", [
    ("Exports fell for a sixth month, shrinking by 15.88% to $32.25 billion in July.", "15.88%", 0.8412),
    ("Two-way trade rose 38%, with exports rising 27% and imports jumping 45%.", "45%", 1.45),
    ("Trade between the two countries was soaring by nearly 60% in 2021.", "60%", 1.6),
    ("Exports to China hit a record, climbing 1.5 percent to $153.8 billion in 2022.", "1.5 percent", 1.015),
])
def test_change_words_in_their_ing_forms(sentence, text, factor):
    got = [r for r in relations(sentence) if r["text"] == text]
    assert got, relations(sentence)
    assert got[0]["kind"] == "percent_change"
    assert got[0]["factor"] == pytest.approx(factor, rel=1e-6)


@pytest.mark.parametrize("sentence, text, kind, factor", [
    ("China took three-fifths of Zambia's copper exports in 2023.", "three-fifths", "share", 0.6),
    ("Exports of coal to China fell by four-fifths in 2023.", "four-fifths", "percent_change", 0.2),
    ("China took nearly nine-tenths of Mongolia's exports in 2023.", "nine-tenths", "share", 0.9),
])
def test_fractions_in_words(sentence, text, kind, factor):
    got = [r for r in relations(sentence) if r["text"] == text]
    assert got, relations(sentence)
    assert got[0]["kind"] == kind
    assert got[0]["factor"] == pytest.approx(factor, rel=1e-6)


def test_a_change_in_money_with_its_percent_in_brackets():
    # "fell NZ$652 million (9.8 percent) from June 2022, to NZ$6.0 billion": the amount is the
    # change, not the month's exports, and the percent is the same change
    from tradecheck import verify_text

    text = ("In June 2023, the value of New Zealand's goods exports fell NZ$652 million (9.8 percent) "
            "from June 2022, to NZ$6.0 billion.")
    claims = verify_text(text, published="2023-07-27", reference="none").to_dict()["claims"]
    change, percent, level = claims
    assert change["measure"] == "other" and level["measure"] == "exports"
    assert percent["kind"] == "percent_change" and percent["base_period"] == "2022-06"
    assert abs(percent["factor"] - 0.902) < 1e-9


@pytest.mark.parametrize("text, figure, kind, value", [
    ("In 2022 Korea's shipments to China fell 4.4 percent to $155.79 billion, taking up 22.8 percent of the total.",
     "22.8 percent", "share", 0.228),
    ("The monthly trade balance of Korea remained in the red at $4.69 billion in December 2022.", "$4.69 billion",
     "amount", -4.69e9),
    ("India's merchandise imports declined at a faster pace of 5.41% to $677.24 billion in 2023-24.", "5.41%",
     "percent_change", 0.9459),
])
def test_words_of_the_press_for_shares_and_deficits(text, figure, kind, value):
    from tradecheck import verify_text

    c = next(c for c in verify_text(text, reference="none").to_dict()["claims"] if c["text"] == figure)
    assert c["kind"] == kind and abs((c.get("value") if kind == "amount" else c["factor"]) - value) < 1e-6

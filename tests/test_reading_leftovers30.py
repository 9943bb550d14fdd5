"""Leftovers of earlier probe rounds (session of 4 December 2026): a part of a month carried
to the earlier level compared with it and to the sentences after it, and a share that two
figures just given take together."""
from tradecheck import verify_text


def _verify(text, published):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if c["text"] == snippet)


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


_FIRST_DAYS = ("South Korea's outbound shipments reached US$42.6 billion in the March 1-20 period, compared with "
               "$40.1 billion a year ago, according to customs data.\n\n"
               "Imports came to $IMPORTS billion during the period, leaving a trade surplus of $2.2 billion.\n")


def test_the_earlier_level_of_a_comparison_covers_the_same_days_a_year_before():
    d = _verify(_FIRST_DAYS.replace("IMPORTS", "40.4"), "2026-03-22")
    assert _claim(d, "US$42.6 billion")["period_part"] == "to date"
    earlier = _claim(d, "$40.1 billion")
    assert (earlier["period"], earlier["period_part"]) == ("2025-03", "to date")


def test_figures_dated_by_the_period_after_a_comparison_keep_its_days():
    d = _verify(_FIRST_DAYS.replace("IMPORTS", "40.4"), "2026-03-22")
    assert _claim(d, "$40.4 billion")["period_part"] == "to date"
    assert _claim(d, "$2.2 billion")["period_part"] == "to date"
    assert not _inconsistent(d)


def test_a_balance_of_the_first_days_that_does_not_add_up_is_flagged():
    d = _verify(_FIRST_DAYS.replace("IMPORTS", "38.1"), "2026-03-22")
    assert [f["check"] for f in _inconsistent(d)] == ["sum"]


_TWO_PARTS = ("Taiwan's exports in the first nine months reached US$410.0 billion, the finance ministry said. "
              "Shipments of electronic components totaled US$140.5 billion, while ICT products came in "
              "at US$PART billion, together making up SHARE percent of all exports.\n")


def test_a_share_two_figures_take_together_is_of_their_sum():
    d = _verify(_TWO_PARTS.replace("PART", "110.4").replace("SHARE", "61.2"), "2026-10-09")
    ratio = [f for f in d["findings"] if f["check"] == "ratio"]
    assert ratio and all(f["status"] == "consistent" for f in ratio)
    assert "$140.5bn + $110.4bn" in ratio[0]["message"]


def test_a_share_two_figures_take_together_that_does_not_match_is_flagged():
    d = _verify(_TWO_PARTS.replace("PART", "130.4").replace("SHARE", "61.2"), "2026-10-09")
    assert [f["check"] for f in _inconsistent(d)] == ["ratio"]


def test_together_after_a_total_and_one_part_takes_no_sum():
    # the whole and one product are no two parts: the share stays one of the last product's
    text = ("Taiwan's exports reached US$410.0 billion, and ICT products came in at US$110.4 billion, together "
            "making up 26.9 percent of all exports.\n")
    d = _verify(text, "2026-10-09")
    assert not any("+" in f["message"] for f in d["findings"] if f["check"] == "ratio")


def test_electronic_components_are_a_product():
    d = _verify(_TWO_PARTS.replace("PART", "110.4").replace("SHARE", "61.2"), "2026-10-09")
    assert _claim(d, "US$140.5 billion")["commodity"] == "electronic components"


# Sentences that turn from a country's flow to a company's, or name goods the vocabulary
# does not know (generated sweeps of a trade sentence and a sentence after it).

def test_a_company_nouns_possessive_sales_are_its_turnover():
    text = ("Vietnam's exports to the US climbed 20% to $97 billion in 2023. "
            "The company's overseas sales rose 9% to $4.2 billion.\n")
    d = _verify(text, "2024-02-20")
    assert _claim(d, "$4.2 billion")["measure"] == "other"
    assert not _inconsistent(d)


def test_goods_named_after_a_figure_are_a_part_even_unknown_to_the_vocabulary():
    text = ("Brazil's soybean exports reached $53 billion in 2023, up 15%. "
            "Its suppliers shipped $15 billion of gizmos.\n")
    d = _verify(text, "2024-02-20")
    c = _claim(d, "$15 billion")
    assert (c["commodity"], c["attribution"]["commodity"]) == ("gizmos", "of-unknown-product")
    assert not _inconsistent(d)


def test_goods_in_general_after_a_figure_stay_the_whole():
    text = "Brazil's exports reached $340 billion in 2023. Brazil shipped $15 billion of merchandise to Chile.\n"
    c = _claim(_verify(text, "2024-02-20"), "$15 billion")
    assert c["attribution"]["commodity"] != "of-unknown-product"


def test_a_span_of_months_after_a_figure_is_no_product():
    text = "Exports stood at $10.03 billion, 1% above the $9.93 billion of January-February last year.\n"
    c = _claim(_verify(text, "2018-04-11"), "$9.93 billion")
    assert c["attribution"]["commodity"] != "of-unknown-product"


def test_business_after_a_figure_is_no_product():
    text = "In 2023 Chile and China did $13bn of business, with Chilean exports to China at $9bn.\n"
    c = _claim(_verify(text, "2024-02-20"), "$13bn")
    assert c["attribution"]["commodity"] != "of-unknown-product"


def test_export_turnover_of_a_sector_stays_a_flow():
    text = ("Vietnam's exports reached $128.35 billion in the first nine months. Foreign-invested firms "
            "accounted for $91.56 billion of the export turnover.\n")
    assert _claim(_verify(text, "2016-09-29"), "$91.56 billion")["measure"] == "exports"

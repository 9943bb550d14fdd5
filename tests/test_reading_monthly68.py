"""Statistics offices' monthly releases (round 68): "in original terms" / "in trend terms"
name another series than the seasonally adjusted figures; a total "including" a part the
bare figures may leave out is a series of its own unless the part's own figure is given."""
from readings import claim, errors


def test_an_original_terms_balance_is_no_second_statement_of_the_adjusted_one():
    text = ("Key figures\n\n"
            "- The balance on goods and services was NZ$2,100m in March 2024.\n\n"
            "Unadjusted figures\n\n"
            "In original terms, the balance on goods and services was a surplus of NZ$2,900m.\n")
    assert errors(text) == []
    # (the same words with no series named are one quantity stated twice)
    plain = text.replace("Unadjusted figures", "More figures").replace("In original terms, the", "The")
    assert errors(plain) != []


def test_original_terms_read_as_the_raw_series():
    text = "In original terms, exports of dairy products were NZ$1,800m in March 2024."
    assert claim(text, "NZ$1,800m")["scope"] == "not seasonally adjusted"


def test_trend_terms_read_as_a_series_of_their_own():
    text = "In trend terms, exports of dairy products were NZ$1,700m in March 2024."
    assert claim(text, "NZ$1,700m")["scope"] == "trend"


def test_an_including_total_without_the_parts_own_figure_is_its_own_series():
    text = ("The total trade deficit (excluding oil) widened to £5.0 billion in the three months to March 2024. "
            "The goods deficit widened to £15.0 billion and the services surplus narrowed to £10.0 billion. "
            "Including oil, the total trade balance was a deficit of £2.0 billion.")
    assert errors(text) == []
    assert claim(text, "£2.0 billion")["scope"] == "including oil"


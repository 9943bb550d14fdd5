"""East Asian customs releases (round 29): an earlier month's own rate set beside the change in
hand ("down from 8.3% growth in September", "October's 1.1% decline") is that month's change
on the same footing, not a change from that month."""
from tradecheck import verify_text


def _claims(text, published="2025-11-10"):
    return verify_text(text, published=published, reference="none").to_dict()


def _change(d, snippet):
    return next(c for c in d["claims"] if c["kind"] == "percent_change" and c["text"] == snippet)


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_down_from_a_rate_in_an_earlier_month_is_that_months_own_rate():
    text = ("Vietnam's exports climbed 4.2% year-on-year in October to $40.1 billion, down from 6.5% growth "
            "in September. The trade surplus narrowed to $3.1 billion from $3.4 billion in September.\n")
    d = _claims(text)
    c = _change(d, "6.5%")
    assert (c["period"], c["base_period"]) == ("2025-09", "2024-09")
    assert _change(d, "4.2%")["base_period"] == "2024-10"
    assert not _inconsistent(d)


def test_compared_with_a_rate_the_previous_month():
    text = ("Thailand's imports dropped 2.3% to $24.0 billion in October, compared with a 9.1% increase "
            "the previous month.\n")
    c = _change(_claims(text), "9.1%")
    assert c["period"] == "2025-09" and c["base_period"] == "2024-09"


def test_a_months_possessive_rate_dates_the_rate_and_is_no_base():
    text = ("Malaysia's October exports alone were up 3.4% to $28.2 billion, recovering from September's "
            "2.0% decline, while imports grew 1.2% to $25.0 billion.\n")
    d = _claims(text)
    own = _change(d, "2.0%")
    assert own["period"] == "2025-09" and own["base_period"] == "2024-09"
    assert _change(d, "3.4%")["base_period"] != "2025-09"
    assert _change(d, "1.2%")["base_period"] != "2025-09"

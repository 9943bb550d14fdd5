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


def _amount(d, snippet):
    return next(c for c in d["claims"] if c["kind"] == "amount" and snippet in c["text"])


def test_the_years_cumulative_shipments_are_the_year_so_far():
    text = ("Taiwan's steel exports hit a monthly record in October, bringing the year's cumulative steel "
            "shipments to about $40 billion. Steel exports totaled $4.5 billion in October.\n")
    d = _claims(text)
    assert _amount(d, "$40 billion")["period"] == "2025-01/2025-10"
    assert not _inconsistent(d)


def test_a_product_sector_as_subject_is_the_product():
    text = ("For the January-September period, Japan's steel exports amounted to $16.8 billion. The steel "
            "sector accounted for 3.0 percent of the country's total outbound shipments of $560.0 billion "
            "over the nine months.\n")
    d = _claims(text)
    share = next(c for c in d["claims"] if c["kind"] == "share")
    assert share["commodity"] == "steel"
    assert not _inconsistent(d)


def test_they_after_a_modified_product_subject_keeps_the_product():
    text = ("Mexico's auto exports totaled $5.0 billion in September. Battery-powered vehicles, including "
            "plug-in hybrids, remained a bright spot. Their exports rose 8.0 percent to $1.2 billion.\n")
    d = _claims(text)
    c = _amount(d, "$1.2 billion")
    assert c["commodity"] == "battery-powered vehicles"
    assert not _inconsistent(d)


def test_other_markets_of_a_region_are_no_partner_named_before():
    text = ("Japan's exports to the European Union rose 4.0 percent to $8.0 billion in September, and "
            "exports to other Asian markets grew 6.5 percent.\n")
    c = _change(_claims(text), "6.5 percent")
    assert c["partner"] != "EUU"


def test_a_market_for_a_product_aside_names_the_product():
    text = ("Korea's car exports totaled $6.0 billion in August. Exports to Canada, the second market for "
            "Korean cars, came to $0.9 billion, or 15.0 percent of total car exports.\n")
    d = _claims(text)
    assert _amount(d, "$0.9 billion")["commodity"] == "cars"
    assert not _inconsistent(d)


def test_auto_and_car_exports_in_one_text_are_one_product():
    text = ("Korea's auto exports totaled $6.0 billion in August. Exports to Canada, the second market for "
            "Korean cars, came to $0.9 billion, or {} percent of total car exports.\n")
    d = _claims(text.format("15.0"))
    assert _amount(d, "$6.0 billion")["commodity"] == _amount(d, "$0.9 billion")["commodity"] == "automobiles"
    assert not _inconsistent(d)
    assert _inconsistent(_claims(text.format("18.0")))


def test_kinds_of_chips_are_not_all_chips():
    text = ("Semiconductor exports rose 20.0 percent to $12.0 billion in September. Memory chips accounted "
            "for $8.0 billion, while system chips rose 1.0 percent to $4.0 billion.\n")
    d = _claims(text)
    assert _change(d, "1.0 percent")["commodity"] == "system chips"
    assert not _inconsistent(d)


def test_their_flow_after_a_sector_subject_keeps_the_sector():
    text = ("Vietnam's total trade reached $700 billion in the first 10 months, up 3.0 percent. "
            "Foreign-invested firms, which contributed 70.0 percent of the country's trade, saw their "
            "imports and exports rise 9.0 percent.\n")
    d = _claims(text)
    c = _change(d, "9.0 percent")
    assert c["commodity"] == next(x for x in d["claims"] if x["text"] == "70.0 percent")["commodity"] is not None
    assert not _inconsistent(d)


def test_a_spelled_out_product_with_its_acronym_and_a_relative_clause_is_the_product():
    text = ("South Korea's exports rose 8.0 percent to $60.0 billion in November. Information and "
            "communications technology (ICT) products, which include smartphones, jumped 30.0 percent to "
            "US$22.0 billion.\n")
    d = _claims(text, "2025-12-05")
    assert _amount(d, "US$22.0 billion")["commodity"] == "ict products"
    assert not _inconsistent(d)

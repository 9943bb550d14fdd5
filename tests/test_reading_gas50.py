"""Gas volumes (round 50): "bcm", "mcm", "Bcf" as units that hold their own scale word, read
beside the same unit written out ("billion cubic metres (bcm)" ... "bcm"), per-day rates
("mcm/day", "million cubic metres per day") as a unit of their own, and a change right after
a level in such a unit read as that level's, never the money figures after it."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-06-30") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def test_a_change_between_a_level_written_out_and_its_abbreviation_is_checked():
    text = ("Flows through the corridor dropped to 12.0 billion cubic metres (bcm) last year from 15.0 bcm "
            "the year before, a fall of {pct}%.")
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="35"))


def test_an_abbreviation_holding_its_scale_is_that_many_of_the_unit():
    text = "Sales fell to 8.0 bcm in 2023 from 10.0 billion cubic meters in 2022, a drop of {pct}%."
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="12"))


def test_a_share_of_a_level_in_bcm_of_the_whole_written_out_is_checked():
    text = ("The country exported 100.0 billion cubic metres (bcm) of gas in 2023. The largest buyer "
            "took 40.0 bcm, or {pct}% of the total.")
    assert errors(text.format(pct="40")) == []
    assert errors(text.format(pct="50"))


def test_a_change_of_gas_volume_is_not_read_as_the_money_after_it():
    text = ("Exports totalled 90.0 billion standard cubic metres (bcm) in 2023, down 10.0% from 100.0 bcm "
            "in 2022. Their value fell to NOK 500 billion from NOK 900 billion.")
    assert errors(text) == []


def test_an_abbreviated_daily_rate_is_summed_with_its_own_kind():
    text = ("Nominations by market:\n\n- North - 100 mcm/day\n- South - 60 mcm/day\n- East - 40 mcm/day\n\n"
            "Total: {total} mcm/day\n")
    assert errors(text.format(total="200")) == []


def test_bcm_and_mcm_are_not_one_unit():
    text = "Storage withdrawals rose to 5.0 bcm in March from 4.0 mcm in February, up 25%."
    assert errors(text) == []

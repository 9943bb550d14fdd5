"""Wire flashes and bullets (round 34): the actual figure with the consensus estimate and the
previous reading set beside it in clauses after semicolons ("; est. +2.2%; Sept. -1.7%"),
and the short marks of a seasonally adjusted series ("M/M SA", "Adj. trade balance")."""
from tradecheck import verify_text


def _claims(text, published="2024-07-15"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


FLASH = ("KOREA JUNE EXPORTS {change} Y/Y; REUTERS POLL EST. +4.0%\n"
         "KOREA JUNE TRADE SURPLUS $5.00 BLN; ANALYSTS' EST. $3.20 BLN\n\n"
         "SEOUL, July 1 (Reuters) - Exports rose to $55.0 billion in June from $50.0 billion a year earlier, "
         "while imports came to $50.0 billion.\n")


def test_a_polls_estimate_after_a_semicolon_in_a_flash_is_a_forecast():
    """"EXPORTS +10.0% Y/Y; REUTERS POLL EST. +4.0%": the poll's 4.0% is foreseen, not June's change."""
    d = _claims(FLASH.format(change="+10.0%"))
    assert _claim(d, "+4.0%")["measure"] == "other"
    assert _claim(d, "$3.20 BLN")["measure"] == "other"
    assert (_claim(d, "+10.0%")["measure"], _claim(d, "+10.0%")["period"]) == ("exports", "2024-06")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(FLASH.format(change="+12.0%")))) == 1


BULLETS = ("Norway's May Trade Surplus NOK {balance} Bln; Est. NOK 48.0 Bln\n\n"
           "- Trade balance NOK {balance}b; est. NOK 48.0b; April revised NOK 41.0b\n"
           "- Exports +2.0% m/m to NOK 102.0b; April -1.5%\n"
           "- Imports NOK 52.0b; April revised +3.5%\n")


def test_a_title_case_estimate_and_a_months_reading_after_semicolons_are_not_this_months():
    """"Trade balance NOK 50.0b; est. NOK 48.0b; April revised NOK 41.0b": May's balance, a forecast, April's."""
    d = _claims(BULLETS.format(balance="50.0"), "2024-06-14")
    assert _claim(d, "NOK 48.0 Bln")["measure"] == "other"  # (the headline's "Est." ends no sentence)
    assert _claim(d, "NOK 48.0b")["measure"] == "other"
    april = _claim(d, "NOK 41.0b")
    assert (april["measure"], april["period"]) == ("balance", "2024-04")
    change = _claim(d, "-1.5%")
    assert (change["measure"], change["period"], change["base_period"]) == ("exports", "2024-04", "2024-03")
    assert not _inconsistent(d)
    assert _inconsistent(_claims(BULLETS.format(balance="55.0"), "2024-06-14"))


SEASONAL = ("POLAND MAY TRADE SURPLUS PLN 2.0 BLN SA; MEDIAN PLN 1.5 BLN\n"
            "--POLAND MAY IMPORTS {change} M/M SA; MEDIAN +0.5%\n\n"
            "Seasonally adjusted exports came to PLN 102.0 bln in May, while imports rose to PLN 100.0 bln "
            "from PLN 98.0 bln in April.\n")


def test_sa_after_a_figure_marks_the_adjusted_series_not_south_africa():
    """"SURPLUS PLN 2.0 BLN SA; MEDIAN PLN 1.5 BLN": Poland's adjusted surplus with the world; the median foreseen."""
    d = _claims(SEASONAL.format(change="+2.0%"), "2024-07-10")
    c = _claim(d, "PLN 2.0 BLN")
    assert (c["measure"], c["reporter"], c["partner"]) == ("balance", "POL", "WLD")
    assert _claim(d, "PLN 1.5 BLN")["measure"] == "other"
    assert not _inconsistent(d)
    assert _inconsistent(_claims(SEASONAL.format(change="+4.0%"), "2024-07-10"))


def test_sa_before_a_flow_is_still_south_africa():
    """"SA exports to China rose 4% in 2023": South Africa's exports."""
    d = _claims("SA exports to China rose 4% in 2023, to R200 billion.\n", "2024-03-01")
    c = _claim(d, "4%")
    assert (c["reporter"], c["partner"]) == ("ZAF", "CHN")


def test_an_adjusted_balance_is_another_series_than_the_unadjusted_one():
    """"Trade balance -$5.0b; Adj. trade balance -$3.0b": two series of one month, no clash."""
    text = ("Chile June trade\n\n"
            "- Trade balance -$5.0b; est. -$4.0b\n"
            "- Adj. trade balance -$3.0b; est. -$3.5b\n")
    d = _claims(text)
    assert _claim(d, "-$5.0b")["measure"] == "balance"
    assert not _inconsistent(d)

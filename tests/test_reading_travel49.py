"""Travel and education as services exports, a forty-ninth round: in balance-of-payments words
travel receipts (what visitors spend) are a country's travel exports, travel payments (what its
residents spend abroad) its travel imports, and the travel balance the one less the other. How
each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str) -> dict:
    return next(c for c in result(text)["claims"] if c["text"] == figure)


def _balance(payments: str) -> str:
    return (f"Portugal's central bank said travel receipts reached €25.1 billion in 2023. "
            f"Travel payments came to €{payments} billion. The travel balance therefore posted a surplus of €18.0 billion.")


def test_a_travel_balance_is_receipts_less_payments():
    """25.1 - 7.1 = 18.0: the balance "showed a surplus" is the travel balance, not the whole account's."""
    assert claim(_balance("7.1"), "€18.0 billion")["commodity"] == "travel services"
    assert errors(_balance("7.1")) == []
    assert any("balance is stated as €18bn" in e for e in errors(_balance("9.1")))


def _abroad(surplus: str) -> str:
    return (f"Armenia's revenues from international travel rose to $2.9 billion in 2023. "
            f"Spending by Armenian residents travelling abroad was $1.7 billion, leaving a travel surplus of ${surplus} billion.")


def test_revenues_from_international_travel_and_residents_spending_abroad_are_travel_flows():
    text = _abroad("1.2")
    assert (claim(text, "$2.9 billion")["measure"], claim(text, "$2.9 billion")["commodity"]) == ("exports", "travel services")
    assert (claim(text, "$1.7 billion")["measure"], claim(text, "$1.7 billion")["commodity"]) == ("imports", "travel services")
    assert errors(text) == []
    assert errors(_abroad("1.6"))


def _spending(change: str) -> str:
    return (f"Italy received 57.2 million international tourists in 2024, 3.0% more than in 2023. "
            f"Total expenditure by international tourists amounted to 55,000 million euros, an increase of {change}% compared with the 50,000 million euros of 2023.")


def test_a_change_between_its_two_levels_is_theirs():
    """55,000 / 50,000 is +10.0%: the change is of the two levels around it, not of the tourists' count."""
    assert not any("10.0%" in e for e in errors(_spending("10.0")))
    assert any('"20.0%"' in e for e in errors(_spending("20.0")))


def _origin() -> str:
    return ("Seychelles Central Bank bulletin. Visitor numbers climbed in 2023, helped by more arrivals from Germany. "
            "Travel receipts were estimated at US$1.0 billion for 2023.")


def test_the_country_visitors_come_from_is_no_trade_partner():
    assert claim(_origin(), "US$1.0 billion")["partner"] == "WLD"


def _revenue(share: str) -> str:
    return (f"Morocco's tourism revenue climbed to $10.0 billion in 2023. "
            f"Foreign tourists spent $7.5 billion of the revenue, or {share}%, while Moroccans living abroad spent the rest.")


def test_a_share_of_a_subject_named_before_is_checked_against_its_amount():
    """7.5 / 10.0 = 75%."""
    assert errors(_revenue("75")) == []
    assert any("stated as 85%" in e for e in errors(_revenue("85")))

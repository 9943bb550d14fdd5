"""Japanese and Korean trade releases and coverage (the thirty-fourth round of passages): a
change after a balance and the partner it is with, a surplus "the first in N months", a
count of people after "the number of", a product noun before "exports to the country", a
country opening an institution's name, and hedged figures written to three digits: how each
is read."""
import pytest

from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    consistent = [f["message"] for f in result["findings"] if f["status"] == "consistent"]
    return {"claims": claims, "errors": errors, "consistent": consistent}


PARTNER = ("Thailand's exports to China rose 4.0% in May to 3.12 billion dollars. Imports from China came to "
           "5.20 billion dollars, leaving Thailand with a deficit of 2.08 billion dollars with its largest "
           "export market, up {} from a year earlier.")


def test_a_change_after_a_balance_and_its_partner_is_the_balances():
    """'a deficit of X with its largest export market, up 9.1%': the deficit's change, not the exports'."""
    r = read(PARTNER.format("9.1%"), "2024-06-20")
    c = r["claims"]["9.1%"]
    assert c["measure"] == "balance" and (c["reporter"], c["partner"]) == ("THA", "CHN")
    assert r["errors"] == []


def test_a_partners_description_does_not_break_a_changed_export_figure():
    """The exports' own change is still checked: 3.12bn up 40% is no longer 4.0% above its base."""
    text = PARTNER.format("9.1%").replace("rose 4.0% in May to 3.12 billion dollars",
                                          "rose 4.0% in May to 3.12 billion dollars from 2.23 billion dollars")
    assert read(text, "2024-06-20")["errors"]


def test_a_surplus_the_first_in_some_months_is_of_the_month_in_hand():
    """'posted a trade surplus of $1.9 billion, the first in four months': May's surplus, no span of months."""
    r = read("Korea's exports rose 3.1% to $51.2 billion in May. The country posted a trade surplus of "
             "$1.9 billion, the first in four months.", "2024-06-02")
    assert r["claims"]["$1.9 billion"]["period"] == "2024-05"


def test_a_count_after_the_number_of_is_no_money():
    """'while the number of Thai visitors to Japan fell 12.0 percent to 1.10 million': people, no amount."""
    r = read("Japan's exports to Thailand fell 3.0 percent in 2019 to ¥3.30 trillion, while the number of "
             "Thai visitors to Japan fell 12.0 percent to 1.10 million.", "2020-01-30")
    assert "1.10 million" not in r["claims"]
    assert r["claims"]["12.0 percent"]["measure"] == "other"
    assert r["errors"] == []


def test_a_product_before_exports_to_the_country_is_their_product():
    """'Beer exports to the country, worth ¥2.1 billion in 2018': beer's, apart from the total."""
    r = read("Japan's exports to Taiwan fell 5.0 percent in 2019 to ¥4.60 trillion. Beer exports to the "
             "country, worth ¥2.1 billion in 2018, fell sharply.", "2020-01-30")
    assert r["claims"]["¥2.1 billion"]["commodity"] == "beer"
    assert r["errors"] == []


ASSOCIATION = ("Korea's exports to the Middle East rose 8.0 percent in 2022 to $20.0 billion. According to the "
               "Korea International Trade Association, Saudi Arabia alone accounted for $8.0 billion, or {} of "
               "the shipments to the region.")


def test_a_country_opening_an_institutions_name_is_the_reporter():
    """'According to the Korea International Trade Association, Saudi Arabia alone accounted for $8.0 billion': KOR to SAU."""
    r = read(ASSOCIATION.format("40.0 percent"), "2023-01-20")
    c = r["claims"]["$8.0 billion"]
    assert (c["reporter"], c["partner"]) == ("KOR", "SAU")
    assert r["errors"] == []


def test_a_changed_share_after_an_institutions_name_is_flagged():
    """The same sentence with 50.0 percent: $8.0bn of $20.0bn is 40%."""
    assert read(ASSOCIATION.format("50.0 percent"), "2023-01-20")["errors"]


HEDGED = ("Preliminary figures show exports in July were worth about 7.62 trillion yen. Imports rose 2.0 percent "
          "to about 8.31 trillion yen. As a result, the trade balance was a deficit of {} yen.")


@pytest.mark.parametrize("balance, flagged", [("690.0 billion", False), ("890.0 billion", True)])
def test_a_balance_between_two_hedged_three_digit_figures_is_pinned(balance, flagged):
    """'exports ... about 7.62 trillion yen ... imports ... about 8.31 trillion yen': the deficit is about 690 billion."""
    r = read(HEDGED.format(balance), "2024-08-20")
    assert bool(r["errors"]) == flagged


def test_hedged_round_figures_stay_rough():
    """'about £400bn of goods and about £620bn': round figures with zeros only ending them allow 10%."""
    r = read("The UK exported about £400bn of goods and imported about £620bn in 2023, leaving a goods "
             "deficit of about £200bn.", "2024-03-01")
    assert r["errors"] == []

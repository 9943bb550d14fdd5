"""Volumes (tonnes, metric tons, MT) checked against each other within one unit: a change
between two levels of one quantity in a sentence, and a share tied to a quantity against the
whole quantity it names. A volume is never compared with money, nor with a rate."""
import pytest

from tradecheck import verify_text


def errors(text: str, published: str = "2024-06-20") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


CRUDE = ("China's crude imports from Russia totalled 10.96 million metric tons last month, "
         "up {}% from 9.11 million tons a year earlier.")


@pytest.mark.parametrize("pct, flagged", [("20.3", False), ("23.0", True)])
def test_a_unit_shortened_to_its_last_word_is_the_same_unit(pct, flagged):
    assert bool(errors(CRUDE.format(pct))) == flagged


LNG = "The United States exported 7.8 million metric tons (MT) of LNG last month, up 8.3% from {} MT in February."


@pytest.mark.parametrize("old, flagged", [("7.2", False), ("6.8", True)])
def test_an_abbreviation_defined_beside_the_unit_names_the_old_level_and_shares_its_scale(old, flagged):
    assert bool(errors(LNG.format(old), "2024-04-02")) == flagged


BASMATI = "In volume terms, India's basmati exports rose {} per cent to 5.24 million tonnes from 4.56 million tonnes in the previous fiscal."


@pytest.mark.parametrize("pct, flagged", [("14.9", False), ("19.4", True)])
def test_a_change_to_a_level_from_a_level(pct, flagged):
    assert bool(errors(BASMATI.format(pct), "2024-05-14")) == flagged


def test_a_change_between_a_rate_and_a_quantity_is_not_compared():
    assert errors("Saudi crude exports rose 40 per cent to 7.0 million barrels a day from 5.0 million barrels "
                  "in storage.") == []


SOY = ("Shipments to China reached 74.6 million tons in 2023, or {}% of Brazil's total soybean exports of "
       "101.9 million tons, according to Secex.")


@pytest.mark.parametrize("pct, flagged", [("73.2", False), ("78.2", True)])
def test_a_share_tied_to_a_quantity_by_or(pct, flagged):
    assert bool(errors(SOY.format(pct), "2024-01-10")) == flagged


FAQ = ("In 2023 Brazil shipped 74.6 million tonnes of soybeans to China, worth US$ 38.9 billion. "
       "That was {}% of Brazil's total soybean exports of 101.9 million tonnes.")


@pytest.mark.parametrize("pct, flagged", [("73", False), ("78", True)])
def test_a_share_opening_the_next_sentence_takes_the_quantity_before(pct, flagged):
    assert bool(errors(FAQ.format(pct), "2024-02-15")) == flagged


def test_a_share_of_a_quantity_is_never_checked_against_money():
    # the part is money, the whole is tonnes: nothing to compare
    assert errors("Sales to China reached $38.9 billion, or 50% of Brazil's total soybean exports of "
                  "101.9 million tonnes.") == []


def test_a_share_with_two_quantities_before_it_is_not_guessed():
    assert errors("Brazil shipped 74.6 million tonnes of soy and 20.0 million tonnes of corn to China, or 50% of "
                  "its total exports of 101.9 million tonnes.") == []


def test_a_share_of_a_rate_is_not_checked_against_a_quantity():
    assert errors("Shipments reached 30 million barrels, or 10% of the kingdom's exports of 1.2 million barrels "
                  "a day.") == []


MINERS = ("Australia's iron ore export earnings fell 8% to A$115 billion in 2024-25 from A$125 billion. "
          "Export volumes rose to 905 million tonnes. BHP shipped 257 million tonnes, Rio Tinto's shipments were "
          "328 million tonnes and Fortescue shipped 191.6 million tonnes; together the big three accounted for {}% "
          "of the national total.")


@pytest.mark.parametrize("pct, flagged", [("86", False), ("81", True)])
def test_a_joint_share_of_quantities_is_their_sum_over_the_quantity_before(pct, flagged):
    found = errors(MINERS.format(pct), "2025-10-01")
    assert bool(found) == flagged
    assert all("A$" not in e for e in found)


def test_a_joint_share_of_quantities_is_no_share_of_money():
    result = verify_text(MINERS.format("81"), published="2025-10-01", reference="none").to_dict()
    assert "81%" not in {c["text"] for c in result["claims"]}


def test_a_joint_share_with_money_beside_the_parts_is_not_summed():
    assert errors("Export volumes rose to 905 million tonnes. BHP shipped 257 million tonnes worth $20 billion and "
                  "Rio Tinto 328 million tonnes; together the two accounted for 50% of the national total.",
                  "2025-10-01") == []


COFFEE = ("- Volume: 3.02 million tonnes (+28.8% y/y)\n\n"
          "Brazil shipped 3.02 million tonnes of coffee in 2024, up from {} million tonnes in {}.")


@pytest.mark.parametrize("old, year, flagged", [("2.345", "2023", False), ("2.435", "2023", True),
                                                ("2.435", "2022", False)])  # (two years apart: not the y/y change)
def test_a_bracketed_change_against_the_same_level_restated_beside_the_year_before(old, year, flagged):
    assert bool(errors(COFFEE.format(old, year), "2025-01-20")) == flagged

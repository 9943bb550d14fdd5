"""Quantities stated in prose (round 78, second set): tonnes and counts of animals are no
claims, so these sentences are checked on their words alone: a level's share written as a
share noun with no "of" ("a 57.3% share") of the total of the sentence before; the level left
"Of the" whole once a part is taken ("leaving"); a running total a level "brings" to, "after
earlier" ones; a change opening on "The total is" against the level last named a total; a
"more than tenfold increase" from one level to another; counts of live animals by their
class ("live reptiles") as a whole their shares are of."""
from readings import errors


def test_a_share_noun_after_a_level_is_its_share_of_the_total_before_not_of_the_earlier_level():
    # (48.0% is 96.0 over the year-earlier 200.0 tonnes: no whole a share of this year is of)
    text = ("Freedonia imported 240.0 tonnes of saffron in 2023, up 20.0% in volume from 200.0 tonnes in 2022. "
            "Purchases from Ruritania reached 96.0 tonnes, a {p}% share, compared with a quarter a decade ago.")
    assert errors(text.format(p="40.0")) == []
    assert errors(text.format(p="48.0")) != []


def test_a_share_noun_is_never_of_a_level_that_has_a_share_of_its_own():
    text = ("Ruritania exported 1.05 million tonnes of shrimp in 2022, up 4% from 1.01 million tonnes in 2021.\n\n"
            "Freedonia remained the largest buyer, taking 557,000t, or 53% of shipments. "
            "The US was second with 210,000t (20%), and Europe took 171,000t, a 16% share.")
    assert errors(text) == []


def test_the_level_left_of_the_whole_once_a_part_is_taken():
    text = ("Freedonia bought 6,250 tonnes of dried squid last year, down 8.2% from 6,810 tonnes in 2022. "
            "Of the 2023 purchases, 2,110 tonnes were shipped on to Ruritania, leaving {left} tonnes for home buyers.")
    assert errors(text.format(left="4,140")) == []
    assert errors(text.format(left="4,410")) != []


def test_a_running_total_is_the_level_before_plus_the_new_one():
    text = ("Port officers in Freedonia seized 3.6 tonnes of rhino horn on Tuesday, the customs office said. "
            "The find brings the amount seized this year to {total} tonnes, after earlier seizures totalling 5.2 tonnes.")
    assert errors(text.format(total="8.8")) == []
    assert errors(text.format(total="9.8")) != []


def test_a_change_opening_on_the_total_is_of_the_level_last_named_a_total():
    text = ("Inspectors made 12 large seizures of abalone in 2021, totaling 62.4 tonnes. A large seizure is one of "
            "200 kilograms or more.\n\n"
            "The total is {p} percent above the 48.0 tonnes seized in 2020.")
    assert errors(text.format(p="30")) == []
    assert errors(text.format(p="13")) != []


def test_a_more_than_tenfold_rise_from_one_level_to_another():
    text = ("The quantity of coral seized rose from 3.1 tonnes in 2015 to {new} tonnes in 2019, "
            "a more than tenfold increase.")
    assert errors(text.format(new="34.7")) == []
    assert errors(text.format(new="24.7")) != []


def test_a_count_of_live_animals_by_class_is_the_whole_of_a_later_share():
    text = ("Freedonia's records show that 1,480,000 live reptiles entered the country last year, compared with "
            "910,000 in 2015.\n\n"
            "Leopard geckos made up the largest single group: {n} animals, or 25.0 percent of the total.")
    assert errors(text.format(n="370,000")) == []
    assert errors(text.format(n="470,000")) != []

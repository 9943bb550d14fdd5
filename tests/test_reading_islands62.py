"""Small island states' trade reports (round 62): a product named as a flow's subject is a
part of that flow (rum among the spirits), and a product that drives a headline
figure is its cause, not its product."""
from readings import claim, errors


def test_a_spirit_product_is_a_part_and_the_stated_total_sets_the_balance():
    text = ("Rum exports reached a record $50.0 million last year, according to the statistics office. "
            "Total imports were about $2.40 billion. Total exports, including re-exports, were about "
            "$0.60 billion, leaving a merchandise trade deficit of ${bal} billion.\n")
    assert errors(text.format(bal="1.80")) == []
    assert errors(text.format(bal="2.35")) != []


def test_a_product_that_drives_a_headline_figure_is_not_its_product():
    text = ("Nickel drives record $30.0b export year\n\n"
            "The islands earned a record $30.0 billion from merchandise exports in 2022. "
            "Cobalt exports were worth $6.0 billion and copper $4.0 billion. "
            "Imports rose to $12.0 billion, leaving a trade surplus of ${bal} billion.\n")
    assert errors(text.format(bal="18.0")) == []
    assert errors(text.format(bal="14.0")) != []


def test_rum_is_a_product():
    text = "Barbados rum exports rose to a record $80.0 million in 2023, up 5.0 per cent from $76.2 million in 2022.\n"
    assert claim(text, "$80.0 million")["commodity"] == "rum"


def test_the_subject_of_a_driving_verb_is_not_the_headline_figure_product():
    text = ("Nickel drives record $30.0b export year\n\n"
            "The islands earned a record $30.0 billion from merchandise exports in 2022.\n")
    assert claim(text, "$30.0b")["commodity"] is None


ORE = ("Guinea's exports totalled US$1,480.2 million in the first nine months of 2023.\n\n"
       "Alumina earnings climbed to US$612.4 million from US$534.4 million a year earlier, an increase "
       "of {p} per cent.\n")


def test_alumina_is_a_product_so_its_change_is_set_against_its_own_levels():
    assert errors(ORE.format(p="14.6")) == []
    assert errors(ORE.format(p="24.6")) != []

"""Sugar trade press (round 72): a level in lakh metric tonnes written "LMT" is of tonnes, a
lakh of them each (vocab/physical_units.csv, vocab/scaled_units.csv). A rest named as the
subject of a verb of its own level ("while the remaining states together are likely to make 44
LMT", vocab/quantity_part_ties.csv rest verb) closes the list of parts that opens its paragraph,
so the list must add up to a whole stated before it. A price "a ton" or "per ton" is per tonne
(vocab/rate_units.csv), and an average listed in a bullet right after the bullets of its count
and its total ("• Average realization slipped to about $139 a ton") is that total over that count."""
from readings import errors


def test_lakh_metric_tonnes_add_up_with_the_rest_named_as_subject():
    text = ("Ruritania's sugar output in the 2022-23 season is estimated at 365 lakh tonnes (LMT).\n\n"
            "Among the major producing provinces, Alpha is estimated to produce 138 LMT, Beta 121 LMT and "
            "Gamma {gamma} LMT, while the remaining provinces together are likely to make 44 LMT.")
    assert errors(text.format(gamma="62")) == []
    assert errors(text.format(gamma="72")) != []


def test_the_remaining_ones_producing_a_level_close_the_list():
    text = ("Freedonia's mills produced 9.0 million tonnes of sugar in 2023.\n\n"
            "Northern mills produced 4.1 million tonnes and southern mills {south} million tonnes, while "
            "the remaining mills produced 1.9 million tonnes.")
    assert errors(text.format(south="3.0")) == []
    assert errors(text.format(south="3.5")) != []


def test_an_average_a_ton_after_its_volume_and_value_bullets():
    text = ("Ruritania's molasses exports collapsed in the first quarter of 2024.\n\n"
            "Key figures\n"
            "• Shipments fell to {tons} tons in January-March 2024 from 792,300 tons a year earlier\n"
            "• Value dropped 83% to $19.8 million from $118.5 million\n"
            "• Average realization slipped to about $139 a ton from $150\n")
    assert errors(text.format(tons="142,600"), published="2024-04-25") == []
    assert errors(text.format(tons="242,600"), published="2024-04-25") != []


def test_an_average_price_of_a_product_in_prose_is_no_sure_ratio():
    text = ("Sales reached 4.82 trillion won in the quarter, with exports accounting for 2.17 trillion won, "
            "or 45.0 percent of the total. The company shipped 1.86 million tons of steel products abroad "
            "during the quarter. The average selling price of its hot-rolled coil was about 1.08 million won "
            "per ton.")
    assert errors(text, published="2022-10-27") == []

"""Maghreb trade press and copper exporters (round 73): "hydrocarbons" is a product group
(vocab/commodities.csv), so the figures of "Hydrocarbons, which still represent the bulk of sales
abroad (...), reached" are its own, and a level set beside one after ", against" is no new item
of a list. A flow that leaves a part out ("exports outside hydrocarbons fell to") hands that
scope to the earlier level and the change set beside it with no words of their own. A "their
sales" after a sentence with no figure that names one product phrase ("the fall in prices of
fertilizers and ammonia") is that product's. A bare change after a participle ("gaining MAD 21.9
billion (+9.5 percent) to MAD 252.9 billion") is the change, the level after "to" the level. A
subject that "kept its lead as the country's top exporting sector with" a figure owns it. Past
"of which", a figure followed by "for" and a product ("USD 4.41 billion for copper") is that
product's part, and a subject of two products joined by "and" before "represented" is both. A
class noun ("The metal") right after a sentence that broke the flow down by forms points back to
the product the text leads on, not the last form. A share "of that" after a level and the earlier
level its change was measured from ("to 67.5 billion dollars, from 62.0 billion dollars") is of
the level. (Where a check needs a pair, a real country
reports: an invented one gives the figures no pair to check.)"""
from readings import claim, errors


def test_hydrocarbons_past_a_which_clause_own_their_figures():
    text = ("Algeria's exports of goods amounted to 65.63 billion USD in 2023, compared to 39.09 billion "
            "USD in 2022, i.e. an increase of 67.9%.\n\n"
            "Hydrocarbons, which still represent the bulk of Algerian sales abroad (89.24% of the total), "
            "reached {hydro} billion USD, against 34.58 billion USD in 2022, up 69.4%.")
    assert claim(text.format(hydro="58.57"), "58.57 billion USD")["commodity"] == "hydrocarbons"
    assert claim(text.format(hydro="58.57"), "34.58 billion USD")["commodity"] == "hydrocarbons"
    assert errors(text.format(hydro="58.57")) == []
    assert errors(text.format(hydro="48.57")) != []  # (no longer 89.24% of the total, nor up 69.4%)


def test_a_flow_less_a_part_hands_its_scope_to_the_level_beside_it():
    text = ("Algeria's exports outside hydrocarbons fell to 5.08 billion dollars in 2023, against 7.06 "
            "billion in 2022, a drop of {drop}%. Total exports of goods reached 51 billion dollars in 2023.")
    assert claim(text.format(drop="28"), "7.06 billion")["scope"] == "excluding hydrocarbons"
    assert errors(text.format(drop="28")) == []
    assert errors(text.format(drop="38")) != []


def test_their_sales_after_a_sentence_naming_one_product_phrase():
    text = ("Algeria's exports outside hydrocarbons fell to 5.08 billion dollars in 2023, against 7.06 "
            "billion in 2022.\n\n"
            "The decline is essentially due to the fall in world prices of fertilizers and ammonia, the "
            "first non-oil export product of the country. Their sales dropped by 45.5% to {level} billion "
            "dollars, against 3.87 billion dollars in 2022.")
    assert claim(text.format(level="2.11"), "45.5%")["commodity"] == "fertilizers and ammonia"
    assert claim(text.format(level="2.11"), "2.11 billion dollars")["commodity"] == "fertilizers and ammonia"
    assert errors(text.format(level="2.11")) == []
    assert errors(text.format(level="2.51")) != []


def test_a_bare_change_after_a_participle_is_no_level():
    text = ("Morocco's trade deficit reached MAD 188.7 billion in 2023.\n\n"
            "Imports of goods increased by MAD 31.1 billion, or 7.6 percent, to reach MAD 441.6 billion. "
            "Exports grew faster, gaining MAD {gain} billion (+9.5 percent) to MAD 252.9 billion, compared "
            "with MAD 231 billion a year earlier.")
    assert claim(text.format(gain="21.9"), "MAD 21.9 billion")["measure"] == "other"
    assert errors(text.format(gain="21.9")) == []
    assert errors(text.format(gain="25.9")) != []  # (the change no longer fits the two levels)


def test_a_subject_keeping_its_lead_as_top_sector_owns_the_figure():
    text = ("Morocco's exports reached MAD 252.9 billion in 2023, compared with MAD 231 billion a year "
            "earlier.\n\n"
            "The automotive industry, however, kept its lead as the country's top exporting sector with "
            "MAD 59.5 billion, 13.8 percent more than in 2022 (MAD 52.3 billion).")
    assert claim(text, "MAD 59.5 billion")["commodity"] == "automotive industry"
    assert errors(text) == []


def test_parts_named_after_their_figures_past_of_which():
    text = ("Exports\n"
            "• Export receipts of the Democratic Republic of the Congo from copper and cobalt reached USD 5.69 billion in 2023, of which "
            "USD 4.41 billion for copper and USD {cobalt} billion for cobalt.\n"
            "• Copper and cobalt thus represented 90.3% of the country's total export receipts of USD "
            "6.30 billion.\n")
    assert claim(text.format(cobalt="1.28"), "USD 4.41 billion")["commodity"] == "copper"
    assert claim(text.format(cobalt="1.28"), "USD 1.28 billion")["commodity"] == "cobalt"
    assert claim(text.format(cobalt="1.28"), "90.3%")["commodity"] == "copper and cobalt"
    assert errors(text.format(cobalt="1.28")) == []
    assert errors(text.format(cobalt="2.28")) != []  # (the parts exceed the USD 5.69 billion)


def test_the_metal_after_a_breakdown_by_forms_is_the_lead_product():
    text = ("Chile's copper exports rose 28.5 percent in March from a year earlier to $4.15 billion.\n\n"
            "Exports of refined copper cathodes brought in $2.46 billion last month, while shipments of "
            "concentrates were worth $1.69 billion.\n\n"
            "The metal accounted for {share} percent of Chile's total exports of $7.08 billion in March.")
    assert claim(text.format(share="58.6"), "58.6 percent")["commodity"] == "copper"
    assert errors(text.format(share="58.6")) == []
    assert errors(text.format(share="68.6")) != []


def test_a_share_of_that_after_a_level_and_its_base_is_of_the_level():
    text = ("Peru's mining exports in 2023 were 41.1 billion dollars, against 39.6 billion dollars in 2022.\n\n"
            "Total exports rose nine percent, to 67.5 billion dollars, from 62.0 billion dollars. Mining is "
            "about {share} percent of that.")
    assert claim(text.format(share="61"), "61 percent")["period"] == "2023"
    assert errors(text.format(share="61")) == []
    assert errors(text.format(share="71")) != []

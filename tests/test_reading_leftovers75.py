"""The round's last false alarms (round 75). A share "of the total" of a product that a sentence
says leads a named group of the flow ("Chemicals topped non-oil exports at N, or P% of the total,
followed by plastics with M (Q%)") is of that group, and so is the next part's bare share in
brackets."""
from readings import claim, errors

# (a real country: the pair must be known for a changed figure to be checked)

GROUP = ("Norway's non-oil exports rose 7.6% year-on-year to NOK 24.61 billion in January 2025.\n\n"
         "Oil exports declined 3.2% to NOK 75.92 billion, pushing total exports down 0.8% to NOK 100.53 billion.\n\n"
         "Chemicals topped non-oil exports at NOK {lead} billion, or 24.1% of the total, followed by plastics "
         "with NOK {next} billion (22.6%).")


def test_a_leaders_share_is_of_the_group_it_tops():
    text = GROUP.format(lead="5.93", next="5.56")
    assert claim(text, "24.1%", published="2025-03-25")["commodity"] == "chemicals"
    assert errors(text, published="2025-03-25") == []
    assert errors(GROUP.format(lead="6.93", next="5.56"), published="2025-03-25") != []


def test_the_next_parts_bare_share_is_of_the_same_group():
    assert errors(GROUP.format(lead="5.93", next="6.56"), published="2025-03-25") != []


def test_a_leader_of_the_whole_flow_keeps_the_whole():
    text = ("Norway's exports fell 0.8% to NOK 100.53 billion in January 2025.\n\n"
            "Chemicals topped exports at NOK {lead} billion, or 24.1% of the total.")
    assert errors(text.format(lead="24.23"), published="2025-03-25") == []
    assert errors(text.format(lead="5.93"), published="2025-03-25") != []

"""The round's last false alarms (round 75). A share "of the total" of a product that a sentence
says leads a named group of the flow ("Chemicals topped non-oil exports at N, or P% of the total,
followed by plastics with M (Q%)") is of that group, and so is the next part's bare share in
brackets. In a report on a month, the year so far to that month said in a paragraph of one
sentence after the month's figures ("In the first quarter, orders totaled N.") is said in
passing: the paragraphs after it are on the month again."""
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


MONTH = ("Export orders surge to March record\n\n"
         "Ruritania's export orders last month rose 31.7 percent year-on-year to US$55.98 billion, a record for March.\n\n"
         "Orders were up from US$42.50 billion a year earlier and increased 26.9 percent from February's US$44.11 billion.\n\n"
         "In the first quarter, orders totaled US$156.42 billion, up 36.0 percent from a year earlier.\n\n"
         "Orders for electronic products rose 28.5 percent to US${part} billion, or 30.8 percent of the total.")


def test_the_quarter_in_a_paragraph_of_its_own_is_said_in_passing():
    text = MONTH.format(part="17.26")
    assert claim(text, "US$156.42 billion", published="2021-04-21")["period"] == "2021-Q1"
    assert claim(text, "US$17.26 billion", published="2021-04-21")["period"] == "2021-03"
    assert errors(text, published="2021-04-21") == []
    assert errors(MONTH.format(part="19.26"), published="2021-04-21") != []


def test_a_quarter_the_next_paragraph_goes_on_with_keeps_its_period():
    text = MONTH.replace("from a year earlier.\n\n", "from a year earlier. Electronics led the quarter.\n\n").format(part="48.18")
    assert claim(text, "US$48.18 billion", published="2021-04-21")["period"] == "2021-Q1"
    assert errors(text, published="2021-04-21") == []

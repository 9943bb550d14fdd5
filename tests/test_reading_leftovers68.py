"""Leftovers of rounds 67 and 68: a ranked group of places ("the top three buyers took 60%")
takes a share of several places together, not of the place the sentence named first; a list
of exporters headed "Top suppliers to <place>, <year>:" is of their flows to that place in
that year; a breakdown that leaves out a product its whole names may fall short of it."""
from readings import claim, errors


def test_a_ranked_group_takes_its_share_together():
    text = ("Chilean copper exports totalled $40.0 billion in 2021. China alone took 50% of the "
            "total, and the top three buyers took 70%.\n")
    assert errors(text) == []


def test_a_list_headed_by_its_market_and_year_is_of_flows_to_that_market():
    text = ("Australia - Pacific trade update, 2023\n\n"
            "Exports from Pacific island nations to Australia rose 5% in 2022 to A$500 million.\n\n"
            "Top exporters to Australia, 2022:\n"
            "- Fiji: A${fiji}m (60% of the total)\n"
            "- Samoa: A$80m\n"
            "- Tonga: A$40m\n")
    fiji = claim(text.format(fiji="300"), "A$300m")
    assert (fiji["reporter"], fiji["partner"], fiji["period"]) == ("FJI", "AUS", "2022")
    assert errors(text.format(fiji="300")) == []
    assert errors(text.format(fiji="380")) != []


def test_a_breakdown_that_leaves_out_a_product_the_whole_names_may_fall_short():
    text = ("Danish fish, meat and dairy exports were valued at EUR 10.0bn in 2023, the council said.\n\n"
            "By sector:\n\n"
            "- Pork: EUR 3.0bn\n"
            "- Cheese and butter: EUR 2.5bn\n"
            "- Beef: EUR {beef}bn\n")
    assert errors(text.format(beef="1.0")) == []  # (no fish among the bullets: they need not add up)
    assert errors(text.format(beef="5.0")) != []  # (but they may not pass the whole)


def test_the_top_destination_is_one_place_not_a_ranked_group():
    # ("the top export destination": a rank word and a noun, no count, so one place whose
    # share is checked against its own amount)
    text = ("Georgia's exports reached $6.0 billion in 2023. Armenia, which bought $0.90 billion "
            "worth of goods, became the top export destination with a {s} share.\n")
    assert errors(text.format(s="15.0%")) == []
    assert errors(text.format(s="25.0%")) != []

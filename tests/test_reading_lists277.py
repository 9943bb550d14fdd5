"""Lists of a group's members (round 77). "The remaining ECOWAS countries took $X", after
figures for some members named since the bloc, is the bloc less those members, so the listed
members and this rest add up to the flow with the bloc, as "Other ECOWAS countries" does. Flows
with places that between them give every member of a bloc once (vocab/blocs.csv) add up to
the flow with the bloc. A figure with a group whose words count its places ("the four
neighbouring countries") over a bullet for each of as many places: the bullets add up to it.
A flow whose clause names a scale of its producers ("by small-scale miners", "large-scale mining
companies exported") is that scale's part of the product, and the two scales make it up."""
from readings import claim, errors


def test_the_remaining_members_of_a_named_bloc_are_the_rest_of_it():
    text = ("Senegal's exports to ECOWAS member states reached $900.0 million in 2022.\n\n"
            "Mali was the largest market within ECOWAS at $400.0 million, followed by Guinea (${gin} million) "
            "and Gambia ($120.0 million). The remaining ECOWAS countries together took $180.0 million.")
    rest = claim(text.format(gin="200.0"), "$180.0 million", published="2023-03-01")
    assert rest["partner"] == "group:ECOWAS other than MLI+GIN+GMB"
    assert errors(text.format(gin="200.0"), published="2023-03-01") == []
    assert errors(text.format(gin="260.0"), published="2023-03-01") != []


def test_a_list_that_gives_every_member_of_a_bloc_adds_up_to_the_bloc():
    text = ("Chile's exports to Mercosur reached $50.0 billion in 2023, up 4% from the year before.\n\n"
            "Exports to Mercosur, 2023 ($ billion):\n\n"
            "- Brazil: {bra}\n"
            "- Argentina: 12.0\n"
            "- Paraguay and Uruguay: 8.0\n")
    assert errors(text.format(bra="30.0"), published="2024-02-01") == []
    assert errors(text.format(bra="35.0"), published="2024-02-01") != []


def test_bullets_for_as_many_places_as_a_group_counts_add_up_to_it():
    text = ("Austria's trade with its neighbours grew in 2023.\n\n"
            "Trade with the three neighbouring countries amounted to EUR 90.0 billion:\n"
            "• Germany: EUR {deu} billion\n"
            "• Italy: EUR 20.0 billion\n"
            "• Hungary: EUR 10.0 billion\n")
    assert errors(text.format(deu="60.0"), published="2024-03-01") == []
    assert errors(text.format(deu="66.0"), published="2024-03-01") != []


def test_flows_split_by_the_scale_of_their_producers_add_up_to_the_product():
    text = ("Gold exports by small-scale miners rose to US$1,200.0 million in 2022, figures from the "
            "Minerals Commission show.\n\n"
            "The small-scale sector shipped 0.9 million ounces, while large-scale mining companies exported "
            "1.8 million ounces valued at US${large} million.\n\n"
            "In all, Ghana exported gold worth US$3,600.0 million during the year.")
    assert claim(text.format(large="2,400.0"), "US$1,200.0 million", published="2023-03-01")["commodity"] == "small-scale gold"
    assert errors(text.format(large="2,400.0"), published="2023-03-01") == []
    assert errors(text.format(large="2,700.0"), published="2023-03-01") != []

"""Lists of a group's members (round 77). "The remaining ECOWAS countries took $X", after
figures for some members named since the bloc, is the bloc less those members, so the listed
members and this rest add up to the flow with the bloc, as "Other ECOWAS countries" does."""
from readings import claim, errors


def test_the_remaining_members_of_a_named_bloc_are_the_rest_of_it():
    text = ("Senegal's exports to ECOWAS member states reached $900.0 million in 2022.\n\n"
            "Mali was the largest market within ECOWAS at $400.0 million, followed by Guinea (${gin} million) "
            "and Gambia ($120.0 million). The remaining ECOWAS countries together took $180.0 million.")
    rest = claim(text.format(gin="200.0"), "$180.0 million", published="2023-03-01")
    assert rest["partner"] == "group:ECOWAS other than MLI+GIN+GMB"
    assert errors(text.format(gin="200.0"), published="2023-03-01") == []
    assert errors(text.format(gin="260.0"), published="2023-03-01") != []

"""Steel and aluminium briefs (round 69): a share after ", of which" is of the level right
before it; a period closing a net sentence dates the flow before the net too; bullets of one
measure stay bound by their whole."""
from readings import errors


def test_bullets_of_one_measure_still_bound_by_their_whole():
    text = ("Exports of copper rose 4.0% last year to 80.5 million tonnes.\n"
            "- Copper exports to Chile: 50.0 million tonnes\n"
            "- Copper exports to Peru: {p} million tonnes\n"
            "- Copper exports to Brazil: 10.0 million tonnes\n")
    assert errors(text.format(p="20.0")) == []
    assert errors(text.format(p="40.0")) != []


def test_a_share_after_of_which_is_of_the_level_before_it():
    text = ("The mill rolled about 5.0 million tonnes of plate in 2021. It sold 4.0 million tonnes "
            "abroad that year, of which 3.0 million tonnes, or {p} per cent, went to Mexico.\n")
    assert errors(text.format(p="75")) == []
    assert errors(text.format(p="60")) != []


def test_a_period_closing_the_net_sentence_dates_its_flow_too():
    text = ("The country exported 40.0 million tons of cement in 2023, up 5 percent. "
            "In March alone, shipments reached 3.0 million tons.\n\n"
            "Cement imports fell 10 percent to 4.0 million tons from 4.4 million tons, leaving net "
            "exports of {n} million tons for the year.\n")
    assert errors(text.format(n="36.0"), published="2024-01-15") == []
    assert errors(text.format(n="30.0"), published="2024-01-15") != []

"""Sugar trade press (round 72): the last figure of a sentence followed by a lead-in of its own
ending in a colon ("Of that amount:", "Of this total:", "Of which:") is broken down by the list
of "- label: figure" lines under it, as a figure whose own sentence ends on that colon is. Lines
of a label, one space and a bare figure ("Uganda 62,300"), several under a heading ending in a
colon and closed by a rest row ("Others 23,000") and a line labelled a total ("Total 238,450"),
are rows of a table whose total row is their sum. A question on a line of its own over a list ("Where did it come from?") is a
heading: the list is of a level stated further back, not only of the sentence just before it,
so a sub-period's level there ("December alone brought in 1.12mt") is not its one whole. Parts of
a quantity tied with no words pointing back ("Raw sugar will account for 8.9 million tonnes and
white sugar for 2.6 million tonnes") are of a level their own paragraph gives before them, not of
larger ones earlier paragraphs gave (the cane crushed, the season's output). (Where a
check needs a pair, a real country reports: an invented one gives the figures no pair to check.)"""
from readings import errors


def test_a_lead_in_sentence_hands_the_figure_before_to_the_list():
    text = ("Brazilian farm exports totalled US$ 7.00 billion in June 2010.\n\n"
            "The coffee complex was the largest item in the month, with sales of US$ 1.50 billion, "
            "or 21.4% of farm exports. {lead}\n\n"
            "  - green coffee: US$ 1,000.0 million\n"
            "  - roasted coffee: US$ {roasted} million\n"
            "  - soluble coffee: US$ 100.0 million\n")
    for lead in ("Of that amount:", "Of this total:", "Of which:"):
        assert errors(text.format(lead=lead, roasted="400.0"), published="2010-07-12") == []
        assert errors(text.format(lead=lead, roasted="500.0"), published="2010-07-12") != []


def test_a_lead_in_in_another_paragraph_hands_nothing_over():
    text = ("Brazilian farm exports totalled US$ 7.00 billion in June 2010.\n\n"
            "The coffee complex was the largest item in the month, with sales of US$ 1.50 billion, "
            "or 21.4% of farm exports.\n\n"
            "Of that amount:\n\n"
            "  - green coffee: US$ 1,000.0 million\n"
            "  - roasted coffee: US$ 400.0 million\n"
            "  - soluble coffee: US$ 100.0 million\n")
    assert errors(text, published="2010-07-12") == []


def test_label_and_figure_lines_with_one_space_add_up_to_their_total_row():
    text = ("Ruritania imported 100,000 tonnes of sugar from the region last year.\n\n"
            "The breakdown was:\n\n"
            "Freedonia 40,000\n"
            "Sylvania {sylvania}\n"
            "Grand Fenwick 20,000\n"
            "Others 10,000\n\n"
            "Total 100,000\n")
    assert errors(text.format(sylvania="30,000")) == []
    assert errors(text.format(sylvania="35,000")) != []


def test_lines_with_no_rest_row_may_list_only_some_parts():
    text = ("Ruritania imported 100,000 tonnes of sugar from the region last year.\n\n"
            "The main suppliers were:\n\n"
            "Freedonia 40,000\n"
            "Sylvania 30,000\n"
            "Grand Fenwick 20,000\n\n"
            "Total 100,000\n")
    assert errors(text) == []


def test_a_question_subheading_opens_the_list_of_the_figure_further_back():
    text = ("China imported 5.00 million tonnes of sugar last year, 50% more than the 3.33mt bought the "
            "year before. December alone brought in 1.10mt, the largest single month on record.\n\n"
            "Where did it come from?\n\n"
            "- Brazil: 3.00mt\n"
            "- India: {india}mt\n"
            "- Cuba: 0.50mt\n"
            "- Others: 0.50mt\n")
    assert errors(text.format(india="1.00"), published="2021-01-20") == []
    assert errors(text.format(india="1.30"), published="2021-01-20") != []


def test_parts_with_no_pointer_back_are_of_a_level_of_their_own_paragraph():
    text = ("Ruritania's sugar production reached a record 14.00 million tonnes in the 2017-18 season.\n\n"
            "Mills crushed 130.00 million tonnes of cane, compared with 90.00 million tonnes a season "
            "earlier.\n\n"
            "The millers' export arm estimates shipments in calendar 2018 at 10.0 million tonnes, up from "
            "7.0 million tonnes last year. Raw sugar will account for {raw} million tonnes and white sugar "
            "for 2.5 million tonnes.\n")
    assert errors(text.format(raw="7.5"), published="2018-05-22") == []
    assert errors(text.format(raw="8.5"), published="2018-05-22") != []

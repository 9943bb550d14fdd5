"""Abbreviations a text defines for a scaled unit (round 69): "4.6 million tonnes (mt)"
makes every later "mt" of that text hold the scale million, so a net flow stated in the
abbreviation is the gap of a flow written out and one written short."""
from readings import errors


def test_a_bracketed_abbreviation_after_a_scaled_unit_holds_its_scale():
    text = ("Cement shipments abroad fell to 4.6 million tonnes (mt) last year, while purchases "
            "from abroad climbed to 6.1 mt. Imports reached 6.1 mt in 2023 and exports 4.6 mt in "
            "2023, leaving net imports of {net} mt.\n")
    assert errors(text.format(net="1.5")) == []
    assert errors(text.format(net="2.5")) != []


def test_a_flow_sentence_with_the_defined_abbreviation_is_read_in_its_scale():
    text = ("Copper ore imports rose to 9.2 million tonnes (mt) in 2023, while exports fell to "
            "3.1 mt, leaving net imports of {net} mt.\n")
    assert errors(text.format(net="6.1")) == []
    assert errors(text.format(net="5.1")) != []


def test_a_plain_mt_without_a_definition_stays_metric_tons():
    text = ("Imports rose to 0.8314 million tonnes in 2023, while exports fell to 750,100 mt, leaving net "
            "imports of {net} mt.\n")
    assert errors(text.format(net="81,300")) == []
    assert errors(text.format(net="91,300")) != []

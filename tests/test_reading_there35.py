"""References back (round 35): "there" after a figure, in its clause, is the place named
before it (never one named after, nor the existential "there was"); and the right figure a
correction gives ("That should have said X") is the withdrawn figure's quantity, checked
against the text's levels while the withdrawn one is checked against nothing."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_there_after_the_figure_is_the_place_named_before():
    """Read: "Japan is a key market. Miners sold A$60 billion of coal there": exports to Japan."""
    text = ("Australia's total exports reached A$400 billion in 2023.\n\n"
            "Japan is a key market. Australian miners sold A$60 billion of coal there in 2023.")
    c = read(text)["claims"]["A$60 billion"]
    assert (c["measure"], c["reporter"], c["partner"], c["period"], c["commodity"]) == ("exports", "AUS", "JPN", "2023", "coal")


def test_there_after_the_figure_and_its_verb_is_the_place_named_before():
    """Read: "Shipments of coal reached A$60 billion there": to the place the sentence before named."""
    text = ("Australia's total exports reached A$400 billion in 2023.\n\n"
            "Japan is a key market. Shipments of coal reached A$60 billion there in 2023.")
    c = read(text)["claims"]["A$60 billion"]
    assert (c["reporter"], c["partner"]) == ("AUS", "JPN")


def test_existential_there_after_a_figure_names_no_place():
    """Read: "reached A$60 billion in 2023, and there was growth in ...": no partner from "there"."""
    text = ("Australia's total exports reached A$400 billion in 2023.\n\n"
            "Japan is a key market. Exports reached A$60 billion in 2023, and there was growth in services.")
    c = read(text)["claims"]["A$60 billion"]
    assert c["partner"] != "JPN"


def test_a_corrections_right_figure_is_the_withdrawn_change():
    """Read: "said exports to the EU fell by £53bn in January. That should have said £5.3bn.": £5.3bn is that fall, checked against the levels."""
    text = ("UK goods exports to the EU were £28.1bn in January 2024, down from £33.4bn in January 2023.\n\n"
            "Correction: An article on 3 March said UK goods exports to the EU fell by £53bn in January. "
            "That should have said £5.3bn.")
    r = read(text, published="2024-03-10")
    c = r["claims"]["£5.3bn"]
    assert (c["reporter"], c["partner"], c["period"], c["change_of"], c["change_base"]) == ("GBR", "EUU", "2024-01", "exports", "2023-01")
    assert "vintage" not in c and r["claims"]["£53bn"]["vintage"] == "withdrawn"
    assert r["errors"] == []
    assert read(text.replace("£5.3bn.", "£4.3bn."), published="2024-03-10")["errors"]


def test_a_corrections_right_level_is_the_withdrawn_level():
    """Read: "we said cheese exports to France were worth £472m in 2019. The correct figure was £427m.": a level of that flow."""
    text = ("In an article on dairy trade, we said British cheese exports to France were worth £472m in 2019. "
            "The correct figure was £427m.")
    r = read(text)
    c = r["claims"]["£427m"]
    assert (c["measure"], c["reporter"], c["partner"], c["period"]) == ("exports", "GBR", "FRA", "2019")
    assert "vintage" not in c and r["claims"]["£472m"]["vintage"] == "withdrawn"

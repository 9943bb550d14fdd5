"""Money as historical wires and Asian agencies write it (a ninth round of probe passages):
currencies since given up ("DM 955.2 billion", "173.5 billion francs" in a Paris story of
1998, lire, pesetas, guilders, schillings), the yen written "Y" before the figure, and a
bare "francs" that no country in the text places."""
import pytest

from tradecheck import verify_text


def read(text: str, published: str) -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


GERMANY = ("WIESBADEN, Feb. 18, 1999 -- German exports rose 7.1 percent to a record {x} in 1998, the Federal "
           "Statistics Office said. Imports rose 6.9 percent to DM 826.6 billion, lifting the trade surplus to "
           "{b} from DM 118.6 billion in 1997.")


@pytest.mark.parametrize("exports", ["DM 955.2 billion", "DM955.2bn", "955.2 billion marks", "955.2 billion Deutsche marks"])
def test_deutsche_mark_amounts_are_read_in_marks(exports):
    r = read(GERMANY.format(x=exports, b="DM 128.6 billion"), "1999-02-18")
    c = r["claims"][exports]
    assert (c["currency"], c["value"], c["measure"], c["reporter"]) == ("DEM", 955.2e9, "exports", "DEU")
    assert r["errors"] == []


def test_a_balance_in_marks_that_does_not_add_up_is_an_error():
    r = read(GERMANY.format(x="DM 955.2 billion", b="DM 138.6 billion"), "1999-02-18")
    assert any("DEM 138.6bn" in e for e in r["errors"])


def test_a_rate_in_marks_per_euro_is_no_amount():
    text = (GERMANY.format(x="DM 955.2 billion", b="DM 128.6 billion")
            + " Converted at the fixed rate of 1.95583 marks per euro, exports were worth 488.4 billion euros.")
    r = read(text, "1999-02-18")
    assert not any("1.95583" in t for t in r["claims"])
    assert r["claims"]["488.4 billion euros"]["currency"] == "EUR"
    assert r["errors"] == []


def test_yen_written_y_before_the_figure():
    r = read("TOKYO, Jan. 22, 1997 -- Japan's global trade surplus fell 35.4 percent to $61.6 billion in 1996. "
             "In yen terms the surplus came to Y6.70 trillion, a drop of 25.3 percent.", "1997-01-22")
    c = r["claims"]["Y6.70 trillion"]
    assert (c["currency"], c["value"], c["measure"]) == ("JPY", 6.7e12, "balance")
    assert r["errors"] == []


def test_y2k_is_no_amount_of_yen():
    r = read("TOKYO, Jan. 5, 2000 -- Japan's exporters spent Y2 billion on the Y2K bug, the ministry said.",
             "2000-01-05")
    assert "Y2 billion" in r["claims"]
    assert not any(t.startswith("Y2K") for t in r["claims"])


def test_francs_in_a_french_story_of_the_franc_years_are_french_francs():
    r = read("PARIS, Feb. 17, 1998 -- France's trade surplus reached a record 173.5 billion francs in 1997, up "
             "41.9 percent from 122.3 billion francs in 1996. Exports rose to 1,576.0 billion francs, while "
             "imports increased to 1,402.5 billion francs. The surplus was equivalent to about $29.7 billion.",
             "1998-02-17")
    assert {r["claims"][t]["currency"] for t in ("173.5 billion francs", "1,576.0 billion francs")} == {"FRF"}
    assert r["claims"]["$29.7 billion"]["currency"] == "USD"
    assert r["errors"] == []


def test_francs_follow_the_country_the_story_is_about():
    belgium = read("Belgium's exports reached 6,200 billion francs in 1997.", "1998-03-01")
    swiss = read("Switzerland's exports rose to 55 billion francs in 2023.", "2024-02-01")
    assert belgium["claims"]["6,200 billion francs"]["currency"] == "BEF"
    assert swiss["claims"]["55 billion francs"]["currency"] == "CHF"


def test_a_french_story_after_the_euro_does_not_read_francs_as_french():
    r = read("France's imports from Switzerland rose to 5 billion francs in 2023.", "2024-02-01")
    assert r["claims"]["5 billion francs"]["currency"] == "CHF"


def test_francs_no_country_places_stay_unknown_and_apart_from_dollars():
    # Germany has used neither francs nor (in 2024) marks: the text does not say whose francs
    r = read("Germany's exports rose 10 percent to 55 billion francs in 2023 from 50 billion francs in 2022. "
             "Exports in dollars were $40 billion in 2022.", "2024-02-01")
    c = r["claims"]["55 billion francs"]
    assert c["currency"] == "XXX" and c["value_usd"] is None  # ISO 4217 "no currency"
    assert c["value_usd_note"] == "the text does not say which currency"
    assert r["errors"] == []  # (50 billion francs and $40 billion are not one figure said twice)


def test_francs_of_unknown_currency_still_add_up_among_themselves():
    r = read("Germany's exports reached 55 billion francs in 2023, while imports reached 40 billion francs, "
             "leaving a surplus of 25 billion francs.", "2024-02-01")
    assert any("15bn" in e for e in r["errors"])


@pytest.mark.parametrize("text, figure, code", [
    ("Italy's exports rose to 400,000 billion lire in 1997.", "400,000 billion lire", "ITL"),
    ("Italy's surplus was 50,000 billion lira in 1997.", "50,000 billion lira", "ITL"),
    ("Spain's exports rose to 15.2 trillion pesetas in 1997.", "15.2 trillion pesetas", "ESP"),
    ("Dutch exports rose to 350 billion guilders in 1997.", "350 billion guilders", "NLG"),
    ("Austria's exports rose to 800 billion schillings in 1997.", "800 billion schillings", "ATS"),
    ("Finland's exports rose to 250.1 billion marks in 1997.", "250.1 billion marks", "FIM"),
    ("France's surplus reached FFr173.5bn in 1997.", "FFr173.5bn", "FRF"),
])
def test_former_european_currencies(text, figure, code):
    r = read(text, "1998-02-17")
    assert r["claims"][figure]["currency"] == code
    assert r["claims"][figure]["value_usd"] is None  # no rate for them: unverifiable, never an alarm


def test_lira_in_a_turkish_story_stays_turkish():
    r = read("Turkey's exports to Italy rose to 50 billion lira in 2023.", "2024-02-01")
    assert r["claims"]["50 billion lira"]["currency"] == "TRY"


def test_a_sign_on_the_next_line_starts_the_next_figure():
    r = read("Euro area international trade in goods surplus €24.1 bn\n€17.6 bn surplus for EU\n\n"
             "As a result, the euro area recorded a €24.1 bn surplus in trade in goods with the rest of the world "
             "in March 2024.", "2024-05-17")
    assert "€24.1 bn" in r["claims"] and "€17.6 bn" in r["claims"]

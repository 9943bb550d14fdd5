"""Lists (round 41): a flow's bulleted breakdown whose whole the text gave a sentence or two
before the heading (a volume or a price in between), or under a line that names the whole
broken down ("the export basket for 2023 was as follows:"), adds up to that whole; and a
province's figure "of that", restated as a share, is its part of the country's figure before."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


COFFEE = ("Peru's coffee exports totalled US$900 million in 2023, up from US$800 million in 2022.\n\n"
          "Shipments came to 250,000 tonnes, an average of US$3.60 per kilo.\n\n"
          "By type:\n"
          "- Green coffee: US$700 million\n"
          "- Roasted coffee: US$150 million\n"
          "- Extracts and other forms: US$50 million\n")


def test_a_breakdown_adds_up_to_the_flow_before_a_volume_sentence():
    """Read: the three kinds of coffee add up to the US$900 million two sentences above the heading."""
    r = read(COFFEE)
    assert r["claims"]["US$700 million"]["commodity"] == "green coffee"
    assert r["errors"] == []


def test_a_changed_item_breaks_the_breakdown_of_the_flow_before():
    """Roasted coffee 100 million higher: the parts no longer add up to the whole."""
    assert any("US$900 million" in e or "$900mn" in e for e in read(COFFEE.replace("US$150 million", "US$250 million"))["errors"])


TEA = ("Kenya's tea exports rose 5.0 per cent to USD 1.40 billion in 2023, up from USD 1.33 billion in 2022. "
       "Earnings in December alone stood at USD 0.12 billion.\n\n"
       "The sector remained the country's largest farm export.\n\n"
       "Product-wise, the export basket for 2023 was as follows:\n\n"
       "* Black tea: USD 1.20 billion\n"
       "* Green tea: USD 0.15 billion\n"
       "* Specialty teas: USD 0.05 billion\n")


def test_a_list_under_the_basket_as_follows_adds_up_to_the_years_flow():
    """Read: "the export basket for 2023 was as follows:" lists the whole of the year's
    exports (USD 1.40 billion), not December's; one item changed breaks the sum."""
    assert read(TEA)["errors"] == []
    assert read(TEA.replace("USD 0.15 billion", "USD 0.35 billion"))["errors"]


def test_a_list_under_other_words_is_not_summed_against_an_earlier_flow():
    """"Highlights were as follows:" names no whole: its items are a selection, not summed."""
    text = TEA.replace("Product-wise, the export basket for 2023 was as follows:", "Highlights were as follows:")
    assert read(text.replace("USD 0.15 billion", "USD 0.35 billion"))["errors"] == []


OLIVE = ("Spain exported €4.0 billion of pork to Italy in 2023, up from €3.5 billion in 2022. "
         "Andalusia shipped €2.6 billion of that, or 65 per cent, the regional government said.")


def test_a_units_figure_of_that_is_its_part_of_the_countrys():
    """Read: "Andalusia shipped €2.6 billion of that, or 65 per cent": pork to Italy, 65% of Spain's €4.0 billion."""
    r = read(OLIVE)
    part = r["claims"]["€2.6 billion"]
    assert part["commodity"] == "pork" and part["partner"] == "ITA"
    assert r["errors"] == []


def test_a_changed_units_figure_of_that_is_flagged():
    """€3.0 billion is 75% of €4.0 billion, not 65 per cent."""
    assert read(OLIVE.replace("€2.6 billion", "€3.0 billion"))["errors"]

"""Building materials and tea volumes (a forty-fifth round of passages, leftovers): a key
figures list that gives a sector's total sales above its home sales and its exports, a
share of a volume in kilos of a total stated after it, and the earner of money named as the
object of "earned". How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def key_figures(home: str) -> str:
    return ("Portugal's glassware makers had a good year in 2023.\n\n"
            "Main figures 2023:\n"
            "- Total sales: EUR 1,250 million (+6.0%)\n"
            "- Exports: EUR 830 million\n"
            f"- Domestic sales: EUR {home} million\n"
            "- Share of exports in total sales: 66.4%\n")


def test_a_total_of_sales_above_its_home_sales_and_exports_is_their_sum():
    """"Total sales" first, then "Exports" and "Domestic sales": the two make the total."""
    assert errors(key_figures("420")) == []
    found = errors(key_figures("520"))
    assert len(found) == 1 and "830 million (Exports) + EUR 520 million (Domestic sales) = 1,350" in found[0]


def test_a_total_of_production_above_home_sales_and_exports_is_no_sum():
    """What is made is not what is sold (stocks come between): no sum of a production line."""
    text = key_figures("520").replace("Total sales", "Total production")
    assert errors(text) == []


def test_a_line_between_the_total_and_its_kinds_leaves_the_list_unread():
    """A region's line among them: which kinds split the total is unclear."""
    text = key_figures("520").replace("- Exports:", "- of which EU: EUR 600 million\n- Exports:")
    assert errors(text) == []


def shipped(part: str) -> str:
    return (f"Vietnam sold {part} million kilogrammes of pepper to India in 2023, about 20 percent "
            "of the country's total pepper exports of 251.0 million kilos, traders said.")


def test_a_hedged_share_of_a_volume_in_kilos_is_checked_against_the_whole_after_it():
    """"about 20 percent" of 251.0 million kilos: 50.2 million is it, 60.2 million (24%) is not."""
    assert errors(shipped("50.2")) == []
    found = errors(shipped("60.2"))
    assert len(found) == 1 and "60.2 million kilogrammes / 251.0 million kilos" in found[0]


def test_the_place_a_verb_of_earning_names_before_its_money_is_the_exporter():
    """"The shipments earned Ghana $2.4 billion": Ghana earned it, so Ghana exports."""
    text = ("Ghana sold cocoa to the Netherlands worth much in 2023. The cocoa shipments earned Ghana "
            "$2.4 billion, about 80 percent of the $3.0 billion worth of goods Ghana exported to the Netherlands.")
    claims = {c["text"]: c for c in result(text)["claims"]}
    earned, whole = claims["$2.4 billion"], claims["$3.0 billion"]
    assert (earned["reporter"], earned["partner"], earned["measure"]) == ("GHA", "NLD", "exports")
    assert (whole["reporter"], whole["partner"]) == ("GHA", "NLD")
    assert whole["commodity"] in (None, "")

"""Coverage of carbon border levies (round 40): a total of the products "along with" the one
before ("that puts $Z of exports in scope"), goods a named measure covers broken down "of
that" / "of this", a figure over a list of "• Label: figure" lines, the whole of a share whose
owner's flow names its partner, and a whole "the country sold to" a place. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


ALONG = ("Brazil shipped $5.2bn of iron ore to China last year. Along with $2.1bn of soybeans and $0.4bn of "
         "coffee, that puts $7.7bn of Brazilian exports in the scope of the new rules, 9.5 per cent of the "
         "$81bn of goods the country sold to China in 2023.")


def test_a_total_along_with_the_figure_before_is_their_sum():
    """"Along with A and B, that puts $Z": $Z is the three products together, not the last one listed."""
    r = read(ALONG)
    c = r["claims"]["$7.7bn"]
    assert c["commodity"] == "iron ore + soybeans + coffee" and c["attribution"]["commodity"] == "added-to-the-figure-before"
    assert any(f["check"] == "sum" and f["status"] == "consistent" for f in r["findings"])
    assert not r["errors"]


def test_a_whole_the_country_sold_to_a_place_is_with_that_place():
    """"of the $81bn of goods the country sold to China": the reporter's exports to China, not to the world."""
    c = read(ALONG)["claims"]["$81bn"]
    assert (c["reporter"], c["partner"]) == ("BRA", "CHN")


def test_a_total_along_with_that_does_not_add_up_is_flagged():
    """The same total stated as $8.7bn: the parts give $7.7bn."""
    assert read(ALONG.replace("$7.7bn", "$8.7bn"))["errors"]


COVERED = ("The EU's imports of goods in the scope of the CBAM were worth €40.0 billion in 2023. Iron and steel accounted "
           "for €25.0 billion of that, aluminium for €9.0 billion and fertilisers for €4.0 billion. Cement "
           "imports came to €1.5 billion.")


def test_goods_a_named_measure_covers_are_a_basket_of_their_own():
    """"goods in the scope of the CBAM": that basket, not all goods."""
    c = read(COVERED)["claims"]["€40.0 billion"]
    assert c["commodity"] == "goods covered by cbam" and c["attribution"]["commodity"] == "covered-goods"


def test_parts_of_that_are_within_the_covered_goods():
    """"Iron and steel accounted for €25.0 billion of that, ...": parts of the basket, bound by it."""
    r = read(COVERED)
    assert not r["errors"]
    assert read(COVERED.replace("€9.0 billion", "€12.0 billion"))["errors"]


REMAINING = ("Vietnam exported $5.0bn worth of goods that will fall under the CBAM to the EU in 2023. Steel made "
             "up the bulk of this, at $4.1bn. Aluminium accounted for a further $0.6bn, while fertiliser "
             "exports made up the remaining $0.3bn.")


def test_a_breakdown_closed_by_the_remaining_adds_up_to_its_whole():
    """"..., while fertiliser exports made up the remaining $0.3bn": the parts are all of the basket."""
    r = read(REMAINING)
    assert any(f["check"] == "sum" and f["status"] == "consistent" for f in r["findings"])
    assert read(REMAINING.replace("$4.1bn", "$3.6bn"))["errors"]


BULLETS = ("Canada will tax imports of steel, aluminium and cement. Imports of those goods were worth C$9.0bn in "
           "2023, according to the finance ministry:\n\n"
           "• Steel: C$5.0bn\n"
           "• Aluminium: C$3.0bn\n"
           "• Cement: C$1.0bn\n\n"
           "The levy starts in 2027.")


def test_a_list_of_labelled_figures_under_a_colon_is_within_the_figure():
    """"... were worth C$9.0bn ...:" over three "• Label: figure" lines: all three together within it."""
    assert not read(BULLETS)["errors"]
    assert read(BULLETS.replace("C$3.0bn", "C$4.0bn"))["errors"]


SHARE_WHOLE = ("Chile's exports of goods covered by the European Union's Carbon Border Adjustment Mechanism (CBAM) "
               "amounted to $2.0 billion in 2023. The CBAM goods accounted for 20.0 percent of Chile's total exports "
               "to the EU, which reached $10.0 billion last year.")


def test_the_whole_of_a_share_keeps_the_partner_its_flow_names():
    """"20.0 percent of Chile's total exports to the EU, which reached $10.0 billion": with the EU."""
    r = read(SHARE_WHOLE)
    c = r["claims"]["$10.0 billion"]
    assert (c["reporter"], c["partner"]) == ("CHL", "EUU")
    assert r["claims"]["20.0 percent"]["commodity"] == "goods covered by cbam"
    assert not r["errors"]
    assert read(SHARE_WHOLE.replace("$2.0 billion", "$2.6 billion"))["errors"]

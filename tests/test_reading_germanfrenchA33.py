"""French and German trade releases and press in translation (round 33, first share): a
bulleted "Label: surplus of X" item, a sector named as the subject of its exports and of the
imports and surplus that follow, a record said of earlier years, a bare product noun opening
its sentence, "i.e." inside a sentence, an aside holding a list, and a "That" after a whole."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


SURPLUS_ITEMS = ("In 2023, the goods deficit of Italy was €40.0 billion, with exports of €300.0 "
                 "billion and imports of €340.0 billion.\n\nSectors in surplus\n"
                 "- Shipbuilding and yachts: surplus of €12.5 billion.\n"
                 "- Cosmetics: surplus of €8.0 billion.\n\n"
                 "Services showed a surplus of €30.0 billion.")


def test_a_bulleted_label_before_its_surplus_of_is_the_figure_product():
    """"- Shipbuilding and yachts: surplus of €12.5 billion" is that item's surplus, not the
    whole balance (so it is never summed with the goods deficit and services)."""
    r = read(SURPLUS_ITEMS)
    assert r["claims"]["€12.5 billion"]["commodity"] == "shipbuilding and yachts"
    assert r["claims"]["€12.5 billion"]["measure"] == "balance"
    assert r["errors"] == []


SECTOR = ("In 2022, Italy's shipbuilding industry exported €40.0 billion worth of vessels, against "
          "imports of {imports} billion, leaving a surplus of €25.0 billion. Overall, the goods deficit "
          "widened to €70.0 billion from €60.0 billion in 2021.")


def test_a_sector_subject_is_the_product_of_the_flows_its_sentence_goes_on_with():
    """The sector opening the sentence (past its owner's possessive) is the subject of the
    imports and surplus after its exports: none of them is the country's whole balance."""
    r = read(SECTOR.format(imports="€15.0"), published="2023-02-10")
    for figure in ("€40.0 billion", "€15.0 billion", "€25.0 billion"):
        assert r["claims"][figure]["commodity"] == "shipbuilding sector"
    assert r["claims"]["€40.0 billion"]["reporter"] == "ITA"
    assert r["errors"] == []


def test_a_changed_import_figure_of_the_sector_is_flagged():
    """exports 40.0 - imports 18.0 is no surplus of 25.0."""
    r = read(SECTOR.format(imports="€18.0"), published="2023-02-10")
    assert any("€25bn" in e for e in r["errors"])


def test_a_record_said_of_earlier_years_is_no_record_of_the_figure():
    """"After two record years, ... fell": the record is the earlier years', so a lower
    figure than the year before is no contradiction."""
    r = read("After two record years, Italian cheese exports fell in 2023.\n\n"
             "Exports of cheese fell by 4.0% in 2023 to €4.8 billion, compared with €5.0 billion in 2022.")
    assert r["errors"] == []


def test_a_record_for_a_count_in_apposition_passes_to_no_later_figure():
    """"delivered 540 commercial aircraft last year, a company record": the count's record, not that of
    the deficit in the next sentence (which narrowed, so is no record)."""
    r = read("The reason: the yard delivered 540 commercial aircraft last year, a company record.\n\n"
             "Overall, Italy's trade deficit for goods narrowed slightly, to €40.0 billion in 2023 from "
             "€45.0 billion a year earlier.")
    assert r["errors"] == []


def test_bare_product_nouns_opening_their_sentences_name_the_parts():
    """"Cheeses held up well, with sales abroad of" and "Butters, on the other hand, fell to":
    after a product's total, each sentence's opening noun is the part its figure is of, so
    neither part is read as the total."""
    r = read("Italian exports of cheeses and butters fell by 2.0% in 2023, to €9.8 billion, compared "
             "with €10.0 billion in 2022.\n\nCheeses held up relatively well, with sales abroad of €6.0 "
             "billion. Butters, on the other hand, fell to €3.8 billion.")
    assert r["claims"]["€6.0 billion"]["commodity"] == "cheeses"
    assert r["claims"]["€3.8 billion"]["commodity"] == "butters"
    assert r["errors"] == []


def test_the_sectors_surplus_is_of_the_group_its_parts_make_up():
    """"the sector's trade surplus" after parts of "cheeses and butters": the group's."""
    r = read("Italian exports of cheeses and butters reached €9.8 billion in 2023. Butters, on the "
             "other hand, fell to €3.8 billion. The sector's trade surplus reached €8.0 billion.")
    assert r["claims"]["€8.0 billion"]["commodity"] == "cheeses and butters"


def test_ie_does_not_end_the_sentence():
    """"..., i.e. 2.6 times its previous level": the multiple stays in the sentence of the two
    levels it restates, of their product, and a changed level is flagged."""
    text = ("Italy's fuel imports climbed to €{level} billion in 2022, compared with €20.0 billion "
            "in 2021, i.e. 2.6 times its previous level.")
    ok = read(text.format(level="52.0"), published="2023-02-10")
    assert ok["claims"]["2.6 times"]["commodity"] == ok["claims"]["€20.0 billion"]["commodity"]
    assert ok["errors"] == []
    assert read(text.format(level="60.0"), published="2023-02-10")["errors"]


def test_a_flow_word_inside_an_aside_holding_a_list_is_not_the_figure_flow():
    """", which includes purchases of gas, oil and coal minus sales of power," is one aside
    (its commas are a list's): "sales" in it does not make the figure exports."""
    r = read("Italy's fuel imports, which include purchases of gas, oil and coal minus sales of power, "
             "stood at €4.0 billion in January.", published="2026-03-06")
    assert r["claims"]["€4.0 billion"]["measure"] == "imports"


def test_that_after_a_whole_balance_is_the_whole_not_the_product_before():
    """"..., producing a deficit of $100bn. That was $4bn narrower than the $104bn deficit of
    2022": the whole's change, though a product's figure came before it."""
    r = read("Italy's energy imports came to $60.0 billion in 2023. Overall, exports reached $250.0 "
             "billion while imports totalled $350.0 billion, producing a trade deficit of $100.0 billion. "
             "That was $4.0 billion narrower than the $104.0 billion deficit of 2022.", published="2024-02-05")
    assert r["claims"]["$104.0 billion"]["commodity"] is None
    assert r["errors"] == []

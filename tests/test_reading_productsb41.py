"""Sentences of kinds met in the forty-first round of probe passages (gem, drinks and forestry
releases): forms of a product ("rough", "polished", "bulk"), list labels carried to every
figure of their bullet, a breakdown heading over bullets of two flows, a change after a volume
in cubic metres, and the whole a "last year's exports" opener breaks down."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


FORMS = ("SURAT, 10 March 2024: India's exports of cut and polished diamonds slipped 12.0% to $8,800 million "
         "in 2023 from $10,000 million in 2022. Lab-grown diamond exports rose 20.0% to {lab} million from $1,000 million.")


def test_a_form_before_a_product_word_makes_a_product_of_its_own():
    """"cut and polished diamonds" and "lab-grown diamond exports" are two products, not "diamonds" twice."""
    r = read(FORMS.format(lab="$1,200"))
    assert r["claims"]["$8,800 million"]["commodity"] == "cut & polished diamonds"
    assert r["claims"]["$1,200 million"]["commodity"] == "lab-grown diamonds"
    assert r["errors"] == []


def test_a_changed_figure_of_a_form_is_flagged_against_its_own_change():
    """The lab-grown change is checked against the lab-grown levels."""
    r = read(FORMS.format(lab="$1,500"))
    assert any("+20.0%" in e for e in r["errors"])


BULLETS = ("Rotterdam flower auction turnover, 2023\n\n"
           "Imports totalled €5.0 billion and exports €6.0 billion. The breakdown by category:\n\n"
           "- Cut flowers: imports €3.0 billion, exports {cut} billion\n"
           "- Pot plants: imports €2.0 billion, exports €2.5 billion\n")


def test_every_figure_of_a_labelled_bullet_is_the_labels():
    """"- Cut flowers: imports €3.0 billion, exports €3.5 billion": both figures are of cut flowers."""
    r = read(BULLETS.format(cut="€3.5"))
    assert r["claims"]["€3.0 billion"]["commodity"] == "cut flowers"
    assert r["claims"]["€3.5 billion"]["commodity"] == "cut flowers"
    assert r["claims"]["€2.5 billion"]["commodity"] == "pot plants"
    assert r["errors"] == []


def test_bullets_of_two_flows_under_a_breakdown_heading_add_up_to_each_flows_total():
    """The exports of the bullets add up to the exports before the heading, the imports to the imports."""
    r = read(BULLETS.format(cut="€4.5"))
    assert any(e.startswith("sum") or "€4.5bn + €2.5bn" in e for e in r["errors"])


def test_a_quantity_items_change_in_brackets_keeps_its_worth_the_labels():
    """"- Bulk wine: 500 million litres (+10%), worth €200 million" is bulk wine's money, a part of all wine."""
    r = read("Italy exported 1,000 million litres of wine worth €3,000 million in 2023.\n\n"
             "- Bulk wine: 500 million litres (+10%), worth €200 million\n")
    assert r["claims"]["€200 million"]["commodity"] == "bulk wine"
    assert r["errors"] == []


def test_a_change_after_a_volume_in_cubic_metres_is_no_change_of_money():
    """"8.0 million m3 (–5 %)" is a change of the volume, not of the exports' value."""
    r = read("Key figures 2023\n- Export value: EUR 10.0 billion (2022: EUR 12.0 billion)\n"
             "- Sawn softwood exports: 8.0 million m3 (–5 %)\n")
    assert "–5 %" not in r["claims"] or r["claims"]["–5 %"]["measure"] not in ("exports", "imports")
    assert r["errors"] == []


def test_a_flow_and_its_products_flow_are_two_products():
    """"wood and wood products" and "wood products" are not one figure stated twice."""
    r = read("Wood and wood product exports in 2023 were US$14.0 billion. Of this, exports of wood products "
             "accounted for US$10.0 billion.")
    assert r["claims"]["US$14.0 billion"]["commodity"] == "wood and wood products"
    assert r["claims"]["US$10.0 billion"]["commodity"] == "wood products"
    assert r["errors"] == []


LAST_YEARS = ("HELSINKI – Finnish paper industry exports totalled EUR 10.0 billion in 2023, down from EUR 11.0 billion "
              "a year earlier. Of last year's exports, newsprint accounted for EUR 5.0 billion, board for {board} billion "
              "and tissue for EUR 2.0 billion.")


def test_last_years_exports_opener_breaks_down_the_total_before():
    """"Of last year's exports, A accounted for ..., B for ...": parts of the total the sentence before gave."""
    assert read(LAST_YEARS.format(board="EUR 3.0"), "2024-02-15")["errors"] == []
    assert any("exceed" in e for e in read(LAST_YEARS.format(board="EUR 4.0"), "2024-02-15")["errors"])

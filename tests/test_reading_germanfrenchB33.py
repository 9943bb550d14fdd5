"""German and French releases in translation, second share: a list whose complement item
("Third countries") follows nested "of which" items; EU dispatches to "other Member States
of the European Union"; the euro area and the rest of the EU as parts of the EU; a
coordinated pair of changes with one base after both; a label line "Imports: EUR X, -2.2%";
the series a heading or the sentence before gives an earlier level; "before adjustment";
a second verb after "... economy and imported"; a generic statistics office that is the
named one; and the German scale "Mrd."."""
from tradecheck import verify_text


def read(text: str, published: str = "2021-11-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def partner(c: dict) -> str | None:
    return c.get("partner") or c.get("partner_group")


LIST = ("Austria's exports by destination, 2020\n"
        "- EU member states: EUR 100.0 billion\n"
        "  - of which euro area countries: EUR {} billion\n"
        "  - of which EU countries not belonging to the euro area: EUR 30.0 billion\n"
        "- Third countries: EUR 60.0 billion\n")


def test_third_countries_after_nested_items_are_those_outside_the_top_item():
    """The complement item is the rest of the item before it at its own depth (the EU), not
    of the nested euro area; the non-euro EU item is a group of Austria's partners."""
    r = read(LIST.format("70.0"))
    assert partner(r["claims"]["EUR 60.0 billion"]) == "other than EUU"
    assert partner(r["claims"]["EUR 30.0 billion"]) == "EU outside the euro area"
    assert r["claims"]["EUR 30.0 billion"]["reporter"] == "AUT"
    assert r["errors"] == []


def test_euro_area_and_rest_of_eu_add_up_to_the_eu():
    """A changed euro-area figure no longer adds up with the rest of the EU to the EU."""
    assert read(LIST.format("75.0"))["errors"]


def test_goods_dispatched_to_other_member_states_are_exports_to_the_eu():
    """"dispatched to other Member States of the European Union": exports to the EU."""
    r = read("In 2020, Austria exported goods worth EUR 160.0 billion. Goods worth EUR 100.0 billion were "
             "dispatched to other Member States of the European Union, while goods worth EUR 60.0 billion "
             "were exported to third countries.")
    c = r["claims"]["EUR 100.0 billion"]
    assert (c["measure"], c["partner"]) == ("exports", "EUU")
    assert r["errors"] == []


def test_one_base_after_a_coordinated_pair_of_changes_is_both_changes_base():
    """"exports fell by 2.0% and imports by 1.0% on May 2021": both compare with May."""
    r = read("In June 2021, Austrian exports fell by 2.0% and imports by 1.0% on May 2021.")
    assert r["claims"]["2.0%"]["base_period"] == "2021-05"
    assert r["claims"]["1.0%"]["base_period"] == "2021-05"


def test_a_change_in_a_label_line_after_a_euro_amount_is_the_labels_flow():
    """"Imports: EUR 45.0 billion, -2.0% on the previous month": the code EUR is the
    amount's unit, no currency moving; the change is of imports."""
    r = read("Foreign trade, June 2021\n- Exports: EUR 50.0 billion, +1.0% on the previous month\n"
             "- Imports: EUR 45.0 billion, -2.0% on the previous month\n")
    assert r["claims"]["-2.0%"]["measure"] == "imports"
    assert r["claims"]["+1.0%"]["measure"] == "exports"


RELEASE = ("Foreign trade, June 2021 (calendar and seasonally adjusted)\n"
           "- Imports: EUR 45.0 billion, -2.0% on the previous month\n\n"
           "In June 2021, Austrian imports decreased by 2.0% on May 2021, on a calendar and seasonally adjusted "
           "basis. In May 2021, imports had amounted to EUR {} billion.")


def test_a_heading_and_the_sentence_before_give_the_series_of_levels():
    """The heading's "(calendar and seasonally adjusted)" is the series of the list under it;
    an earlier level restated after an adjusted change ("had amounted to") is adjusted too."""
    r = read(RELEASE.format("45.9"))
    assert r["claims"]["EUR 45.0 billion"]["scope"] == "seasonally adjusted"
    assert r["claims"]["EUR 45.9 billion"]["scope"] == "seasonally adjusted"
    assert r["errors"] == []


def test_a_changed_earlier_level_of_the_adjusted_series_is_flagged():
    assert read(RELEASE.format("49.0"))["errors"]


def test_before_adjustment_is_the_raw_series():
    """"In raw terms, before adjustment": the unadjusted deficit, no duplicate of the
    adjusted one."""
    r = read("France's trade deficit widened to 6.0 billion euros in June. In raw terms, before adjustment, "
             "the deficit came to 7.5 billion euros.")
    assert r["claims"]["7.5 billion euros"]["scope"] == "not seasonally adjusted"
    assert r["errors"] == []


def test_second_verb_after_a_noun_of_other_money_is_still_the_subjects_flow():
    """"exported ... to the world's largest economy and imported goods worth": imports, not
    money of the economy."""
    r = read("Austria exported goods worth 10.0 billion euros to the world's largest economy and imported "
             "goods worth 6.0 billion euros in 2020.")
    assert r["claims"]["6.0 billion euros"]["measure"] == "imports"


def test_a_generic_statistics_office_is_the_named_office_of_the_reporter():
    """"the federal statistics office" and "Destatis" are one source: the figures are
    checked against each other."""
    text = ("Germany's trade with Japan fell in 2020, data from the federal statistics office showed. "
            "Trade with Japan totalled 40.0 billion euros, preliminary figures from Destatis showed.\n\n"
            "Germany exported goods worth 20.0 billion euros to Japan and imported goods worth {} billion euros.")
    assert read(text.format("20.0"), "2021-02-18")["errors"] == []
    assert read(text.format("25.0"), "2021-02-18")["errors"]


def test_german_scale_mrd():
    """"€ 253,0 Mrd.": billions, decimal comma."""
    r = read("Waren im Wert von € 253,0 Mrd. were traded between Germany and China in 2023, "
             "while exports to France came to € 120,0 Mrd.", "2024-02-15")
    assert r["claims"]["€ 253,0 Mrd."]["value"] == 253.0e9

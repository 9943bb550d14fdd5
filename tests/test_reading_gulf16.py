"""Sentences of kinds met in Gulf, Turkish and Iranian trade reports (round 16): re-exports
given as a component beside non-oil exports, a dateline that is a city and a colon."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-09-08") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# total = non-oil exports + re-exports + imports: 412 + 537 + 861 = 1,810; 1,810 / 1,460 = +24.0%;
# 412 / 1,810 = 22.8%
UAE = ("Abu Dhabi: The UAE's non-oil foreign trade reached AED1.81 trillion in the first half of 2025, "
       "up 24.0 per cent from AED1.46 trillion in H1 2024.\n\n"
       "Non-oil exports rose to AED412 billion, accounting for 22.8 per cent of total non-oil trade.\n\n"
       "Re-exports stood at AED{reex} billion during the period, while imports came in at AED861 billion.")


def test_reexports_in_the_next_paragraph_are_a_component_beside_non_oil_exports():
    r = read(UAE.format(reex=537))
    assert r["claims"]["AED412 billion"]["commodity"] == "non-oil, excluding re-exports"
    assert r["errors"] == []


def test_the_three_components_must_add_up_to_the_total():
    assert read(UAE.format(reex=597))["errors"]  # 1.87 trillion


def test_a_city_and_a_colon_opening_the_lead_is_a_dateline_not_a_partner():
    c = read(UAE.format(reex=537))["claims"]["AED1.46 trillion"]
    assert (c["reporter"], c["partner"], c.get("partner_unit")) == ("ARE", "WLD", None)


def test_exports_said_to_include_reexports_still_count_them():
    r = read("Dubai's non-oil trade reached Dh1.3 trillion in the first half of 2025.\n\n"
             "Imports accounted for Dh751bn of the total. Exports, including re-exports, came to Dh549bn.\n\n"
             "Re-exports made up Dh323bn.", "2025-07-16")
    assert "excluding" not in (r["claims"]["Dh549bn"]["commodity"] or "")
    assert r["errors"] == []


def test_annualized_exports_are_the_twelve_months_to_the_month_not_a_part_of_the_year_so_far():
    r = read("ANKARA (AA) - Türkiye's exports amounted to $21.5 billion in October.\n\n"
             "In the first ten months of the year, exports reached $210.4 billion, while the "
             "annualized exports rose to $255.8 billion.", "2025-11-04")
    c = r["claims"]["$255.8 billion"]
    assert (c["period"], c.get("commodity")) == ("2024-11/2025-10", None)
    assert r["errors"] == []


# 0.71 + 1.54 = 2.25; 2.25 / 2.0 = +12.5%
RUSSIA = ("TEHRAN, IRNA - Iran's non-oil trade with Russia reached $2.25 billion in the first seven months "
          "of the current Iranian year, IRICA data show.\n\n"
          "Iran exported goods worth $710 million to Russia during the period, while it imported goods "
          "worth $1.54 billion from the country.\n\n"
          "The figure was {pct} percent higher than the $2.0 billion recorded in the same period of the previous year.")


def test_the_figure_after_a_sentence_of_exports_and_imports_is_not_the_last_flow_named():
    r = read(RUSSIA.format(pct="12.5"), "2025-11-05")
    assert r["claims"]["$2.0 billion"]["measure"] != "imports"
    assert r["errors"] == []


def test_the_figure_after_a_sentence_with_its_own_subject_is_that_subject():
    r = read("Turkey's exports to Iraq reached $9.6 billion in 2024. The figure was 12.9 percent higher "
             "than the $8.5 billion recorded a year earlier.", "2025-02-05")
    assert r["claims"]["12.9 percent"]["measure"] == "exports"
    assert r["errors"] == []


# 385 + 64 = 449
JORDAN = ("AMMAN - Jordan's national exports to Iraq rose to JD385 million in the first nine months of 2025.\n\n"
          "Imports from Iraq during the January-September period stood at JD64 million, bringing the volume "
          "of trade between the two neighbours to JD{total} million.")


def test_national_exports_and_imports_make_the_pair_s_total_where_no_reexports_are_given():
    assert read(JORDAN.format(total=449), "2025-11-20")["errors"] == []
    assert read(JORDAN.format(total=469), "2025-11-20")["errors"]


# 44.1 + 40.5 = 84.6
IRAN = ("Iran's non-oil exports rise 9.1% in 8 months\n\n"
        "TEHRAN - Iran exported non-oil commodities worth $40.5 billion in the first eight months of the "
        "current Iranian calendar year 1403 (March 20-November 20), the customs head announced.\n\n"
        "Imports during the period stood at $44.1 billion, bringing the country's total non-oil trade to $84.6 billion.")


def test_months_of_an_iranian_year_are_counted_from_its_start_and_the_headline_follows():
    r = read(IRAN, "2024-12-05")
    assert r["claims"]["$40.5 billion"]["period"] == "2024-04/2024-11"
    assert r["claims"]["$84.6 billion"]["period"] == "2024-04/2024-11"
    assert r["claims"]["9.1%"]["period"] == "2024-04/2024-11"
    assert r["errors"] == []


def test_a_headline_that_names_its_month_keeps_it():
    r = read("Exports rise 4% in October\n\nANKARA - In September, exports stood at $22.6 billion.", "2025-11-04")
    assert r["claims"]["4%"]["period"] == "2025-10"


def test_reexports_in_the_next_paragraph_after_the_whole_flow_are_a_part_of_it():
    # 5.2 + 9.1 = 14.3; 1.4 / 5.2 = 27%
    r = read("ALMATY - Kazakhstan's exports to Russia rose to $5.2bn in January-June 2023.\n\n"
             "Of that, re-exports accounted for $1.4bn, or 27%.\n\n"
             "Imports from Russia stood at $9.1bn, bringing bilateral trade to $14.3bn.", "2023-08-01")
    assert "excluding" not in (r["claims"]["$5.2bn"].get("commodity") or "")
    assert r["errors"] == []


def test_the_figure_after_a_subject_flow_and_another_flow_named_later_is_the_subject():
    r = read("Turkey's exports to Iraq reached $9.6 billion in 2024, well above imports of $1.4 billion "
             "from Iraq. The figure was 12.9 percent higher than the $8.5 billion recorded a year earlier.",
             "2025-02-05")
    assert r["claims"]["12.9 percent"]["measure"] == "exports"
    assert r["claims"]["12.9 percent"]["attribution"]["measure"] == "figure-of-subject"
    assert r["errors"] == []

"""Wholes and subjects left over from round 41: a total "excluding gold" is the whole a
product's share is of (and contains the product, not beside it); a sub-national unit ranked
"among the regions" is not its country; "of the total" after a product's own figure is the
lead's wider product total; "N times as much as the year before" is a change of the flow; "with
the company expecting" sales is the company's turnover."""
from tradecheck import verify_text


def _claims(text, published="2025-02-01"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


EXCLUDING_GOLD = ("Watch exports rose in 2024.\n\nMachinery exports reached CHF40.0 billion, accounting for "
                  "{share} of total Swiss exports of CHF200.0 billion (excluding gold and other precious metals).")


def test_a_share_of_a_total_excluding_gold_is_of_that_total():
    """"accounting for 20% of total exports of CHF200bn (excluding gold)": the product is a
    part of that total, not a part listed beside it; a wrong share is still flagged."""
    d = _claims(EXCLUDING_GOLD.format(share="20%"))
    assert _claim(d, "20%")["commodity"] == "machinery"
    assert not _inconsistent(d)
    assert any(f["check"] == "ratio" and f["status"] == "consistent" and "CHF 200bn" in f["message"] for f in d["findings"])
    assert len(_inconsistent(_claims(EXCLUDING_GOLD.format(share="30%")))) == 1


UNNAMED_REGION = ("Ruritania's cheese exports rose to €5.0bn in 2024. The US bought €1.5bn, followed by Germany "
                  "(€1.0bn) and France (€0.8bn).\n\nAmong the regions, Transalpina was the leading exporter with "
                  "shipments of €2.0bn.")


def test_a_unit_ranked_among_the_regions_is_not_its_country():
    """"Among the regions, X was the leading exporter with shipments of €2.0bn": one region's
    figure (a region the vocabulary does not know), not the country's; the partners' figures
    are no parts of it."""
    d = _claims(UNNAMED_REGION)
    c = _claim(d, "€2.0bn")
    assert c["reporter"] is None and c["attribution"]["pair"] == "unnamed-unit"
    assert not _inconsistent(d)


LEAD_PRODUCT_TOTAL = ("Ruritania's exports of wood and wood products rose 5.0 per cent to RM10.5 billion in 2022 from "
                      "RM10.0 billion in 2021.\n\nFurniture remained the biggest contributor at RM4.2 billion or "
                      "{share} per cent of the total, followed by plywood at RM1.5 billion.")


def test_of_the_total_after_a_part_is_the_leads_product_total():
    """"Furniture ... at RM4.2 billion or 40 per cent of the total" after the lead's wood
    products total: of that total (RM10.5bn), not of all exports."""
    d = _claims(LEAD_PRODUCT_TOTAL.format(share="40.0"), "2023-02-01")
    assert not _inconsistent(d)
    assert any(f["check"] == "ratio" and f["status"] == "consistent" and "RM" not in f["message"]
               and "10.5bn" in f["message"] for f in d["findings"])
    assert len(_inconsistent(_claims(LEAD_PRODUCT_TOTAL.format(share="30.0"), "2023-02-01"))) == 1


TIMES_THE_YEAR_BEFORE = ("Denmark exported €12.0 billion worth of vaccines in 2021, three times as much as the year "
                         "before.\n\nIn 2020, vaccine exports had stood at €{old} billion, figures show.")


def test_times_as_much_as_the_year_before_is_a_change():
    """"three times as much as the year before": the vaccine exports of 2021 against those of
    2020, checked against the 2020 figure."""
    d = _claims(TIMES_THE_YEAR_BEFORE.format(old="4.0"), "2022-03-01")
    c = _claim(d, "three times")
    assert (c["measure"], c["period"], c["base_period"], c["commodity"]) == ("exports", "2021", "2020", "vaccines")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(TIMES_THE_YEAR_BEFORE.format(old="6.0"), "2022-03-01"))) == 1


COMPANY_EXPECTING = ("Ruritania's vaccine exports reached $20 billion in 2021.\n\nAcme's own guidance points to lower "
                     "revenue in 2022, with the company expecting about $12 billion in sales of the jab, down from "
                     "$15 billion in 2021.")


def test_sales_the_company_expects_are_its_turnover():
    """"with the company expecting about $12 billion in sales ..., down from $15 billion":
    the company's own sales, no level of the country's exports."""
    d = _claims(COMPANY_EXPECTING, "2022-03-01")
    assert _claim(d, "$15 billion")["measure"] == "other"
    assert not _inconsistent(d)

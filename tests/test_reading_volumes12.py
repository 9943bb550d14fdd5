"""Sentences of kinds met in commodity desks' stories (round 12): volumes in the desks' own
units, records said of a tonnage, suppliers ranked in an importer's story, export revenue."""
import pytest

from tradecheck import verify_text


def read(text: str, published: str = "2024-04-18") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


VALUE = "The value of coal exports fell 34.5% to $43.1 billion in 2023 from $65.8 billion in 2022."


def test_a_record_said_of_the_tonnage_after_it_is_no_money_figure_s():
    r = read("Vietnam's coal exports rose to a record 51.8 million tonnes in 2023, up 11.2% from 46.6 million "
             "tonnes in 2022. " + VALUE, "2024-01-16")
    assert r["errors"] == []


def test_a_record_said_of_volumes_in_a_headline_is_no_money_figure_s():
    r = read("Vietnam coal earnings slump as prices fall, volumes hit record\n\n" + VALUE, "2024-01-16")
    assert r["errors"] == []


def test_a_record_said_of_exports_still_binds_the_next_money_figure():
    r = read("Vietnam's coal exports hit a record in 2023.\n\n" + VALUE, "2024-01-16")
    assert len(r["errors"]) == 1


@pytest.mark.parametrize("quantity", ["14.6mn t", "14.6 million mt", "14.6 MT", "14.6 Mt", "14.6 mln t"])
def test_a_change_after_a_quantity_in_a_desk_s_units_is_a_volume_change(quantity):
    r = read(f"Peru exported a record {quantity} of thermal coal in January-March, up by 13.2pc on the year, "
             "worth $1.93bn compared with $2.41bn a year earlier.")
    assert "13.2pc" not in r["claims"]
    assert r["errors"] == []


def test_a_change_after_barrels_a_day_is_a_volume_change():
    r = read("Oman's crude exports averaged 3.35 million b/d in March, up 5.3% from February, earning $8.2 billion "
             "against $8.6 billion in February.", "2024-04-01")
    assert "5.3%" not in r["claims"]
    assert r["errors"] == []


def test_a_supplier_shipping_to_the_importer_gives_the_importer_s_imports():
    r = read("India imported coal worth $9.1 billion in the first quarter. Indonesia remained the largest "
             "supplier, shipping $3.2 billion, up by 8pc from $2.96 billion a year earlier.", "2024-04-12")
    c = r["claims"]["$3.2 billion"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("imports", "IND", "IDN")
    assert r["errors"] == []


@pytest.mark.parametrize("share", ["or a 15.7% share", "accounting for 15.7% of total imports"])
def test_a_share_set_after_a_supplier_s_quantity_is_the_quantity_s(share):
    r = read(f"Japan's LNG imports fell to 65.8 million mt in fiscal 2023, worth Yen 5.72 trillion. "
             f"Malaysia was second with 10.3 million mt, {share}, followed by Russia at 5.9 million mt, or 9.0%.")
    assert "15.7%" not in r["claims"] and "9.0%" not in r["claims"]
    assert r["errors"] == []


OIL = ("Oman's crude oil exports averaged 1.05 million b/d in March, generating revenue of $2.6 billion, the "
       "ministry said. The average selling price was $79.9/b. Revenue was up 8.3% from {} in February.")


def test_revenue_an_export_flow_generates_is_that_flow_s_value():
    r = read(OIL.format("$2.4 billion"), "2024-04-01")
    assert r["claims"]["$2.6 billion"]["measure"] == "exports"
    assert r["claims"]["8.3%"]["measure"] == "exports"
    assert r["errors"] == []


def test_a_wrong_change_in_export_revenue_is_found():
    assert read(OIL.format("$2.2 billion"), "2024-04-01")["errors"]

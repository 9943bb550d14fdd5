"""Sector export councils' releases: a sister product named as the subject of a second clause, a
value's change after a volume's, a record scoped to a period or said of a price, a breakdown of
one product by material, a list of levels in bags of a stated weight under a heading, and a
port charge that is no trade flow."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-05") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


SISTER = ("Denmark exported fish worth DKK 20.0 billion in 2023. Cod accounted for DKK 4.0 billion, or 20 per cent "
          "of the total. Cod exports were worth DKK 4.0 billion, up 10 per cent, while plaice rose to DKK 1.5 billion.")


def test_the_subject_of_a_second_clause_is_a_sister_product():
    """Read: "X exports were worth A, up N%, while plaice rose to B": B is plaice's, not the whole fish trade."""
    r = read(SISTER, published="2024-01-10")
    assert r["claims"]["DKK 1.5 billion"]["commodity"] == "plaice"
    assert r["errors"] == []
    assert read(SISTER.replace("20 per cent", "30 per cent"), published="2024-01-10")["errors"]


VALUE_AFTER_VOLUME = ("Norway exported 100,000 tonnes of trout worth NOK 8.0 billion in the first quarter. Volume fell by "
                      "2,000 tonnes, or 2 per cent, while the value rose by NOK 1.0 billion, or 14 per cent, compared with "
                      "the same period last year.")


def test_the_value_after_a_volume_clause_is_the_level_before():
    """Read: "Volume fell by T tonnes, while the value rose by X, or N%": X is the change of the trout value before."""
    r = read(VALUE_AFTER_VOLUME, published="2024-04-05")
    assert r["claims"]["NOK 1.0 billion"]["commodity"] == "trout"
    assert r["claims"]["14 per cent"]["commodity"] == "trout"
    assert r["errors"] == []
    assert read(VALUE_AFTER_VOLUME.replace("NOK 1.0 billion", "NOK 2.0 billion"), published="2024-04-05")["errors"]


def test_a_record_of_a_named_period_is_no_months_record():
    """Read: "Never before ... such a high value in the first quarter" is the quarter's record, not March's figure's."""
    text = ("Record trout value in the first quarter\n\n"
            "Norway exported trout worth NOK 8.0 billion in the first quarter, up 14 per cent.\n\n"
            "\"Never before have we exported trout for such a high value in the first quarter,\" says the analyst.\n\n"
            "In March, Norway exported trout worth NOK 2.5 billion, a decrease of 5 per cent compared with March last year.")
    assert read(text, published="2024-04-05")["errors"] == []


def test_a_record_price_in_a_headline_is_no_flows_record():
    """Read: "Lower fish exports in May, record price for hake": the record is the price's, not May's exports'."""
    text = ("Lower fish exports in May, record price for hake\n\n"
            "Norway exported fish worth NOK 10.0 billion in May. This is a decrease of 6 per cent compared with May last year.")
    assert read(text, published="2024-06-05")["errors"] == []


BY_MATERIAL = ("Italy's jewellery exports reached EUR 900 million in June. Rings accounted for EUR 500 million. "
               "By material, gold rings generated EUR 300 million, silver rings EUR 120 million, platinum rings "
               "EUR 60 million and other materials EUR 20 million.")


def test_a_breakdown_by_material_lists_parts_of_the_product_before():
    """Read: "By material, A rings generated X, B rings Y, ...": each item's whole noun phrase, parts of the rings."""
    r = read(BY_MATERIAL, published="2024-07-20")
    assert r["claims"]["EUR 120 million"]["commodity"] == "silver rings"
    assert r["errors"] == []
    assert read(BY_MATERIAL.replace("EUR 120 million", "EUR 220 million"), published="2024-07-20")["errors"]


BAGS = ("Colombia exported 12.0 million 60-kg bags of coffee in 2023, the growers' federation said.\n\n"
        "Shipments by grade:\n\n"
        "Excelso: 9.0 million bags (75% of the total)\n"
        "Supremo: 2.5 million bags\n"
        "Other grades: 0.5 million bags (green equivalent)\n")


def test_label_lines_in_bags_under_a_heading_are_parts_of_the_level_before():
    """Read: "12.0 million 60-kg bags" is a level in bags; label lines under "Shipments by grade:" are its parts."""
    assert read(BAGS, published="2024-01-15")["errors"] == []
    assert read(BAGS.replace("2.5 million", "4.5 million"), published="2024-01-15")["errors"]


def test_demurrage_is_no_trade_flow():
    """Read: "costing exporters X in demurrage": a port charge, no exports."""
    text = "Port congestion left cargo unshipped, costing exporters an estimated $3.1 million in demurrage."
    assert read(text, published="2024-02-01")["claims"]["$3.1 million"]["measure"] == "other"


BARE_VALUE = ("Norway exported 30,000 tonnes of trout worth NOK 2.2 billion in May. Value increased by NOK 200 million, "
              "or 10 per cent, compared with the same month last year, while export volume fell by 3 per cent.")


def test_a_bare_value_subject_is_the_level_of_the_sentence_before():
    """Read: "... trout worth X in May. Value increased by Y, or N%": Y is the change of trout's X."""
    r = read(BARE_VALUE, published="2024-06-05")
    assert r["claims"]["NOK 200 million"]["commodity"] == "trout"
    assert r["errors"] == []
    assert read(BARE_VALUE.replace("NOK 200 million", "NOK 400 million"), published="2024-06-05")["errors"]

"""Shipping and logistics news (round 23): freight rates and prices per container or per TEU
are no trade flows, but a rate's own change between two stated levels is checked; parts of a
port's throughput listed against its total never exceed it; a share of throughput is checked
against the levels of its unit stated before it."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-03-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


CARRIER = ("Northwind Lines reports weaker 2024 results\n\n"
           "Revenue fell 12% to $8.8 billion from $10.0 billion. The average freight rate dropped 20.0% "
           "to $1,200 per TEU from $1,500, while transport volume rose 10.0% to 5.5 million TEU from "
           "5.0 million TEU.")


def test_a_rate_per_teu_is_no_flow_and_raises_no_error_against_revenue():
    r = read(CARRIER)
    assert r["claims"]["$1,200"]["measure"] == "other"
    assert r["claims"]["20.0%"]["measure"] == "other"
    assert r["errors"] == []


def test_a_volume_change_in_teu_is_still_checked_beside_a_rate():
    assert read(CARRIER.replace("5.5 million TEU from", "6.5 million TEU from"))["errors"]


SPOT = ("Freight index eases\n\n"
        "The Asia-Europe spot rate index fell 5% in the week to $3,800 per forty-foot container, "
        "down from $4,000 a week earlier. Spot rates to the US West Coast rose 3% to $2,060 per FEU "
        "from $2,000, and the Mediterranean premium stood at $450 per container.")


def test_spot_rates_per_container_are_no_trade_flow():
    r = read(SPOT)
    assert r["claims"]["$3,800"]["measure"] == "other"
    assert r["claims"]["$450"]["measure"] == "other"
    assert r["errors"] == []


def test_a_rate_change_per_container_against_its_two_levels_is_checked():
    assert read(SPOT.replace("down from $4,000", "down from $4,400"))["errors"]


TERMINAL = ("Port of Eastbay volumes\n\n"
            "Total cargo handled at the port reached 42.0 million tonnes last year. Containers accounted "
            "for 30.5 million tonnes, liquid bulk for 6.1 million, dry bulk for 3.9 million and other "
            "cargo for the remaining 1.5 million.")


def test_parts_of_throughput_that_add_up_to_the_total_are_consistent():
    assert read(TERMINAL)["errors"] == []


def test_parts_of_throughput_above_the_total_are_an_error():
    assert read(TERMINAL.replace("dry bulk for 3.9 million", "dry bulk for 5.9 million"))["errors"]


SPLIT = ("The terminal moved 9.0 million tonnes in June. Of the total, 5.2 million tonnes were "
         "outbound and 3.8 million tonnes inbound.")


def test_an_of_the_total_breakdown_within_its_whole_is_consistent():
    assert read(SPLIT)["errors"] == []


def test_an_of_the_total_breakdown_beyond_its_whole_is_an_error():
    assert read(SPLIT.replace("3.8 million tonnes inbound", "4.8 million tonnes inbound"))["errors"]


def test_earlier_levels_in_a_breakdown_are_no_parts():
    text = ("The terminal moved 9.0 million tonnes in June. Exports accounted for 5.2 million tonnes, "
            "against 4.9 million tonnes a year earlier.")
    assert read(text)["errors"] == []


def test_money_after_a_list_of_tonnes_is_no_part():
    text = ("The port handled 10.0 million tonnes. Bulk accounted for 6.0 million tonnes and "
            "containers for 3.5 million, earning EUR 40.0 million.")
    assert read(text)["errors"] == []


HINTERLAND = ("Box volume reached 4.00 million TEU. Of this, 1.50 million TEU was transshipment and "
              "2.50 million TEU went to the hinterland. Barges carried 0.50 million TEU of the "
              "hinterland traffic, a share of 20.0%.")


def test_a_share_of_a_level_stated_before_is_consistent():
    assert read(HINTERLAND)["errors"] == []


def test_a_share_no_level_stated_before_gives_is_an_error():
    assert read(HINTERLAND.replace("a share of 20.0%", "a share of 30.0%"))["errors"]


def test_a_share_with_no_whole_stated_is_not_judged():
    assert read("Barges carried 0.50 million TEU, a share of 31.0%.")["errors"] == []

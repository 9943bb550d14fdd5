"""Global trade outlooks (round 25: WTO and UNCTAD releases, trade-credit insurers, regional
trade reports): per-day figures, shares of an increase, shares of the world's flow of one
product, a group's internal trade as the subject of the sentence before, "the region", tables
of regions with a "World" row. Each text written for these tests."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


# --- a figure stated per day by "every day"/"each day" closing its clause

DAILY = ("World merchandise trade reached $6.30 trillion in the second quarter of 2025. Over the "
         "quarter's 91 days, that meant some {} worth of goods changing hands every day.")


def test_a_figure_closed_by_every_day_is_a_rate_not_the_quarters_level():
    c = read(DAILY.format("$69 billion"))["claims"]["$69 billion"]
    assert c.get("per") == "day"


def test_a_rate_that_fits_the_level_over_the_days_counted_is_no_error():
    r = read(DAILY.format("$69 billion"))
    assert r["errors"] == []
    assert any("over 91 days" in f["message"] and f["status"] == "consistent" for f in r["findings"])


def test_a_rate_that_does_not_fit_the_level_over_the_days_counted_is_an_error():
    assert any("over 91 days" in m for m in read(DAILY.format("$85 billion"))["errors"])


def test_with_no_count_of_days_stated_a_rate_is_not_checked():
    text = ("Two-way trade between the two neighbours was $900 billion last year, or about $3 billion "
            "crossing the border each day.")
    assert read(text)["errors"] == []


# --- "the $800 billion increase": a share of a change, not of a level

INCREASE = ("World goods exports rose to $25.0 trillion in 2024 from $24.0 trillion. Machinery "
            "accounted for about {} of the $1.0 trillion increase, although it makes up only a fifth of the total.")


def test_a_figure_before_a_change_noun_is_the_change():
    c = read(INCREASE.format("45%"))["claims"]["$1.0 trillion"]
    assert c["measure"] == "other"


def test_a_share_of_an_increase_is_no_share_of_the_level():
    r = read(INCREASE.format("45%"))
    assert r["claims"]["45%"]["measure"] == "other"
    assert r["errors"] == []


def test_a_change_given_before_its_noun_is_still_checked_against_the_levels():
    text = "World goods exports rose to $25.0 trillion in 2024 from $24.0 trillion in 2023, a $1.5 trillion increase."
    assert read(text)["errors"]


# --- "of world commercial services exports": the world's flow of that product

SERVICES = ("Kenya's goods exports of $7.5 billion in 2024 were 0.03% of world goods exports of $24.0 trillion. Its "
            "services exports of $5.9 billion made up {} of world {}services exports of $7.9 trillion.")


def test_a_world_flow_of_one_product_keeps_its_product():
    c = read(SERVICES.format("0.07%", "commercial "))["claims"]["$7.9 trillion"]
    assert c["commodity"] is not None and "services" in c["commodity"]


def test_the_goods_whole_is_not_set_against_the_services_whole():
    assert read(SERVICES.format("0.07%", "commercial "))["errors"] == []
    assert read(SERVICES.format("0.07%", ""))["errors"] == []


def test_a_wrong_share_of_the_world_services_flow_is_an_error():
    assert read(SERVICES.format("0.15%", ""))["errors"]


# --- "Intra-Asian trade grew faster. It rose ...": the group's trade within itself

INTRA = ("Asia's total merchandise trade rose 5.0% in 2024 to $16.8 trillion from $16.0 trillion. "
         "Intra-Asian trade grew faster than the total. It rose {} to $9.0 trillion from $8.4 trillion.")


def test_it_after_a_groups_internal_trade_is_that_trade():
    c = read(INTRA.format("7.1%"))["claims"]["$9.0 trillion"]
    assert (c["reporter"], c["partner"]) == (None, None) or c.get("reporter_group") == c.get("partner_group") == "Asia"


def test_the_internal_trades_change_is_not_set_against_the_totals_levels():
    assert read(INTRA.format("7.1%"))["errors"] == []


def test_a_wrong_change_of_the_internal_trade_is_an_error():
    assert read(INTRA.format("9.5%"))["errors"]


# --- "The region's shipments" after a region is named

def test_the_region_is_the_group_named_in_the_sentence_before():
    text = ("Africa remained a small exporter in 2024. The region's shipments rose 4% to $560 billion, "
            "or 2.3% of world exports of $24.0 trillion.")
    r = read(text)
    assert r["claims"]["$560 billion"].get("reporter_group") == "Africa"
    assert r["errors"] == []


# --- a table of regions under a "World" row, the text's own country not yet named

REGIONS = ("Merchandise exports by region, 2024\n\n"
           "Region              Value (US$ bn)   Share (%)\n"
           "Asia                     9,300          38.8\n"
           "Europe                   8,300          34.6\n"
           "Rest of world            {}          26.7\n"
           "World                   24,000         100.0\n\n"
           "Japan was again the fifth-largest exporter, with $707 billion, or 2.9% of the world total.")


def test_a_table_of_regions_is_not_read_as_the_text_countrys_markets():
    r = read(REGIONS.format("6,400"))
    assert r["errors"] == []
    assert r["claims"]["8,300"]["attribution"]["pair"] == "named-partner"


def test_a_world_row_that_the_regions_do_not_add_up_to_is_an_error():
    assert read(REGIONS.format("6,900"))["errors"]


# --- a table of exports, imports and their balance, column by column

BALANCE_TABLE = ("Projected goods trade of the region (US$ billion):\n\n"
                 "                 2025     2026\n"
                 "Exports           640      672\n"
                 "Imports           610      655\n"
                 "Balance            30       {}\n")


def test_a_balance_row_that_is_exports_less_imports_is_no_error():
    assert read(BALANCE_TABLE.format("17"))["errors"] == []


def test_a_balance_row_that_is_not_exports_less_imports_is_an_error():
    assert any("balance is stated as 27" in m for m in read(BALANCE_TABLE.format("27"))["errors"])


def test_a_deficit_printed_without_its_sign_is_no_error():
    text = BALANCE_TABLE.replace("Imports           610      655", "Imports           650      690").format("18")
    assert read(text.replace("Balance            30", "Balance            10"))["errors"] == []


# --- a forecast revised, and the revision's size in percentage points

REVISION = ("The volume of world goods trade is now forecast to grow 1.8% in 2026, down from 2.5% in the "
            "spring outlook, the organisation said. The downward revision of {} percentage points reflects tariffs.")


def test_a_revision_in_points_that_fits_the_two_rates_is_no_error():
    r = read(REVISION.format("0.7"))
    assert r["errors"] == []
    assert any("percentage points, matching" in f["message"] for f in r["findings"])


def test_a_revision_in_points_that_does_not_fit_the_two_rates_is_an_error():
    assert any("stated as" in m for m in read(REVISION.format("1.7"))["errors"])


def test_a_revision_after_another_rate_is_not_tied_to_the_first_pair():
    text = ("Exports are forecast to grow 1.8% in 2026, down from 2.5% earlier. Imports should rise 3.0%, "
            "an upgrade of 0.4 percentage points.")
    assert read(text)["errors"] == []

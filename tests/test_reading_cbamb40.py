"""Carbon border adjustment coverage (round 40): a tonnage change dated between its per cent
and its "to", a change beside two levels of a class of goods, a hedged share of a tonnage
whose whole is in an abbreviation defined beside the part, a one-column table whose rows add
up to more than its total row, electricity in TWh, and money that is no trade flow
(allowances, emissions, reconstruction needs). How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


TONNAGE = ("Vietnam's cement exports to the Philippines fell 20 per cent last year to 8.0 million tonnes, "
           "down from 10.0 million tonnes in 2022.")


def test_a_tonnage_change_dated_before_its_to_is_checked():
    """"fell 20 per cent last year to 8.0 million tonnes, down from 10.0 million tonnes": the
    period between the per cent and "to" dates the change; the two levels give it."""
    assert not read(TONNAGE)["errors"]
    errors = read(TONNAGE.replace("10.0 million", "12.0 million"))["errors"]
    assert any("8.0 million tonnes against 12.0 million tonnes" in e for e in errors)


COVERED = ("Morocco's exports of CBAM goods to the EU fell to €2.0bn in 2023 from €2.5bn in 2021, "
           "a drop of 20%. Morocco's exports to the EU came to €40.0bn in 2023.")


def test_a_change_beside_two_levels_of_covered_goods_is_of_those_goods():
    """"exports of CBAM goods ... fell to €2.0bn in 2023 from €2.5bn in 2021, a drop of 20%":
    the goods of its two levels are a part of the €40.0bn, and the change is of them too,
    not of all exports."""
    r = read(COVERED)
    assert r["claims"]["20%"]["commodity"] == r["claims"]["€2.0bn"]["commodity"]
    assert not r["errors"]
    errors = read(COVERED.replace("€2.5bn", "€3.0bn"))["errors"]
    assert any("€2bn (2023) / €3bn (2021)" in e for e in errors)


SHARE = ("Vietnam exported 3.0 million tonnes (mt) of steel to the EU in 2023, about 25 per cent of its "
         "total steel exports of 12.0 mt.")


def test_a_hedged_share_of_a_tonnage_whole_in_a_defined_abbreviation():
    """"3.0 million tonnes (mt) ..., about 25 per cent of its total steel exports of 12.0 mt":
    "mt" stands for million tonnes as defined beside the part; "about" allows a hedged
    figure's width."""
    assert not read(SHARE)["errors"]
    assert not read(SHARE.replace("about 25", "about 26"))["errors"]
    errors = read(SHARE.replace("3.0 million", "4.5 million"))["errors"]
    assert any("4.5 million tonnes / 12.0 million tonnes = 37.5%" in e for e in errors)


def test_an_undefined_abbreviation_is_not_taken_for_million_tonnes():
    """"3.0 million tonnes ... of 12.0 mt" with no "(mt)" defined: two units, nothing compared."""
    assert not read(SHARE.replace(" (mt)", "").replace("3.0 million", "4.5 million"))["errors"]


TABLE = ("Power exports to the EU\n\n"
         "| Country | Exports to EU, 2024 (TWh) |\n"
         "|---|---|\n"
         "| Norway | 5.2 |\n"
         "| Switzerland | 3.1 |\n"
         "| Ukraine | 0.9 |\n"
         "| Total | 9.2 |\n")


def test_rows_of_a_one_column_table_within_its_total():
    """A Markdown table of one column: the rows above "Total" add up to it, or less (the total
    may hold rows left out), and no more."""
    assert not read(TABLE)["errors"]
    assert not read(TABLE.replace("| 9.2 |", "| 10.5 |"))["errors"]
    errors = read(TABLE.replace("| 5.2 |", "| 6.2 |"))["errors"]
    assert any("= 10.2 exceed the whole 9.2 (Total" in e for e in errors)


def test_a_region_row_among_the_rows_is_no_part_of_the_total():
    """"| Europe |" above its countries may hold them: the rows are not summed."""
    text = TABLE.replace("| Ukraine | 0.9 |", "| Ukraine | 0.9 |\n| Europe | 9.2 |")
    assert not read(text)["errors"]


POWER = ("Sweden exported 40.0 TWh of electricity in 2023. Finland accounted for 15.0 TWh, Norway for "
         "10.0 TWh, Denmark for 9.0 TWh and Germany for 6.0 TWh.")


def test_electricity_in_twh_is_a_quantity():
    """Volumes in TWh are a physical quantity: destinations listed after their whole add up within it."""
    assert not read(POWER)["errors"]
    errors = read(POWER.replace("15.0 TWh", "25.0 TWh"))["errors"]
    assert any("exceed the whole 40.0 TWh" in e for e in errors)


def test_allowances_emissions_and_reconstruction_needs_are_no_trade_flow():
    """Free allowances "worth more than €2bn", a sector's emissions "about 4% of the EU total"
    and "reconstruction needs at $400bn" are money or shares of no trade flow."""
    r = read("EU cement makers received free allowances worth more than €2bn in 2020. The sector's emissions "
             "were about 4% of the EU total. The World Bank put Syria's reconstruction needs at $400bn.")
    assert r["claims"]["€2bn"]["measure"] == "other"
    assert r["claims"]["4%"]["measure"] == "other"
    assert r["claims"]["$400bn"]["measure"] == "other"

"""Capacity and ship tonnage traded as quantities (a forty-fourth round of passages):
gigawatts of solar modules and wind turbines, deadweight tonnes of ships. Quantities are no
claims: the checks read them from the words. How each kind of sentence is read."""
from tradecheck import verify_text


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


CHANGE = ("Kenya imported {new} GW of solar modules from India in the 12 months to March 2025, "
          "up 50% from 4.0 GW in the previous 12 months.")


def test_a_change_of_gigawatts_over_a_period_of_months_is_checked():
    """"N GW in the 12 months to March, up 50% from 4.0 GW": the months' count dates the level, no level itself."""
    assert errors(CHANGE.format(new="6.0")) == []
    assert any("6.6 GW" in e and "50%" in e for e in errors(CHANGE.format(new="6.6")))


GLUED = "Danish makers exported {new}GW of turbines in 2024, up 25% from 2.4GW the year before."


def test_gigawatts_glued_to_the_figure_are_a_unit():
    """"3.0GW ... up 25% from 2.4GW": the unit's symbol written against its number."""
    assert errors(GLUED.format(new="3.0")) == []
    assert errors(GLUED.format(new="3.6"))


OTHERS = ("Spanish makers shipped 8.0GW of turbines abroad in 2024.\n\n"
          "Siemens Gamesa delivered {first}GW of it, followed by Nordex on 2.5GW and GE on 1.0GW. "
          "All other manufacturers together accounted for 1.5GW.")


def test_all_others_accounting_for_a_level_closes_a_list_of_parts():
    """"All other makers together accounted for 1.5GW": the rest of the whole, so the list is all of it."""
    assert errors(OTHERS.format(first="3.0")) == []
    assert any("8.0" in e for e in errors(OTHERS.format(first="4.0")))


TABLE = ("Three suppliers sent most of the turbines:\n\n"
         "| Country | 2024 (GW) |\n"
         "|---------|-----------|\n"
         "| Spain   | 4.1       |\n"
         "| Denmark | {dk}       |\n"
         "| Germany | 2.2       |\n\n"
         "Together they shipped 9.3 gigawatts, or 61% of the total.")


def test_a_joint_level_after_a_table_in_a_unit_header_is_the_sum_of_its_rows():
    """"| Country | 2024 (GW) |" rows, then "Together they shipped 9.3 gigawatts": the rows add up to it."""
    assert errors(TABLE.format(dk="3.0")) == []
    assert any("9.3 gigawatts" in e for e in errors(TABLE.format(dk="4.0")))


SHIPS = ("Korean yards completed 30.0 million deadweight tonnes (dwt) of ships in 2024. "
         "Completions of export vessels totaled {part} million dwt, accounting for 80.0 percent of the national total.")


def test_a_share_of_deadweight_tonnes_of_the_national_total_is_checked():
    """"N million dwt, accounting for 80.0 percent of the national total": dwt is a unit, the total the level before."""
    assert errors(SHIPS.format(part="24.0")) == []
    assert any("dwt" in e for e in errors(SHIPS.format(part="21.0")))

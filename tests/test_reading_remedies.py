"""Trade-remedy findings (anti-dumping, countervailing, safeguard notices and the news about
them): volumes of the product concerned changing between two stated levels, a country's
share of an import volume stated before, the value of imports listed country by country and
combined, and the index and subtotal rows of their tables."""
from tradecheck import verify_text


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    d = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in d["findings"] if f["status"] == "inconsistent"]


def claims(text: str, published: str = "2025-03-01") -> list[dict]:
    return verify_text(text, published=published, reference="none").to_dict()["claims"]


# --- a change stated after both its levels, in tonnes --------------------------------------

def test_a_change_after_both_levels_from_then_to():
    right = ("The petition says imports of cement clinker rose from 2.40 million tonnes in 2022 to 3.00 million "
             "tonnes in 2024, an increase of 25 per cent.")
    assert errors(right) == []
    assert errors(right.replace("25 per cent", "35 per cent"))


def test_a_change_after_both_levels_to_then_from_with_an_aside():
    right = ("Imports of the subject goods fell to 18,000 tonnes in 2023-24 (the period of investigation) from "
             "24,000 tonnes in 2021-22, a decline of 25%.")
    assert errors(right) == []
    assert errors(right.replace("18,000 tonnes", "21,000 tonnes"))


def test_a_change_after_both_levels_as_a_signed_bracket():
    right = "Shipments from Egypt went from 40.0 thousand tonnes in P1 to 60.0 thousand tonnes in P5, up sharply (+50.0%)."
    assert errors(right) == []
    assert errors(right.replace("(+50.0%)", "(+65.0%)"))


def test_short_tons_are_one_unit():
    right = "Subject imports rose from 212,400 short tons in 2021 to 265,500 short tons in 2023, an increase of 25.0 percent."
    assert errors(right) == []
    assert errors(right.replace("25.0 percent", "52.0 percent"))


# --- a share of an import volume named only in words ----------------------------------------

def test_a_share_of_the_total_import_volume_stated_before():
    right = ("The authority estimates that 80,000 tonnes of the goods were imported during the period. Of this volume, "
             "goods from Brazil totalled 20,000 tonnes, or 25.0 per cent of the total import volume.")
    assert errors(right) == []
    assert errors(right.replace("25.0 per cent", "35.0 per cent"))


def test_a_share_of_imports_stated_before():
    right = ("Some 64,000 tonnes were imported in 2024. Korea and Japan together supplied 16,000 tonnes, "
             "or 25 per cent of imports.")
    assert errors(right) == []
    assert errors(right.replace("16,000 tonnes", "26,000 tonnes"))


# --- the value of imports from a list of sources, combined ----------------------------------

WHEELS = ("Commerce starts probe of aluminium wheels from Mexico, Korea and Thailand\n\n"
          "The petition alleges that imports of aluminium wheels from Mexico, Korea and Thailand are being sold in "
          "the United States at less than fair value. The petitioners run plants in Ohio and Michigan.\n\n"
          "In 2024, imports of aluminium wheels from Mexico, Korea and Thailand were valued at an estimated $120.5 million, "
          "$80.2 million and $45.3 million, respectively. Combined, the three countries shipped $246.0 million of the "
          "product, equal to 30.0 percent of total U.S. imports of aluminium wheels, which were valued at $820.0 million.")


def test_the_sources_of_imports_are_partners_of_the_importer():
    amounts = [c for c in claims(WHEELS) if c["text"] in ("$120.5 million", "$80.2 million", "$45.3 million")]
    assert [(c["reporter"], c["partner"]) for c in amounts] == [("USA", "MEX"), ("USA", "KOR"), ("USA", "THA")]


def test_a_country_does_not_trade_with_its_own_states():
    # (Ohio and Michigan are where the petitioners' plants are, no partner of the United States)
    assert all(c["partner"] not in ("US-OH", "US-MI") for c in claims(WHEELS))


def test_the_combined_value_of_the_listed_sources():
    assert errors(WHEELS) == []
    assert errors(WHEELS.replace("$80.2 million", "$90.2 million"))


def test_a_share_tied_to_the_combined_value_by_equal_to():
    # ("..., equal to 30.0 percent of": the share is of the three countries' imports together)
    share = next(c for c in claims(WHEELS) if c["text"] == "30.0 percent")
    assert (share["reporter"], share["partner"], share["attribution"]["pair"]) == ("USA", None, "parts-together")


# --- the rows of a table pasted as text ----------------------------------------------------

INDEXED = """Table 3 – Imports from the country concerned (tonnes)

                        2021      2022      2023      IP
Import volume         20 000    25 000    23 000    30 000
Index                    100       125       115       150
Market share (%)        8,0      10,0       9,2      12,0
Index                    100       125       115       150
"""


def test_an_index_row_is_the_row_above_over_its_first_cell():
    assert errors(INDEXED) == []
    assert errors(INDEXED.replace("23 000    30 000", "23 000    36 000"))


SUBTOTALS = """Table 5: Volume of imports

Particulars          Unit     2021-22   2022-23   2023-24
Korea RP             MT         2,310     2,655     3,140
Taiwan               MT           845       910     1,022
Subject countries    MT         3,155     3,565     4,162
Other countries      MT         1,460     1,390     1,215
Total imports        MT         4,615     4,955     5,377
"""


def test_a_subtotal_row_is_the_sum_of_the_rows_above_it():
    assert errors(SUBTOTALS) == []
    assert errors(SUBTOTALS.replace("845       910     1,022", "845       910     1,122"))


TOTALLED = """Summary of results

Country     Margin of dumping (%)    Volume of dumped goods (tonnes)    Share of total imports
Turkey            14.2%                       12,400                          8.1%
Ukraine            9.8%                       30,150                         19.7%
All countries                                 42,550                         27.8%
"""


def test_a_total_row_needs_one_column_to_agree():
    assert errors(TOTALLED) == []
    assert errors(TOTALLED.replace("30,150", "31,150"))


def test_a_column_of_changes_is_no_sum():
    right = """Exports by market

Market        2023 (US$ mn)    2024 (US$ mn)    % change
Japan              410.5            450.2          9.7
Korea              220.0            230.1          4.6
Total              630.5            680.3          7.9
"""
    assert errors(right) == []

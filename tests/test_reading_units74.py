"""Money units and tables the reading skipped (round 74).
A level of its own sentence before "the two ... together" is one of the things counted, so the
joint level is no sum of the levels before alone.
"Improved seedlings could double yields" says what may happen: no multiple.
A balance that names no valuation is the difference of its flows where the text gives each at
one valuation only ("USD 32,658 million FOB").
"Within non-oil exports," makes "manufacturing shipments" exports, and the product figures of
its sentence parts of the non-oil exports.
A text that names no place at all but gives the exports, the imports and the balance is on one
reporter, so its figures are compared: a table's months against its "Apr-Jun" row, which is
the quarter, no product (a decimal's last digit and the next row's month are no date).
A row labelled by a year alone closes a run of its quarters and is their sum; under flow columns
each row's total trade is its exports plus its imports, its balance their difference.
A row labelled "Top 5" alone is the sum of the five rows above it, and "n.d." is an empty cell."""
from readings import claim, errors, reading


def test_a_level_before_the_count_is_one_of_the_things_counted():
    text = ("Ruritania's cocoa purchases for the season rose to 1,045,276 tonnes.\n\n"
            "Main crop purchases accounted for 913,408 tonnes, while the light crop contributed {light} tonnes.\n\n"
            "With Freedonia's estimated output of 2.248 million tonnes, the two neighbours together "
            "produced about 3.293 million tonnes.\n")
    assert errors(text.format(light="131,868")) == []
    assert errors(text.format(light="181,868")) != []


def test_what_could_double_is_no_multiple():
    text = ("Ruritania raised its cocoa producer price to R10,560 per tonne, from R8,880 per tonne, "
            "an increase of 18.92 per cent.\n\n"
            "The growers' association noted that improved seedlings could double yields within five years.\n")
    assert [c for c in reading(text)["claims"] if c["text"] == "double"] == []


_VALUED = ("Ecuador's trade balance registered a surplus of USD 2,325 million in 2022.\n\n"
           "In 2022, total exports reached USD 32,658 million FOB, while imports totaled USD {imports} million FOB.\n")


def test_a_balance_naming_no_valuation_is_the_difference_of_its_valued_flows():
    assert errors(_VALUED.format(imports="30,333"), published="2023-02-16") == []
    assert errors(_VALUED.format(imports="30,933"), published="2023-02-16") != []


_WITHIN = ("Mexico's exports reached US$48,615.3 million in January 2026.\n\n"
           "- Oil exports: US$1,720.5 million\n"
           "- Non-oil exports: US$46,894.8 million\n\n"
           "Within non-oil exports, manufacturing shipments reached US$44,580.2 million, while "
           "agricultural exports totaled US$1,795.3 million and extractive exports US${extractive} million.\n")


def test_shipments_within_a_flow_named_by_an_opener_are_its_parts():
    text = _WITHIN.format(extractive="519.3")
    assert errors(text, published="2026-02-26") == []
    shipments = claim(text, "US$44,580.2 million", published="2026-02-26")
    assert (shipments["measure"], shipments["commodity"]) == ("exports", "manufacturing")
    assert errors(_WITHIN.format(extractive="819.3"), published="2026-02-26") != []


_PLACELESS = ("In June the trade balance registered a surplus of US$97.3 million.\n\n"
              "* Exports in June: US$34,170.8mn\n"
              "* Imports in June: US$34,073.5mn\n\n"
              "Monthly trade balance, 2014 (US$ million)\n"
              "Month      Exports     Imports     Balance\n"
              "Apr      33,480.3    33,924.7      -444.4\n"
              "May      {may}    34,659.2       154.7\n"
              "Jun      34,170.8    34,073.5        97.3\n"
              "Apr-Jun 102,465.0   102,657.4      -192.4\n")


def test_a_text_naming_no_place_is_on_one_reporter_and_its_table_adds_up():
    text = _PLACELESS.format(may="34,813.9")
    assert errors(text, published="2014-07-25") == []
    row = claim(text, "102,465.0", published="2014-07-25")
    assert (row["period"], row["commodity"]) == ("2014-Q2", None)
    assert errors(_PLACELESS.format(may="35,813.9"), published="2014-07-25") != []


_QUARTERS = ("Ruritania's total trade for the full year 2023 stood at N66.67 trillion.\n\n"
             "Quarterly breakdown (N trillion)\n\n"
             "Quarter   Exports   Imports   Total trade   Balance\n"
             "Q1          6.36      5.52       11.88        0.84\n"
             "Q2          7.61      7.18       14.79        0.43\n"
             "Q3          9.67      {q3}       17.67        1.67\n"
             "Q4         12.14     10.19       22.33        1.95\n"
             "2023       35.78     30.89       66.67        4.89\n")


def test_a_year_row_under_its_quarters_is_their_sum_and_each_row_its_flows_total():
    assert errors(_QUARTERS.format(q3="8.00")) == []
    found = errors(_QUARTERS.format(q3="8.60"))
    assert any("(2023, Imports)" in e for e in found)  # (the quarters' imports against the year's)
    assert any("the total is stated as 17.67" in e for e in found)  # (Q3's exports plus imports against its total trade)


_TOP_FIVE = ("Table 1. Remittances by state of destination, 2021\n"
             "State                 Million dollars   Share (%)   Annual change (%)\n"
             "Aland                      4,426           8.6            22.4\n"
             "Bergen                     4,312           8.4            25.1\n"
             "Corvin                     4,181           8.1            24.7\n"
             "Dunmore                    2,850           5.5            33.9\n"
             "Eskar                      1,978           {share}            29.3\n"
             "Top 5                     17,747          34.4             n.d.\n"
             "Rest of the states        33,847          65.6             n.d.\n"
             "National                  51,594         100.0            27.1\n")


def test_a_top_five_row_is_the_sum_of_the_five_rows_above_it():
    assert errors(_TOP_FIVE.format(share="3.8")) == []
    assert errors(_TOP_FIVE.format(share="4.8")) != []

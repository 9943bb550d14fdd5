"""Quantities (round 76). A scale joined to its number by a hyphen ("66.3-million tonnes", as
South African desks write it) is a level like "66.3 million tonnes", so a change between two such
levels is checked. Lines of a label and a level set out with a dotted leader or spaces and no
bullet mark, under a sentence that states a level and ends on a colon, are parts of that level,
so together they never exceed it. Two such lines under a heading with no figure that name a kind
and its complement ("Packaged wine", "Bulk wine") are all of the whole stated before, so they add
up to it. Rows under a figure-less subheading inside a table ("Exports (Mt)") keep the columns of
the table's header, and a row whose label closes on a noun naming the group of the rows above
("Soy complex" under "Soybeans", "Soymeal", "Soyoil") is their total. A share of the things
made that went abroad ("82.4 per cent of cars built in Ruritania were sold abroad") is the one
current bare count of the sentence naming exports over that of the sentence naming output. A
period after a price per unit compared with ("compared with R1 208/t the year before") dates
that price only, so the figures after it stay on the year in hand."""
from readings import claim, errors


def test_a_change_between_levels_with_a_hyphenated_scale():
    text = ("Ruritania's coal export earnings almost doubled in 2022.\n\n"
            "Export coal sales rose 88.0% to R159.2-billion, from R84.7-billion in 2021. Volumes, however, "
            "declined {p}% to 66.3-million tonnes, from 70.1-million tonnes.")
    assert errors(text.format(p="5.4"), published="2023-03-24") == []
    assert errors(text.format(p="9.4"), published="2023-03-24") != []


def test_a_hyphen_before_a_unit_with_no_scale_makes_no_level():
    text = ("Ruritania's exports of trucks rose 4.0% to 12,480 units in 2022.\n\n"
            "The 5-tonne trucks made up 8,100 units, the 10-tonne trucks 3,300 units.")
    assert errors(text, published="2023-03-24") == []


def test_dotted_leader_lines_under_a_level_and_a_colon():
    text = ("Ruritania's copper production jumped 38.0% last year to 2,354,100 tonnes.\n\n"
            "The country's four biggest copper mines together produced 1,422,100 tonnes, or 60.4% of the national total:\n\n"
            "  North Pit (Acme) ................ 472,600 t\n"
            "  South Pit (Globex/Initech) 443,900 t\n"
            "  East Pit (Umbrella, Hooli)  329,400 t\n"
            "  West Pit (Acme) ................. {w} t\n\n"
            "North Pit alone accounted for 20.1% of the country's output.")
    assert errors(text.format(w="176,200"), published="2017-02-14") == []
    assert errors(text.format(w="276,200"), published="2017-02-14") != []


def test_a_kind_and_its_complement_listed_under_a_heading_add_up():
    text = ("Ruritania's wine exports fell in 2017.\n\n"
            "Total exports came to 448.4 million litres last year, down 1.7% from 456.2 million litres in 2016.\n\n"
            "Bulk wine still dominates the export mix:\n\n"
            "Packaged wine – {p} million litres\n"
            "Bulk wine – 269.8 million litres\n"
            "Bulk share – 60.2%\n\n"
            "Export earnings rose 3.3%.")
    assert errors(text.format(p="178.6"), published="2018-02-14") == []
    assert errors(text.format(p="168.6"), published="2018-02-14") != []


def test_rows_of_two_unrelated_kinds_under_a_heading_need_not_add_up():
    text = ("Ruritania's wine exports fell in 2017.\n\n"
            "Total exports came to 448.4 million litres last year, down 1.7% from 456.2 million litres in 2016.\n\n"
            "The two biggest markets by volume were:\n\n"
            "Freedonia – 93.1 million litres\n"
            "Sylvania – 78.4 million litres\n\n"
            "Export earnings rose 3.3%.")
    assert errors(text, published="2018-02-14") == []


def test_a_group_row_under_a_subheading_of_a_table():
    text = ("The Ruritanian oilseed association raised its export forecast.\n\n"
            "SOY COMPLEX ESTIMATES 2017\n"
            "                         Jul/17    Aug/17\n"
            "Production (Mt)           113.9     114.0\n"
            "Crushing (Mt)              41.5      41.5\n"
            "Exports (Mt)\n"
            "  Soybeans                 64.0      65.0\n"
            "  Soymeal                  14.5      {m}\n"
            "  Soyoil                    1.3       1.3\n"
            "  Soy complex              79.8      80.6\n\n"
            "The association will update its estimates in September.")
    assert errors(text.format(m="14.3"), published="2017-08-14") == []
    assert errors(text.format(m="15.3"), published="2017-08-14") != []


def test_a_share_of_the_cars_built_that_were_sold_abroad():
    text = ("Ruritania's carmakers shipped a record number of vehicles overseas last year.\n\n"
            "Car output rose 5.8 per cent to 1,343,810 in 2011, from 1,270,142 in 2010, according to the makers' "
            "association. Exports climbed 9.4 per cent to 1,107,312 from 1,012,480, meaning that {p} per cent of "
            "cars built in Ruritania were sold abroad.")
    assert errors(text.format(p="82.4"), published="2012-01-13") == []
    assert errors(text.format(p="86.4"), published="2012-01-13") != []


def test_a_share_of_the_cars_built_with_two_export_counts_is_left_alone():
    text = ("Car output rose 5.8 per cent to 1,343,810 in 2011, from 1,270,142 in 2010. Exports to Freedonia "
            "reached 507,312 and exports to Sylvania 600,000, meaning that 86.4 per cent of cars built in "
            "Ruritania were sold abroad.")
    assert errors(text, published="2012-01-13") == []


def test_a_price_per_unit_compared_with_the_year_before_keeps_the_year_in_hand():
    text = ("Ruritania's coal export earnings almost doubled in 2022.\n\n"
            "Export coal sales rose 88.0% to R159.2-billion, from R84.7-billion in 2021.\n\n"
            "The average realised export price therefore jumped to R2 401/t, compared with R1 208/t the year before.\n\n"
            "Freedonia's share of Ruritanian coal exports increased to 17.0%, or 11.3-million tonnes.")
    assert claim(text, "17.0%", published="2023-03-24")["period"] == "2022"

"""Releases of south-east European statistics offices (round 78): a balance whose sign is said
after the office's definition in brackets and the period ("the balance (Exports FOB - Imports
CIF) in January - June 2023 was negative and amounted to ..."); a column of indices, the later
level over the earlier times 100 ("Indices 2023/2022"), checked row by row and never summed;
months in Roman numerals heading a column ("IX 2023", "I-IX 2023"); a row labelled in per cent
under a money header; a Markdown total row set in bold in plain text."""
from readings import claim, errors, reading


def test_a_balance_is_negative_after_its_definition_in_brackets_and_its_period():
    text = ("In January - June 2023 the exports of Ruritania amounted to EUR 4 120.5 Million and the imports "
            "to EUR 5 032.7 Million. The foreign trade balance of Ruritania (Exports FOB - Imports CIF) "
            "in January - June 2023 was negative and amounted to EUR {b} Million.")
    assert claim(text.format(b="912.2"), "EUR 912.2 Million")["value"] < 0
    assert errors(text.format(b="912.2")) == []
    assert errors(text.format(b="812.2")) != []


def test_a_balance_with_a_partner_is_negative_after_its_definition_in_brackets():
    text = ("Exports to third countries reached EUR 2 310.4 Million and imports from them EUR 2 951.0 Million. "
            "The trade balance with third countries (Exports FOB - Imports CIF) was negative and amounted "
            "to EUR 640.6 Million.")
    assert claim(text, "EUR 640.6 Million")["value"] < 0
    assert errors(text) == []


def test_no_balance_is_taken_over_a_column_of_indices():
    text = ("Ruritania's exports fell in 2023 and its imports rose.\n\n"
            "                    million euros            Indices\n"
            "                   2022          2023      2023/2022\n"
            "Exports           2 410.6       2 352.7          97.6\n"
            "Imports           3 105.2       3 180.3         102.4\n"
            "Balance            -694.6        -827.6         119.1\n")
    assert errors(text) == []


def test_an_index_column_is_the_later_level_over_the_earlier():
    text = ("Ruritania's exports fell in 2023 and its imports rose.\n\n"
            "                    million euros            Indices\n"
            "                   2022          2023      2023/2022\n"
            "Exports           2 410.6       2 352.7          97.6\n"
            "Imports           3 105.2       3 180.3         {i}\n")
    assert errors(text.format(i="102.4")) == []
    assert errors(text.format(i="104.2")) != []


_MONTHLY = ("In September 2023 Ruritania's exports of goods amounted to EUR 2,140 million. In the first nine "
            "months of 2023, exports totalled EUR 19.6 billion.\n\n"
            "Exports of goods, Ruritania\n\n"
            "                        IX 2023      I-IX 2023\n"
            "                    EUR million    EUR million\n"
            "Exports                   2,140         19,604\n"
            "Imports                   2,301         20,117\n"
            "Export-import ratio (%)    93.0           97.4\n")


def test_roman_numeral_months_in_a_column_header_date_its_figures():
    assert claim(_MONTHLY, "2,140")["period"] == "2023-09"
    assert claim(_MONTHLY, "19,604")["period"] == "2023-01/2023-09"
    assert errors(_MONTHLY) == []


def test_a_row_labelled_in_per_cent_holds_no_money():
    assert not any(c["text"] == "93.0" and c["kind"] == "amount" for c in reading(_MONTHLY)["claims"])


_PARTNERS = ("Exports by main partner countries, Ruritania\n\n"
             "                      2022          2023      Index       Structure\n"
             "                     EUR million              2023/2022   2023 (%)\n"
             "Total              30,412        31,605         103.9       100.0\n"
             "Freedonia           5,204         5,531         106.3        17.5\n"
             "Sylvania            4,870         4,902         100.7        15.5\n"
             "Grand Fenwick       3,115         {c}         {i}        10.2\n")


def test_an_index_column_before_the_last_is_the_later_level_over_the_earlier():
    assert errors(_PARTNERS.format(c="3,226", i="103.6")) == []
    assert errors(_PARTNERS.format(c="3,226", i="106.3")) != []


def test_a_markdown_total_row_set_in_bold_is_read_in_plain_text():
    text = ("Ruritania's fish exports by species in 2023:\n\n"
            "| Species | EUR million |\n"
            "|---------|------------:|\n"
            "| Cod     |       {c} |\n"
            "| Herring |        41.2 |\n"
            "| Other   |        30.7 |\n"
            "| **Total** | **183.1** |\n")
    assert errors(text.format(c="111.2")) == []
    assert errors(text.format(c="121.2")) != []

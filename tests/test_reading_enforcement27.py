"""Customs enforcement and misinvoicing reports: seizures and fines beside trade figures, a
country's imports quoted from its own statistics agency, a bloc member's part of the bloc's
exports, the mirror figures of two countries' statistics set side by side, and parts "of
which" a product list's whole. Each test is a short example of one kind of sentence."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    passed = [f["message"] for f in result["findings"] if f["status"] == "consistent"]
    return {"claims": claims, "errors": errors, "passed": passed}


# vocab/flows.csv: seizures, confiscations, fines and penalties are no trade flow

def test_goods_seized_by_customs_are_no_imports():
    r = read("Peru's customs agency seized goods worth $48 million in 2023, a quarter of them "
             "counterfeit phones. Peruvian imports of phones totaled $1.9 billion in 2023.")
    assert r["claims"]["$48 million"]["measure"] == "other"
    assert r["errors"] == []


def test_a_fine_beside_exports_is_no_export_figure():
    r = read("Dutch exports to Armenia reached €310 million in 2023. Few cases led to penalties, "
             "and the largest fine was €2.1 million.")
    assert r["claims"]["€2.1 million"]["measure"] == "other"


# link/pairs.py (_source_after): a place before a statistics agency's name is the reporter

def test_a_country_before_its_statistics_bureau_reports_the_flow():
    r = read("According to U.S. Census Bureau data, the United States imported $2.4 billion of "
             "toys in 2023.")
    c = r["claims"]["$2.4 billion"]
    assert (c["reporter"], c["partner"]) == ("USA", "WLD")


# link/commodities.py (_of_product_list) and link/claims.py (part-of-which): a list of
# products after "of", and the part "of which" with its share

def test_a_part_of_which_and_its_share_are_of_the_whole_product_list():
    text = ("According to U.S. Census Bureau data, the United States imported $12.0 billion of "
            "handbags, luggage and travel goods in 2023, of which $4.8 billion, or about {} percent, "
            "came from Vietnam.")
    r = read(text.format(40))
    assert r["claims"]["$12.0 billion"]["commodity"] == "handbags, luggage and travel goods"
    assert r["claims"]["$4.8 billion"]["commodity"] == "handbags, luggage and travel goods"
    assert r["errors"] == []
    assert any("40 percent" in m for m in r["passed"])
    assert read(text.format(55))["errors"]


# link/units.py (members_report_their_own), vocab/blocs.csv: a bloc member's part of the
# bloc's flow with one partner

def test_a_member_state_accounting_for_part_of_the_blocs_exports_reports_it():
    r = read("EU exports to Armenia reached €1.60 billion in 2023. France accounted for €0.40 billion "
             "of last year's total, or 25 percent.")
    c = r["claims"]["€0.40 billion"]
    assert (c["reporter"], c["partner"]) == ("FRA", "ARM")
    assert r["errors"] == []
    assert any("25 percent" in m for m in r["passed"])


def test_a_wrong_member_share_of_the_blocs_exports_is_found():
    r = read("EU exports to Armenia reached €1.60 billion in 2023. France accounted for €0.40 billion "
             "of last year's total, or 45 percent.")
    assert r["errors"]


# link/mirror_columns.py, vocab/mirror_cues.csv: a table of a reporter's and its partners' counts

MIRROR_TABLE = """Table 2. Ghana's imports from its top suppliers: reporter and mirror values, 2022 (US$ million)

| Partner | Ghana reports importing | Partner reports exporting to Ghana | Gap (partner minus Ghana) |
|---|---|---|---|
| China | 2,100 | 2,500 | 400 |
| India | 900 | 850 | -50 |
"""


def test_a_partner_reported_column_is_the_partners_exports_to_the_reporter():
    r = read(MIRROR_TABLE, published="2024-03-01")
    c = r["claims"]["2,500"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "CHN", "GHA")


def test_the_gap_column_of_a_mirror_table_is_no_balance():
    r = read(MIRROR_TABLE, published="2024-03-01")
    assert r["claims"]["400"]["measure"] == "other"
    assert r["errors"] == []


# link/measures.py (governing_flow): "$X in <demonym> export declarations"

def test_a_figure_in_a_countrys_export_declarations_is_its_exports():
    r = read("In 2022 Switzerland recorded $3.1 billion of gold imports from Ghana, against $2.2 billion "
             "in Ghanaian export declarations.")
    c = r["claims"]["$2.2 billion"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "GHA", "CHE")
    assert r["errors"] == []


# link/flow_gaps.py (mirror_gaps), check/mirror_gaps.py: the gap between two countries'
# counts of one flow

MIRROR = ("Brazil's export statistics show shipments of soybeans to China of US$38.9 billion in 2023, "
          "while Chinese customs recorded imports from Brazil of US$42.1 billion. The difference of "
          "US${} billion is larger than freight costs explain.")


def test_a_gap_between_two_countries_counts_is_no_balance_and_is_checked():
    r = read(MIRROR.format("3.2"))
    assert r["claims"]["US$3.2 billion"]["measure"] == "other"
    assert r["errors"] == []
    assert any("matching the stated gap" in m for m in r["passed"])


def test_a_wrong_gap_between_two_countries_counts_is_found():
    r = read(MIRROR.format("4.2"))
    assert any("gap is stated as" in m for m in r["errors"])


def test_a_gap_of_after_the_two_counts_in_one_sentence():
    r = read("Japan's data show exports to Thailand of $24.0 billion in 2023, while Thai records show "
             "imports from Japan of $26.5 billion, a gap of $2.5 billion.")
    assert r["errors"] == []
    assert any("matching the stated gap" in m for m in r["passed"])


def test_the_gap_a_share_of_one_countrys_count_is_checked():
    text = ("Brazil's export statistics show shipments of soybeans to China of US$38.9 billion in 2023, "
            "while Chinese customs recorded imports from Brazil of US$42.1 billion, a gap of US$3.2 billion, "
            "or about {}% of the value reported by Brazil.")
    r = read(text.format(8))
    assert r["errors"] == []
    assert any('matching "8%"' in m for m in r["passed"])
    assert read(text.format(15))["errors"]


def test_what_two_counts_leave_unaccounted_for_is_their_gap():
    r = read("In 2022 Switzerland recorded $3.1 billion of gold imports from Ghana, against $2.2 billion in "
             "Ghanaian export declarations, leaving $0.9 billion unaccounted for.")
    assert r["claims"]["$0.9 billion"]["measure"] == "other"
    assert any("matching the stated gap" in m for m in r["passed"])


def test_a_gap_column_is_checked_within_its_own_row_only():
    table = MIRROR_TABLE + "| Total | 3,000 | 3,350 | 350 |\n"
    r = read(table, published="2024-03-01")
    assert r["errors"] == []


# vocab/publication_names.csv: a law's year names the law; vocab/flows.csv: duty evasion

def test_the_year_of_a_law_dates_no_figure_and_evaded_duty_is_no_import():
    r = read("India's imports of electronics rose to $89.8 billion in 2023. Duty evasion of Rs 960 crore has "
             "been detected, and two persons were arrested under Section 104 of the Customs Act, 1962.")
    c = r["claims"]["Rs 960 crore"]
    assert c["measure"] == "other"
    assert c["period"] != "1962"


# link/claims.py (_in_dash_aside): a place inside a dash aside moves no pair

def test_a_place_in_a_dash_aside_does_not_become_the_pair_of_the_next_figure():
    r = read("EU exports to Georgia reached €3.10 billion in 2023. Exports of dual-use goods — items that "
             "Russia's army buys abroad — from the EU to Georgia are set to fall, officials said. They "
             "reached €45 million in 2023.")
    c = r["claims"]["€45 million"]
    assert (c["reporter"], c["partner"]) == ("EUU", "GEO")

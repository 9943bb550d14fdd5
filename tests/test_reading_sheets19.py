"""Pasted spreadsheets and space-aligned tables, and rankings of reporters (round 19)."""
from tradecheck import verify_text


def _read(text, published="2024-03-28"):
    return verify_text(text, published=published, reference="none").to_dict()


def _errors(d):
    return [f["message"] for f in d["findings"] if f["status"] == "inconsistent"]


def test_a_tab_parts_a_year_label_from_a_percent_column():
    d = _read("India's merchandise exports in February 2024 were USD 41.40 Billion, as compared to "
              "USD 37.01 Billion in February 2023.\n\nItem\tFeb-24\tFeb-23\t% Growth\n", "2024-03-15")
    assert not any("\t" in c["text"] for c in d["claims"])
    assert _errors(d) == []


TABLE = """Table 9: Direct Trade with Selected Partners, Q4 2023 (KSh Million)

Partner              Exports       Imports    Total Trade        Balance
Uganda              38,412.6       6,118.4       44,531.0       32,294.2
Tanzania            16,205.3       9,874.1       {total}        6,331.2
China                2,110.7     124,566.0      126,676.7    (122,455.3)
"""


def test_a_space_aligned_table_is_read_by_its_columns():
    d = _read("Kenya's trade.\n\n" + TABLE.format(total="26,079.4"))
    tza = [c for c in d["claims"] if c["partner"] == "TZA"]
    assert {c["measure"] for c in tza} == {"exports", "imports", "trade_total", "balance"}
    assert all(c["period"] == "2023-Q4" and c["currency"] == "KES" for c in tza)
    assert _errors(d) == []


def test_a_wrong_total_in_a_space_aligned_table_is_found():
    d = _read("Kenya's trade.\n\n" + TABLE.format(total="27,079.4"))
    assert any("27.08bn" in m for m in _errors(d))


def test_tab_separated_rows_with_their_unit_in_the_label():
    text = ("India's merchandise exports in February 2024 were USD 41.40 Billion.\n\n"
            "Item\tFeb-24\tFeb-23\t% Growth\n"
            "Merchandise Exports (US$ Million)\t41,400.0\t37,010.0\t11.86\n"
            "Merchandise Imports (US$ Million)\t{imports}\t53,580.0\t12.19\n"
            "Trade Balance (US$ Million)\t-18,710.0\t-16,570.0\t–\n")
    d = _read(text.format(imports="60,110.0"), "2024-03-15")
    imports = [c for c in d["claims"] if c["measure"] == "imports" and c["kind"] == "amount"]
    assert {c["period"] for c in imports} == {"2024-02", "2023-02"}
    assert _errors(d) == []
    assert _errors(_read(text.format(imports="61,110.0"), "2024-03-15"))


def test_prose_padded_with_two_spaces_is_no_table():
    d = _read("Exports rose to $5.1 billion in 2023.  Imports fell to $3.2 billion.  The surplus "
              "was $1.9 billion.\nExports to China were $2.0 billion.  Imports from China were $1.0 billion.\n",
              "2024-02-01")
    assert [c["text"] for c in d["claims"]] == ["$5.1 billion", "$3.2 billion", "$1.9 billion", "$2.0 billion", "$1.0 billion"]


def test_a_ranking_of_member_states_by_their_own_balance():
    d = _read("Among the EU Member States, Germany recorded the largest surplus in trade in goods in "
              "January to March 2024 (€67.3 bn), followed by Ireland (€22.8 bn) and the Netherlands "
              "(€21.5 bn). France (-€21.2 bn) and Spain (-€9.7 bn) registered the largest deficits.",
              "2024-05-16")
    pairs = [(c["reporter"], c["partner"]) for c in d["claims"]]
    assert pairs == [("DEU", "WLD"), ("IRL", "WLD"), ("NLD", "WLD"), ("FRA", "WLD"), ("ESP", "WLD")]


def test_an_indented_header_and_bracketed_changes():
    text = ("Australian Bureau of Statistics\n\nKey statistics (seasonally adjusted, $m)\n"
            "                          Dec-23      Jan-24     Monthly change (%)\n"
            "Goods credits             44,312      43,876          (1.0)\n"
            "Goods debits              33,221      32,948          (0.8)\n"
            "Balance on goods          11,091      {bal}          (1.5)\n"
            "Non-monetary gold           n.a.           –           n.a.\n")
    d = _read(text.format(bal="10,928"), "2024-03-07")
    changes = [c for c in d["claims"] if c["kind"] == "percent_change"]
    assert [(c["period"], c["base_period"]) for c in changes] == [("2024-01", "2023-12")] * 3
    assert _errors(d) == []
    assert _errors(_read(text.format(bal="10,828"), "2024-03-07"))

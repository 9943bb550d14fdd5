"""Tables of a regional bloc's release about its members' trade (round 40 probes): a total
row's change cell, a row labelled with the bloc under its members' rows, and rows typeset
with leader dots."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-02") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


ANDEAN = ("Lima, May 2, 2024. Trade among the member countries grew in 2023, the Secretariat said.\n\n"
          "Intra-community exports by country (US$ million)\n\n"
          "Country | 2022 | 2023 | Var. %\n"
          "Peru | 2,410.0 | 2,530.5 | 5.0\n"
          "Colombia | 2,100.0 | 2,163.0 | 3.0\n"
          "Ecuador | 1,500.0 | 1,545.0 | 3.0\n"
          "Total | 6,010.0 | 6,238.5 | 3.8\n")


def test_the_change_cell_of_a_total_row_is_the_totals_change():
    """"| Total | 6,010.0 | 6,238.5 | 3.8 |": the 3.8 is the total's change, not the dateline country's."""
    r = read(ANDEAN)
    assert r["claims"]["3.8"]["attribution"]["pair"] == "row-label"
    assert r["claims"]["3.8"]["partner"] is None
    assert r["errors"] == []


def test_the_levels_of_a_total_row_share_its_pair():
    """Both levels of a total row are the total's (no partner), as its change is."""
    r = read(ANDEAN)
    assert r["claims"]["6,010.0"]["partner"] is None and r["claims"]["6,238.5"]["partner"] is None


UNION = ("Intra-union exports by country, 2022 (billion FCFA)\n\n"
         "Country            Value     Share (%)\n"
         "Côte d'Ivoire      1,100.0   34.4\n"
         "Senegal              600.0   18.8\n"
         "Burkina Faso         450.0   14.1\n"
         "Mali                 400.0   12.5\n"
         "Togo                 350.0   10.9\n"
         "Benin                200.0    6.3\n"
         "Niger                 80.0    2.5\n"
         "Guinea-Bissau         20.0    0.6\n"
         "WAEMU              3,200.0  100.0\n")


def test_a_row_labelled_with_the_bloc_under_its_members_is_their_total():
    """"WAEMU   3,200.0   100.0" under a row for each member: the sum of the rows, each share of it."""
    assert read(UNION)["errors"] == []
    r = read(UNION.replace("600.0   18.8", "700.0   18.8"))
    assert any("but the whole is stated as 3,200.0" in e for e in r["errors"])
    assert any("stated as 18.8" in e for e in r["errors"])


def test_a_bloc_row_under_only_some_members_needs_a_column_to_agree():
    """Rows naming only some members may leave out the rest: one column alone that disagrees is no error."""
    text = ("Exports to the union (billion FCFA)\n\n"
            "Mali ............ 400.0\n"
            "Togo ............ 350.0\n"
            "WAEMU ......... 1,000.0\n")
    assert read(text)["errors"] == []


def test_leader_dot_rows_under_the_bloc_add_up_to_it():
    """"Mali ........ 400.0" rows, one per member, over "WAEMU ........ 3,200.0": their sum is checked."""
    rows = [line.split() for line in UNION.splitlines()[3:11]]
    leader = "".join(f"{' '.join(r[:-2])} ........ {r[-2]}\n" for r in rows)
    text = "Exports to other union member states, 2022 (billions of FCFA)\n\n" + leader + "WAEMU ........ 3,200.0\n"
    assert read(text)["errors"] == []
    assert any("3,200.0" in e for e in read(text.replace("Togo ........ 350.0", "Togo ........ 390.0"))["errors"])

"""Sentences on regional blocs' internal trade (round 23): a bloc's exports to itself and its
imports from itself are two records of one set of flows, not two sides that add up; a total
the text says the two make up is their sum; members ranked after the leader report their
exports to the rest of the bloc, as shares of the internal flow the leader's share names;
and tables whose columns are headed by years are read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# internal exports and imports differ (each recorded at its own border), and the text adds them
MERCOSUR = ("Trade among Mercosur members reached US$41.0 billion in 2023. Intra-Mercosur exports were "
            "US$21.5 billion and intra-Mercosur imports US${} billion, the two together making up the US$41.0 billion total.")


def test_a_blocs_internal_exports_and_imports_are_no_two_sides_of_its_trade():
    r = read(MERCOSUR.format("19.5"))
    assert r["errors"] == []  # (not "exports of each side 21.5 + 21.5 = 43.0")


def test_the_two_flows_together_are_the_blocs_internal_trade():
    r = read(MERCOSUR.format("19.5"))
    assert [c["measure"] for c in r["claims"].values() if c["text"] == "US$41.0 billion"] == ["trade_total"]


def test_the_two_flows_that_do_not_make_up_the_stated_total_are_an_error():
    assert read(MERCOSUR.format("17.5"))["errors"]


TOGETHER = ("Intra-ECOWAS exports were US$6.2 billion in 2023 and intra-ECOWAS imports US$5.1 billion, "
            "together US${} billion.")


def test_a_figure_after_two_flows_and_together_is_their_total():
    r = read(TOGETHER.format("11.3"))
    assert r["claims"]["US$11.3 billion"]["measure"] == "trade_total"
    assert r["errors"] == []


def test_a_total_after_two_flows_that_is_not_their_sum_is_an_error():
    assert read(TOGETHER.format("12.9"))["errors"]


# the ranked members: "ahead of X at $N (p percent)" of the intra-bloc exports the leader's share names
RANKED = ("Intra-EAC exports were US$8.0 billion in 2023. Kenya was the largest exporter to the bloc with "
          "$3.2 billion, or 40 percent of intra-EAC exports, ahead of Uganda at $2.0 billion ({} percent) "
          "and Tanzania at $1.6 billion (20 percent).")


def test_a_member_ranked_at_its_figure_reports_its_exports_to_the_bloc():
    r = read(RANKED.format("25"))
    assert r["claims"]["$2.0 billion"]["reporter"] == "UGA"
    assert r["claims"]["$1.6 billion"]["reporter"] == "TZA"
    assert r["claims"]["$1.6 billion"]["partner_group"] == "East African Community"


def test_ranked_members_shares_are_of_the_internal_exports_named():
    assert read(RANKED.format("25"))["errors"] == []


def test_a_ranked_members_wrong_share_of_the_internal_exports_is_an_error():
    assert read(RANKED.format("35"))["errors"]


YEARS = ("Intra-SADC exports by Member State (US$ million)\n\n"
         "Member State      2022      2023    % change\n"
         "Angola            1,000     1,100     +10.0\n"
         "Malawi              500       {}     +4.0\n"
         "Total SADC        1,500     1,620      +8.0\n")


def test_a_table_headed_by_years_is_read():
    r = read(YEARS.format("520"), "2024-08-01")
    assert "1,100" in r["claims"]
    assert r["errors"] == []


def test_a_row_of_a_table_headed_by_years_that_breaks_its_change_is_an_error():
    assert read(YEARS.format("620"), "2024-08-01")["errors"]

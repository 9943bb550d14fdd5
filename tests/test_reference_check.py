"""Claims against reference data: the reporter's own figure and the partner's mirror,
tolerance, error or warning, unverifiable with a reason, and records against history."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tradecheck
from tradecheck.cli import app

FIX = Path(__file__).parent / "fixtures" / "reference"


def ref_findings(text, reference="all", **kw):
    d = tradecheck.verify_text(text, reference=reference, **kw).to_dict()
    return [f for f in d["findings"] if f["check"] == "reference"]


def test_seed_has_a_reference_finding_or_a_reason_for_every_trade_claim(seed_text):
    d = tradecheck.verify_text(seed_text).to_dict()
    trade = [c for c in d["claims"] if c["kind"] == "amount" and c["measure"] != "other"]
    refs = [f for f in d["findings"] if f["check"] == "reference" and f.get("rule") == "value"]
    assert {c["id"] for c in trade} == {f["claims"][0] for f in refs}
    for f in refs:
        if f["status"] == "unverifiable":
            assert "not checked" in f["message"] or "no reference" in f["message"]
        else:
            assert f["reference"] and f["reference"][0]["source"] and f["reference"][0]["row"]


def test_matches_the_reporters_own_figure():
    f = ref_findings("In 2019, Belarusian exports to Iran were $32.1mn.")[0]
    assert f["status"] == "consistent" and f["matched"] == "reporter"
    assert f["reference"][0]["source"] == "IMF DOTS"


def test_matches_the_mirror_figure_less_the_cif_fob_margin():
    # Iran's imports from Belarus (CIF) as Iran would report them: DOTS exports FOB x 1.06
    f = ref_findings("In 2019, Iran's imports from Belarus were $34mn.")[0]
    assert f["status"] == "consistent" and f["matched"] == "mirror"


def test_a_wrong_figure_against_an_exact_official_one_is_an_error():
    f = ref_findings("In 2019, Belarusian exports to Iran were $52mn.")[0]
    assert (f["status"], f["severity"]) == ("inconsistent", "error")
    assert "IMF DOTS" in f["message"] and f["deviation_pct"] == pytest.approx(62, abs=1)


def test_against_an_approximate_published_figure_it_is_a_warning():
    f = ref_findings("In 2021, trade between Belarus and Iran was $33mn.")[0]
    assert (f["status"], f["severity"]) == ("inconsistent", "warning")


def test_no_reference_for_the_period_is_unverifiable_with_the_reason():
    f = ref_findings("In 2023, Belarusian exports to Iran were $52mn.")[0]
    assert f["status"] == "unverifiable" and "no reference figure" in f["message"]


def test_a_commodity_part_is_not_checked_against_a_total():
    f = ref_findings("In 2019, potash accounted for $20mn of Belarusian exports to Iran.")[0]
    assert f["status"] == "unverifiable" and "potash" in f["message"]


def test_reference_none_and_a_file():
    assert ref_findings("In 2019, Belarusian exports to Iran were $32.1mn.", reference="none") == []
    f = ref_findings("In 2022, Belarusian exports to Iran were $81mn.", reference=str(FIX / "canonical_ok.csv"))[0]
    assert f["status"] == "consistent" and f["reference"][0]["source"] == "Belstat"


def test_record_against_history():
    text = "Belarus's exports to Iran reached a record $60mn in 2019."
    recs = [f for f in ref_findings(text) if f.get("rule") == "record"]
    assert recs and recs[0]["status"] == "inconsistent"  # DOTS: $129.8mn in 2011


runner = CliRunner()


def test_reference_list_and_show():
    r = runner.invoke(app, ["reference", "list", "--format", "json"])
    assert r.exit_code == 0
    assert {"IMF DOTS", "published"} <= {x["source"] for x in json.loads(r.stdout)}
    r = runner.invoke(app, ["reference", "show", "BLR", "IRN", "--flow", "exports", "--format", "csv"])
    assert r.exit_code == 0 and "BLR exports to IRN" in r.stdout and "IRN imports from BLR (mirror)" in r.stdout


def test_reference_import_cli(tmp_path):
    r = runner.invoke(app, ["reference", "import", "comtrade", str(FIX / "comtrade_api.json"), "--store", str(tmp_path)])
    assert r.exit_code == 0 and "imported 2 rows" in r.stdout
    r = runner.invoke(app, ["reference", "import", "comtrade", str(FIX / "comtrade_malformed.csv"), "--store", str(tmp_path)])
    assert r.exit_code == 2
    assert "row 3" in r.stderr and "row 4" in r.stderr
    assert len(list(tmp_path.glob("*.parquet"))) == 1


def test_fetch_without_a_key_says_so(tmp_path):
    r = runner.invoke(app, ["reference", "fetch", "comtrade", "--reporter", "BLR", "--years", "2022",
                            "--store", str(tmp_path)], env={"COMTRADE_API_KEY": ""})
    assert r.exit_code == 2 and "key" in r.stderr


def test_a_reference_of_zero_is_a_difference_not_a_crash(tmp_path):
    # a pair with no recorded trade that year: no percentage to be off by
    ref = tmp_path / "zero.csv"
    ref.write_text("period,reporter,partner,flow,commodity,value_usd,valuation,source,source_version\n"
                   "2022,BLR,IRN,exports,TOTAL,0,FOB,Belstat,2023 release\n")
    text = "BELARUS, March 2, 2023. Belarusian exports to Iran reached $81 million in 2022."
    found = [f for f in tradecheck.verify_text(text, reference=str(ref)).finding_list if f.check == "reference"]
    assert found and found[0].status == "inconsistent"
    assert "differs from the nearest reference figure, $0" in found[0].message


BOUNDED = """period,reporter,partner,flow,commodity,value_usd,valuation,source,source_version,approximate,note
2022,KAZ,UZB,total,TOTAL,100000000,,Tashkent customs,2023 release,false,said trade 'exceeded' this
2022,KAZ,KGZ,total,TOTAL,100000000,,Bishkek customs,2023 release,false,'about' this
2022,KAZ,TJK,total,TOTAL,100000000,,Dushanbe customs,2023 release,false,an upper bound
"""


@pytest.mark.parametrize("text, status", [
    # "exceeded $100mn" is a lower bound: any larger figure agrees with it, a smaller one does not
    ("Trade between Kazakhstan and Uzbekistan was $150mn in 2022.", "consistent"),
    ("Trade between Kazakhstan and Uzbekistan was $90mn in 2022.", "inconsistent"),
    # "about $100mn" is approximate: a few per cent either way agree with it
    ("Trade between Kazakhstan and Kyrgyzstan was $107mn in 2022.", "consistent"),
    ("Trade between Kazakhstan and Kyrgyzstan was $130mn in 2022.", "inconsistent"),
    ("Trade between Kazakhstan and Tajikistan was $60mn in 2022.", "consistent"),
    ("Trade between Kazakhstan and Tajikistan was $120mn in 2022.", "inconsistent"),
])
def test_a_reference_figure_published_as_a_bound_is_compared_as_one(tmp_path, text, status):
    ref = tmp_path / "bounded.csv"
    ref.write_text(BOUNDED)
    f = ref_findings(text, reference=str(ref))[0]
    assert f["status"] == status, f["message"]


def test_the_shipped_lower_bound_is_quoted_as_one():
    # the shipped published figure for Belarus-Iran 2024 is "exceeded $113mn"
    f = ref_findings("Trade between Belarus and Iran reached $150mn in 2024.")[0]
    assert f["status"] == "consistent" and "more than $113mn" in f["message"]


def test_figures_without_reference_data_name_the_reason_and_the_coverage_once():
    f = ref_findings("In 2023, Belarusian exports to Iran were $52mn.")[0]
    assert f["reason"] == "no_reference"
    assert f["coverage"].count("IMF DOTS") == 1 and "2000-2020" in f["coverage"]

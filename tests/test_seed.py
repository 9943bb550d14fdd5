"""The article the project started from, and its acceptance criteria."""
import json
import subprocess
import sys

from tradecheck import verify_text



def claim_by_text(claims, text):
    for c in claims:
        if c["text"] == text:
            return c
    raise AssertionError(f"no claim {text!r} among {[c['text'] for c in claims]}")


def test_seed_claims(seed_text):
    claims = verify_text(seed_text).to_dict()["claims"]
    total = [c for c in claims if c["text"] == "$100mn" and c["measure"] == "trade_total"][0]
    assert (total["period"], total["reporter"], total["partner"], total["value_usd"]) == ("2022", "BLR", "IRN", 100e6)
    assert claim_by_text(claims, "$33mn")["period"] == "2021"
    exports = claim_by_text(claims, "$81mn")
    assert (exports["measure"], exports["bound"], exports["reporter"], exports["partner"], exports["period"]) == \
        ("exports", "gt", "BLR", "IRN", "2022")
    six = claim_by_text(claims, "sixfold")
    assert (six["factor"], six["measure"], six["period"], six["base_period"]) == (6.0, "exports", "2022", "2021")
    three = claim_by_text(claims, "three times higher")
    assert (three["factor"], three["bound"], three["measure"]) == (3.0, "gt", "trade_total")
    deals = [c for c in claims if c["text"] == "$100mn" and c["measure"] == "other"]
    assert len(deals) == 1


def test_seed_findings_show_the_arithmetic(seed_text):
    d = verify_text(seed_text).to_dict()
    msgs = " | ".join(f["message"] for f in d["findings"])
    assert "3.03" in msgs
    assert any(f["check"] == "ratio" and "sixfold" in f["message"] and f["status"] == "consistent" for f in d["findings"])
    # internally consistent; against reference data only warnings (published figures differ)
    assert not [f for f in d["findings"] if f["status"] == "inconsistent" and f["check"] != "reference"]
    assert not [f for f in d["findings"] if f["severity"] == "error"]


def test_seed_mutated_base_year_fails_with_spans_on_the_three_figures(seed_text, tmp_path):
    bad = seed_text.replace("($33mn)", "($53mn)")
    path = tmp_path / "seed.txt"
    path.write_text(bad, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "tradecheck", "verify", str(path), "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    d = json.loads(proc.stdout)
    ratio = [f for f in d["findings"] if f["check"] == "ratio" and f["status"] == "inconsistent"]
    assert ratio
    spans = {tuple(s) for s in ratio[0]["spans"]}
    for text in ("$53mn", "three times higher"):
        i = bad.index(text)
        assert (i, i + len(text)) in spans
    i = bad.index("it amounted to $100mn") + len("it amounted to ")
    assert (i, i + 6) in spans

"""The scorer on the development corpus and on the real published passages, held to the
acceptance figures of the issues on reading real text and on trustworthy verdicts: what is
read (fields among matched claims), what is flagged (false alarms, real and planted
errors), and every attribution rule that decides enough claims being right."""
import json
import subprocess
import sys
from collections import defaultdict

import pytest

# set -> (floors, ceilings) on the scorer's summary
TARGETS = {
    "corpus": ({"amounts.f1": 0.95, "relations.f1": 0.90, "mutation_detect": 0.95, "mutation_localise": 0.95,
                "error_detect": 1.0, "amounts.period": 0.93, "amounts.reporter_partner": 0.96,
                "relations.base_period": 0.95},
               {"false_alarm": 0.02}),
    # (the issue asked for 0.85 / 0.80 / 0.75 and at most 0.05; held at what has been reached)
    "published": ({"amounts.f1": 0.98, "relations.f1": 0.95, "mutation_detect": 0.95, "mutation_localise": 0.95,
                   "error_detect": 0.95, "amounts.period": 0.90, "relations.period": 0.90,
                   "relations.base_period": 0.90, "amounts.reporter_partner": 0.90,
                   "relations.reporter_partner": 0.90, "amounts.measure": 0.95, "relations.measure": 0.95},
                  {"false_alarm": 0.02}),
}
RULE_FLOOR, RULE_MIN_CLAIMS = 0.90, 10


@pytest.fixture(scope="module")
def summaries(shared, tmp_path_factory):
    out = {}
    for name in TARGETS:
        path = tmp_path_factory.mktemp("score") / f"{name}.json"
        proc = subprocess.run([sys.executable, "score.py", f"../{name}", "--api", "--jobs", "2", "--json", str(path)],
                              cwd=shared / "bench", capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr[-2000:]
        out[name] = json.loads(path.read_text())["summary"]
    return out


def _figure(summary: dict, name: str) -> float:
    if "." not in name:
        return summary[name]
    part, field = name.split(".")
    return summary[part][field] if field == "f1" else summary[part]["fields"][field]["accuracy"]


@pytest.mark.parametrize("name", TARGETS)
def test_scores(summaries, name):
    floors, ceilings = TARGETS[name]
    got = {k: _figure(summaries[name], k) for k in [*floors, *ceilings]}
    assert all(got[k] >= v for k, v in floors.items()), got
    assert all(got[k] <= v for k, v in ceilings.items()), got


def test_every_rule_that_decides_enough_claims_is_right(summaries):
    # the two sets together, as the issue counts them
    totals = defaultdict(lambda: [0, 0])
    for s in summaries.values():
        for rule, r in s["attribution_by_how"].items():
            totals[rule][0] += r["correct"]
            totals[rule][1] += r["n"]
    weak = {rule: f"{ok}/{n}" for rule, (ok, n) in totals.items() if n >= RULE_MIN_CLAIMS and ok / n < RULE_FLOOR}
    assert not weak


def test_peer_money_suite(shared):
    import re

    proc = subprocess.run([sys.executable, "peer_money.py", "--adapters", "tradecheck"],
                          cwd=shared / "bench", capture_output=True, text=True, timeout=600)
    line = [x for x in proc.stdout.splitlines() if x.startswith("PEER")][-1]
    got = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line) if k in ("currency_case_exact", "entity_f1")}
    # ahead of Recognizers-Text's own reference implementation: 0.772 case-exact, 0.941 F1
    assert got["currency_case_exact"] > 0.772 and got["entity_f1"] > 0.941, line

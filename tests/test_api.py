"""The Python API: DataFrames with their schemas, and to_dict() equal to the CLI's JSON."""
import json

from typer.testing import CliRunner

import tradecheck
from tradecheck.cli import app
from tradecheck.tables import claims_schema, findings_schema


def test_frames_validate(examples):
    text = (examples / "uzbekistan-turkey-2023.txt").read_text(encoding="utf-8")
    r = tradecheck.verify_text(text)
    claims_schema().validate(r.claims)
    findings_schema().validate(r.findings)
    assert len(r.claims) == len(r.to_dict()["claims"])


def _exactly(a, b) -> None:
    from pandas.testing import assert_frame_equal

    assert_frame_equal(a, b, check_exact=True)
    assert [repr(d) for d in a.dtypes] == [repr(d) for d in b.dtypes]
    assert a.map(repr).equals(b.map(repr))  # None stays None, NaN stays NaN


def test_frames_are_built_as_the_schemas_validate_them(shared):
    """The API builds its frames in the schemas' dtypes instead of validating each one: on
    every corpus article (and on a text without claims) validation passes and changes nothing."""
    paths = sorted((shared / "corpus").glob("*.txt")) + sorted((shared / "published").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths] + ["", "No figures here."]
    for text in texts:
        r = tradecheck.verify_text(text, reference="none")
        claims, findings = r.claims, r.findings
        _exactly(claims_schema().validate(claims.copy()), claims)
        _exactly(findings_schema().validate(findings.copy()), findings)


def test_to_dict_is_what_the_cli_prints(examples):
    path = examples / "uzbekistan-turkey-2023.txt"
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    api = tradecheck.verify_text(text).to_dict()
    cli = json.loads(CliRunner().invoke(app, ["verify", str(path), "--format", "json"]).stdout)
    api["document"]["path"] = cli["document"]["path"]
    assert json.loads(json.dumps(api)) == cli


def test_extract_claims_returns_the_contract_columns():
    df = tradecheck.extract_claims("Exports from Belarus to Iran exceeded $81mn in 2022.")
    assert list(df.columns)[:6] == ["id", "kind", "start", "end", "text", "value"]


def test_every_corpus_result_is_plain_json(shared):
    """to_dict() holds only JSON types: no internal objects leak into the contract."""
    for path in sorted((shared / "corpus").glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as f:
            d = tradecheck.verify_text(f.read()).to_dict()
        text = json.dumps(d)
        assert '"_' not in text, path.name

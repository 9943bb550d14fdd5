"""The Python API: DataFrames with their schemas, and to_dict() equal to the CLI's JSON."""
import json

import pandas as pd
import pytest
from typer.testing import CliRunner

import tradecheck
from tradecheck.check.catalogue import Status
from tradecheck.cli import app
from tradecheck.tables import _typed, claims_schema, finding_claims_schema, findings_schema


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
    assert a.map(repr).equals(b.map(repr))  # NA stays NA, NaN stays NaN


def test_frames_are_built_as_the_schemas_validate_them(shared):
    """The API builds its frames in the schemas' dtypes instead of validating each one: on
    every corpus article (and on a text without claims) validation passes and, its text put
    back in the NA dtype (pandera's is NaN), changes nothing."""
    paths = sorted((shared / "corpus").glob("*.txt")) + sorted((shared / "published").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths] + ["", "No figures here."]
    for text in texts:
        r = tradecheck.verify_text(text, reference="none")
        for frame, schema in ((r.claims, claims_schema()), (r.findings, findings_schema()),
                              (r.finding_claims, finding_claims_schema())):
            _exactly(_typed(schema.validate(frame.copy())), frame)


@pytest.mark.parametrize("rows", [
    [],
    [{"id": "f1", "value": float("nan"), "start": 3, "status": Status.CONSISTENT, "period_start": pd.NaT,
      "claims": ["c1", "c2"], "spans": [[1, 2], [5, 9]], "text": None}],
    [{"id": "f1", "value": float("inf"), "start": None, "status": "inconsistent", "period_start": pd.Timestamp("2023-01-01"),
      "claims": ["c1", "c2"], "spans": None, "text": "x"},
     {"id": None, "value": 2, "start": 2 ** 40, "status": Status.UNVERIFIABLE, "period_start": pd.NaT,
      "claims": ["c3", "c4"], "spans": [], "text": ""}],
], ids=["empty", "nan-enum-lists", "inf-none-big"])
def test_a_frame_built_column_by_column_is_the_frame_pandas_infers_and_casts(rows):
    """The frames are built in their dtypes straight from the values (tables._frame): the
    same as letting pandas infer each column and casting it, for NaN and infinity, None,
    enumerations, large integers, dates and lists of equal length."""
    from tradecheck.tables import _frame

    columns = ("id", "value", "start", "status", "period_start", "claims", "spans", "text")
    _exactly(_frame(rows, columns), _typed(pd.DataFrame(rows, columns=list(columns))))


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


# --- tidy tables for a notebook (issue 16, point 5) -----------------------------------------

import pandas as pd  # noqa: E402
import pytest  # noqa: E402


def _missing_is_na(df):
    """Every missing value is pandas' NA (NaT in a date column): no None, no float NaN."""
    for col in df.columns:
        if col in ("claims", "spans"):
            continue
        for v in df[col]:
            if v is None or (isinstance(v, float) and v != v):
                return f"{col}: {v!r}"
    return None


def test_the_claims_table_has_where_each_claim_stands_its_period_as_dates_and_its_attribution():
    draft = tradecheck.example("uzbekistan-turkey-2023-draft.md")
    r = tradecheck.verify_file(draft, reference="none")
    df, data = r.claims, r.to_dict()
    assert list(df.columns)[:18] == ["id", "kind", "start", "end", "text", "value", "currency", "value_usd", "factor",
                                     "bound", "low", "high", "period", "base_period", "measure", "reporter", "partner",
                                     "commodity"]
    for row, c in zip(df.to_dict("records"), data["claims"]):
        assert (row["document"], row["line"], row["column"]) == (str(draft), c["line"], c["column"])
        assert {a: row[f"attribution_{a}"] for a in c["attribution"]} == c["attribution"]
    c4 = df.set_index("id").loc["c4"]
    assert (c4["period"], c4["period_start"], c4["period_end"]) == ("2022", pd.Timestamp("2022-01-01"),
                                                                    pd.Timestamp("2022-12-31"))
    assert df.sort_values("period_start")["id"].iloc[0] == "c4"  # the one figure for 2022


def test_a_missing_value_is_pandas_na_in_every_table():
    r = tradecheck.verify_file(tradecheck.example("uzbekistan-turkey-2023.txt"), reference="IMF DOTS")
    for df in (r.claims, r.findings, r.finding_claims, tradecheck.extract_claims("Exports rose 5% in 2023.")):
        assert _missing_is_na(df) is None
    claims = r.claims.set_index("id")
    assert claims.loc["c2", "value_usd"] is pd.NA and claims.loc["c2", "currency"] is pd.NA  # a percentage
    assert r.findings["suggestion"].isna().all() and r.findings["reason"].notna().any()


def test_findings_say_where_they_are_and_explode_into_one_row_per_claim_for_joins():
    r = tradecheck.verify_file(tradecheck.example("uzbekistan-turkey-2023-draft.md"), reference="none")
    findings, data = r.findings, r.to_dict()
    assert findings["line"].tolist() == [f["line"] for f in data["findings"]]
    assert findings.set_index("id").loc["f1", "suggestion"] == "$0.8bn"
    pairs = r.finding_claims
    assert len(pairs) == sum(len(f["claims"]) for f in data["findings"])
    assert pairs[pairs["finding"] == "f1"][["claim", "position"]].values.tolist() == [["c7", 0], ["c5", 1], ["c6", 2]]
    joined = pairs.merge(r.claims, left_on=["document", "claim"], right_on=["document", "id"], validate="many_to_one")
    assert joined[joined["position"] == 0].set_index("finding").loc["f2", "text"] == "31%"


def test_the_tables_of_several_documents_concatenate_and_stay_apart_by_document():
    results = [tradecheck.verify_file(tradecheck.example(n), reference="none")
               for n in ("uzbekistan-turkey-2023.txt", "uzbekistan-turkey-2023-ankara.txt")]
    claims = pd.concat([r.claims for r in results], ignore_index=True)
    links = pd.concat([r.finding_claims for r in results], ignore_index=True)
    joined = links.merge(claims, left_on=["document", "claim"], right_on=["document", "id"], validate="many_to_one")
    assert len(joined) == len(links)
    assert claims.groupby("document").size().to_dict() == {str(r.document.path): len(r.claim_list) for r in results}


def test_the_package_offers_its_public_names_to_tab_completion():
    assert set(tradecheck.__all__) <= set(dir(tradecheck))
    for name in tradecheck.__all__:
        assert getattr(tradecheck, name) is not None


def test_an_unknown_example_names_those_there_are():
    with pytest.raises(ValueError, match="uzbekistan-turkey-2023.txt"):
        tradecheck.example("nosuch.txt")
    with pytest.raises(ValueError):
        tradecheck.example("../README.md")


def test_tracker_and_reference_store_do_what_their_commands_do(tmp_path):
    t = tradecheck.Tracker(tmp_path / "t.sqlite")
    (tmp_path / "README.md").write_text("Trade between Belarus and Iran was $100mn in 2022.\n")
    added = t.add_files([tradecheck.example("uzbekistan-turkey-2023.txt"), tmp_path / "README.md"], reference="none")
    assert [what for _, _, what in added] == ["added"]
    assert t.claims("UZB", "TUR", "trade_total")["text"].tolist()[:2] == ["$1.2bn", "$3.0bn"]
    store = tradecheck.ReferenceStore(tmp_path / "store")
    assert store.import_files("canonical", [tradecheck.example("reference/published-belarus-iran.csv")]) == 3
    assert "published" in " ".join(store.sources()["source"])

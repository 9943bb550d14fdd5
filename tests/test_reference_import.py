"""Importers on small real-format samples (tests/fixtures/reference), malformed ones too,
and the store they fill."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tradecheck.reference.importers import importer
from tradecheck.reference.schema import ReferenceDataError
from tradecheck.reference.store import Store

FIX = Path(__file__).parent / "fixtures" / "reference"


def read(fmt, *names):
    return importer(fmt)([str(FIX / n) for n in names], None)


def one(df, **kw):
    q = df
    for k, v in kw.items():
        q = q[q[k] == v]
    assert len(q) == 1, q
    return q.iloc[0]


def test_comtrade_csv_keeps_columns_despite_the_trailing_comma():
    df = read("comtrade", "comtrade_cameroon.csv")
    world = one(df, period="2015", partner="WLD", flow="imports")
    assert world["value_usd"] == pytest.approx(6036815000, rel=1e-3)  # primaryValue, not the flag
    assert world["valuation"] == "CIF"
    assert one(df, period="2022", partner="SWE")["flow"] == "exports"


def test_comtrade_api_json():
    df = read("comtrade", "comtrade_api.json")
    assert set(df["partner"]) == {"SWE", "WLD"}


def test_imf_dots_csv_and_excel_agree():
    csv_rows = read("imf-dots", "dots_sample.csv")
    xlsx_rows = read("imf-dots", "dots_belarus.xlsx")
    a = one(csv_rows, reporter="BLR", partner="IRN", period="2019")["value_usd"]
    b = one(xlsx_rows, reporter="BLR", partner="IRN", period="2019")["value_usd"]
    assert a == b == pytest.approx(32094100.0)
    assert bool(one(csv_rows, reporter="IRN", partner="BLR", period="2020")["estimated"])  # "11.36 e"


def test_imf_sdmx_csv_and_ml():
    csv_rows = read("imf-sdmx", "imf_sdmx_dot.csv")
    assert one(csv_rows, reporter="BLR", partner="WLD")["value_usd"] == pytest.approx(29177.8e6)
    ml = read("imf-sdmx", "imf_sdmx_dot.xml")
    assert one(ml, reporter="IRN", partner="BLR")["flow"] == "imports"
    assert one(ml, reporter="BLR", period="2019")["value_usd"] == pytest.approx(32094100.0)


@pytest.mark.parametrize("codes", ["baci_codes_V202201.csv", "baci_codes_V2023.csv"])
def test_baci_both_code_files_leading_zeros_and_namibia(codes):
    df = read("baci", "baci_HS17_Y2020_sample.csv", codes)
    assert one(df, reporter="IRN", partner="BLR")["commodity"] == "080450"
    assert set(df[df["partner"] == "NAM"]["reporter"]) == {"USA", "IND"}  # 842 and 699
    assert one(df, reporter="BLR", commodity="310420")["value_usd"] == pytest.approx(5123456.0)  # thousand USD


def test_wits_json():
    df = read("wits", "wits_usa_2017.json")
    assert (df["reporter"] == "USA").all() and (df["partner"] == "WLD").all()
    assert (df["flow"] == "imports").all() and (df["valuation"] == "CIF").all()


def test_canonical_csv():
    df = read("canonical", "canonical_ok.csv")
    assert len(df) == 2 and one(df, reporter="IRN")["source_version"] == "1402 yearbook"


@pytest.mark.parametrize("fmt, names, expect", [
    ("baci", ["baci_malformed.csv", "baci_codes_V2023.csv"], [(3, "i"), (4, "v")]),
    ("comtrade", ["comtrade_malformed.csv"], [(3, "primaryValue"), (4, "reporterISO")]),
    ("imf-dots", ["dots_malformed.csv"], [(2, "2020"), (3, None)]),
    ("canonical", ["canonical_malformed.csv"], [(3, "value_usd"), (4, None)]),
])
def test_malformed_files_report_every_bad_row(fmt, names, expect):
    with pytest.raises(ReferenceDataError) as err:
        read(fmt, *names)
    got = {(p.row, p.column) for p in err.value.problems}
    for row, col in expect:
        assert any(r == row and (col is None or c == col) for r, c in got), (row, col, got)


def test_a_failed_import_leaves_the_store_as_it_was(tmp_path):
    store = Store(tmp_path)
    store.add(read("canonical", "canonical_ok.csv"), "ok")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ReferenceDataError):
        store.add(read("canonical", "canonical_malformed.csv"), "bad")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_store_lookup_finds_imports_and_the_shipped_default(tmp_path):
    store = Store(tmp_path)
    store.add(read("baci", "baci_HS17_Y2020_sample.csv", "baci_codes_V2023.csv"), "baci")
    rows = store.rows_for_pairs([("BLR", "IRN")])
    baci_total = rows[(rows["source"] == "CEPII BACI") & (rows["commodity"] == "TOTAL") & (rows["reporter"] == "BLR")]
    assert baci_total["value_usd"].iloc[0] == pytest.approx(5123456.0 + 812100.0)  # products summed
    assert (rows["source"] == "IMF DOTS").any()  # the shipped default is always there
    sources = set(store.sources()["source"])
    assert {"IMF DOTS", "published", "CEPII BACI"} <= sources


def test_baci_streams_into_the_store_sorted(tmp_path):
    from tradecheck.reference.importers import baci

    store = Store(tmp_path)
    target, n = baci.import_into(store, [str(FIX / "baci_HS17_Y2020_sample.csv"), str(FIX / "baci_codes_V202201.csv")])
    assert n == 5 and target.exists()
    import pandas as pd

    df = pd.read_parquet(target)
    assert list(df["reporter"]) == sorted(df["reporter"])
    assert "080450" in set(df["commodity"])


@pytest.mark.parametrize("fmt, name, row", [
    ("wits", "wits_malformed.json", None),
    ("imf-sdmx", "imf_sdmx_malformed.csv", 2),
])
def test_more_malformed_files(fmt, name, row):
    with pytest.raises(ReferenceDataError) as err:
        read(fmt, name)
    assert err.value.problems and (row is None or any(p.row == row for p in err.value.problems))


def test_fetch_comtrade_on_a_saved_response(tmp_path, monkeypatch):
    """The fetch path, on a saved API response: the client library is the only stand-in."""
    import sys
    import types

    import pandas as pd

    saved = pd.DataFrame(json.loads((FIX / "comtrade_api.json").read_text())["data"])
    calls = {}

    def get_final_data(key, **kw):
        calls.update(kw, key=key)
        return saved

    monkeypatch.setitem(sys.modules, "comtradeapicall", types.SimpleNamespace(getFinalData=get_final_data))
    monkeypatch.setenv("TRADECHECK_CACHE", str(tmp_path / "cache"))
    from tradecheck.reference.fetch import fetch

    df, name = fetch("comtrade", "CMR", None, "2022-2023", "KEY")
    assert calls["reporterCode"] == "120" and calls["period"] == "2022,2023" and calls["key"] == "KEY"
    assert len(df) == 2 and (tmp_path / "cache").is_dir()


def test_canonical_parquet_round_trip(tmp_path):
    df = read("canonical", "canonical_ok.csv")
    path = tmp_path / "ok.parquet"
    df.to_parquet(path)
    again = importer("canonical")([str(path)], None)
    assert again[["reporter", "partner", "value_usd"]].equals(df[["reporter", "partner", "value_usd"]])


def test_baci_file_and_store_names_are_quoted_not_run(tmp_path):
    """A file name that closes the quote of an SQL string and writes a file of its own
    choosing is only a name; an apostrophe in the store's path imports like any other."""
    import shutil

    evil = tmp_path / "a' (FORMAT CSV); COPY (SELECT 'INJECTED' AS pwned) TO 'pwned.csv.csv"
    shutil.copy(FIX / "baci_HS17_Y2020_sample.csv", evil)
    store = tmp_path / "O'Brien's store"
    r = subprocess.run([sys.executable, "-m", "tradecheck", "reference", "import", "baci", str(evil),
                        str(FIX / "baci_codes_V2023.csv"), "--store", str(store)],
                       cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "imported 5 rows" in r.stdout
    assert not list(tmp_path.rglob("pwned*")) and not list(Path.cwd().glob("pwned*"))
    import pandas as pd

    made = list(store.glob("*.parquet"))
    assert len(made) == 1
    assert set(pd.read_parquet(made[0])["source_version"]) == {evil.name}  # the name, as data


@pytest.mark.parametrize("bad_row, column", [
    ("2020,112,364,3104201234567890123456789012345678,5.0,1", "k"),  # longer than any product code
    ("2020,112,364,310420,inf,1", "v"),
    ("2020,112,364,310420,nan,1", "v"),
    ("2020,112,364,310420,1e308,1", "v"),  # a thousand times that is not a number either
])
def test_baci_every_row_is_checked_not_a_sample(tmp_path, bad_row, column):
    from tradecheck.reference.importers import baci

    good = "2020,112,364,310420,5123.456,12000.5\n"
    flows = tmp_path / "BACI_HS17_Y2020_V202401.csv"
    flows.write_text("t,i,j,k,v,q\n" + good * 1500 + bad_row + "\n" + good * 10)
    with pytest.raises(ReferenceDataError) as err:
        baci.import_into(Store(tmp_path / "store"), [str(flows), str(FIX / "baci_codes_V2023.csv")])
    assert [(p.row, p.column) for p in err.value.problems] == [(1502, column)]
    assert not (tmp_path / "store").exists() or not list((tmp_path / "store").iterdir())


def test_baci_product_codes_are_padded_never_cut(tmp_path):
    from tradecheck.reference.importers import baci

    flows = tmp_path / "flows.csv"
    flows.write_text("t,i,j,k,v,q\n2020,112,364,80450,1.0,1\n2020,112,364,87032310,2.0,1\n")
    df = baci.read([str(flows), str(FIX / "baci_codes_V2023.csv")])
    assert sorted(df["commodity"]) == ["080450", "87032310"]


@pytest.mark.parametrize("value", ["inf", "Infinity", "1e999"])
def test_a_value_that_is_not_finite_is_refused(tmp_path, value):
    bad = tmp_path / "inf.csv"
    bad.write_text((FIX / "canonical_ok.csv").read_text().replace("86000000", value))
    with pytest.raises(ReferenceDataError) as err:
        read("canonical", str(bad))
    assert [(p.row, p.column) for p in err.value.problems] == [(3, "value_usd")]
    assert "not finite" in err.value.report()


# --- decompression bombs (issue 15, finding 5) ------------------------------------------------

ROW = b"2022,BLR,IRN,exports,TOTAL,81000000,FOB,Belstat,2023\n"
HEADER = b"period,reporter,partner,flow,commodity,value_usd,valuation,source,source_version\n"


def _bomb(kind: str, path: Path, mib: int = 70) -> Path:
    """A small file that expands to `mib` MiB: one compressed MiB of rows, repeated (gzip,
    bzip2 and xz read a file of several members or streams as one)."""
    import bz2
    import gzip
    import lzma

    one = ROW * ((1 << 20) // len(ROW))
    squeeze = {"gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress}[kind]
    path.write_bytes(squeeze(HEADER) + squeeze(one) * mib)
    return path


@pytest.mark.parametrize("fmt, kind", [("canonical", "bz2"), ("comtrade", "gz"), ("imf-sdmx", "xz")])
def test_a_compressed_file_is_read_within_a_limit(tmp_path, fmt, kind):
    bomb = _bomb(kind, tmp_path / f"data.csv.{kind}")
    assert bomb.stat().st_size < 1_000_000
    r = subprocess.run([sys.executable, "-m", "tradecheck", "reference", "import", fmt, str(bomb),
                        "--store", str(tmp_path / "store")], capture_output=True, text=True)
    assert r.returncode == 2 and "decompression bomb" in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert not (tmp_path / "store").exists() or not list((tmp_path / "store").iterdir())


def test_a_compressed_file_within_the_limit_imports(tmp_path):
    import gzip

    small = tmp_path / "ok.csv.gz"
    small.write_bytes(gzip.compress((FIX / "canonical_ok.csv").read_bytes()))
    assert len(read("canonical", str(small))) == 2


def test_a_workbook_that_expands_too_far_is_refused(tmp_path):
    import zipfile

    book = tmp_path / "dots.xlsx"
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"<row/>" * (12 << 20))
    with pytest.raises(ReferenceDataError, match="decompression bomb"):
        read("imf-dots", str(book))


def test_a_parquet_file_that_expands_too_far_is_refused(tmp_path):
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    p = tmp_path / "big.parquet"
    pq.write_table(pa.table({"value_usd": np.zeros(9_000_000)}), p, compression="zstd")
    with pytest.raises(ReferenceDataError, match="decompression bomb"):
        read("canonical", str(p))


def test_a_compressed_baci_file_is_read_within_a_limit(tmp_path):
    from tradecheck.reference.importers import baci

    bomb = _bomb("gz", tmp_path / "BACI_HS17_Y2020.csv.gz")
    with pytest.raises(ReferenceDataError, match="decompression bomb"):
        baci.import_into(Store(tmp_path / "store"), [str(bomb), str(FIX / "baci_codes_V2023.csv")])


def test_a_store_that_cannot_be_written_says_so_in_one_line(tmp_path):
    """A full disk (a file size limit stands in for it): one line, and the store as it was."""
    import resource

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (2_000, 2_000))

    big = tmp_path / "big.csv"
    big.write_bytes(HEADER + b"".join(ROW.replace(b"81000000", str(10_000 + i).encode()) for i in range(3000)))
    store = tmp_path / "store"
    r = subprocess.run([sys.executable, "-m", "tradecheck", "reference", "import", "canonical", str(big), "--store", str(store)],
                       capture_output=True, text=True, preexec_fn=small_files)
    assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "the store is as it was" in r.stderr
    assert list(store.iterdir()) == []

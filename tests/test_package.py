"""The package as published: a wheel and an sdist build from the checkout, the wheel holds
what an installed tradecheck needs (vocabulary tables, the page, the shipped reference data,
py.typed, the licence), and installed in a fresh environment it checks the shipped example
from any directory. (CI also installs the wheel with its dependencies from the index.)"""
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # without isolation: the build uses this environment's setuptools, no download
    proc = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--wheel", "--sdist", "--outdir", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out


def test_the_wheel_holds_what_an_installed_tradecheck_needs(dist):
    wheel = next(dist.glob("tradecheck-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("tradecheck/py.typed", "tradecheck/vocab/countries.csv", "tradecheck/vocab/hedges.csv",
                   "tradecheck/web/static/index.html"):
        assert needed in names
    assert any(n.endswith("share/tradecheck/reference/default.parquet") for n in names)
    assert any(n.endswith(".dist-info/licenses/LICENSE") or n.endswith(".dist-info/LICENSE") for n in names)


def test_the_sdist_carries_the_licence_changelog_and_data(dist):
    import tarfile

    sdist = next(dist.glob("tradecheck-*.tar.gz"))
    names = tarfile.open(sdist).getnames()
    for needed in ("LICENSE", "CHANGELOG.md", "README.md", "data/reference/default.parquet",
                   "data/examples/uzbekistan-turkey-2023-draft.md", "data/examples/reference/published-belarus-iran.csv"):
        assert any(n.endswith("/" + needed) for n in names), needed


def test_the_installed_wheel_checks_the_shipped_example_from_anywhere(dist, tmp_path):
    env = tmp_path / "env"
    venv.create(env, with_pip=True)
    py = env / "bin" / "python"
    # the fresh environment borrows this one's dependencies (a path line, not a site
    # directory: this checkout's own editable install is not picked up)
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel = next(dist.glob("tradecheck-*.whl"))
    # a checkout on PYTHONPATH (as when testing a work tree) would pass for the installed
    # package, with pip and with Python
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True, timeout=300,
                   env=clean)
    where = subprocess.run([str(py), "-c", "import tradecheck, sys; print(tradecheck.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, check=True, env=clean).stdout
    assert str(env) in where  # the wheel's copy, not the checkout
    example = ROOT / "data" / "examples" / "uzbekistan-turkey-2023.txt"
    run = subprocess.run([str(env / "bin" / "tradecheck"), "verify", str(example), "--format", "json"],
                         capture_output=True, text=True, cwd=tmp_path, timeout=300, env=clean)
    assert run.returncode in (0, 1), run.stderr
    assert '"findings"' in run.stdout and "IMF DOTS" in run.stdout  # the shipped reference data was found
    # and the example articles, which the notebooks read through tradecheck.example
    found = subprocess.run([str(py), "-c", "import tradecheck; print(tradecheck.example('uzbekistan-turkey-2023.txt'))"],
                           capture_output=True, text=True, cwd=tmp_path, check=True, env=clean).stdout
    assert found.startswith(str(env)) and "share/tradecheck/examples" in found

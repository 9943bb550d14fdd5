"""Live fetches, the only network access tradecheck makes, and only when asked: UN Comtrade
through `comtradeapicall` (needs a subscription key) and IMF trade statistics through
`sdmx1`. Responses are saved to the user's cache folder and imported from there, so a
fetch can be repeated offline and tested on saved responses."""
from __future__ import annotations

import re
from pathlib import Path


class FetchError(Exception):
    pass


def cache_dir() -> Path:
    from ..userdirs import cache_dir as base

    return base()


def _years(spec: str) -> list[int]:
    m = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", spec.strip())
    if not m:
        raise FetchError(f"--years {spec!r}: expected a year or a range like 2018-2023")
    a = int(m.group(1))
    b = int(m.group(2) or a)
    if b < a:
        raise FetchError(f"--years {spec!r}: the range runs backwards")
    return list(range(a, b + 1))


def fetch(source: str, reporter: str, partner: str | None, years: str, key: str | None):
    ys = _years(years)
    if source == "comtrade":
        return fetch_comtrade(reporter, partner, ys, key)
    if source == "imf":
        return fetch_imf(reporter, partner, ys)
    raise FetchError(f"unknown source {source!r}: comtrade or imf")


def fetch_comtrade(reporter, partner, years, key):
    if not key:
        raise FetchError("UN Comtrade needs a subscription key: --key or COMTRADE_API_KEY")
    try:
        import comtradeapicall
    except ImportError:
        raise FetchError("the comtradeapicall package is not installed: pip install comtradeapicall") from None
    from .countries import by_numeric
    from .importers import comtrade

    codes = {v: k for k, v in by_numeric().items()}
    rep = codes.get(reporter)
    par = "0" if partner in (None, "WLD") else codes.get(partner)
    if rep is None or par is None:
        raise FetchError(f"no UN M49 code for {reporter if rep is None else partner}")
    try:
        df = comtradeapicall.getFinalData(key, typeCode="C", freqCode="A", clCode="HS",
                                          period=",".join(map(str, years)), reporterCode=str(rep),
                                          cmdCode="TOTAL", flowCode="X,M", partnerCode=str(par),
                                          partner2Code=None, customsCode=None, motCode=None)
    except Exception as e:  # the client raises whatever requests raises
        raise FetchError(f"UN Comtrade did not answer: {e}") from None
    if df is None or len(df) == 0:
        raise FetchError("UN Comtrade returned no rows")
    path = cache_dir() / f"comtrade-{reporter}-{partner or 'WLD'}-{years[0]}-{years[-1]}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(path, index=False)
    return comtrade.read([str(path)], f"UN Comtrade API, fetched {path.name}"), f"comtrade-{reporter}-{partner or 'WLD'}"


def fetch_imf(reporter, partner, years):
    import sdmx

    from .importers import imf_sdmx

    try:
        client = sdmx.Client("IMF_DATA")
        key = {"COUNTRY": reporter}
        if partner:
            key["COUNTERPART_COUNTRY"] = partner
        msg = client.data("IMTS", key=key, params={"startPeriod": years[0], "endPeriod": years[-1]})
    except Exception as e:  # connection and service errors of every kind
        raise FetchError(f"the IMF did not answer: {e}") from None
    path = cache_dir() / f"imf-{reporter}-{partner or 'ALL'}-{years[0]}-{years[-1]}.xml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(sdmx.to_xml(msg))
    return imf_sdmx.read([str(path)], f"IMF IMTS, fetched {path.name}"), f"imf-{reporter}-{partner or 'ALL'}"

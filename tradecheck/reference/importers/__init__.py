"""Importers: each reads one official file format into the canonical table (schema.py).
A malformed file raises ReferenceDataError with every bad row; nothing is half-imported,
because the store writes a file only after its frame has validated whole."""
from __future__ import annotations

FORMATS = {
    "comtrade": "UN Comtrade+ CSV or JSON (portal download or comtradeapicall)",
    "imf-sdmx": "IMF trade statistics (IMTS) as SDMX-CSV or SDMX-ML",
    "baci": "CEPII BACI CSV (t,i,j,k,v,q) with its country-code file",
    "imf-dots": "IMF Direction of Trade legacy CSV (reporter, partner, year columns) or Excel",
    "wits": "World Bank WITS SDMX-JSON",
    "canonical": "CSV or Parquet in tradecheck's canonical reference schema",
}


def importer(fmt: str):
    from . import baci, canonical, comtrade, imf_dots, imf_sdmx, wits

    table = {"comtrade": comtrade.read, "imf-sdmx": imf_sdmx.read, "baci": baci.read,
             "imf-dots": imf_dots.read, "wits": wits.read, "canonical": canonical.read}
    if fmt not in table:
        raise KeyError(fmt)
    return table[fmt]

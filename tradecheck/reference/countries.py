"""Country codes as reference files write them: ISO3, ISO2, UN M49 numbers, IMF names."""
from __future__ import annotations

import csv
import functools
from pathlib import Path

HERE = Path(__file__).parent
# Codes that are not in ISO 3166 but that trade data uses for real partners.
EXTRA = {"WLD": "World", "EUU": "European Union", "EMU": "Euro area", "XKX": "Kosovo"}


@functools.cache
def imf_names() -> dict[str, str]:
    with open(HERE / "imf_names.csv", encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["name"]: r["iso3"] for r in rows if r["iso3"]}


@functools.cache
def iso3_codes() -> frozenset:
    import pycountry

    return frozenset({c.alpha_3 for c in pycountry.countries} | set(EXTRA))


@functools.cache
def by_numeric() -> dict[int, str]:
    import pycountry

    return {int(c.numeric): c.alpha_3 for c in pycountry.countries}


def name_of(iso3: str) -> str:
    if iso3 in EXTRA:
        return EXTRA[iso3]
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    return getattr(c, "common_name", None) or (c.name if c else iso3)

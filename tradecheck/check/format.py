"""How findings write numbers: "$100mn", "€2.1bn", "3.03x", "+35.0%"."""
from __future__ import annotations

from .. import periods as P

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CNY ", "AUD": "A$", "CAD": "C$"}
# the currency of an amount whose text does not say which ("55 billion francs" where no
# country tells whose): a quantity of its own in the constraint system, written with no sign
UNKNOWN_CURRENCY = "?"
MEASURES = {"exports": "exports", "imports": "imports", "trade_total": "trade", "balance": "balance"}


def money(value: float | None, currency: str | None = "USD") -> str:
    if value is None:
        return "?"
    sym = "" if currency in (None, UNKNOWN_CURRENCY) else SYMBOLS.get(currency, f"{currency} ")
    sign = "-" if value < 0 else ""
    v = abs(value)
    for size, word in ((1e12, "trn"), (1e9, "bn"), (1e6, "mn")):
        if v >= size * 0.9995:
            return f"{sign}{sym}{_num(v / size)}{word}"
    return f"{sign}{sym}{v:,.0f}"


def price(value: float, currency: str | None, decimals: int) -> str:
    """A price, small money written to its cents ("US$26.31" is "$26.31", not the "$26" of
    `money`): with the decimals the text gave it."""
    sym = "" if currency in (None, UNKNOWN_CURRENCY) else SYMBOLS.get(currency, f"{currency} ")
    return f"{'-' if value < 0 else ''}{sym}{abs(value):,.{decimals}f}"


def _num(x: float) -> str:
    if x >= 100:
        return f"{x:.1f}".rstrip("0").rstrip(".")
    return f"{x:.3g}" if x < 10 else f"{x:.2f}".rstrip("0").rstrip(".")


def ratio(x: float | None) -> str:
    return "?" if x is None else f"{x:.2f}"


def pct_change(f: float | None) -> str:
    if f is None:
        return "?"
    return f"{(f - 1) * 100:+.1f}%"


def quantity_label(key) -> str:
    who = key.reporter.replace("group:", "")
    other = key.partner.replace("group:", "")
    what = MEASURES.get(key.measure, key.measure)
    com = f" of {key.commodity}" if key.commodity else ""
    if key.commodity and key.commodity.startswith(("within ", "excluding ")):
        com = f" ({key.commodity})"  # a scope, not a product
    if getattr(key, "series", None):
        com += f" ({key.series})"
    if who == other and who != "WLD":
        # a group's members with each other
        if key.commodity == "within the bloc":
            com = ""
        pair = f"{what}{com} within {who}" if key.measure == "trade_total" else f"{who} members' {what}{com} with each other"
    elif key.measure == "exports":
        pair = f"{who} exports{com} to {other}"
    elif key.measure == "imports":
        pair = f"{who} imports{com} from {other}"
    elif key.measure == "balance":
        pair = f"{who} balance{com} with {other}"
    else:
        pair = f"{who}-{other} {what}{com}"
    forecast = "forecast of " if getattr(key, "source", None) == "forecast" else ""
    return f"{forecast}{pair} in {key.period}"


def period_text(p: str | None) -> str:
    return p or "?"


__all__ = ["money", "ratio", "pct_change", "quantity_label", "period_text", "P"]

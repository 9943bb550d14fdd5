"""Years written in another calendar's era ("the current Fiscal Year 2081/82" in a Nepali
text of 2025, Bikram Sambat; "2567" in a Thai one, Buddhist era): read as Gregorian they
would lie decades or centuries after the text was published, which no reported figure can.
In a text whose own country writes such an era (vocab/calendar_eras.csv), such a year is
that era's, and is moved back by the era's offset before any period is resolved."""
from __future__ import annotations

from .. import vocab
from .context import DocContext

# a Gregorian year this far past publication is no reported figure's (a goal's year, "by
# 2050", is still under it for any era kept in the table: their offsets are 57 and more)
_FUTURE_MARGIN = 30


def _era_offset(ctx: DocContext) -> int | None:
    for iso in (ctx.main_reporter, ctx.main_partner):
        if iso in vocab.calendar_eras():
            return vocab.calendar_eras()[iso]
    return None


def gregorian_era_years(periods: list, ctx: DocContext) -> None:
    """Move each year of a period mention that cannot be Gregorian, given the publication
    date, back by the text's era offset (in place)."""
    if ctx.published is None:
        return
    offset = _era_offset(ctx)
    if offset is None:
        return
    latest = ctx.published[1] // 12 + _FUTURE_MARGIN
    for pm in periods:
        if pm.kind == "abs" and pm.period is not None and pm.period[0] // 12 > latest:
            if (pm.period[0] - offset * 12) // 12 <= latest - _FUTURE_MARGIN + 1:
                pm.period = (pm.period[0] - offset * 12, pm.period[1] - offset * 12)
            continue
        for key, value in list(pm.args.items()):
            if (key == "y" or key.endswith("year")) and isinstance(value, int) and not isinstance(value, bool) \
                    and value > latest and value - offset <= latest - _FUTURE_MARGIN + 1:
                pm.args[key] = value - offset


def is_era_year(year: int, ctx: DocContext) -> bool:
    """Whether `year`, too far past publication to be Gregorian, is a year of the text's own
    era ("from Rs 2.17 billion in 2076/77" in a Nepali text of 2021): a year that happened,
    not one a goal is set for."""
    if ctx.published is None:
        return False
    offset = _era_offset(ctx)
    latest = ctx.published[1] // 12 + _FUTURE_MARGIN
    return offset is not None and year > latest and year - offset <= latest - _FUTURE_MARGIN + 1

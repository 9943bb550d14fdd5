"""The two sides of a product's balance or total, given right after it in a ", with" clause
("ran a dairy deficit of £1.7bn in 2023, with imports of £3.4bn and exports of £2.2bn"): the
clause names only the flows, so they are the flows of the balance's product (read with that
product, the balance is checked against its sides)."""
import functools
import re

from .. import vocab

# (a period may stand between the balance and the clause: "of £1.7bn in 2023, with")
_HEDGE = r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+|just\s+over\s+|over\s+)?"
_FLOW_OF = rf"(?:imports|exports)\s+(?:of|at|worth|totall?ing)\s+{_HEDGE}"
# (the figure may be a part named by its whole first: "accounted for $22.4bn of the total, with")
_OF_THE_WHOLE = r"(?:\s+of\s+(?:the|its|their)\s+(?:total|whole|overall\s+(?:total|figure)))?"


@functools.cache
def _first_side_re() -> re.Pattern:
    """The words from a product's total or balance to its first side's figure: ", with
    imports of", or a word of what a figure is made of (vocab/composition_cues.csv, not an
    addition: "plus"): ", made up of imports of"."""
    made_of = vocab.alternation([r["phrase"] for r in vocab.table("composition_cues") if r["phrase"] != "plus"],
                                ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:\s+(?:in|for|during)\s+[^,;.$€£¥\d]{{0,25}}\d{{0,4}})?{_OF_THE_WHOLE}\s*,\s*(?:with|{made_of})\s+"
                      rf"(?:its\s+|their\s+)?{_FLOW_OF}$", re.I)


_SECOND_SIDE = re.compile(rf"\s*,?\s+and\s+{_FLOW_OF}$", re.I)

SIDE_OF_BALANCE = "side-of-balance"


def product_of_the_balance_before(text: str, c, p, start: int) -> str | None:
    """The product of the balance (or total) whose side the bare exports or imports figure
    `c` (starting at `start`) is, `p` being the figure right before it; None when it is none."""
    if c.kind != "amount" or c.measure not in ("exports", "imports") or p is None or p.kind != "amount" \
            or not p.commodity or p.sentence != c.sentence or "," not in text[p.end:start] and " and " not in text[p.end - 1:start]:
        return None
    gap = text[p.end:start]
    if p.measure in ("balance", "trade_total") and _first_side_re().fullmatch(gap):
        return p.commodity
    if p.how.get("commodity") == SIDE_OF_BALANCE and p.measure != c.measure and _SECOND_SIDE.fullmatch(gap):
        return p.commodity
    return None

"""A Site: one number in its sentence, with everything the rules read to decide what it is
about. Built once per number by claims.py, then handed to each attribute's rules."""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import periods as P
from ..extract.mentions import Mention
from ..model import Claim
from .context import DocContext, State
from .sentences import Sentence


@dataclass
class Site:
    text: str
    sent: Sentence
    m: Mention  # the number
    kind: str  # amount | multiple | percent_change | share
    ms: dict  # the sentence's mentions by kind ("country", "flow", "commodity", ...)
    resolved: list  # the sentence's periods: (PeriodMention, Period, how), in order
    ctx: DocContext
    state: State
    prev: Claim | None  # the claim before it in the sentence
    prev_end: int  # where the number before it ends (the sentence start for the first)
    last_relation: Claim | None  # the last multiple or percent change in the sentence
    respectively: dict  # number start -> the flow a "respectively" list gives it
    claim: Claim  # the claim being decided; rules read what earlier attributes decided
    # the words around the number within the sentence
    before: str = ""
    after: str = ""
    gap: str = ""  # from the previous number to this one
    # how the number stands to the one before it
    continued: bool = False  # "fell 21.9% to $4.83bn", "up from $3bn"
    restated: bool = False  # "$2.7bn (about Sh300bn)", "$2.73bn, 8.9% of the total"
    whole_of_share: bool = False  # "7.5% of Egypt's non-oil exports, which totalled $9.6bn"
    whole_after_of: bool = False  # "21.6% of its $2,342.9bn", "£272.2bn out of £534bn": the whole right after "of"
    flow: Mention | None = None  # the flow word the measure was read from, if any
    sign: int = 0  # -1 for a deficit, +1 for a surplus, 0 unknown
    period: P.Period | None = None  # the period decided (base-period rules read it)
    # spans of the sentence's period words already read as a comparison's earlier side
    # (a base period, the date of an earlier level): they date no other figure
    used_as_base: set = field(default_factory=set)
    # the place a "respectively" list gives the number ("China, India and Saudi Arabia ...
    # Dh57bn, Dh46.2bn and Dh32.5bn in that order")
    respective_place: Mention | None = None
    extra: dict = field(default_factory=dict)

    @property
    def first_in_sentence(self) -> bool:
        return self.prev is None

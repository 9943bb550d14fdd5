"""Net flows of a balance-of-payments account: "the primary income balance posted a net
outflow of $1.7 billion", "secondary income showed a net inflow of $0.1 billion", "Net
secondary income receipts, dominated by private transfers, stood at $22.9 billion",
"primary income net receipts of $1.7 billion". A net inflow (receipts) of an account is its
surplus and a net outflow (outgo, payments) its deficit: the figure is the account's balance,
signed (vocab/account_net_flows.csv), so the parts of the current account add up
(check/sums.py). Only beside an account's name (vocab/accounts.csv): "portfolio investment
recorded net inflows" is no balance of these."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE
from .rules import Decision, rule


def account_net_flow(text: str, start: int, pos: int) -> tuple[str, int] | None:
    """The account (as vocab/accounts.csv spells it, lower case) and the sign of the balance
    that the figure at `pos` is, as a net flow of that account named in text[start:pos];
    None when the clause names no account's net flow right before the figure."""
    if text.find("net ", start, pos) == -1 and text.find("Net ", start, pos) == -1:
        return None  # (cheap: every reading below needs the word)
    subject, named = _patterns()
    # ("secondary income showed a net inflow of ": the account the subject, its net flow the object)
    mm = subject.search(text, max(start, pos - 160), pos)
    if mm is None:
        # ("Net secondary income receipts, dominated by private transfers, stood at ": the
        # account inside the net flow's own name, the subject of the figure's verb)
        mm = named.search(text, max(start, pos - 160), pos)
    if mm is None:
        return None
    groups = mm.groupdict()
    account, noun = groups.get("a") or groups["a2"], re.sub(r"\s+", " ", (groups.get("w") or groups["w2"]).lower())
    sign = vocab.account_net_flows().get(noun if noun.startswith("net ") else "net " + noun)
    return (re.sub(r"[\s-]+", " ", account.lower()), sign) if sign else None


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    accounts = vocab.alternation(vocab.accounts(), ignore_case=True, space=r"[\s-]+")
    flows = vocab.alternation(list(vocab.account_net_flows()), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(sorted({w.split(" ", 1)[1] for w in vocab.account_net_flows()}), ignore_case=True, space=r"\s+")
    # (the verbs whose subject owns a balance, vocab/balance_verbs.csv, and those that show one)
    verbs = "(?:" + vocab.alternation(vocab.balance_verbs() + ["showed", "shows", "saw", "sees", "had", "has"], ignore_case=True) + ")"
    subject = re.compile(rf"\b(?P<a>{accounts})(?:\s+(?:account|balance))?\s+{verbs}\s+(?:an?\s+)?(?P<w>{flows})\s+of\s+{HEDGE}$", re.I)
    # (an aside of its own may stand between the name and its verb: ", dominated by private transfers,")
    named = re.compile(rf"\b(?:net\s+(?P<a>{accounts})\s+(?P<w>{nouns})|(?P<a2>{accounts})\s+net\s+(?P<w2>{nouns}))"
                       rf"(?:\s*,[^,;.]{{3,80}},)?\s+(?:of|(?:stood|came|was|were|amounted|totall?ed|reached)(?:\s+(?:at|to|in\s+at))?)\s+{HEDGE}$", re.I)
    return subject, named


@rule("measure", "account-net-flow", "text")
def account_net_flow_measure(s):
    """"secondary income showed a net inflow of $0.1 billion": an account's net flow is its
    balance, of the flow's sign (the account itself: link/claims.py, through account_net_flow)."""
    if s.kind != "amount":
        return None
    net = account_net_flow(s.text, s.sent.start, s.m.start)
    return Decision(("balance", None, net[1]), (max(s.sent.start, s.m.start - 160), s.m.start)) if net else None

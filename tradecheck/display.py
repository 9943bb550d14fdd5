"""How results look in a notebook: the article with every claim highlighted and the
findings beside it, and tables whose money reads as money ("$1.3bn", not 1300000000.0)."""
from __future__ import annotations

import html

from .check.format import money

STATUS_COLORS = {"consistent": "#2e7d32", "inconsistent": "#c62828", "unverifiable": "#757575"}
MONEY_COLUMNS = ("value", "value_usd", "low", "high")


def readable(df):
    """A copy of a claims or findings DataFrame with money and factors as text, and
    missing values blank."""
    import pandas as pd

    out = df.copy()
    if "kind" in out.columns:
        currencies = out["currency"] if "currency" in out.columns else ["USD"] * len(out)
        for col in MONEY_COLUMNS:
            if col in out.columns:
                out[col] = ["" if pd.isna(v) else money(float(v), "USD" if col != "value" or pd.isna(cur) else cur)
                            for v, cur in zip(out[col], currencies)]
        if "factor" in out.columns:
            out["factor"] = [("" if pd.isna(f) else f"{f * 100:.1f}%" if k == "share" else f"x{f:.3g}")
                             for f, k in zip(out["factor"], out["kind"])]
    for col in ("expected", "observed"):
        if col in out.columns:
            out[col] = ["" if pd.isna(v) else (money(float(v)) if abs(v) >= 1000 else f"{v:.3g}") for v in out[col]]
    return out.astype(object).where(out.notna(), "")


def article_html(result) -> str:
    """The article with claims marked (colour by the worst finding on them) and the
    findings listed beside it."""
    data = result.to_dict()
    text = result.document.source
    worst: dict[str, str] = {}
    rank = {"inconsistent": 2, "unverifiable": 1, "consistent": 0}
    for f in data["findings"]:
        for cid in f["claims"]:
            if rank[f["status"]] >= rank.get(worst.get(cid, "consistent"), 0):
                worst[cid] = f["status"]
    parts, pos = [], 0
    for c in sorted(data["claims"], key=lambda c: c["start"]):
        if c["start"] < pos:
            continue
        parts.append(html.escape(text[pos:c["start"]]))
        color = STATUS_COLORS.get(worst.get(c["id"], ""), "#1565c0")
        tip = html.escape(f"{c['id']}: {c['kind']} {c['measure']} {c.get('reporter')}/{c.get('partner')} {c.get('period')}")
        parts.append(f'<mark title="{tip}" style="background:{color}22;border-bottom:2px solid {color}">'
                     f'{html.escape(text[c["start"]:c["end"]])}<sub>{c["id"]}</sub></mark>')
        pos = c["end"]
    parts.append(html.escape(text[pos:]))
    body = "".join(parts).replace("\n", "<br>")
    items = "".join(
        f'<li style="color:{STATUS_COLORS[f["status"]]}"><b>{f["status"]}</b> [{f["check"]}] '
        f'{html.escape(f["message"])} <small>({", ".join(f["claims"])})</small></li>'
        for f in data["findings"])
    s = data["summary"]
    head = (f"<b>{html.escape(data['document']['path'])}</b> - {s['claims']} claims: {s['consistent']} consistent, "
            f"{s['inconsistent']} inconsistent, {s['unverifiable']} unverifiable")
    return (f'<div style="display:flex;gap:1.5em;align-items:flex-start"><div style="flex:3;line-height:1.6">{head}'
            f'<p>{body}</p></div><div style="flex:2"><ol>{items}</ol></div></div>')


def article_text(result) -> str:
    data = result.to_dict()
    lines = [f"{data['document']['path']}: {len(data['claims'])} claims, {len(data['findings'])} findings"]
    for f in data["findings"]:
        lines.append(f"  {f['status']:<12} [{f['check']}] {f['message']}")
    return "\n".join(lines)

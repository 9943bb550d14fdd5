"""Parts by kind of firm and groups named with a member (round 48): a figure after a "By
enterprise type" / "By ownership" opener whose subject is a kind of firm is that kind's part
of the flow, never the whole; "X and the other Y countries" names the whole group Y, X
included, as the partner (not X alone, nor Y but X)."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_kind_of_firm_after_a_by_ownership_opener_is_a_part():
    """"By ownership, state-owned enterprises exported": a slice of the province's exports."""
    text = ("In the first half of 2024, the province's exports totalled 900 billion yuan, up 6%.\n\n"
            "By ownership, state-owned enterprises exported 270 billion yuan, accounting for {share}% of the total.")
    r = read(text.format(share="30"), published="2024-07-20")
    assert r["claims"]["270 billion yuan"]["commodity"] == "state-owned enterprises"
    assert r["errors"] == []


def test_a_kind_of_firm_after_a_by_enterprise_type_opener_is_no_duplicate_of_the_total():
    """"By enterprise type, foreign-invested enterprises imported and exported": not the whole."""
    text = ("The city's imports and exports came to 2.4 trillion yuan in 2023.\n\n"
            "By enterprise type, foreign-invested enterprises imported and exported 1.2 trillion yuan, "
            "half of the total.")
    r = read(text, published="2024-01-25")
    assert r["claims"]["1.2 trillion yuan"]["commodity"] == "foreign-invested enterprises"
    assert r["errors"] == []


def test_a_country_and_the_other_members_of_a_group_are_the_group():
    """"to Germany and the other EU countries": the EU as a whole, Germany included."""
    text = ("Ruritania's exports reached $10 billion in 2023, and about 60 per cent of them went to "
            "Germany and the other EU countries. Exports to Germany alone came to $2 billion.")
    r = read(text)
    share = r["claims"]["60 per cent"]
    assert share["partner"] != "DEU"
    assert (share["partner"] or "") == "EUU" or share.get("partner_group") == "European Union"
    assert r["errors"] == []


def test_other_members_alone_still_leave_the_named_one_out():
    """"exports to other EU countries" after Germany's: the group but Germany (unchanged)."""
    text = ("Ruritania's exports to Germany came to $2 billion in 2023, while exports to other "
            "EU countries reached $4 billion.")
    r = read(text)
    assert r["claims"]["$4 billion"]["partner"] != "DEU"
    assert r["errors"] == []

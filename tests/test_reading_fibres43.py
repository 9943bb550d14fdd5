"""Fibres and their goods (a forty-third round of passages): a raw material's form kept in a
headline, goods made of a material ("cotton yarn, fabrics and made-ups") apart from the
material, the part named before "accounts for" in the present, and two shares of one part
in one whole, each stated on its own, set against each other. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


WOOL = ("Pakistan's raw cotton exports plunge 30% in 2023\n\n"
        "Pakistan's exports of raw cotton fell 30 per cent to $2.1 billion in 2023 from $3.0 billion in 2022. "
        "Cotton yarn, fabrics and made-ups did better, with exports rising 4 per cent to $0.5 billion.")


def test_a_headline_keeps_the_raw_form_of_a_material():
    """"raw cotton exports plunge 30%": a figure of raw cotton, the form a product of its own."""
    assert read(WOOL)["claims"]["30%"]["commodity"] == "raw cotton"


def test_goods_made_of_a_material_are_not_the_material():
    """"Cotton yarn, fabrics and made-ups ... exports rising 4 per cent": the goods, listed, not cotton."""
    r = read(WOOL)
    assert r["claims"]["4 per cent"]["commodity"] == "cotton yarn, fabrics and made-ups"
    assert r["claims"]["$0.5 billion"]["commodity"] == "cotton yarn, fabrics and made-ups"
    assert r["errors"] == []


SILK = ("Vietnam's textile exports reach $4.0 billion, thread accounts for 25%\n\n"
        "Vietnam exported textile worth $4.0 billion in 2023. Cotton thread was the main item at $1.0 billion, "
        "or 25% of the total.")


def test_the_subject_of_accounts_for_is_the_part():
    """"thread accounts for 25%" in a headline: a share of thread, not of textile in textile."""
    r = read(SILK)
    assert r["claims"]["25%"]["commodity"] in ("thread", "cotton thread")
    assert r["errors"] == []


TEA = ("Kenya takes {head} of Uganda's tea exports in 2023\n\n"
       "Kenya was the largest buyer of Ugandan tea in 2023, taking 48 per cent of the "
       "country's total tea exports, the tea board said.")


def test_two_shares_of_one_part_agree():
    """A headline's share and the body's share of one buyer in one whole: the same figure."""
    assert [f for f in read(TEA.format(head="48%"))["errors"] if f["check"] == "duplicate"] == []


def test_two_shares_of_one_part_that_differ_are_flagged():
    """"takes 38%" in the headline, "or 48 per cent" in the body: one share stated twice, differently."""
    errors = read(TEA.format(head="38%"))["errors"]
    assert [f["check"] for f in errors] == ["duplicate"]


def test_a_share_of_volume_is_not_set_against_a_share_of_value():
    """"18.4 million kg, or 48 per cent" of the volume, and the text gives money of the series
    too: the headline's share may be of the money, so nothing is compared."""
    text = TEA.format(head="38%").replace("taking 48", "taking 18.4 million kg, or 48") \
        + " Uganda's tea exports were worth $90 million in 2023."
    assert [f for f in read(text)["errors"] if f["check"] == "duplicate"] == []

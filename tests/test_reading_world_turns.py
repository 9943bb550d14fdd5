"""A sentence that turns from one partner to the whole world: "Overall exports", "Globally,"
and money migrants send home. After figures of one pair, such a sentence's figures are not
that pair's, so they are never checked against its levels."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_overall_exports_after_one_market_are_the_countrys_exports_to_everyone():
    r = read("Peru's exports to Canada rose 12% to $4.1 billion in 2023. Overall exports fell 4% to $67 billion.")
    assert (r["claims"]["$67 billion"]["reporter"], r["claims"]["$67 billion"]["partner"]) == ("PER", "WLD")
    assert r["claims"]["4%"]["partner"] == "WLD"
    assert r["errors"] == []


def test_an_opening_globally_turns_to_the_world():
    r = read("Mongolia's trade with China grew 30% to $13 billion in 2023. Globally, merchandise "
             "trade shrank 5% to $24 trillion.")
    assert r["claims"]["$24 trillion"]["partner"] == "WLD"
    assert r["claims"]["5%"]["partner"] == "WLD"
    assert r["errors"] == []


def test_whose_world_trade_an_opening_globally_means_is_a_guess():
    # the reporter is the one in hand, but only as a guess: the reference check does not
    # compare it
    result = verify_text("Mongolia's trade with China grew 30% to $13 billion in 2023. Globally, "
                         "merchandise trade shrank 5% to $24 trillion.", published="2024-02-20").to_dict()
    on_world = [f for f in result["findings"] if "$24 trillion" in f["message"]]
    assert on_world and all(f["status"] == "unverifiable" for f in on_world)


def test_a_named_place_after_globally_keeps_its_own_pair():
    r = read("Mongolia's trade with China grew 30% to $13 billion in 2023. Globally, Mongolia's "
             "exports rose 10% to $15 billion.")
    assert (r["claims"]["$15 billion"]["reporter"], r["claims"]["$15 billion"]["partner"]) == ("MNG", "WLD")


def test_money_sent_home_by_migrants_is_no_trade_flow():
    r = read("Tajikistan's trade with Russia grew 8% to $1.9 billion in 2023. Some 1.2 million Tajiks "
             "work in Russia and sent home $3.4 billion.")
    assert r["claims"]["$3.4 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_an_institutions_money_is_no_trade_flow():
    for sentence in ("The country received $3.1 billion from the IMF.", "Capital flight was estimated at $2 billion.",
                     "The central bank sold $1.5 billion to defend the currency.", "The firm's profit rose to $210 million.",
                     "Exporters repatriated $6.1 billion of their earnings."):
        r = read("Bangladesh's garment exports reached $47 billion in fiscal 2023, up 10%. " + sentence)
        amount = next(c for t, c in r["claims"].items() if t.startswith("$") and t != "$47 billion")
        assert amount["measure"] == "other", sentence
        assert r["errors"] == [], sentence


def test_an_opening_overall_is_no_aside_hiding_the_flow_word():
    # (", the country earned ... exports in 2023," is the main clause after "Overall", not an
    # aside opened by ", the")
    r = read("Overall, the country earned $7.2 billion from exports in 2023, up 10%, and spent "
             "$18.3 billion on imports, down 4%.")
    assert r["claims"]["10%"]["measure"] == "exports"
    assert r["errors"] == []


def test_duties_collected_on_a_flow_are_the_duties_not_the_flow():
    r = read("US imports from China fell 20% to $427 billion in 2023. Duties collected on Chinese "
             "imports totalled $70 billion, up 5%.")
    assert r["claims"]["$70 billion"]["measure"] == "other"
    assert r["errors"] == []

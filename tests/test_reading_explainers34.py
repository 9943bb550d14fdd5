"""Sentences of kinds met in explainers with worked examples (probe round 34): a made-up
case ("Suppose ...", "Imagine ...", "Example: ...") and the worked steps after it, a
subtraction written out with its outcome as an appositive, and a figure a claimant cites
that the next sentence denies; and how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {}
    for c in result["claims"]:
        claims.setdefault(c["text"], c)
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


REAL = ("In 2022, Peru exported $63 billion of goods and imported $56 billion, "
        "a surplus of $7 billion.\n")


def test_a_made_up_case_and_its_worked_steps_are_no_statistic():
    """"Suppose a country exports ..." and the "Step" lines after it: illustrations, never
    checked against the real figures the text gives later."""
    r = read("Worked example\n\nSuppose a country sells $90 billion abroad and buys $120 billion.\n\n"
             "Step 1. Exports divided by imports: $90 billion / $120 billion = 0.75, or 75%.\n\n"
             "Step 2. The country runs a deficit of $30 billion.\n\n"
             "A real case\n\n" + REAL)
    for t in ("$90 billion", "75%", "$30 billion"):
        assert r["claims"][t]["measure"] == "other"
    assert r["claims"]["$63 billion"]["measure"] == "exports"
    assert r["errors"] == []


def test_an_imagined_shipment_is_no_flow_of_the_year():
    """"Imagine a crate ... valued at $2 million": no exports of any country in any year."""
    r = read("Imagine a crate of shoes leaves Da Nang valued at $2 million. Customs records an export "
             "of $2 million.\n\n" + REAL)
    assert r["claims"]["$2 million"]["measure"] == "other"
    assert r["errors"] == []


def test_a_made_up_case_ends_where_the_text_names_a_year():
    """"Suppose ... rises from 2.0% to 2.5%. That is a 25% increase. Peru's share was 0.3% in
    2022.": the sentence with a year is real data again."""
    r = read("Suppose a country's share of world exports rises from 2.0% to 2.5%. That is a 25% increase "
             "in the share. Peru's share of world exports was about 0.3% in 2022.\n\n" + REAL)
    assert r["claims"]["25%"]["measure"] == "other"
    assert r["claims"]["0.3%"]["measure"] != "other"


def test_an_example_label_opens_a_made_up_case():
    """"Example: a machine costs NZ$50,000 ...": no import figure of the year."""
    r = read("Example: a lathe costs NZ$50,000 at a port in Italy. Freight adds NZ$3,000, so it is recorded "
             "at NZ$53,000 CIF.\n\nIn the year ended June 2019, imports from Italy were NZ$1.1 billion.\n")
    assert r["claims"]["NZ$53,000"]["measure"] == "other"
    assert r["errors"] == []


def test_a_subtraction_with_its_outcome_as_an_appositive():
    """"The balance with Chile is $9.1bn minus $4.3bn, a surplus of $4.8bn": the two terms
    are no balances; the outcome is the balance with Chile, and a wrong one is flagged."""
    text = ("In 2023, Korea's exports to Chile were $9.1 billion and its imports from Chile $4.3 billion. "
            "The trade balance with Chile is $9.1 billion minus $4.3 billion, a surplus of {} billion.\n")
    r = read(text.format("$4.8"))
    outcome = r["claims"]["$4.8 billion"]
    assert (outcome["measure"], outcome["partner"]) == ("balance", "CHL")
    assert r["errors"] == []
    assert read(text.format("$5.8"))["errors"]


def test_a_claimants_figure_the_next_sentence_denies():
    """"The senator often cites ... $90 billion. That number has no basis ...": the
    claimant's figure, no balance the text states."""
    r = read("In 2024, the United States imported $120 billion of goods from Vietnam and exported $13 billion "
             "there, a deficit of $107 billion. The senator often cites a far larger deficit, sometimes "
             "$300 billion. That number has no basis in official statistics.\n")
    assert r["claims"]["$300 billion"]["measure"] == "other"
    assert r["errors"] == []

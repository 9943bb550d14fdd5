"""Sub-national regions beside their country (round 49): a dotted-leader row keeps its label
as the row's product; a unit's figures in sentences that name no reporter stay the unit's
(not its country's); a unit ranked "ahead of" another "with" a figure gives that unit's
figure; and an
"about" share of 20% or more takes only the rounding of its size."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_dotted_leader_row_keeps_its_label_as_the_product():
    """"Chemicals ........ EUR 12.0 billion": the row's own product, no restated total."""
    text = ("Bavarian firms exported goods worth EUR 100.0 billion in 2023.\n\n"
            "Leading export goods:\n\n"
            "Chemicals ........ EUR 12.0 billion\n"
            "Optical instruments ...... EUR 7.5 billion\n")
    r = read(text)
    assert r["claims"]["EUR 12.0 billion"]["commodity"]
    assert r["claims"]["EUR 7.5 billion"]["commodity"]
    assert r["errors"] == []


def test_a_units_flows_in_a_sentence_naming_no_reporter_stay_the_units():
    """"Exports came to ..." after a province's total: the province's, so they add up to it."""
    text = ("Zhejiang province's foreign trade reached 5.00 trillion yuan in 2023, customs said.\n\n"
            "Exports came to 3.60 trillion yuan and imports to 1.40 trillion yuan. The province "
            "accounted for 12.0 percent of China's total foreign trade of 41.76 trillion yuan.")
    r = read(text, published="2024-01-20")
    assert r["claims"]["3.60 trillion yuan"]["reporter_unit"] == "CN-ZJ"
    assert r["claims"]["41.76 trillion yuan"].get("reporter_unit") in (None, "CHN")
    assert r["errors"] == []


def test_a_units_flows_that_do_not_add_up_are_still_caught():
    text = ("Zhejiang province's foreign trade reached 5.00 trillion yuan in 2023, customs said.\n\n"
            "Exports came to 3.60 trillion yuan and imports to 2.40 trillion yuan.")
    r = read(text, published="2024-01-20")
    assert r["errors"]


def test_a_unit_ranked_ahead_of_another_with_a_figure_is_that_units():
    """"..., ahead of Quebec with C$90 billion": Quebec's own exports, not a partner's."""
    text = ("Ontario's exports reached C$200.0 billion in 2023. Alberta came second with "
            "C$150.0 billion, just ahead of Quebec with C$90.0 billion.")
    r = read(text, published="2024-03-01")
    assert r["claims"]["C$90.0 billion"]["reporter_unit"] == "CA-QC"
    assert r["claims"]["C$90.0 billion"]["partner"] == "WLD"


def test_an_about_share_takes_only_the_rounding_of_its_size():
    """"about 55%" of a whole stated to a tenth: 61.9% is no "about 55%", 56.1% is."""
    text = ("Foreign trade turnover of Kenya reached $13.9 billion in 2021.\n\n"
            "India remained its main trading partner, accounting for ${part} billion, or about 55% of the turnover.")
    assert read(text.format(part="8.6"), published="2022-02-18")["errors"]
    assert read(text.format(part="7.8"), published="2022-02-18")["errors"] == []

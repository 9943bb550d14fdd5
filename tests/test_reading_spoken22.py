"""Round 22 readings of transcripts: a question's product carried to its answer."""
from tradecheck import verify_text


def _read(text: str, published: str = "2024-04-20") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def _inconsistent(d: dict) -> list[dict]:
    return [f for f in d["findings"] if f["status"] == "inconsistent"]


INTERVIEW = (
    "TRANSCRIPT: interview with India's Commerce Secretary\n\n"
    "HOST: Merchandise exports for the fiscal year that just ended - what's the number?\n\n"
    "SECRETARY: Four hundred and ten billion dollars.\n\n"
    "HOST: And imports?\n\n"
    "SECRETARY: Imports were six hundred billion dollars, so the merchandise trade deficit "
    "for 2023-24 comes to {deficit} billion dollars.\n\n"
    "HOST: And services?\n\n"
    "SECRETARY: Services exports were three hundred and forty billion dollars.\n"
)


def test_question_product_and_elliptical_follow_up_carry_to_the_answers():
    d = _read(INTERVIEW.format(deficit="one hundred and ninety"))
    amounts = [c for c in d["claims"] if c["kind"] == "amount"]
    assert [(c["measure"], c["commodity"]) for c in amounts] == [
        ("exports", "goods"), ("imports", "goods"), ("balance", "goods"), ("exports", "services")]
    assert not _inconsistent(d)


def test_a_wrong_balance_in_the_answer_is_found():
    d = _read(INTERVIEW.format(deficit="two hundred and ten"))
    assert any("balance is stated" in f["message"] for f in _inconsistent(d))


PANEL = (
    "TV TRANSCRIPT: Canada-U.S. trade ahead of the review\n\n"
    "HOST: How much does Canada sell to the United States?\n\n"
    "GUEST (economist): Canada sold the United States 594 billion Canadian dollars' worth of "
    "goods in 2023 and bought 470 billion.\n\n"
    "HOST: So a surplus of, what, {surplus} billion?\n\n"
    "GUEST: {surplus} billion, yes.\n"
)


def test_a_figure_the_next_turn_affirms_is_stated():
    assert not _inconsistent(_read(PANEL.format(surplus=124), published="2024-03-12"))
    d = _read(PANEL.format(surplus=144), published="2024-03-12")
    assert any("stated" in f["message"] for f in _inconsistent(d))


def test_a_figure_asked_and_not_affirmed_stays_the_askers():
    text = PANEL.format(surplus=144).replace("144 billion, yes.", "No, less than that.")
    assert not _inconsistent(_read(text, published="2024-03-12"))


MARKETS = (
    "INTERVIEW: \"China is still the anchor,\" says Chile's trade undersecretary\n\n"
    "SANTIAGO, Feb 19 - The undersecretary discussed where Chilean goods went last year.\n\n"
    "Q: Who bought Chilean goods in 2023?\n\n"
    "A: China bought 38.6 billion dollars of our goods, the United States 16.2 billion and "
    "Japan 7.1 billion. Together those three took {sum} billion dollars.\n"
)


def test_a_bare_count_that_buys_is_the_partners_together():
    d = _read(MARKETS.format(sum="61.9"), published="2024-02-20")
    joint = [c for c in d["claims"] if c["text"].startswith("61.9")][0]
    assert joint["measure"] == "exports" and joint["attribution"]["pair"] == "parts-together"
    assert not _inconsistent(d)
    assert _inconsistent(_read(MARKETS.format(sum="64.9"), published="2024-02-20"))


def test_the_largest_buyer_after_a_long_relative_aside_takes_the_reporters_exports():
    text = ("Thai rice exports earned 178.1 billion baht in 2023. Indonesia, which stepped up "
            "imports to rebuild state reserves ahead of its election, became the largest buyer, "
            "spending 33.6 billion baht.")
    c = _read(text, published="2024-04-10")["claims"][1]
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "THA", "IDN")


BORDER = (
    "HARARE — South Africa remained Zimbabwe's biggest trading partner in the first half of "
    "2024, with imports from the neighbour worth US$1.84 billion, Zimstat figures show. It also "
    "bought US$312 million of Zimbabwean goods.\n\n"
    "Mozambique supplied US$420 million and bought US$54 million, while Zambia, which took "
    "US$96 million of Zimbabwe's exports, sold it goods worth US$138 million.\n\n"
    "Trade with the three SADC neighbours together came to US${total} billion.\n"
)


def test_trade_of_counted_partners_is_the_sum_of_their_exports_and_imports():
    d = _read(BORDER.format(total="2.86"), published="2024-09-02")
    total = [c for c in d["claims"] if c["measure"] == "trade_total"][0]
    assert total["attribution"]["pair"] == "parts-together"
    assert not _inconsistent(d)
    assert _inconsistent(_read(BORDER.format(total="2.96"), published="2024-09-02"))


def test_a_year_the_question_comments_on_dates_the_answer():
    text = ("TOKYO, Jan 24\n\nREPORTER (NHK): Could you comment on the 2023 trade figures released "
            "today?\n\nMINISTER: Exports were one hundred point nine trillion yen.\n")
    c = _read(text, published="2024-01-25")["claims"][0]
    assert c["period"] == "2023"


GARMENTS = (
    "Dhaka, July 4 -- Bangladesh's export earnings stood at $44.47 billion in FY2023-24, of which "
    "readymade garments fetched $36.15 billion, Export Promotion Bureau data showed.\n\n"
    "Knitwear brought in $19.28 billion and woven garments ${woven} billion during the July-June period.\n"
)


def test_kinds_that_exhaust_a_product_by_their_codes_sum_to_it():
    assert not _inconsistent(_read(GARMENTS.format(woven="16.87"), published="2024-07-04"))
    d = _read(GARMENTS.format(woven="17.87"), published="2024-07-04")
    assert any("knitwear" in f["message"] for f in _inconsistent(d))


def test_kinds_that_do_not_exhaust_a_product_are_not_summed_to_it():
    text = GARMENTS.format(woven="10.00").replace("woven garments", "sweaters")
    assert not _inconsistent(_read(text, published="2024-07-04"))

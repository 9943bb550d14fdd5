"""Politicians' claims and fact checks: the claim under check (quoted, in a headline, after
"CLAIM:", denied as in "not doubled", dated by "the N figure refers to YEAR") is the
claimant's, not the article's; the official figures around it are read as the facts."""
from tradecheck import verify_text


def _read(text, published="2024-06-10"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet, kind=None):
    return next(c for c in d["claims"] if snippet in c["text"] and (kind is None or c["kind"] == kind))


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_a_claim_rated_half_true_is_the_claimants():
    text = ("Governor's claim of a '$90 billion' deficit with Japan is Half True\n\n"
            "The statement: \"We run a $90 billion trade deficit with Japan,\" said Governor Ray Ellis on May 2.\n\n"
            "Commerce Department data show the United States exported $80.1 billion of goods to Japan in 2023 "
            "and imported $148.3 billion, a deficit of $68.2 billion.\n\n"
            "Our ruling\n\nEllis said the deficit was \"$90 billion.\" It was $68.2 billion. We rate it Half True.\n")
    d = _read(text)
    for c in d["claims"]:
        if c["text"] == "$90 billion":
            assert c["measure"] == "other" and c.get("refuted")
    assert not _inconsistent(d)


def test_a_roundup_claim_the_facts_call_overstated():
    text = ("CLAIM: \"Ohio has a $30 billion trade deficit with Mexico.\" — the challenger\n\n"
            "THE FACTS: Overstated. Ohio imported $14.2 billion of goods from Mexico last year and exported "
            "$6.0 billion, a gap of $8.2 billion.\n")
    d = _read(text, "2024-10-02")
    assert _claim(d, "$30 billion")["measure"] == "other"
    assert not _inconsistent(d)


def test_a_change_against_the_figure_a_claimant_cited_is_no_change_over_time():
    text = ("Brazil exported $12.0 billion of soybeans to China in 2023, against $10.0 billion in 2022. "
            "That is about 20% below the figure the minister cited.\n")
    d = _read(text)
    c = _claim(d, "20%", "percent_change")
    assert c["measure"] == "other" and c.get("refuted")
    assert not _inconsistent(d)


def test_a_level_in_every_year_of_a_span_is_each_years():
    text = ("The deficit with Korea was $40.5 billion in 2023. "
            "It topped $50 billion in every year from 2015 to 2022.\n")
    d = _read(text)
    assert _claim(d, "$50 billion").get("scope") == "each of several"
    assert not _inconsistent(d)


def test_a_denied_claim_carries_its_product_to_the_figure_after_it():
    text = ("Hanson claimed \"our services surplus with Vietnam is $12 billion\". That's wrong.\n\n"
            "The services surplus with Vietnam did exceed $12 billion in 2022, but last year it fell to $10.6 billion.\n")
    d = _read(text, "2024-03-01")
    assert _claim(d, "$10.6 billion")["commodity"] == "services"


def test_a_total_of_goods_and_services_carries_neither_label():
    text = ("Ireland exported €210.3 billion of goods and €337.0 billion of services in 2023, making "
            "€547.3 billion in total. That is up 3.0% on the €531.4 billion exported in 2022.\n")
    d = _read(text)
    assert _claim(d, "€547.3 billion")["commodity"] is None
    assert _claim(d, "€531.4 billion")["commodity"] is None
    assert _claim(d, "3.0%", "percent_change")["commodity"] is None


def test_two_halves_is_no_multiple():
    text = ("Exports rose 4% to $50 billion in 2023 from $48.1 billion in 2022. "
            "But the two halves of the year moved in different directions.\n")
    d = _read(text)
    assert not [c for c in d["claims"] if c["kind"] == "multiple"]


def test_a_surplus_some_amount_larger_is_a_gap_no_level():
    text = ("Italy's surplus with the United States was €42.1 billion in 2024, against €39.0 billion in 2023. "
            "The current surplus is around €3 billion larger.\n")
    d = _read(text, "2025-02-20")
    c = _claim(d, "€3 billion")
    assert c["measure"] == "other" and c.get("comparison")
    assert not _inconsistent(d)


def test_the_figure_refers_to_an_earlier_year():
    text = ("\"We have a surplus of €38 billion with China,\" the candidate said.\n\n"
            "Exports to China were €95.2 billion in 2024 and imports €52.0 billion, a surplus of €43.2 billion.\n\n"
            "The €38 billion figure refers to 2023, when exports came to €90.1 billion.\n")
    d = _read(text, "2025-02-20")
    quoted, mention = [c for c in d["claims"] if c["text"] == "€38 billion"]
    assert quoted["period"] == "2023" and quoted["measure"] == "balance"
    assert mention["measure"] == "other"
    assert not _inconsistent(d)


def test_a_denied_multiple_is_no_multiple():
    text = ("Exports to India were $30.0 billion in 2023 and $24.0 billion in 2018: "
            "they have grown by a quarter since 2018, not tripled.\n")
    d = _read(text)
    c = _claim(d, "tripled", "multiple")
    assert c["measure"] == "other" and c.get("refuted")
    assert not _inconsistent(d)


def test_a_multiple_with_its_earlier_level_after_a_colon():
    text = ("The deficit with Chile was $12.4 billion in 2023, after $11.9 billion in 2022. "
            "Over a longer span it did roughly triple: it was $4.1 billion in 2005.\n")
    d = _read(text)
    assert _claim(d, "triple", "multiple")["base_period"] == "2005"


def test_a_tonnage_the_text_says_was_not_reached_is_no_whole_for_a_share():
    text = ("FACT CHECK: Wheat imports did not reach 8 million tons in 2024\n\n"
            "Egypt imported 6.50 million metric tons of wheat in 2024. "
            "Russia was the main supplier, accounting for 5.50 million MT, or 70.0% of the total.\n")
    d = _read(text, "2025-03-01")
    assert [f for f in _inconsistent(d) if f["check"] == "ratio"]  # 5.50 / 6.50 = 84.6%, not 70%


def test_a_region_named_as_the_class_compared_within_is_no_partner():
    text = ("Sejm debate - Thursday, 11 April 2024\n\nTrade Relations\n\n"
            "Deputy Anna Nowak: The Minister will be aware of the warnings from Berlin about car tariffs. What "
            "assessment has his Department made of our exposure to the German market, given that we are more "
            "dependent on one customer than almost any country in Europe?\n\n"
            "Minister for Development (Deputy Piotr Lis): I thank the Deputy for raising this. Germany remains our "
            "largest export market. Polish goods exports to Germany "
            "amounted to €80.0 billion last year, a quarter of our total goods exports of €320.0 billion. "
            "Cars and parts accounted for €60.0 billion of that, or 60%.\n")
    d = _read(text, "2024-04-18")
    assert [f for f in _inconsistent(d) if f["check"] == "ratio"]  # 60.0 / 80.0 = 75%, not 60%


def test_as_much_as_the_earlier_level_of_its_sentence():
    text = ("In 2008, exports to Chile were worth $1.5 billion; in 2023 they reached $12.6 billion, "
            "a bit more than eight times as much.\n")
    d = _read(text, "2024-03-01")
    assert _claim(d, "eight times", "multiple")["base_period"] == "2008"


def test_a_records_horizon_far_from_its_superlative_dates_nothing():
    text = ("Spain exported €420.0 billion of goods in 2023. That is the highest figure in current prices "
            "since comparable records began in 1971, and up 1.9% on the €412.2 billion exported in 2022.\n")
    d = _read(text)
    assert _claim(d, "1.9%", "percent_change")["period"] == "2023"

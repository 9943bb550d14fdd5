"""Parts of named sub-totals and groups of products (round 13 of probe passages, Nordic
statistics offices and an Australian fact sheet): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    checked = [f for f in result["findings"] if f["status"] in ("consistent", "inconsistent")]
    return {"claims": claims, "errors": errors, "checked": checked}


OIL_AND_GAS = ("Norway's exports of goods amounted to NOK 148.6 billion in March 2024. "
               "Exports of crude oil, natural gas and condensates came to NOK 97.3 billion, or 65.5 percent of total goods exports. "
               "Natural gas accounted for NOK {gas} billion of this. "
               "Crude oil exports amounted to NOK 37.9 billion and condensates to NOK 1.3 billion.")


def test_a_list_of_products_before_its_verb_is_one_group():
    r = read(OIL_AND_GAS.format(gas="58.1"))
    assert r["claims"]["NOK 97.3 billion"]["commodity"] == "crude oil, natural gas and condensates"
    assert r["claims"]["NOK 37.9 billion"]["commodity"] == "crude oil"
    assert r["errors"] == []


def test_a_product_after_and_with_its_verb_left_out_is_the_next_part():
    r = read(OIL_AND_GAS.format(gas="58.1"))
    assert r["claims"]["NOK 1.3 billion"]["commodity"] == "condensates"


def test_a_part_of_this_stays_within_the_group_before():
    r = read(OIL_AND_GAS.format(gas="98.1"))
    assert any("NOK 98.1bn" in e for e in r["errors"])


def test_a_product_ranked_first_among_the_flows_products_is_the_subject():
    r = read("In April 2024, total exports of goods and services amounted to DKK 138.8 bn, of which exports of goods "
             "were DKK 86.5 bn and exports of services DKK 52.3 bn. Sea transport remained the largest service export, "
             "with receipts of DKK 24.1 bn, or {share} per cent of total services exports.".format(share="46.1"), "2024-06-10")
    assert r["claims"]["DKK 24.1 bn"]["commodity"] == "sea transport"
    assert r["errors"] == []
    wrong = read("In April 2024, total exports of goods and services amounted to DKK 138.8 bn, of which exports of goods "
                 "were DKK 86.5 bn and exports of services DKK 52.3 bn. Sea transport remained the largest service export, "
                 "with receipts of DKK 24.1 bn, or 56.1 per cent of total services exports.", "2024-06-10")
    assert any("56.1 per cent" in e for e in wrong["errors"])


def test_a_ranked_partner_is_no_product():
    r = read("Germany remained the largest export market, with purchases of DKK 24.1 bn.", "2024-06-10")
    assert r["claims"]["DKK 24.1 bn"]["commodity"] is None


FOREST = ("In January-June 2024, exports of the forest industry fell by 14 per cent to EUR 5.9 billion, from EUR 6.9 billion "
          "a year earlier. The sector's share of Finland's total goods exports of EUR 37.8 billion was 15.6 per cent. "
          "Pulp, which makes up about a third of forest industry exports, was exported for EUR {pulp} billion.")


def test_a_share_in_a_relative_clause_is_the_subjects_share_of_the_whole_it_names():
    r = read(FOREST.format(pulp="2.0"), "2024-08-15")
    assert r["claims"]["EUR 2.0 billion"]["commodity"] == "pulp"
    assert r["errors"] == []
    assert any("a third" in f["message"] for f in r["checked"])
    wrong = read(FOREST.format(pulp="3.5"), "2024-08-15")
    assert any("a third" in e for e in wrong["errors"])


def test_a_total_of_goods_and_services_after_the_figure_is_not_goods():
    r = read("Australia's goods exports to Japan were A$89.5 billion in 2023 and services exports A$3.6 billion. "
             "Japan was also Australia's second-largest export market, taking A$93.1 billion of goods and services.",
             "2024-03-01")
    assert r["claims"]["A$93.1 billion"]["commodity"] != "goods"
    assert not any("A$89.5" in e and "A$93.1" in e for e in r["errors"])


def test_a_sentence_adverb_between_subject_and_verb_keeps_the_product():
    r = read("Norway exported 560,000 tonnes of salmon worth NOK 60.1 billion in the first half. "
             "Salmon thus made up almost 72 per cent of the total export value.", "2024-07-04")
    assert r["claims"]["72 per cent"]["commodity"] == "salmon"


def test_a_partner_ranked_as_the_market_for_a_product_is_that_products():
    r = read("Norway exported 560,000 tonnes of salmon worth NOK 60.1 billion in the first half. Poland, which processes "
             "much of the fish for the rest of Europe, was the largest single market for salmon at NOK 7.9 billion.", "2024-07-04")
    assert r["claims"]["NOK 7.9 billion"]["commodity"] == "salmon"


SEAFOOD = ("Record first half for Norwegian seafood exports\n\nTROMSO, 4 July 2024\n\n"
           "Norway exported 1.2 million tonnes of seafood worth NOK 83.6 billion in the first half of 2024. "
           "Norway exported 560,000 tonnes of salmon worth NOK 60.1 billion in the first half. "
           "Salmon thus made up almost {share} per cent of the total export value.")


def test_the_total_in_a_headlined_products_article_is_that_products_total():
    assert read(SEAFOOD.format(share="72"), "2024-07-04")["errors"] == []
    assert any("62 per cent" in e for e in read(SEAFOOD.format(share="62"), "2024-07-04")["errors"])


def test_goods_and_services_after_a_figure_keep_the_partner_after_them():
    r = read("ONS figures show the UK exported £358 billion of goods and services to the EU in 2023, "
             "41% of total exports of £873 billion. Exports to non-EU countries were therefore worth £515 billion.", "2024-06-12")
    assert r["claims"]["£358 billion"]["partner"] == "EUU"
    assert r["errors"] == []

"""Sentences about which product a figure is of (a seventh round of passages: Australian,
New Zealand, Canadian, US, Japanese, Chinese, Qatari and Vietnamese styles): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-30") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


ABS = ("Exports of goods fell A$1,950m (4.3%) to A$43,380m. Non-rural goods exports decreased A$1,602m (4.6%) "
       "to A$33,215m. Rural goods exports fell A$210m (3.5%) to A$5,790m. Non-monetary gold exports decreased A$138m.")


def test_a_class_before_goods_exports_is_a_part():
    r = read(ABS, "2024-05-02")
    assert r["claims"]["A$33,215m"]["commodity"] == "non-rural goods"
    assert r["claims"]["A$5,790m"]["commodity"] == "rural goods"
    assert r["claims"]["A$43,380m"]["commodity"] is None
    assert r["errors"] == []  # (rural and non-rural goods leave out gold: no sum to the whole)


def test_consumption_and_capital_goods_imports_are_parts():
    r = read("Imports of goods fell A$565m (1.5%) to A$38,356m. Consumption goods imports fell A$402m (3.6%) while "
             "capital goods rose A$97m.", "2024-05-02")
    assert r["claims"]["A$402m"]["commodity"] == "consumption goods"
    assert r["claims"]["A$97m"]["commodity"] == "capital goods"


def test_a_country_before_goods_names_no_class():
    r = read("Australian goods exports fell 4.3% to A$43,380m.", "2024-05-02")
    assert r["claims"]["A$43,380m"]["commodity"] is None


def test_goods_beside_a_larger_unlabelled_figure_is_goods_alone():
    r = read("The U.S. trade deficit jumped 7.9% to $78.8 billion in July. Imports rose 2.1% to $345.4 billion. "
             "Goods imports surged 2.6% to $281.8 billion. Exports increased 0.5% to $266.6 billion.", "2024-09-04")
    assert r["claims"]["$281.8 billion"]["commodity"] == "goods"
    assert r["claims"]["2.6%"]["commodity"] == "goods"
    assert r["claims"]["$345.4 billion"]["commodity"] is None
    assert r["errors"] == []


def test_goods_stated_alone_stays_the_whole():
    r = read("Goods exports rose 3% to $50.1 billion in July. Exports to China were $10.2 billion.", "2024-09-04")
    assert r["claims"]["$50.1 billion"]["commodity"] is None


def test_a_change_noun_then_in_names_the_product():
    r = read("Canada's exports rose 3.1% to C$66.0 billion in July, led by a 9.4% jump in energy products, while "
             "imports gained 0.2% to C$64.8 billion.", "2024-09-04")
    assert r["claims"]["9.4%"]["commodity"] == "energy products"
    assert r["claims"]["3.1%"]["commodity"] is None
    assert r["errors"] == []


def test_a_product_words_singular_before_a_flow_word():
    r = read("Kiwifruit exports rose $796 million (36 percent) to $3.0 billion in the year ended June 2024. "
             "Log exports, which go mostly to China, slipped 2.1 percent to $2.9 billion.")
    assert r["claims"]["$3.0 billion"]["commodity"] == "kiwifruit"
    assert r["claims"]["2.1 percent"]["commodity"] == "logs"
    assert r["claims"]["$2.9 billion"]["commodity"] == "logs"
    assert r["errors"] == []


def test_its_exports_after_a_sentence_about_a_product():
    r = read("New Zealand's total goods exports were $70.6 billion in the year ended June 2024. Whole milk powder "
             "was the biggest drag. Its exports fell $1.1 billion, a 12.6 percent fall, to $7.6 billion. China took "
             "$3.4 billion, or 45 percent, of those whole milk powder exports.")
    for t in ("$1.1 billion", "12.6 percent", "$7.6 billion", "$3.4 billion", "45 percent"):
        assert r["claims"][t]["commodity"] == "whole milk powder", t
    assert r["claims"]["$1.1 billion"]["measure"] == "other"  # the change, not the flow
    assert r["errors"] == []


def test_a_product_then_with_exports():
    r = read("New Zealand's goods exports were $70.6 billion in the year ended June 2024. "
             "Butter was a bright spot, with exports up $310 million to $3.1 billion.")
    assert r["claims"]["$3.1 billion"]["commodity"] == "butter"


def test_its_exports_after_a_country_is_no_product():
    r = read("China was the biggest market in 2023. Its exports fell 5% to $7.6 billion.")
    assert r["claims"]["$7.6 billion"]["commodity"] is None


def test_a_product_adjective_with_an_apposition():
    r = read("Japan's total exports rose 2.8% to 100.88 trillion yen in 2023. Automobile exports, Japan's biggest "
             "export item, jumped 32.9% to 17.29 trillion yen.", "2024-01-25")
    assert r["claims"]["17.29 trillion yen"]["commodity"] == "automobiles"
    assert r["claims"]["32.9%"]["commodity"] == "automobiles"
    assert r["errors"] == []


def test_a_list_in_an_aside_is_one_group():
    r = read("The value of automobile exports reached $101.6 billion last year. Exports of the \"new three\" products "
             "- electric vehicles, lithium-ion batteries and solar cells - totaled 1.06 trillion yuan ($149.3 billion), "
             "up 29.9 percent.", "2024-01-12")
    assert r["claims"]["$149.3 billion"]["commodity"] == "new three products"
    assert r["claims"]["$101.6 billion"]["commodity"] == "automobiles"
    assert r["errors"] == []


def test_a_relative_clause_gives_the_product_groups_figure():
    r = read("Qatar's total exports of goods in August 2024 amounted to QR22.8bn. The decrease in exports was mainly "
             "due to lower exports of petroleum gases and other gaseous hydrocarbons (LNG, condensates, propane, "
             "butane, etc.), which amounted to QR13.1bn, or 57.5% of total exports, and crude oil, which amounted to "
             "QR3.4bn.", "2024-09-30")
    assert r["claims"]["QR13.1bn"]["commodity"] == "petroleum gases and other gaseous hydrocarbons"
    assert r["claims"]["QR3.4bn"]["commodity"] == "crude oil"
    assert r["errors"] == []


def test_earned_from_a_product():
    r = read("Vietnam earned $4.87 billion from coffee exports in the first nine months of 2024, up 45.6% "
             "year-on-year. The country had earned $3.34 billion from coffee in the same period last year.",
             "2024-10-08")
    assert r["claims"]["$3.34 billion"]["commodity"] == "coffee"
    assert r["errors"] == []


def test_a_partner_does_not_carry_into_a_product_sentence():
    r = read("New Zealand's exports rose 5% to NZ$6.1 billion in June, Stats NZ said. Exports to China were "
             "NZ$1.5 billion. Dairy exports were NZ$1.9 billion.")
    dairy = r["claims"]["NZ$1.9 billion"]
    assert dairy["commodity"] == "dairy products" and dairy["partner"] != "CHN"
    assert r["errors"] == []


# --- round 23 (products named in ways the reading used to lose): a product subject after its
# country's possessive, a product subject with a participle aside, the next kind of a product
# with its verb left out, a share named as a noun with its whole's figure in a relative
# clause, and a sum of counted products whose parts are not the figures just before it ---


def claims(text: str, published: str = "2024-10-01") -> dict[str, dict]:
    return {c["text"]: c for c in verify_text(text, published=published, reference="none").to_dict()["claims"]}


def errors(text: str, published: str = "2024-10-01") -> list[str]:
    findings = verify_text(text, published=published, reference="none").to_dict()["findings"]
    return [f["message"] for f in findings if f["status"] == "inconsistent"]


def consistent(text: str, published: str = "2024-10-01") -> list[str]:
    findings = verify_text(text, published=published, reference="none").to_dict()["findings"]
    return [f["message"] for f in findings if f["status"] == "consistent"]


# --- a product subject after its country's possessive -----------------------------------

PALM = ("Malaysia's total exports were RM1,500 billion in 2023, of which non-oil exports were RM1,200 billion. "
        "Malaysia's palm oil exports earned RM120 billion. "
        "Malaysia's palm oil accounted for {share} percent of its non-oil exports.")


def test_a_possessive_country_before_the_product_keeps_the_product():
    assert errors(PALM.format(share="10.0")) == []
    assert any("MYR 120bn / MYR 1.2trn = 10.0%" in m for m in consistent(PALM.format(share="10.0")))


def test_a_planted_share_of_the_possessed_product_is_found():
    assert errors(PALM.format(share="15.0"))


COAL_SHARE = ("Indonesia's non-oil and gas exports reached $235 billion in 2023. Its coal exports were $42.3 billion. "
              "Indonesia's coal made up {share} percent of its non-oil and gas exports.")


def test_a_possessive_country_before_the_product_made_up():
    assert errors(COAL_SHARE.format(share="18")) == []
    assert errors(COAL_SHARE.format(share="28"))


def test_a_possessive_country_before_a_product_that_earned():
    text = "Ghana's exports totalled $17 billion in 2023. Ghana's cocoa earned $3.4 billion."
    assert claims(text)["$3.4 billion"]["commodity"] == "cocoa"


# --- a product subject with a participle aside; the next kind, its verb left out ----------

KINDS = ("Australia's coal exports earned A$72.5 billion in 2023. "
         "Metallurgical coal, used in steelmaking, earned A$47.2 billion, "
         "and thermal coal, used in power generation, A$25.3 billion.")


def test_a_participle_aside_leaves_the_kind_of_product():
    c = claims(KINDS)
    assert c["A$47.2 billion"]["commodity"] == "metallurgical coal"
    assert c["A$25.3 billion"]["commodity"] == "thermal coal"
    assert errors(KINDS) == []


def test_other_participle_asides():
    c = claims("Colombia's coffee exports earned $3.5 billion in 2023. Arabica, grown mainly in the highlands, "
               "brought in $3.1 billion.")
    assert c["$3.1 billion"]["commodity"] == "arabica"
    c = claims("Brazil's beef exports earned $10.5 billion in 2023. Frozen beef, shipped mostly to China, "
               "accounted for $8.2 billion.")
    assert c["$8.2 billion"]["commodity"] == "frozen beef"


def test_the_next_kind_without_an_aside():
    c = claims("Australia's coal exports earned A$72.5 billion in 2023. Coking coal earned A$47.2 billion, "
               "and steaming coal A$25.3 billion.")
    assert c["A$25.3 billion"]["commodity"] == "steaming coal"


# --- a share named as a noun, the whole's figure in a relative clause ---------------------

SHARE_NOUN = ("Australia's coal export earnings fell to A$72.5 billion in 2023-24. "
              "Coal's share of Australia's resource and energy export earnings, which totalled {whole} in 2023-24, "
              "fell to 17.5%.")


def test_the_whole_of_a_share_noun_is_its_group_not_the_part():
    c = claims(SHARE_NOUN.format(whole="A$415 billion"))
    assert c["A$415 billion"]["commodity"] == "resource and energy"
    assert errors(SHARE_NOUN.format(whole="A$415 billion")) == []
    assert any("17.5%" in m for m in consistent(SHARE_NOUN.format(whole="A$415 billion")))


def test_a_planted_whole_of_a_share_noun_is_found():
    assert errors(SHARE_NOUN.format(whole="A$515 billion"))


def test_the_share_of_a_product_in_a_group():
    text = ("Ghana's cocoa exports rose to $3.6 billion in 2023. The share of cocoa in Ghana's agricultural exports, "
            "which were worth {whole}, rose to 60 percent.")
    assert claims(text.format(whole="$6.0 billion"))["$6.0 billion"]["commodity"] == "agricultural"
    assert errors(text.format(whole="$6.0 billion")) == []
    assert errors(text.format(whole="$8.0 billion"))


def test_a_share_noun_of_total_exports():
    text = ("Chile's copper exports reached $50.8 billion in 2023. Copper's share of Chile's total exports, "
            "which came to {whole}, stood at 53.5%.")
    assert claims(text.format(whole="$95.0 billion"))["$95.0 billion"]["commodity"] is None
    assert errors(text.format(whole="$95.0 billion")) == []
    assert errors(text.format(whole="$75.0 billion"))


# --- a sum of counted products past a wider whole -----------------------------------------

COUNTED = ("Peru's copper exports earned $25.0 billion in 2023 and gold $11.0 billion. "
           "Copper's share of the country's mining exports, which totalled $41.0 billion, was 61%. "
           "It ranked ahead of iron ore ($3.1 billion) and natural gas ($2.6 billion). "
           "The three commodities together earned $30.7 billion.")


def test_a_sum_of_counted_products_past_a_wider_whole_is_no_whole_flow():
    c = claims(COUNTED)
    assert c["$30.7 billion"]["commodity"] == "three commodities"
    assert errors(COUNTED) == []


def test_a_sum_of_counted_products_right_after_its_parts_is_still_checked():
    text = ("Kenya's tea exports earned Sh180 billion in 2023, coffee Sh30 billion and flowers Sh90 billion. "
            "The three commodities together earned {total}.")
    assert errors(text.format(total="Sh300 billion")) == []
    assert errors(text.format(total="Sh330 billion"))


# --- the money of a quantity the sentence before gave --------------------------------------

COAL_VALUE = ("Indonesia exports more coal\n\n"
              "Indonesia shipped 250.0 million tonnes of coal abroad in the first half of 2024, up 5.0 percent from 238.1 million tonnes. "
              "The export value, however, fell 10.0 percent to US$18.00 billion from US$20.00 billion. "
              "Total exports reached US$120.00 billion in the half, while non-oil exports were {non_oil}.")


def test_the_value_of_the_quantity_before_is_of_its_product():
    c = claims(COAL_VALUE.format(non_oil="US$113.00 billion"), "2024-07-20")
    assert c["US$18.00 billion"]["commodity"] == "coal"
    assert c["US$20.00 billion"]["commodity"] == "coal"
    assert errors(COAL_VALUE.format(non_oil="US$113.00 billion"), "2024-07-20") == []


def test_other_value_subjects_after_a_quantity():
    c = claims("Vietnam exported 7.8 million tonnes of rice in 2023. Export earnings rose 38.4% to $4.7 billion.")
    assert c["$4.7 billion"]["commodity"] == "rice"
    c = claims("Ivory Coast exported 2.2 million tonnes of cocoa beans in 2023. Their value reached $5.2 billion.")
    assert c["$5.2 billion"]["commodity"] == "cocoa beans"


def test_a_value_after_money_of_its_own_is_not_moved():
    # the sentence before has money: its figures carry their own product, the value subject none
    c = claims("Exports rose to $50 billion in 2023, including 7.8 million tonnes of rice. Export earnings were $52 billion in 2022.")
    assert c["$52 billion"]["commodity"] != "rice"


def test_an_average_per_unit_moved_to_is_an_average():
    c = claims("Indonesia shipped 250.0 million tonnes of coal abroad in the first nine months of 2024, up 5.0 percent "
               "from 238.1 million tonnes. The export value fell 10.0 percent to US$18.00 billion from US$20.00 billion.\n\n"
               "The average value per tonne thus dropped from about US$84 in the first nine months of 2023 to about "
               "US$72 this year.", "2024-10-15")
    assert c["US$72"]["measure"] == "other"


def test_a_quantity_with_a_change_of_no_base_gives_no_product():
    # "up 17%" with no base is read as the flow's change: the value after keeps no product,
    # so the two are not set against each other
    text = "Vietnam exported 7.8 million tonnes of rice in 2023, up 17%. Export earnings rose 38.4% to $4.7 billion."
    assert errors(text) == []

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

"""Sentences of kinds met in reports on online shopping across borders and on partners ranked
with a rest (probe round 23, digital): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-08-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    return {"claims": {c["text"]: c for c in result["claims"]},
            "errors": [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]}


# --- "cross-border" before a channel noun is international, not trade with the neighbours

def test_cross_border_online_trade_is_with_everyone():
    r = read("Vietnam's cross-border e-commerce exports reached $4.1 billion in the first half.")
    c = r["claims"]["$4.1 billion"]
    assert c["partner"] == "WLD" and c.get("partner_group") is None
    assert c["commodity"] == "e-commerce"


def test_cross_border_payments_name_no_neighbours():
    r = read("Thailand's cross-border payments through the new QR link rose to $2.2 billion in 2023.")
    assert r["claims"]["$2.2 billion"].get("partner_group") is None


def test_informal_cross_border_trade_stays_with_the_neighbours():
    r = read("Malawi's informal cross-border trade reached $310 million in 2023, the survey said.")
    c = r["claims"]["$310 million"]
    assert "neighbours" in (c.get("partner_group"), c.get("reporter_group"))


# --- two flows joined by "and" before a level verb and one figure are their sum

def test_imports_and_exports_reaching_one_figure_are_the_trade():
    r = read("Mongolia's imports and exports reached $9.6 billion in the first half of 2024.")
    assert r["claims"]["$9.6 billion"]["measure"] == "trade_total"


def test_exports_and_imports_totalling_one_figure_are_the_trade():
    r = read("Laos's exports and imports totalled about $4.3 billion in the first half of 2024.")
    assert r["claims"]["$4.3 billion"]["measure"] == "trade_total"


def test_two_flows_with_a_figure_each_stay_each_flow():
    r = read("Mongolia's exports and imports stood at $7.1 billion and $4.2 billion respectively in the first half.")
    assert [r["claims"][t]["measure"] for t in ("$7.1 billion", "$4.2 billion")] == ["exports", "imports"]


def test_a_change_said_of_two_flows_is_no_sum():
    r = read("In 2023 Peru's imports and exports were up 12 percent.")
    assert r["claims"]["12 percent"]["measure"] != "trade_total"


# --- a channel's flows: the other flow of the sentence stays in the channel

CHANNEL = ("Mongolia's cross-border e-commerce imports and exports reached 900 million dollars in the first half. "
           "Exports through e-commerce platforms rose 20% to 250 million dollars, while imports grew 5% to "
           "{imports} million dollars. Online trade made up 8% of the country's total goods trade, which came "
           "to 11.2 billion dollars in January-June.")


def test_a_channels_exports_and_imports_add_up_to_its_trade():
    r = read(CHANNEL.format(imports=650))
    assert r["claims"]["650 million dollars"]["commodity"] == "e-commerce"
    assert r["claims"]["900 million dollars"]["commodity"] == "e-commerce"
    assert r["errors"] == []


def test_a_channels_flows_that_do_not_add_up_are_found():
    r = read(CHANNEL.format(imports=750))
    assert r["errors"]


# --- a wire's currency note is no figure

def test_a_currency_note_is_no_figure():
    r = read("Exports rose to 1.3 trillion yuan in July.\n\n($1 = 7.1500 yuan)")
    assert list(r["claims"]) == ["1.3 trillion yuan"]


def test_a_currency_note_in_words_is_no_figure():
    r = read("India's exports were Rs 3.1 trillion in July (US$1 equals Rs 83.50).")
    assert list(r["claims"]) == ["Rs 3.1 trillion"]


# --- the rest of a list of partners is every partner but the listed ones

RANKED = ("Chileans spent $5.00 billion on online purchases from abroad in 2023. Purchases from China came to "
          "$2.60 billion, or 52.0 percent of the total. The United States followed with $1.40 billion, or 28.0 "
          "percent, and Spain with $0.60 billion, or 12.0 percent. {rest} the remaining $0.40 billion.")


def test_other_countries_are_the_rest_of_the_list():
    r = read(RANKED.format(rest="Other countries made up"))
    assert r["claims"]["$0.40 billion"]["partner"] == "group:other than CHN+USA+ESP"
    assert r["errors"] == []


def test_all_other_markets_are_the_rest_too():
    r = read(RANKED.format(rest="All other markets accounted for"))
    assert r["errors"] == []


def test_a_rest_that_does_not_close_the_list_is_found():
    text = RANKED.format(rest="Other countries made up").replace("$1.40 billion, or 28.0", "$1.90 billion, or 28.0")
    assert read(text)["errors"]


def test_a_rest_with_no_list_before_is_a_guess():
    r = read("Chileans spent $5.00 billion on online purchases from abroad in 2023. Other countries made up "
             "$0.50 billion.")
    assert r["errors"] == []


# --- a limit on parcels is no flow, and does not throw the checks' scale off

def test_a_threshold_and_its_alternative_are_no_flows():
    r = read("Customs will review the tax-free threshold of US$150 for personal imports, or $200 for goods "
             "from the U.S., the ministry said.")
    assert {c["measure"] for c in r["claims"].values()} == {"other"}


def test_overall_exports_to_other_countries_are_with_the_world():
    # "other countries" after a total's word is everyone abroad, no rest of a list
    r = read("Chile's exports to China rose to $2.1 billion in May. Chile's overall exports to other countries "
             "fell 3.0 percent to $9.70 billion from $10.00 billion.")
    assert r["claims"]["$9.70 billion"]["partner"] == "WLD"

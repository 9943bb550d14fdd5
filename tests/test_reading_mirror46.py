"""Mirror data, sanctioned economies, small states, translations (a forty-sixth round of
passages): whose shipments a share's whole names, a balance "negative by" a figure, a share
"of re-exports", a product that "dominated the trade", a share of "the partners' reported
exports", a partner after "to neighbouring". How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str) -> dict:
    return next(c for c in result(text)["claims"] if c["text"] == figure)


SHORT_NAME = ("South Korea sold goods worth $9.0 billion to Japan in 2024, while Japan shipped $3.0 billion to South Korea.\n\n"
              "Chips earned $2.4 billion, or about 80% of the South's shipments to Japan.")


def test_the_possessive_owner_of_a_shares_whole_is_the_exporter():
    """"80% of the South's shipments to Japan" after "South Korea" is named: the South Korean
    exports to Japan, not the flow the sentence before ended on."""
    share = claim(SHORT_NAME, "80%")
    assert (share["reporter"], share["partner"], share["measure"]) == ("KOR", "JPN", "exports")


NEGATIVE_BY = ("Malta exported goods worth €200 million in March 2024 and imported goods worth €500 million. "
               "The goods trade balance was therefore negative by €{n} million.")


def test_a_balance_negative_by_a_figure_is_a_deficit_of_it():
    assert errors(NEGATIVE_BY.format(n="300")) == []
    assert errors(NEGATIVE_BY.format(n="400"))


REEXPORTS = ("Samoa's total exports were $500.0m in 2024, made up of domestic exports of $300.0m and re-exports of $200.0m. "
             "Fuels accounted for $120.0m, or {p} per cent of re-exports.")


def test_a_share_of_re_exports_is_of_the_re_exports():
    assert errors(REEXPORTS.format(p="60.0")) == []
    assert errors(REEXPORTS.format(p="24.0"))


LEADS_THE_TRADE = ("U.S. exports of farm goods to Haiti totalled $400 million in 2024, up 10% from $364 million in 2023.\n\n"
                   "Rice dominated the trade at {v} million, or about 50% of the total.")


def test_a_product_that_dominated_the_trade_is_a_part_of_the_flow_the_text_is_on():
    rice = claim(LEADS_THE_TRADE.format(v="$200"), "$200 million")
    assert (rice["measure"], rice["commodity"]) == ("exports", "rice")
    assert errors(LEADS_THE_TRADE.format(v="$200")) == []
    assert errors(LEADS_THE_TRADE.format(v="$300"))


PARTNERS = ("Yemen has published no trade figures of its own since 2014; data reported by Yemen's partners fill the gap.\n\n"
            "In 2023, partners reported exports to Yemen of $5.0 billion and imports from Yemen of $0.5 billion.\n\n"
            "Oman was the largest supplier at $2.0 billion, or {p}% of the partners' reported exports.")


def test_a_share_of_the_partners_reported_exports_is_of_the_mirror_flow():
    """The partner's exports to the country, of the world's exports to it as the partners report them."""
    share = claim(PARTNERS.format(p="40"), "40%")
    assert (share["reporter"], share["partner"], share["measure"]) == ("OMN", "YEM", "exports")
    assert errors(PARTNERS.format(p="40")) == []
    assert errors(PARTNERS.format(p="60"))


def test_an_adjective_between_to_and_the_partner_keeps_the_partner():
    amount = claim("Kenya exported tea worth $300 million to neighbouring Uganda in 2024.", "$300 million")
    assert (amount["reporter"], amount["partner"]) == ("KEN", "UGA")

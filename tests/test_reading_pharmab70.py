"""Pharmaceutical trade (round 70): "APIs" (active pharmaceutical ingredients) is a product, so
a buyer's figure of them is a part of their flow, not of all medicines. A flow of goods the
vocabulary does not know, then ", which make up N percent", gives the share and the figures
after it those goods. "The rest of the world" right after a total leaves out the place named
before that total, not nothing. A share "of the sector's" flow (even past its exact figure in
brackets) is of the group the figure right before it gives, when that group holds the part. A
place in the headline's clause of cause ("deficit widens to £2.8bn as EU imports climb") is no
partner of the text's figures."""
from readings import claim, errors


APIS = ("Norway's exports of medicines fell 10.0 percent to $50.0 billion in 2023.\n\n"
        "Exports of APIs, which make up 60.0 percent of the category, dropped 20.0 percent to $30.0 billion "
        "from $37.5 billion in 2022.\n\n"
        "Japan remained the largest buyer of Norwegian APIs at $6.0 billion, or {share} percent of the total.")


def test_apis_are_a_product_and_a_buyers_share_is_of_their_flow():
    assert claim(APIS.format(share="20.0"), "$6.0 billion")["commodity"] == "active pharmaceutical ingredients"
    assert errors(APIS.format(share="20.0")) == []
    assert errors(APIS.format(share="25.0")) != []


UNKNOWN_GOODS = ("Norway's exports of medicines fell 10.0 percent to $50.0 billion in 2023.\n\n"
                 "Exports of formulations, which make up {share} percent of the category, dropped 20.0 percent "
                 "to $30.0 billion from $37.5 billion in 2022.")


def test_a_flow_of_goods_then_which_make_up_a_share_is_of_those_goods():
    text = UNKNOWN_GOODS.format(share="60.0")
    assert claim(text, "60.0 percent")["commodity"] == "formulations"
    assert claim(text, "$30.0 billion")["commodity"] == "formulations"
    assert errors(text) == []
    assert errors(UNKNOWN_GOODS.format(share="70.0")) != []


REST = ("Norwegian exports to the United States soared to NOK44.6 billion in the first quarter of 2024, "
        "up 93% from NOK23.1 billion a year earlier.\n\n"
        "Overall exports rose 17.5% to NOK87.1 billion from NOK74.1 billion, meaning that half of all "
        "Norwegian exports went to the US in the quarter. Exports to the rest of the world fell {change}% "
        "to NOK{level} billion.")


def test_the_rest_of_the_world_after_a_total_leaves_out_the_place_named_before_it():
    assert errors(REST.format(change="16.7", level="42.5")) == []
    assert errors(REST.format(change="16.7", level="52.5")) != []
    assert errors(REST.format(change="26.7", level="42.5")) != []


DATELINE = ("Euro area trade in goods surplus €13.6 bn\n\n"
            "Oslo, 15 November 2024 - The first estimate for euro area exports of goods to the rest of the world "
            "in September 2024 was €237.6 bn. Imports from the rest of the world stood at €224.0 bn.\n\n"
            "As a result, the euro area recorded a €{balance} bn surplus in trade in goods with the rest of the world.")


def test_a_datelines_place_is_not_what_the_rest_of_the_world_leaves_out():
    # "Oslo" names where the release was issued, not where the exports went
    assert claim(DATELINE.format(balance="13.6"), "€224.0 bn")["partner"] == "WLD"
    assert errors(DATELINE.format(balance="13.6")) == []
    assert errors(DATELINE.format(balance="15.6")) != []


SECTOR = ("Norway exported €24.3 billion worth of vaccines last year, nearly three times the €{base} billion "
          "recorded in 2020.\n\n"
          "Total pharmaceutical exports rose by 22.1% to €74.6 billion, from €61.1 billion a year earlier, "
          "meaning vaccines alone accounted for almost a third (32.6%) of the sector's foreign sales.\n\n"
          "Pharmaceutical products made up 15.9% of Norway's total goods exports, which reached €469.8 billion in 2021.")


def test_a_share_of_the_sectors_flow_is_of_the_group_just_given_that_holds_the_part():
    text = SECTOR.format(base="8.4")
    assert claim(text, "a third", published="2022-03-08")["commodity"] == "pharmaceuticals"
    assert errors(text, published="2022-03-08") == []
    # (the wrong level is caught by the multiple it breaks, no longer hidden behind a false share)
    assert errors(SECTOR.format(base="12.4"), published="2022-03-08") != []


HEADLINE_CAUSE = ("UK pharma trade deficit widens to £2.8bn as EU imports climb\n\n"
                  "Pharma Weekly | 18 July 2017\n\n"
                  "The UK ran a trade deficit of £2.8 billion in pharmaceutical products last year.\n\n"
                  "Exports totalled £25.3 billion in 2016, while imports came to £28.1 billion.\n\n"
                  "The EU accounted for 47% of the UK's pharmaceutical exports but for 73.3% of its imports.\n\n"
                  "Pharmaceutical trade, 2016 (£bn)\n\n"
                  "              Exports   Imports   Balance\n"
                  "EU              11.9      {imports}      -8.7\n"
                  "Non-EU          13.4       7.5      +5.9\n"
                  "Total           25.3      28.1      -2.8\n")


def test_a_place_in_the_headlines_clause_of_cause_is_no_partner_of_the_text():
    text = HEADLINE_CAUSE.format(imports="20.6")
    assert claim(text, "£25.3 billion", published="2017-07-18")["partner"] == "WLD"
    assert errors(text, published="2017-07-18") == []
    assert errors(HEADLINE_CAUSE.format(imports="22.6"), published="2017-07-18") != []

"""Leather, wool and earnings passages (a forty-fifth round): a ranked buyer after a flow that
opens the sentence, kinds of a product group listed after its figure, a plan "to generate" an
amount and the performance against it, and a list of bare figures and shares under a heading
that gives the unit. How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str) -> dict:
    return next(c for c in result(text)["claims"] if c["text"] == figure)


BUYER = "New Zealand's kiwifruit exports reached NZ$2.8 billion in 2023, with Japan once more the largest buyer, taking NZ$0.9 billion."


def test_a_ranked_buyer_after_an_exports_opener_takes_exports():
    """"buyer" alone reads as imports; a place ranked as the buyer takes the reporter's exports."""
    c = claim(BUYER, "NZ$0.9 billion")
    assert (c["measure"], c["partner"], c["commodity"]) == ("exports", "JPN", "kiwifruit")


def test_a_ranked_buyer_and_its_share_of_the_total_are_checked():
    good = ("Chile's cherry exports were valued at US$2.0 billion in 2023, with China the dominant buyer, "
            "taking US$1.5 billion or 75 per cent of the total.")
    assert errors(good) == []
    assert errors(good.replace("75 per cent", "55 per cent"))


GROUP = ("Uruguay's exports of wool and wool products fell to $900 million in 2023. "
         "Wool tops stood at $600 million, wool fabric at $150 million and wool yarn at $100 million.")


def test_a_verb_of_level_ends_the_product_label():
    text = "Exports of cut flowers stood at $700 million in 2023."
    assert claim(text, "$700 million")["commodity"] == "cut flowers"


def test_kinds_of_a_group_listed_after_its_figure_stay_within_it():
    assert errors(GROUP) == []
    assert errors(GROUP.replace("$600 million", "$700 million"))


PLAN = ("Rwanda earned 80 million USD from coffee exports in 2023. "
        "The plan for the year was to earn 100 million USD, and the performance reached 80 percent of the target.")


def test_a_plan_to_earn_an_amount_is_the_goal_of_the_earnings_before():
    assert errors(PLAN) == []
    assert errors(PLAN.replace("80 percent", "90 percent"))


SHARES = ("Exports by product (2023, US$ million; share in total):\n\n"
          "- Sandals (rubber and non-rubber): 600 (60.0%)\n"
          "- Boots: 300 (30.0%)\n"
          "- Slippers: 100 (10.0%)\n"
          "- Total: 1,000\n")


def test_each_share_of_a_headed_list_is_its_figure_over_the_total():
    assert errors(SHARES) == []
    assert errors(SHARES.replace("(60.0%)", "(70.0%)"))


def test_a_bracket_naming_a_kind_and_its_negation_keeps_the_list_label():
    assert claim(SHARES, "60.0%")["commodity"] == "sandals"

"""Trade-agreement anniversaries (round 33): articles that set a pair's trade today against the
year before a deal, with the deal's modelled gains, its preference use and a standout product."""
from tradecheck import verify_text


def _claims(text, published="2024-06-01"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_a_rate_of_growth_in_a_countrys_overall_trade_is_with_the_world():
    """"outpacing the 1.9 percent growth in Peru's overall trade": Peru's trade with everyone."""
    text = ("Trade between Peru and Japan reached $9.0 billion in 2023, up 50.0 percent from $6.0 billion in 2013. "
            "That is an annual average growth of 4.1 percent, outpacing the 1.9 percent growth in Peru's overall trade "
            "over the same period.\n")
    d = _claims(text)
    c = _claim(d, "1.9 percent")
    assert (c["reporter"], c["partner"]) == ("PER", "WLD")
    assert not _inconsistent(d)


STANDOUT = ("Stats figures show Peru's goods exports to Japan rose 10 percent to $2.2b in 2023, from $2.0b the year before.\n\n"
            "Coffee has been the standout. Exports jumped {change} percent to $30m over the same period, from $20m.\n")


def test_a_product_singled_out_the_sentence_before_is_what_bare_exports_are_of():
    """"Coffee has been the standout. Exports jumped 50 percent": coffee exports."""
    d = _claims(STANDOUT.format(change="50"))
    for snippet in ("50 percent", "$30m", "$20m"):
        assert _claim(d, snippet)["commodity"] == "coffee"
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(STANDOUT.format(change="80")))) == 1


SOLD_TO = ("Japan trade deal turns five\n\n"
           "Peru sold $9.0 billion worth of goods and services to Japan last year and bought $5.0 billion, "
           "a surplus of {balance}.\n")


def test_a_subject_that_sold_goods_and_services_to_a_partner_reports():
    """"Peru sold $9.0 billion worth of goods and services to Japan": Peru's exports to Japan."""
    d = _claims(SOLD_TO.format(balance="$4.0 billion"))
    c = _claim(d, "$9.0 billion")
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "PER", "JPN")
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(SOLD_TO.format(balance="$3.0 billion")))) == 1


def test_a_bullet_that_opens_on_a_product_and_its_direction_is_that_products_flow():
    """"- Cheese exports to Japan hit a record $1.1 billion": cheese, not all exports to Japan."""
    text = ("Peru's exports to Japan rose in 2023.\n\n"
            "- Cheese exports to Japan hit a record $1.1 billion in 2023.\n"
            "- Beef exports were worth around $2.5 billion.\n")
    d = _claims(text)
    assert _claim(d, "$1.1 billion")["commodity"] == "cheese"
    assert not _inconsistent(d)


def test_bilateral_trade_is_with_the_partner_named_before_never_the_world():
    """"Bilateral trade reached ..." after a paragraph on Peru's deal with Korea: Peru and Korea."""
    text = ("LIMA, May 2 -- When Peru signed its free trade agreement with South Korea in 2011, few expected much.\n\n"
            "Ten years later, bilateral trade reached 4.2 billion U.S. dollars in 2021, according to official data.\n\n"
            "Peru's total exports were 63.1 billion dollars in 2021.\n")
    d = _claims(text, "2022-05-02")
    c = _claim(d, "4.2 billion")
    assert {c["reporter"], c["partner"]} == {"PER", "KOR"}
    assert not _inconsistent(d)


TIMES = ("Peru's trade with Korea reached 4.2 billion U.S. dollars in 2021, about 3 times the {base} billion dollars "
         "recorded in 2011.\n")


def test_a_multiple_of_a_level_spelt_in_dollars_takes_that_levels_year_as_its_base():
    """"about 3 times the 1.4 billion dollars recorded in 2011": against 2011."""
    d = _claims(TIMES.format(base="1.4"), "2022-05-02")
    assert _claim(d, "3 times")["base_period"] == "2011"
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(TIMES.format(base="2.4"), "2022-05-02"))) == 1


def test_money_added_to_a_quantity_is_a_gain_not_its_level():
    """"could add $90 billion a year to world incomes and $200 billion to world trade": two gains."""
    text = ("Trade between the members of the pact reached $2.0 trillion in 2023. "
            "According to one estimate, the pact could add $90 billion a year to world incomes and "
            "$200 billion to world trade by 2035.\n")
    d = _claims(text)
    assert _claim(d, "$90 billion")["measure"] == "other"
    assert _claim(d, "$200 billion")["measure"] == "other"
    assert not _inconsistent(d)


BEFORE_THE_DEAL = ("Goods trade between Chile and the EU reached $40.0 billion in 2023, an increase of 25% over 2019, "
                   "the year before the agreement took effect, when it stood at {level}.\n")


def test_a_when_clause_after_a_year_and_its_appositive_is_of_that_year():
    """"over 2019, the year before the agreement took effect, when it stood at $32.0 billion": 2019."""
    d = _claims(BEFORE_THE_DEAL.format(level="$32.0 billion"))
    assert _claim(d, "$32.0 billion")["period"] == "2019"
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(BEFORE_THE_DEAL.format(level="$30.0 billion")))) == 1


TURNED = ("In 2023, Chile's exports to Korea reached $8.0 billion, up from $6.0 billion in 2018. Chile's imports from Korea "
          "amounted to {imports}, compared with $7.0 billion in 2018. Chile's deficit of $1.0 billion with Korea in 2018 "
          "has therefore turned into a surplus of $2.0 billion.\n")


def test_a_balance_that_an_earlier_one_turned_into_is_of_the_later_year():
    """"The deficit of $1.0 billion in 2018 has turned into a surplus of $2.0 billion": 2023's surplus."""
    d = _claims(TURNED.format(imports="$6.0 billion"))
    c = _claim(d, "$2.0 billion")
    assert (c["measure"], c["period"]) == ("balance", "2023")
    assert not _inconsistent(d)
    assert _inconsistent(_claims(TURNED.format(imports="$5.0 billion")))


SCOPED = ("Chile's exports to Korea (excluding copper) have risen from $2.0 billion in 2013 to $3.0 billion in 2023, "
          "an increase of {change}, customs data show. Chile's exports to Korea including copper were $8.0 billion in 2023.\n")


def test_a_change_between_two_scoped_levels_is_of_their_scope():
    """"exports (excluding copper) have risen from $2.0 billion to $3.0 billion, an increase of 50%"."""
    d = _claims(SCOPED.format(change="50%"))
    assert _claim(d, "50%")["scope"] == "excluding copper"
    assert not _inconsistent(d)
    assert len(_inconsistent(_claims(SCOPED.format(change="40%")))) == 1


def test_the_other_flow_of_a_sentence_is_with_the_group_the_first_was_with():
    """"Exports to the other Mercosur members totalled $9.1 billion, while imports came to $7.4 billion"."""
    text = ("Brazil's trade with the other Mercosur members reached $16.5 billion in 2023.\n\n"
            "Exports to the other Mercosur members totalled $9.1 billion last year, while imports came to $7.4 billion.\n")
    d = _claims(text)
    c = _claim(d, "$7.4 billion")
    assert c["partner"] != "WLD" and c["reporter"] == "BRA"
    assert not _inconsistent(d)


def test_goods_that_entered_a_country_under_preferential_tariffs_are_a_part():
    """"goods worth $0.4 billion entered Chile under CPTPP preferential tariffs": preferential imports."""
    text = ("Chile's imports from the pact's members came to $6.0 billion in 2023. "
            "Goods worth $0.4 billion entered Chile under CPTPP preferential tariffs last year.\n")
    d = _claims(text)
    assert _claim(d, "$0.4 billion")["scope"] == "preferential"
    assert not _inconsistent(d)

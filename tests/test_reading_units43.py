"""Changes of physical quantities (a forty-third round of passages: meat, dairy, rice, cotton,
steel) whose sentence the change readers did not take: a day of a month between a level and
its change, a verb or a noun in place of the comma before the change, the tonne's symbol
glued to the earlier level, and an earlier level given "against" the new one. How each is read."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-06-01") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def test_a_day_of_a_month_between_the_level_and_its_change():
    """"... 80,000 bales in the week ended Mar. 7, up 25% from 64,000 bales": the date is no figure."""
    text = "Net sales of wool rose to 80,000 bales in the week ended Mar. 7, up {}% from 64,000 bales the week before."
    assert not errors(text.format(25))
    assert any("80,000 bales against 64,000 bales" in e for e in errors(text.format(45)))


def test_a_year_ending_on_a_day_between_the_level_and_its_change():
    """"... 3.3 million tons in the year that ended June 30, up 10% from 3.0 million tons"."""
    text = "Canada shipped 3.3 million tons of barley in the year that ended June 30, up {}% from 3.0 million tons a year earlier."
    assert not errors(text.format(10))
    assert errors(text.format(30))


def test_a_verb_ties_the_level_to_its_change():
    """"Shipments of 12,600 MT were up 5% from 12,000 MT": no comma, the verb ties them."""
    text = "Butter shipments of 12,600 MT were up {}% from 12,000 MT in April 2023."
    assert not errors(text.format(5))
    assert any("+5.0%" in e for e in errors(text.format(15)))


def test_a_noun_for_the_level_after_its_comma():
    """"reached 441 thousand tonnes, a figure 5% higher than the 420 thousand tonnes": the noun stands for the level."""
    text = "Turkey meat exports reached 441 thousand tonnes in 2023, a figure {}% higher than the 420 thousand tonnes of 2022."
    assert not errors(text.format(5))
    assert errors(text.format(9))


def test_the_tonne_symbol_glued_to_the_earlier_level():
    """"fell 10 percent to 91,800 tonnes from 102,000t": "t" glued to its number is the tonne."""
    text = "Beef volumes fell {} percent to 91,800 tonnes from 102,000t, industry figures show."
    assert not errors(text.format(10))
    assert any("102,000 t" in e for e in errors(text.format(20)))


def test_an_earlier_level_against_the_new_one():
    """"jumped 20 per cent to 6 mt, against 5 mt a year earlier": "against" names the earlier level."""
    text = "Coal imports jumped {} per cent to 6.00 mt, against 5.00 mt a year earlier."
    assert not errors(text.format(20))
    assert errors(text.format(28))


def test_a_verb_after_other_words_is_another_flows():
    """"up 5% from 10.75 million tonnes, while corn exports were down 12% from 13.15 million
    tonnes": the "were" belongs to the corn, not to the wheat's earlier level."""
    assert not errors("Wheat exports were up 5.5% from 10.75 million tonnes, while corn exports were down 12.4% "
                      "from 13.15 million tonnes, the data showed.")

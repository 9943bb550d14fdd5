"""Coal quantities, as a fifty-first round of passages wrote them: a change to a level with its
unit's abbreviation in brackets and a long period phrase before its "from"; two kinds of a
flow followed by a figureless sentence naming what the rest held (the kinds are then only
parts of the whole); and a headline change set against a base year alone, whose base level a
later sentence gives (a share after it is of no stated year, so not set against that level)."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _long_period(pct: str) -> str:
    return (f"Thailand's lignite imports dropped {pct} per cent to 40.0 million tonnes (MT) in the "
            "July-March stretch of the present fiscal year, from 50.0 MT a year before.")


def test_a_change_reads_an_abbreviation_in_brackets_and_a_long_period_before_from():
    assert errors(_long_period("20")) == []
    assert any("stated as \"25%\"" in e for e in errors(_long_period("25")))


def _kinds(rest: str, first: str = "60.0") -> str:
    return ("Pakistan's coal imports rose 5 per cent to 100.0 million tonnes in 2023, from 95.2 million tonnes. "
            f"Non-thermal coal imports were {first} million tonnes, while thermal coal imports were 30.0 million tonnes.{rest}")


def test_kinds_followed_by_a_figureless_rest_are_parts_not_all_of_the_whole():
    assert errors(_kinds(" The rest consisted of coke and briquettes.")) == []
    # (without the rest sentence the kind and its complement are all of it)
    assert any("= 90.0 million tonnes, but the whole" in e for e in errors(_kinds("")))
    # (with it, the parts still may not run over the whole)
    assert any("exceed the whole 100.0 million tonnes" in e
               for e in errors(_kinds(" The remainder was made up of coke.", first="80.0")))


def _base_year(pct: str) -> str:
    return (f"Malaysia bought 30.0 million tonnes of coal worth US$4.0 billion last year, up {pct} per cent "
            "in volume and 10.0 per cent in value compared with 2022, customs data showed.\n\n"
            "In 2022, purchases stood at 24.0 million tonnes worth $3.64 billion.\n\n"
            "Indonesia was the main seller with 15.0 million tonnes, making up 50.0 per cent of the total.")


def test_a_headline_change_on_a_base_year_is_set_against_the_base_level_given_later():
    assert errors(_base_year("25.0")) == []
    assert any("stated as \"35.0%\"" in e for e in errors(_base_year("35.0")))


def test_a_share_after_a_change_on_a_base_year_is_not_set_against_the_base_years_level():
    # (15.0 is 62.5% of the 2022 level, 50% of last year's: the share is not of the 2022 level)
    assert not any("24.0 million tonnes" in e and "%" in e and "/" in e for e in errors(_base_year("25.0")))

"""Food-security briefs (a thirty-seventh round of passages): amounts in tonnes tied to a whole
that a sentence before names by a need noun ("import requirements"), by the rest of it, by a
share of it, or by a list distributed over it; and a total broken down in its own sentence
("comprising A at x, B at y"), in the grain trade's "m t". How each is checked."""
import pytest

from tradecheck import verify_text


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def rest(rest_figure: str) -> str:
    return ("Wheat import needs for the 2024/25 season (July/June) are put at 2.4 million tonnes. "
            "Private traders are expected to bring in 1.9 million tonnes, with the balance of "
            f"{rest_figure} million tonnes to come as donations.")


@pytest.mark.parametrize("figure, flagged", [("0.5", False), ("0.8", True)])
def test_a_level_and_the_rest_make_the_whole_the_need_noun_named(figure, flagged):
    """"cover A, with the balance of B": A + B is the requirement stated sentences before."""
    assert bool(errors(rest(figure))) is flagged


def share(figure: str) -> str:
    return ("Rice import requirements for 2025 are estimated at 1.6 million tonnes. By the end of March, "
            f"about {figure} million tonnes had arrived, covering about 25 percent of requirements.")


@pytest.mark.parametrize("figure, flagged", [("0.4", False), ("0.7", True)])
def test_a_share_of_requirements_is_of_the_requirement_stated_before(figure, flagged):
    """"covering about P percent of requirements": the level over the requirement before."""
    assert bool(errors(share(figure))) is flagged


def listed(figure: str) -> str:
    return ("Cereal import requirements in 2024/25 are forecast at 5.0 million tonnes. Imports of "
            f"wheat are forecast at {figure} million tonnes, while imports of maize and sorghum are expected "
            "at 0.6 million tonnes and 0.2 million tonnes, respectively.")


@pytest.mark.parametrize("figure, flagged", [("4.2", False), ("4.9", True)])
def test_a_respective_list_after_a_requirement_never_exceeds_it(figure, flagged):
    """"imports of A at x, while imports of B and C at y and z, respectively": parts of the requirement."""
    assert bool(errors(listed(figure))) is flagged


def test_a_list_that_names_neither_the_need_nor_its_flow_is_no_part_of_it():
    """"Production and stocks are put at x and y, respectively": other quantities, not parts."""
    text = ("Cereal import requirements are forecast at 3.0 million tonnes. Production and stocks are "
            "put at 4.1 million tonnes and 1.2 million tonnes, respectively.")
    assert errors(text) == []


@pytest.mark.parametrize("figure, flagged", [("40", False), ("70", True)])
def test_a_total_comprising_its_parts_in_m_t_is_their_whole(figure, flagged):
    """"forecast at W m t, comprising A at x m t, B at y m t": the parts never exceed the total before the tie."""
    text = ("Total oilseed trade is forecast at 180m t, comprising soyabeans at 120m t, "
            f"rapeseed at {figure}m t and sunflowerseed at 15m t.")
    assert bool(errors(text)) is flagged

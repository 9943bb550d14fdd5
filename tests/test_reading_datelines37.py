"""Reading a dateline whose city is followed by its state or province (probe round 37)."""
from tradecheck import extract_claims


def reporters(text: str) -> set[str]:
    return set(extract_claims(text)["reporter"])


def test_a_state_abbreviation_places_a_city_shared_across_countries():
    """"SAN PEDRO, Calif." is the port in California, not San Pedro in the Philippines."""
    text = ("SAN PEDRO, Calif. (JOC) - Exports through the harbour rose 4% to $42.6 billion in 2024 "
            "from $41 billion in 2023.\n")
    assert reporters(text) == {"USA"}


def test_a_province_abbreviation_after_a_city_and_before_the_date():
    """"KINGSTON, Ont., May 2 -" is in Canada, not in Jamaica."""
    text = ("KINGSTON, Ont., May 2 - Exports rose 4% to $42.6 billion in 2024 "
            "from $41 billion in 2023.\n")
    assert reporters(text) == {"CAN"}


def test_a_city_alone_keeps_its_own_country():
    """Without a state after it the city's country stands."""
    text = ("SAN PEDRO, March 3 (Reuters) - Exports rose 4% to $42.6 billion in 2024 "
            "from $41 billion in 2023.\n")
    assert reporters(text) == {"PHL"}

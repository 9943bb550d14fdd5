"""Parts and their wholes (round 77). Bullets under a lead-in that ends "followed by:" go on
with a ranking begun before the list, so a total after them counts the place ranked first too:
the bullets alone are only some of it."""
from readings import errors


def test_bullets_after_followed_by_go_on_with_the_ranking_before():
    text = ("Ruritania's exports came to $20.0 billion in 2023.\n\n"
            "Freedonia was the leading destination, with exports of $5.0 billion. It was followed by:\n\n"
            "- Sylvania: $3.0 billion\n"
            "- Grand Fenwick: $2.0 billion\n"
            "- Latveria: $1.0 billion\n\n"
            "Together, the four countries accounted for {total} billion.")
    assert errors(text.format(total="$11.0"), published="2024-02-01") == []

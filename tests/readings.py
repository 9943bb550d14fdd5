"""What the reading examples ask of one passage: its verdict offline (no reference data), as
the JSON contract's dict, its inconsistent findings' messages, and one claim by its words."""
from tradecheck import verify_text

# the publication date the examples are read on, unless one names its own
PUBLISHED = "2024-06-30"


def reading(text: str, published: str | None = PUBLISHED) -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str | None = PUBLISHED) -> list[str]:
    return [f["message"] for f in reading(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str, published: str | None = PUBLISHED) -> dict:
    return next(c for c in reading(text, published)["claims"] if c["text"] == figure)

"""tradecheck: a linter and fact checker for trade figures in news text.

    >>> import tradecheck
    >>> result = tradecheck.verify_text(open("article.txt").read())   # doctest: +SKIP
    >>> result.claims, result.findings                                  # doctest: +SKIP

`extract_claims(text, published=None)` gives the claims table; `verify_text(text,
published=None)` a result with `.claims`, `.findings` and `.to_dict()` (the JSON contract).
"""
from typing import TYPE_CHECKING

__all__ = ["extract_claims", "verify_text", "Result"]
__version__ = "0.1.0"

if TYPE_CHECKING:  # what type checkers and editors see; at run time loaded on first use
    from .api import Result, extract_claims, verify_text


def __getattr__(name: str):
    # loaded on first use: the command line imports the package before it is ready to
    # compile patterns (see regex_cache.py)
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'tradecheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    # the lazy names too, so that tab completion in a notebook offers them
    return sorted([*__all__, "__version__"])

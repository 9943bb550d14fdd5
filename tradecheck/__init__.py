"""tradecheck: a linter and fact checker for trade figures in news text.

    >>> import tradecheck
    >>> result = tradecheck.verify_text(open("article.txt").read())   # doctest: +SKIP
    >>> result.claims, result.findings                                  # doctest: +SKIP

`extract_claims(text, published=None)` gives the claims table; `verify_text(text,
published=None)` a result with `.claims`, `.findings` and `.to_dict()` (the JSON contract).
"""
from .api import Result, extract_claims, verify_text

__all__ = ["extract_claims", "verify_text", "Result"]
__version__ = "0.1.0"

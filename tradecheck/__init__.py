"""tradecheck: a linter and fact checker for trade figures in news text.

    >>> import tradecheck
    >>> result = tradecheck.verify_text(open("article.txt").read())   # doctest: +SKIP
    >>> result.claims, result.findings                                  # doctest: +SKIP

`extract_claims(text, published=None)` gives the claims table; `verify_text(text,
published=None)` and `verify_file(path)` a result with `.claims`, `.findings`,
`.finding_claims`, `.plot()` and `.to_dict()` (the JSON contract). `ReferenceStore` is the
reference data (`tradecheck reference`), `Tracker` the tracker (`tradecheck track`), and
`example(name)` one of the example articles shipped with tradecheck.
"""
from typing import TYPE_CHECKING

__all__ = ["extract_claims", "verify_text", "verify_file", "Result", "ReferenceStore", "Tracker", "example",
           "examples"]
# where each public name is defined: (module, its name there)
_HOMES = {"extract_claims": ("api", "extract_claims"), "verify_text": ("api", "verify_text"),
          "verify_file": ("api", "verify_file"), "Result": ("api", "Result"),
          "ReferenceStore": ("reference.store", "Store"), "Tracker": ("track.store", "Tracker"),
          "example": ("examples", "example"), "examples": ("examples", "examples")}
__version__ = "0.1.0"

if TYPE_CHECKING:  # what type checkers and editors see; at run time loaded on first use
    from .api import Result, extract_claims, verify_file, verify_text
    from .examples import example, examples
    from .reference.store import Store as ReferenceStore
    from .track.store import Tracker


def __getattr__(name: str):
    # loaded on first use: the command line imports the package before it is ready to
    # compile patterns (see regex_cache.py)
    if name in __all__:
        import importlib

        module, attr = _HOMES[name]
        return getattr(importlib.import_module(f".{module}", __name__), attr)
    raise AttributeError(f"module 'tradecheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    # the lazy names too, so that tab completion in a notebook offers them
    return sorted([*__all__, "__version__"])

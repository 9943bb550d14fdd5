"""The `tradecheck` command, and `python -m tradecheck`."""


def run() -> None:
    # patterns and dataclass methods compile from the per-machine caches, including those
    # compiled on import
    from .method_cache import cached_methods
    from .regex_cache import cached_compiles

    with cached_compiles(), cached_methods():
        from .cli import main

        main()


if __name__ == "__main__":
    run()

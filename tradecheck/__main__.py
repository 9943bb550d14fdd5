"""The `tradecheck` command, and `python -m tradecheck`."""


def run() -> None:
    # patterns compile from the per-machine cache, including those compiled on import
    from .regex_cache import cached_compiles

    with cached_compiles():
        from .cli import main

        main()


if __name__ == "__main__":
    run()

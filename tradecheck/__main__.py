"""The `tradecheck` command, and `python -m tradecheck`."""


def run() -> None:
    # patterns, dataclass methods and the vocabulary's tables and alternations come from
    # the per-machine caches, including those built on import
    from .method_cache import cached_methods
    from .regex_cache import cached_compiles
    from .vocab_cache import cached_vocabulary

    with cached_compiles(), cached_methods(), cached_vocabulary():
        from .cli import main

        main()


if __name__ == "__main__":
    run()

"""The `tradecheck` command, and `python -m tradecheck`."""


def run() -> None:
    import gc

    # Starting up makes some 60,000 objects that live as long as the process (modules,
    # functions, classes, patterns, tables): the collector, run every 700 new ones by
    # default, looked at them 60 times and more, for 5% of a one-file check, and found next
    # to no garbage. Every 50,000 it still collects what cycles a long run leaves, so
    # corpus mode's memory stays flat; workers forked from here inherit the setting.
    gc.set_threshold(50_000)
    try:
        _main()
    finally:
        # On its way out Python takes the modules apart and runs the collector over all it
        # still holds (some 45,000 objects after a one-file check, nearly all alive until
        # then): about 15 ms, a tenth of a one-file `verify`. Frozen (gc.freeze), they are
        # left out of those collections; what the modules drop is freed as before, and the
        # output, the files we wrote (closed by then) and the caches (written as the block
        # below ends) are as they were. Only cycles still alive at the very end are not
        # collected, as Python never promises: the process is gone a moment later.
        gc.freeze()


def _main() -> None:
    # patterns, dataclass methods, the vocabulary's tables and alternations, the exchange
    # rates and which pyproject.toml files hold no configuration come from the per-machine
    # caches, including those built on import
    from .config_cache import cached_configs
    from .method_cache import cached_methods
    from .rates_cache import cached_rates
    from .regex_cache import cached_compiles
    from .vocab_cache import cached_vocabulary

    with cached_compiles(), cached_methods(), cached_vocabulary(), cached_rates(), cached_configs():
        from .normalise import money

        money.LEAN_PINT = True  # (see money.py: a process of our own, on one thread)
        import sys

        from .clirun import fast_verify

        # a plain one-file or many-file verify runs without loading typer (see clirun.py)
        status = fast_verify(sys.argv[1:])
        if status is not None:
            sys.exit(status)
        from .cli import main

        main()


if __name__ == "__main__":
    run()

"""Reference trade data: the canonical table, the store that holds it (DuckDB over
Parquet), the importers that fill it from official formats, and lookups for `verify`.

The shipped default (IMF Direction of Trade exports 2000-2020 and published figures for
2020-2024, every row with its source) is always available, offline; imports add to it.
"""

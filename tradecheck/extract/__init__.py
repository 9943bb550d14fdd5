"""Finding numbers: every money amount, percentage, multiple, fraction, period, country
and flow word in a text, with its span (stage 'extract' of the design)."""

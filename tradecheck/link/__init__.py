"""Linking: numbers found in the text become claims, with the measure, pair, period and
commodity each one is about (stage 'link' of the design)."""

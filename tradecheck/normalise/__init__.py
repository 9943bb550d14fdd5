"""Normalising: claims get US-dollar values and the intervals their wording allows."""

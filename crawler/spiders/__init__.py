"""Spiders of the essay archive."""

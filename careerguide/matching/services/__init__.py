"""Writes of matching, one module per concern."""

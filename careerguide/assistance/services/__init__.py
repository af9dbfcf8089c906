"""Writes of chapter 3, one module per workflow."""

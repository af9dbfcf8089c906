"""Writes of the e-archive (items.py) and of employment integrity records (credit.py)."""

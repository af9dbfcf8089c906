"""Writes to employer records, one module per area (BJ chapter 4)."""
from .employers import employer_create

__all__ = ["employer_create"]

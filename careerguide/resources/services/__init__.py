"""Writes of the resource library: the library itself (SD-17-*, SD-3-4) and typical cases (SD-15-2, SD-15-3)."""

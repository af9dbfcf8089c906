"""Workforce forms, one module per area (labels in Chinese)."""

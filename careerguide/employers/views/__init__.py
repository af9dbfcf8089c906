"""Employer pages, one module per area."""

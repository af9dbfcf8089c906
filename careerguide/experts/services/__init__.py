"""Writes of the expert team: one module per area (applications, review, membership, activities)."""

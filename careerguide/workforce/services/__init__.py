"""Workforce writes, one module per area; import from the submodules."""

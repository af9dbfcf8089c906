"""Workforce reads, always scoped by the actor's jurisdiction; import from the submodules."""

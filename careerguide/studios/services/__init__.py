"""Writes of the master-studio app, one module per stage of the process."""

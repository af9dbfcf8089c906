"""Staff forms of the expert programmes: shape only; meaning stays in the services."""

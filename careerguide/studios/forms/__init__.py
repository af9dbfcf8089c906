"""Forms of the studio pages, one module per area: shape only, the services decide."""

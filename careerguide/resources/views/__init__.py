"""Pages of the resource library and of the typical cases."""

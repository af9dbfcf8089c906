"""Forms of the employer pages, one module per area.  They only shape input; business checks stay in the services."""

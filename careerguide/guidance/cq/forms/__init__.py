"""Forms of the CQ pages: they check the shape of the input; the services decide what it means."""

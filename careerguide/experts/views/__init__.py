"""Pages of the expert team: public directory and notices, the expert's own page, staff lists."""

"""Where an employer's business is registered: the district-level agency of a unit."""


def district_of(unit):
    """The district-level agency of `unit` (itself for a district; the city stays the city)."""
    return unit.district or unit

"""Numbers the Huainan measures fix but the policy registry has no key for yet, named by clause.

Services read them from here, the one place, until the registry gets a key for each."""

CATALOGUE_NUMBERS = {
    "HN-7-5.id_copy_retention_years": 1,   # ID-card copies of rejected applications kept 1 year
    "HN-9-2.min_sample_size": 1,           # at least one studio per draw
}

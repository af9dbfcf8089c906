"""Pure rules of the agency tree (no Django import)."""
from __future__ import annotations

import math


def required_assistants(*, households: int | None, grids: int | None, minimum: int,
                        households_per_assistant: int | None, grids_per_assistant: int | None) -> int:
    """How many full-time labour-security assistants a community station needs (BJ-60-2: by community size and grid
    management): at least `minimum`, and enough for its households and for its grids where the city has set how
    many one assistant covers.  A size not recorded adds nothing."""
    needed = [minimum]
    if households and households_per_assistant:
        needed.append(math.ceil(households / households_per_assistant))
    if grids and grids_per_assistant:
        needed.append(math.ceil(grids / grids_per_assistant))
    return max(needed)

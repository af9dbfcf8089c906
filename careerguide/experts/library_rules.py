"""Pure rules of the Shandong expert library (SD-9-1, SD-9-3, SD-9-4, SD-3-2).  No Django import."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

PROVINCE, CITY, COUNTY, HEI = "province", "city", "county", "hei"
# SD-9-4 (proposal): recusal applies when the expert reviews or evaluates.
RECUSAL_PURPOSES = frozenset({"review", "evaluation"})
# SD-9-1 (proposal): which library level a unit of a given organisation level may keep.
LEVELS_KEPT_BY_UNIT_LEVEL = {"city": (PROVINCE, CITY, HEI), "district": (COUNTY, HEI)}


def level_allowed_for_unit(level: str, unit_level: str) -> bool:
    """SD-9-1: the city records the province library and keeps the city library; a district (county)
    keeps the county library; either records the libraries of HEIs registered with it (proposal)."""
    return level in LEVELS_KEPT_BY_UNIT_LEVEL.get(unit_level, ())


def library_usable_by(*, level: str, keeper_path: str, user_path: str) -> bool:
    """SD-9-3 (proposal): a library can be used by organisations at its level and below; the province
    library by all.  Below = the keeping unit's subtree; an HEI library only by its keeping unit."""
    if level == PROVINCE:
        return True
    if level == HEI:
        return user_path == keeper_path
    return user_path.startswith(keeper_path)


def ancestor_paths(path: str) -> list[str]:
    """'/1/4/17/' -> ['/1/', '/1/4/', '/1/4/17/'] (the units whose libraries reach this one)."""
    parts = [p for p in path.split("/") if p]
    return ["/" + "/".join(parts[:i]) + "/" for i in range(1, len(parts) + 1)]


def organisation_key(name: str) -> str:
    """Organisation names compared without spaces and punctuation, case-insensitive."""
    return re.sub(r"[\s\u3000()（）·.,，、-]+", "", name or "").lower()


@dataclass(frozen=True)
class Candidate:
    key: int
    organisation: str


@dataclass
class PanelDraw:
    drawn: list[int]
    excluded: list[dict] = field(default_factory=list)
    shortfall: int = 0
    clause: str = "SD-9-4"


def recused(candidate: Candidate, *, purpose: str, subject_organisation: str) -> bool:
    """SD-9-4: an expert does not review or evaluate an entry, studio, course or person of their own organisation."""
    subject = organisation_key(subject_organisation)
    return purpose in RECUSAL_PURPOSES and bool(subject) and organisation_key(candidate.organisation) == subject


def draw_panel(candidates: list[Candidate], *, size: int, purpose: str, subject_organisation: str,
               seed: int | None = None) -> PanelDraw:
    """SD-3-2, SD-9-4: draw `size` experts at random from the eligible candidates after recusal."""
    eligible, excluded = [], []
    for c in candidates:
        if recused(c, purpose=purpose, subject_organisation=subject_organisation):
            excluded.append({"key": c.key, "reason": "same_organisation", "clause": "SD-9-4"})
        else:
            eligible.append(c.key)
    rng = random.Random(seed)
    drawn = sorted(rng.sample(eligible, min(size, len(eligible))))
    return PanelDraw(drawn=drawn, excluded=excluded, shortfall=max(0, size - len(eligible)))

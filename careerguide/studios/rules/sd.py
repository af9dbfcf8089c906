"""Pure rules of the Shandong recognised studios (SD-8-2, SD-8-4, SD-8-5).  No Django import."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .base import gettext_noop

SD_RULESET = "鲁人社字〔2023〕职业指导队伍建设意见"
# SD-8-2: the configurable checklist (no policy key yet; these are the four items the opinion names).
STANDARDISATION_CHECKLIST = {
    "service_process": gettext_noop("有规范的标准化服务流程"),
    "assessment_tools": gettext_noop("有专业测评工具"),
    "premises_equipment": gettext_noop("有服务场所和设施设备"),
    "staffing": gettext_noop("有相应的人员配备"),
}
KINDS = ("studio", "station", "corner")


@dataclass(frozen=True)
class StandardisationResult:
    standardised: bool
    missing: tuple[str, ...]
    clause: str = "SD-8-2"


def standardisation_result(checklist: dict[str, bool], items=tuple(STANDARDISATION_CHECKLIST)) -> StandardisationResult:
    """SD-8-2: standardised only when every checklist item is met; the unmet ones are the reasons."""
    missing = tuple(i for i in items if not checklist.get(i))
    return StandardisationResult(standardised=not missing, missing=missing)


def reassessment_due(last_assessed: dt.date | None, today: dt.date, months: int) -> bool:
    """SD-8-2 (proposal): due when never assessed or `months` have passed since the last assessment."""
    if last_assessed is None:
        return True
    y, m = divmod(last_assessed.month - 1 + months, 12)
    year, month = last_assessed.year + y, m + 1
    day = min(last_assessed.day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
    return today >= dt.date(year, month, day)


def coverage(areas: list, studios: list[tuple]) -> dict:
    """SD-8-4: per area the count of each kind, and the areas with none flagged."""
    rows = {a: {k: 0 for k in KINDS} for a in areas}
    for area, kind in studios:
        if area in rows and kind in rows[area]:
            rows[area][kind] += 1
    return {"rows": rows, "areas_without": [a for a in areas if not sum(rows[a].values())], "clause": "SD-8-4"}


def heis_without_school_studio(heis: list[str], school_studio_counts: dict[str, int], minimum: int) -> list[str]:
    """SD-8-5: a warning list, never a block — HEIs with fewer active school-level studios than required."""
    return [h for h in heis if school_studio_counts.get(h, 0) < minimum]

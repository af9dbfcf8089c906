"""Writes to the agency tree."""
from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, require_in_jurisdiction

from .error_codes import OrganisationErrorCode
from .levels import CHILD_LEVEL, UnitLevel
from .models import Unit


@transaction.atomic
def unit_create(*, actor, name: str, code: str, level: str, parent: Unit | None = None, is_development_area: bool = False, address: str = "", phone: str = "") -> Unit:
    """Create an agency under `parent`; the level must be the parent's child level (BJ-4-1)."""
    if level == UnitLevel.CITY:
        if parent is not None:
            refuse(_("市级机构不能有上级机构。"), code=OrganisationErrorCode.WRONG_LEVEL, clause="BJ-4-1")
    elif parent is None or CHILD_LEVEL.get(parent.level) != level:
        refuse(_("机构层级与上级机构不匹配。"), code=OrganisationErrorCode.WRONG_LEVEL, clause="BJ-4-1")
    if is_development_area and level != UnitLevel.DISTRICT:
        refuse(_("经济技术开发区应为区级机构。"), code=OrganisationErrorCode.WRONG_LEVEL, clause="BJ-4-1")
    if Unit.objects.filter(code=code).exists():
        refuse(_("机构代码已存在。"), code=CommonErrorCode.DUPLICATE, field="code")
    unit = Unit.objects.create(
        name=name, code=code, level=level, parent=parent, is_development_area=is_development_area, address=address, phone=phone
    )
    unit.path = f"{parent.path if parent else '/'}{unit.pk}/"
    unit.save(update_fields=["path"])
    audit(actor=actor, obj=unit, unit=unit, action="create", clause="BJ-4-1", after={"name": name, "code": code, "level": level})
    return unit


DISCLOSURE_FIELDS = ("address", "phone", "service_procedures", "legal_basis", "service_commitments")


@transaction.atomic
def unit_disclosure_update(*, actor, unit: Unit, now=None, **values) -> Unit:
    """Update what an agency publishes about itself: procedures, legal basis, commitments (BJ-5-10, BJ-5-11).
    The unit's own head or a city administrator may do it."""
    unknown = set(values) - set(DISCLOSURE_FIELDS)
    if unknown:
        refuse(_("无法修改这些字段：%(f)s") % {"f": "、".join(sorted(unknown))}, code=CommonErrorCode.INVALID)
    before = {f: getattr(unit, f) for f in values}
    after = {f: (v or "").strip() for f, v in values.items()}
    if before == after:
        return unit
    for field, value in after.items():
        setattr(unit, field, value)
    unit.save(update_fields=[*after, "updated_at"])
    audit(actor=actor, obj=unit, unit=unit, action="update", clause="BJ-5-10", before=before, after=after, now=now)
    return unit


@transaction.atomic
def community_size_update(*, actor, unit: Unit, resident_households: int | None, grid_count: int | None,
                          now=None) -> Unit:
    """Record a community station's size and its grids, by which it is staffed (BJ-60-2)."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if unit.level != UnitLevel.COMMUNITY:
        refuse(_("户数和网格数只为社区（村）就业服务站登记。"), code=OrganisationErrorCode.NOT_COMMUNITY, clause="BJ-60-2")
    errors = {f: [_("请填写0或正整数。")] for f, v in (("resident_households", resident_households),
                                                  ("grid_count", grid_count)) if v is not None and v < 0}
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause="BJ-60-2")
    before = {"resident_households": unit.resident_households, "grid_count": unit.grid_count}
    unit.resident_households, unit.grid_count = resident_households, grid_count
    unit.save(update_fields=["resident_households", "grid_count", "updated_at"])
    audit(actor=actor, obj=unit, unit=unit, action="community_size", clause="BJ-60-2", now=now, before=before,
          after={"resident_households": resident_households, "grid_count": grid_count})
    return unit

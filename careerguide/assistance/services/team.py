"""The specialized service team around the case worker (BJ-26-1, BJ-32-4)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, today

from ..choices import TeamRole
from ..models import TeamMember
from ..states import OPEN_CASE_STATUSES
from .case_ledger import case_ledger_add


@transaction.atomic
def team_member_add(*, actor, case, member, role: str, on: dt.date | None = None, now=None) -> TeamMember:
    """BJ-26-1: the street/township adds occupational-information analysts and employment or entrepreneurship
    professionals of its own agency or of its district to the case worker's team."""
    on = on or today(now)
    errors = {}
    if role not in TeamRole.values or role == TeamRole.CASE_WORKER:
        errors["role"] = [_("请选择团队角色（援助专员为团队核心，随协议指定）。")]
    if member is None or member.unit_id not in (case.unit_id, case.unit.parent_id):
        errors["member"] = [_("团队成员须为本街道（乡镇）或所在区公共就业服务机构的工作人员。")]
    elif case.team.filter(member=member, ended_on__isnull=True).exists():
        errors["member"] = [_("该成员已在团队中。")]
    if case.status not in OPEN_CASE_STATUSES:
        errors["__all__"] = [_("该援助个案已结束。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-26-1", code=CommonErrorCode.INVALID)
    row = TeamMember.objects.create(case=case, member=member, role=role, unit=case.unit, started_on=on)
    audit(actor=actor, obj=row, unit=case.unit, action="create", clause="BJ-26-1", now=now,
          after={"member": member.pk, "role": role, "from": on})
    case_ledger_add(actor=actor, case=case, section="other", service_type="assistance_team", occurred_on=on,
                    summary=_("专门服务团队加入%(m)s（%(r)s）") % {"m": member.full_name, "r": TeamRole(role).label},
                    clause="BJ-32-4", content={"team_member": row.pk, "contact": False}, now=now)
    return row


@transaction.atomic
def team_member_end(*, actor, row: TeamMember, on: dt.date | None = None, now=None) -> TeamMember:
    on = on or today(now)
    if row.ended_on is not None or on < row.started_on:
        refuse(_("该成员已退出，或退出日期早于加入日期。"), code=CommonErrorCode.INVALID, clause="BJ-26-1", field="on")
    row.ended_on = on
    row.save(update_fields=["ended_on", "updated_at"])
    audit(actor=actor, obj=row, unit=row.unit, action="update", clause="BJ-26-1", now=now, after={"ended_on": on})
    case_ledger_add(actor=actor, case=row.case, section="other", service_type="assistance_team", occurred_on=on,
                    summary=_("%(m)s退出专门服务团队") % {"m": row.member.full_name}, clause="BJ-32-4",
                    content={"team_member": row.pk, "contact": False}, now=now)
    return row

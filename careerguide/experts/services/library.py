"""The Shandong expert library (SD-9-1..9-4, SD-3-2) on the shared membership machinery.

Enrolment creates a `Membership` of programme SD; its term ends through the same daily sweep as the
CZ team (`memberships_term_end_sweep`), and every status move goes through the same transition table.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.identifiers import resident_id_birth_date, resident_id_problems, resident_id_sex
from careerguide.common.services import audit, refuse, today
from careerguide.duties.services import transition

from ..choices import EngagementPurpose, LibraryCategory, LibraryLevel, Programme
from ..error_codes import ExpertsErrorCode
from ..library_rules import Candidate, draw_panel, level_allowed_for_unit, recused
from ..models import LibraryEngagement, Membership
from ..permissions import can_manage_library, can_use_library
from ..selectors import id_index_of, library_usable_list, live_membership_exists
from ..states import MembershipStatus, membership_transitions

LIBRARY_RULESET = "SD-2023-opinion"


@transaction.atomic
def library_expert_enrol(*, actor, level: str, name: str, id_number: str, organisation: str, category: str,
                         fields: list[str], title: str, term_start: dt.date, term_end: dt.date, phone: str = "",
                         now=None) -> Membership:
    """SD-9-1: the keeping unit enrols an expert into its library: level, organisation, category,
    fields of expertise, title or skill level, term; status starts active.  One live record per person."""
    if not can_manage_library(actor):
        raise DomainError(_("只有专家库所在机构的负责人可以入库。"), code=CommonErrorCode.FORBIDDEN, clause="SD-9-1")
    now = now or timezone.now()
    id_number = (id_number or "").strip().upper()
    errors = {}
    if level not in LibraryLevel.values or not level_allowed_for_unit(level, actor.unit.level):
        errors["level"] = [_("本机构不能管理该层级的专家库。")]
    if category not in LibraryCategory.values:
        errors["category"] = [_("请选择专家类别。")]
    if resident_id_problems(id_number, today=today(now)):
        errors["id_number"] = [_("请填写有效的居民身份证号码。")]
    for key, value, message in (("name", name, _("请填写姓名。")), ("organisation", organisation, _("请填写所在单位。")),
                                ("title", title, _("请填写职称或技能等级。"))):
        if not (value or "").strip():
            errors[key] = [message]
    fields = [f.strip() for f in fields or [] if f.strip()]
    if not fields:
        errors["fields"] = [_("请至少填写一个专业领域。")]
    if term_end <= term_start:
        errors["term_end"] = [_("聘期结束日期须晚于开始日期。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause="SD-9-1")
    id_index = id_index_of(id_number=id_number)
    if live_membership_exists(id_index=id_index, programme=Programme.SD_LIBRARY):
        refuse(_("该人员已在专家库中。"), code=CommonErrorCode.DUPLICATE, clause="SD-9-1", field="id_number")
    m = Membership.objects.create(
        programme=Programme.SD_LIBRARY, unit=actor.unit, name=name.strip(), gender=resident_id_sex(id_number),
        id_number=id_number, id_index=id_index, birth_date=resident_id_birth_date(id_number), phone=phone.strip(),
        work_unit=organisation.strip(), position=title.strip(), library_level=level, library_category=category,
        library_fields=fields, expertise="、".join(fields), term_start=term_start, term_end=term_end,
        appointed_at=now, ruleset_version=LIBRARY_RULESET)
    audit(actor=actor, obj=m, unit=m.unit, action="library_enrol", clause="SD-9-1", now=now,
          after={"level": level, "category": category, "term_start": term_start, "term_end": term_end})
    return m


@transaction.atomic
def library_expert_remove(*, actor, membership: Membership, reason: str, now=None) -> Membership:
    """SD-9-1 (status): the keeping unit takes an expert out of its library before the term ends."""
    m = Membership.objects.select_for_update().get(pk=membership.pk)
    if m.programme != Programme.SD_LIBRARY or not can_manage_library(actor) or m.unit_id != actor.unit_id:
        raise DomainError(_("只有专家库所在机构可以办理出库。"), code=CommonErrorCode.FORBIDDEN, clause="SD-9-1")
    if not (reason or "").strip():
        refuse(_("请填写出库理由。"), code=CommonErrorCode.REQUIRED, clause="SD-9-1", field="reason")
    now = now or timezone.now()
    m.ended_on = today(now)
    m.save(update_fields=["ended_on", "updated_at"])
    transition(obj=m, to=MembershipStatus.DISMISSED, actor=actor, table=membership_transitions(m.programme),
               unit=m.unit,
               clause="SD-9-1", reason=reason.strip(), now=now, milestone_field="status_changed_at")
    return m


def _usable_pks(actor) -> set[int]:
    return set(library_usable_list(actor=actor).values_list("pk", flat=True))


@transaction.atomic
def library_engagement_record(*, actor, purpose: str, activity: str, on: dt.date, experts: list[Membership],
                              output: str = "", subject_organisation: str = "", now=None) -> LibraryEngagement:
    """SD-9-2: log a use of experts (purpose, activity, experts, date, output).  Only experts of a
    library usable at the actor's level (SD-9-3); no expert of the reviewed or evaluated organisation (SD-9-4)."""
    if not can_use_library(actor):
        raise DomainError(_("无权使用专家库。"), code=CommonErrorCode.FORBIDDEN, clause="SD-9-3")
    errors = {}
    if purpose not in EngagementPurpose.values:
        errors["purpose"] = [_("请选择用途。")]
    if not (activity or "").strip():
        errors["activity"] = [_("请填写活动名称。")]
    if not experts:
        errors["experts"] = [_("请至少选择一名专家。")]
    elif not {m.pk for m in experts} <= _usable_pks(actor):
        errors["experts"] = [_("所选专家不在本单位可使用的专家库中。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID,
                          clause="SD-9-3" if list(errors) == ["experts"] else "SD-9-2")
    conflicted = [m.name for m in experts
                  if recused(Candidate(m.pk, m.work_unit), purpose=purpose, subject_organisation=subject_organisation)]
    if conflicted:
        refuse(_("以下专家与评审、评价对象属同一单位，应当回避：%(n)s") % {"n": "、".join(conflicted)},
               code=ExpertsErrorCode.RECUSAL, clause="SD-9-4", field="experts")
    return _create(actor, purpose, activity, on, experts, output, subject_organisation, drawn=False, recusals=[],
                   now=now)


def _create(actor, purpose, activity, on, experts, output, subject_organisation, *, drawn, recusals, now):
    now = now or timezone.now()
    e = LibraryEngagement.objects.create(unit=actor.unit, purpose=purpose, activity=activity.strip(), on=on,
                                         output=(output or "").strip(), subject_organisation=subject_organisation.strip(),
                                         drawn=drawn, recusals=recusals, recorded_by=actor)
    e.experts.set(experts)
    audit(actor=actor, obj=e, unit=e.unit, action="library_engagement", clause="SD-9-2", now=now,
          after={"purpose": purpose, "experts": sorted(m.pk for m in experts), "drawn": drawn,
                        "recusals": len(recusals)})
    return e


@transaction.atomic
def library_panel_draw(*, actor, purpose: str, activity: str, on: dt.date, size: int, subject_organisation: str = "",
                       seed: int | None = None, now=None) -> LibraryEngagement:
    """SD-3-2, SD-9-4: draw a review or evaluation panel (e.g. competition judges) at random from the
    usable library after recusing experts of the subject's organisation; the recusals are kept."""
    if not can_use_library(actor):
        raise DomainError(_("无权使用专家库。"), code=CommonErrorCode.FORBIDDEN, clause="SD-9-3")
    if size < 1:
        refuse(_("抽取人数至少为1。"), code=CommonErrorCode.INVALID, clause="SD-3-2", field="size")
    if purpose not in EngagementPurpose.values or not (activity or "").strip():
        refuse(_("请选择用途并填写活动名称。"), code=CommonErrorCode.REQUIRED, clause="SD-9-2", field="activity")
    pool = {m.pk: m for m in library_usable_list(actor=actor)}
    result = draw_panel([Candidate(pk, m.work_unit) for pk, m in pool.items()], size=size, purpose=purpose,
                        subject_organisation=subject_organisation, seed=seed)
    if result.shortfall:
        refuse(_("回避后可抽取的专家只有%(n)d名，不足%(s)d名。") % {"n": len(result.drawn), "s": size},
               code=ExpertsErrorCode.NOT_ENOUGH_EXPERTS, clause="SD-9-4", field="size")
    recusals = [{**x, "name": pool[x["key"]].name} for x in result.excluded]
    return _create(actor, purpose, activity, on, [pool[pk] for pk in result.drawn], "", subject_organisation,
                   drawn=True, recusals=recusals, now=now)

"""Recruitment demand registration (BJ-35-3, BJ-36-*), the services recorded in the employer
service ledger (BJ-50-*) and the key-enterprise follow-ups they open (BJ-49-*)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from careerguide.accounts.permissions import can_manage_employers
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import (
    audit,
    policy_number,
    refuse,
    refuse_forbidden,
    require_in_jurisdiction,
    today,
)
from careerguide.duties.kinds import kind_label
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition, workday_due
from careerguide.ledgers.choices import Channel

from ..districts import district_of
from ..duty_kinds import FOLLOW_UP_GUIDANCE, FOLLOW_UP_RECOMMENDATION, FOLLOW_UP_RECRUITMENT
from ..error_codes import EmployerErrorCode
from ..models import DemandRegistration, Employer
from ..rules import certificate_expired
from ..selectors.key_enterprises import current_officer, serving_agreement
from ..states import DEMAND_TRANSITIONS, DemandStatus
from .ledger import ledger_add, ledger_open

# Services recorded in the employer ledger: (section, label, follow-up duty it opens, duty it fulfils).
SERVICE_TYPES = {
    "policy_consultation": ("guidance", gettext_lazy("政策咨询"), None, None),
    "hiring_guidance": ("guidance", gettext_lazy("用人指导"), FOLLOW_UP_GUIDANCE, None),
    "occupational_info_analysis": ("guidance", gettext_lazy("职业信息分析"), None, None),
    "matching_recommendation": ("guidance", gettext_lazy("匹配推荐"), FOLLOW_UP_RECOMMENDATION, None),
    "assessment_tools": ("key_support", gettext_lazy("笔试面试测评等工具应用"), None, None),
    "recruitment_plan": ("key_support", gettext_lazy("招聘方案制修订"), None, None),
    "hiring_guidance_plan": ("key_support", gettext_lazy("用人指导方案制修订"), None, None),
    "talent_support": ("key_support", gettext_lazy("劳动就业和人才服务支持"), None, None),
    "stage_needs": ("key_support", gettext_lazy("阶段性人力社保需求及协调资源"), None, None),
    "service_evaluation": ("key_support", gettext_lazy("服务效果评估"), None, None),
    "follow_up_guidance": ("follow_up", gettext_lazy("用人指导后跟踪回访"), None, FOLLOW_UP_GUIDANCE),
    "follow_up_recommendation": ("follow_up", gettext_lazy("匹配推荐后跟踪回访"), None,
                                 FOLLOW_UP_RECOMMENDATION),
    "follow_up_recruitment": ("follow_up", gettext_lazy("招聘完成后跟踪回访"), None, FOLLOW_UP_RECRUITMENT),
    "other": ("other", gettext_lazy("其他服务"), None, None),
}
FOLLOW_UPS = {
    FOLLOW_UP_GUIDANCE: ("bj.key_enterprise_guidance_follow_up_workdays", "BJ-49-1"),
    FOLLOW_UP_RECOMMENDATION: ("bj.key_enterprise_recommendation_follow_up_workdays", "BJ-49-2"),
    FOLLOW_UP_RECRUITMENT: ("bj.key_enterprise_recruitment_follow_up_workdays", "BJ-49-3"),
}


def _require_server(actor, employer, message) -> None:
    if not can_manage_employers(actor):
        refuse_forbidden(message=message)
    require_in_jurisdiction(actor=actor, unit=employer.unit)


def demand_registration_open(*, actor, employer: Employer, on: dt.date, channel: str, verification=None,
                             headcount=None, description: str = "", now=None) -> DemandRegistration:
    """Register the demand of a verified employer and open its ledger in the same transaction (BJ-35-3, BJ-36-1)."""
    if not employer.is_verified:
        refuse(_("用人单位尚未通过资格核验，不能办理招聘需求登记。"), clause="BJ-36-1",
               code=EmployerErrorCode.EMPLOYER_NOT_VERIFIED)
    if certificate_expired(employer.licence_valid_until, on):
        refuse(_("用人单位证照已超过有效期，请重新核验。"), clause="BJ-35-1", code=EmployerErrorCode.LICENCE_EXPIRED)
    if channel not in Channel.values:
        refuse(_("采集渠道无效。"), field="channel", code=CommonErrorCode.INVALID)
    registration = DemandRegistration.objects.create(
        employer=employer, unit=district_of(actor.unit), registering_unit=actor.unit, verification=verification,
        registered_on=on, channel=channel, headcount=headcount, description=description, registered_by=actor)
    audit(actor=actor, obj=employer, unit=employer.unit, action="demand_registration", clause="BJ-35-3", now=now,
          after={"registration": registration.pk, "unit": registration.unit_id, "channel": channel,
                 "registered_on": on})
    ledger_open(actor=actor, employer=employer, unit=actor.unit, on=on, clause="BJ-36-1", now=now)
    ledger_add(actor=actor, employer=employer, unit=actor.unit, section="demand", service_type="demand_registration",
               occurred_on=on, channel=channel, clause="BJ-35-3", now=now,
               summary=_("办理招聘需求登记（登记地：%(unit)s）") % {"unit": registration.unit.name},
               content={"headcount": headcount, "description": description, "channel": channel})
    return registration


@transaction.atomic
def demand_registration_create(*, actor, employer: Employer, channel: str, headcount=None, description: str = "",
                               on: dt.date | None = None, now=None) -> DemandRegistration:
    """A further recruitment demand of an employer already verified (BJ-34-1, BJ-36-1)."""
    _require_server(actor, employer, _("您的岗位无权办理招聘需求登记。"))
    return demand_registration_open(actor=actor, employer=employer, on=on or today(now), channel=channel,
                                    headcount=headcount, description=description, now=now)


def _follow_up(actor, employer, kind: str, occurred_on: dt.date, now) -> None:
    """BJ-49-*: for key enterprises only, a follow-up within N working days of the service."""
    agreement = serving_agreement(employer=employer)
    if agreement is None:
        return
    key, clause = FOLLOW_UPS[kind]
    days = policy_number(key, unit=agreement.unit, on=occurred_on)
    due = workday_due(start=occurred_on, workdays=days)  # pending when the year's calendar is not loaded yet
    duty_schedule(actor=actor, subject=agreement, now=now, spec=DutySpec(
        kind=kind, title=f"{kind_label(kind)}：{employer.name}", clause=clause, due_date=due, unit=agreement.unit,
        assignee=current_officer(agreement=agreement), earliest=occurred_on))


@transaction.atomic
def employer_service_record(*, actor, employer: Employer, service_type: str, occurred_on: dt.date, summary: str,
                            outcome: str = "", channel: str = "front_desk", content: dict | None = None, now=None):
    """Enter one service in the employer service ledger (BJ-50-1); only for an employer with a demand
    registration or a key enterprise's ledger (BJ-36-1, BJ-36-2, BJ-46-1).  Opens or fulfils the BJ-49 follow-ups."""
    _require_server(actor, employer, _("您的岗位无权记录用人单位服务。"))
    if service_type not in SERVICE_TYPES:
        refuse(_("服务类型无效。"), field="service_type", code=CommonErrorCode.INVALID)
    if not Employer.objects.filter(pk=employer.pk, ledger_opened_on__isnull=False).exists():
        refuse(_("该单位尚未办理招聘需求登记，未建立用人单位服务台账。"), clause="BJ-36-1",
               code=EmployerErrorCode.LEDGER_NOT_OPEN)
    section, label, opens, fulfils = SERVICE_TYPES[service_type]
    agreement = serving_agreement(employer=employer)
    if section == "key_support" and service_type != "stage_needs" and agreement is None:
        section = "guidance"
    entry = ledger_add(actor=actor, employer=employer, unit=actor.unit, section=section, service_type=service_type,
                       occurred_on=occurred_on, summary=f"{label}：{summary}", outcome=outcome, channel=channel,
                       content=content, clause="BJ-50-1", now=now)
    if opens:
        _follow_up(actor, employer, opens, occurred_on, now)
    if fulfils and agreement is not None:
        duties_fulfil_for_subject(actor=actor, subject=agreement, kind=fulfils, on=occurred_on, now=now)
    return entry


@transaction.atomic
def demand_registration_fulfil(*, actor, registration: DemandRegistration, on: dt.date, note: str = "",
                               now=None) -> DemandRegistration:
    """Record that the recruitment demand is met (招聘完成, open question 14); for a key enterprise the
    10-working-day check on job starts follows (BJ-49-3)."""
    employer = registration.employer
    _require_server(actor, employer, _("您的岗位无权办理。"))
    if on > today(now) or on < registration.registered_on:
        refuse(_("招聘完成日期应在登记日期之后且不晚于今天。"), field="on", code=CommonErrorCode.INVALID)
    registration.fulfilled_on = on
    registration.save(update_fields=["fulfilled_on", "updated_at"])
    transition(obj=registration, to=DemandStatus.FULFILLED, actor=actor, table=DEMAND_TRANSITIONS, unit=registration.unit,
               clause="BJ-50-2", milestone_field="status_changed_at", now=now)
    ledger_add(actor=actor, employer=employer, unit=actor.unit, section="fulfilment", service_type="demand_fulfilled",
               occurred_on=on, summary=_("招聘需求已满足（招聘完成）") + (f"：{note}" if note else ""), now=now,
               clause="BJ-50-2")
    _follow_up(actor, employer, FOLLOW_UP_RECRUITMENT, on, now)
    return registration

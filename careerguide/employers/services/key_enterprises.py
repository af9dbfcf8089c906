"""Key enterprises: designation, the daily service agreement, the account officer and support
team (BJ-44-*, BJ-46-1, BJ-47-1, BJ-5-2)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.permissions import can_manage_employers
from careerguide.accounts.roles import Role
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, refuse, refuse_forbidden, require_in_jurisdiction, today
from careerguide.duties.services import duties_reassign_for_subject, transition

from ..choices import TeamRole
from ..duty_kinds import QUARTER_KIND
from ..error_codes import EmployerErrorCode
from ..models import DailyServiceAgreement, Employer, OfficerAssignment, SupportTeamMember
from ..rules import serving_unit_allowed, signing_level_allowed
from ..selectors.catalogue import catalogue_check
from ..states import RELATIONSHIP_OPEN, RELATIONSHIP_TRANSITIONS, RelationshipStatus
from .catalogue import catalogue_refusal
from .ledger import ledger_add, ledger_open
from .quarterly import contact_add, quarter_duty_schedule, require_serving
from .registration import FOLLOW_UPS
from .requests import requests_hand_over
from .transfers import transfer_mark_new_agreement

OFFICER_ROLES = (Role.ACCOUNT_OFFICER, Role.COUNSELLOR)


def _require_server(actor, unit) -> None:
    if not can_manage_employers(actor):
        refuse_forbidden(message=_("您的岗位无权办理重点企业服务。"), clause="BJ-44-3")
    require_in_jurisdiction(actor=actor, unit=unit)


def _require_catalogue_clear(*, industry_code: str, unit, on: dt.date, clause: str):
    check = catalogue_check(industry_code=industry_code, target_unit=unit, on=on)
    refusal = catalogue_refusal(check=check, clause=clause)
    if refusal:
        raise refusal
    return check


def _check_designation(employer, unit, registered_area, operating_area) -> None:
    if not signing_level_allowed(unit.level):
        refuse(_("日常服务协议由街道（乡镇）或区级公共就业服务机构签订，市级机构不签订。"), field="unit", clause="BJ-44-3",
               code=EmployerErrorCode.SIGNING_LEVEL)
    if not serving_unit_allowed(serving_path=unit.path, registered_path=registered_area.path if registered_area else None,
                                operating_path=operating_area.path if operating_area else None):
        refuse(_("日常服务机构应为企业注册地或经营地所在的公共就业服务机构。"), field="unit", clause="BJ-44-5",
               code=EmployerErrorCode.SERVING_AREA)
    if not employer.industry_code:
        refuse(_("请先登记企业所属行业代码，再核实产业目录。"), field="industry_code", clause="BJ-44-1",
               code=CommonErrorCode.REQUIRED)
    if DailyServiceAgreement.objects.filter(employer=employer, status__in=RELATIONSHIP_OPEN).exists():
        refuse(_("该企业已有办理中或履行中的日常服务关系。"), clause="BJ-44-8", code=CommonErrorCode.DUPLICATE)


@transaction.atomic
def key_enterprise_designate(*, actor, employer: Employer, unit, registered_area=None, operating_area=None,
                             on: dt.date | None = None, now=None) -> DailyServiceAgreement:
    """Check the catalogue and open a daily service relationship with the serving agency (BJ-44-1, BJ-44-3, BJ-44-5)."""
    _require_server(actor, unit)
    on = on or today(now)
    _check_designation(employer, unit, registered_area, operating_area)
    check = _require_catalogue_clear(industry_code=employer.industry_code, unit=unit, on=on, clause="BJ-44-1")
    agreement = DailyServiceAgreement.objects.create(
        employer=employer, unit=unit, registered_area=registered_area, operating_area=operating_area,
        industry_code=employer.industry_code, catalogue_version=check.version, checked_on=on)
    audit(actor=actor, obj=agreement, unit=unit, action="create", clause="BJ-44-3", now=now,
          after={"employer": employer.pk, "unit": unit.pk, "catalogue": check.version.edition})
    transition(obj=agreement, to=RelationshipStatus.ELIGIBILITY_CHECKED, actor=actor, table=RELATIONSHIP_TRANSITIONS,
               unit=unit, clause="BJ-44-1", milestone_field="status_changed_at", now=now,
               reason=_("不在%(edition)s内") % {"edition": check.version})
    return agreement


def _check_officer(officer, agreement) -> None:
    if (officer is None or not officer.is_active or officer.unit_id != agreement.unit_id
            or not officer.has_role(*OFFICER_ROLES)):
        refuse(_("企业服务专员应为本机构的一名职业指导人员或企业服务专员。"), field="officer", clause="BJ-44-4",
               code=EmployerErrorCode.OFFICER_NOT_ELIGIBLE)


def _check_signing(actor, agreement, signed_on, term_start, term_end, officer, now) -> None:
    _require_server(actor, agreement.unit)
    if actor.unit_id != agreement.unit_id:
        refuse_forbidden(message=_("日常服务协议由日常服务机构签订。"), clause="BJ-44-3")
    if signed_on > today(now):
        refuse(_("签订日期不能晚于今天。"), field="signed_on", code=CommonErrorCode.INVALID)
    if term_end <= term_start or term_start < signed_on:
        refuse(_("协议期限应从签订日起算，且止期晚于起期。"), field="term_end", clause="BJ-44-7", code=CommonErrorCode.INVALID)
    _check_officer(officer, agreement)


def _officer_start(actor, agreement, officer, on, reason, now) -> OfficerAssignment:
    """The officer's assignment and their place at the core of the support team (BJ-44-4, BJ-47-1)."""
    assignment = OfficerAssignment.objects.create(agreement=agreement, officer=officer, unit=agreement.unit,
                                                  started_on=on, reason=reason)
    SupportTeamMember.objects.create(agreement=agreement, member=officer, team_role=TeamRole.ACCOUNT_OFFICER, joined_on=on)
    return assignment


@transaction.atomic
def daily_service_agreement_sign(*, actor, agreement: DailyServiceAgreement, signed_on: dt.date, term_start: dt.date,
                                 term_end: dt.date, officer, document_ref: str = "", now=None) -> DailyServiceAgreement:
    """Sign the agreement (Annex 5) and designate exactly one account officer (BJ-44-3, BJ-44-4, BJ-44-7); the
    ledger opens the same day (BJ-46-1); the signing counts as the quarter's contact (open question 19)."""
    agreement = DailyServiceAgreement.objects.select_for_update(of=("self",)).select_related("employer", "unit").get(pk=agreement.pk)
    _check_signing(actor, agreement, signed_on, term_start, term_end, officer, now)
    _require_catalogue_clear(industry_code=agreement.employer.industry_code, unit=agreement.unit, on=signed_on,
                             clause="BJ-44-1")
    agreement.signed_on, agreement.term_start, agreement.term_end = signed_on, term_start, term_end
    agreement.document_ref = document_ref
    agreement.save(update_fields=["signed_on", "term_start", "term_end", "document_ref", "updated_at"])
    transition(obj=agreement, to=RelationshipStatus.AGREEMENT_SIGNED, actor=actor, table=RELATIONSHIP_TRANSITIONS,
               unit=agreement.unit, clause="BJ-44-3", milestone_field="status_changed_at", now=now)
    _officer_start(actor, agreement, officer, signed_on, _("签订日常服务协议时指定"), now)
    audit(actor=actor, obj=agreement, unit=agreement.unit, action="officer_assign", clause="BJ-44-4", now=now,
          after={"officer": officer.pk, "from": signed_on})
    employer = agreement.employer
    ledger_open(actor=actor, employer=employer, unit=agreement.unit, on=signed_on, clause="BJ-46-1", now=now)
    ledger_add(actor=actor, employer=employer, unit=agreement.unit, section="key_agreement",
               service_type="agreement_signed", occurred_on=signed_on, clause="BJ-44-7", now=now,
               summary=_("签订日常服务协议，期限%(start)s至%(end)s") % {"start": term_start, "end": term_end},
               content={"agreement": agreement.pk, "document_ref": document_ref})
    ledger_add(actor=actor, employer=employer, unit=agreement.unit, section="key_team", service_type="officer_assigned",
               occurred_on=signed_on, clause="BJ-44-4", now=now,
               summary=_("指定企业服务专员：%(name)s") % {"name": officer.full_name})
    contact_add(actor=actor, agreement=agreement, contacted_on=signed_on, channel="onsite_visit", two_way=True,
                summary=_("签订日常服务协议"), now=now)
    quarter_duty_schedule(actor=actor, agreement=agreement, after=signed_on, now=now)
    transfer_mark_new_agreement(actor=actor, agreement=agreement, now=now)
    return agreement


def _officer_end(agreement, current, on, reason) -> None:
    if on < current.started_on:
        refuse(_("变更日期不能早于现任专员的起始日期。"), field="on", code=CommonErrorCode.INVALID)
    current.ended_on, current.end_reason = on, reason
    current.save(update_fields=["ended_on", "end_reason", "updated_at"])
    agreement.team.filter(member_id=current.officer_id, team_role=TeamRole.ACCOUNT_OFFICER,
                          left_on__isnull=True).update(left_on=on)


@transaction.atomic
def account_officer_change(*, actor, agreement: DailyServiceAgreement, officer, reason: str, on: dt.date,
                           now=None) -> OfficerAssignment:
    """Replace the account officer; history keeps officer, agency, from, to and reason (BJ-5-2, BJ-44-4).
    The open duties for the enterprise (quarterly contact, follow-ups, requests) move to the new officer."""
    require_serving(actor=actor, agreement=agreement, clause="BJ-5-2")
    if not (reason or "").strip():
        refuse(_("请填写变更原因。"), field="reason", clause="BJ-5-2", code=CommonErrorCode.REQUIRED)
    _check_officer(officer, agreement)
    current = agreement.officer_assignments.filter(ended_on__isnull=True).first()
    if current is not None and current.officer_id == officer.pk:
        refuse(_("该人员已是本企业的企业服务专员。"), field="officer", code=CommonErrorCode.DUPLICATE)
    if current is not None:
        _officer_end(agreement, current, on, reason)
    assignment = _officer_start(actor, agreement, officer, on, reason.strip(), now)
    audit(actor=actor, obj=agreement, unit=agreement.unit, action="officer_change", clause="BJ-5-2", now=now,
          reason=reason, before={"officer": current.officer_id if current else None}, after={"officer": officer.pk})
    duties_reassign_for_subject(actor=actor, subject=agreement, assignee=officer, kinds=(QUARTER_KIND, *FOLLOW_UPS),
                                clause="BJ-5-2", now=now)
    requests_hand_over(actor=actor, agreement=agreement, officer=officer, now=now)
    ledger_add(actor=actor, employer=agreement.employer, unit=agreement.unit, section="key_team",
               service_type="officer_changed", occurred_on=on, clause="BJ-5-2", now=now,
               summary=_("变更企业服务专员为%(name)s：%(reason)s") % {"name": officer.full_name, "reason": reason})
    return assignment


@transaction.atomic
def support_team_member_add(*, actor, agreement: DailyServiceAgreement, member, team_role: str, on: dt.date,
                            now=None) -> SupportTeamMember:
    """Add a professional to the service support team around the account officer (BJ-47-1)."""
    require_serving(actor=actor, agreement=agreement, clause="BJ-47-1",
                    statuses=(RelationshipStatus.AGREEMENT_SIGNED, RelationshipStatus.ACTIVE))
    if team_role not in TeamRole.values or team_role == TeamRole.ACCOUNT_OFFICER:
        refuse(_("请选择职业信息分析、劳动就业或人才服务职责。"), field="team_role", clause="BJ-47-1",
               code=CommonErrorCode.INVALID)
    if member is None or not member.is_staff_member or not member.is_active:
        refuse(_("团队成员应为在职工作人员。"), field="member", clause="BJ-47-1", code=EmployerErrorCode.MEMBER_NOT_ELIGIBLE)
    if agreement.team.filter(member=member, team_role=team_role, left_on__isnull=True).exists():
        refuse(_("该人员已在团队中承担此职责。"), field="member", code=CommonErrorCode.DUPLICATE)
    row = SupportTeamMember.objects.create(agreement=agreement, member=member, team_role=team_role, joined_on=on)
    audit(actor=actor, obj=agreement, unit=agreement.unit, action="team_add", clause="BJ-47-1", now=now,
          after={"member": member.pk, "team_role": team_role})
    ledger_add(actor=actor, employer=agreement.employer, unit=agreement.unit, section="key_team",
               service_type="team_member_added", occurred_on=on, clause="BJ-47-1", now=now,
               summary=_("服务支持团队增加%(role)s：%(name)s") % {"role": TeamRole(team_role).label,
                                                              "name": member.full_name})
    return row

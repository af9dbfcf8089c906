"""Key enterprises: designation, the daily service agreement, the account officer and support
team, the employment demand archive and contacts (BJ-44-*, BJ-46-*, BJ-47-1, BJ-48-*, BJ-5-2)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.permissions import can_manage_employers
from careerguide.accounts.roles import Role
from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError
from careerguide.duties.services import transition

from ..models import DailyServiceAgreement, Employer, OfficerAssignment, SupportTeamMember, TeamRole
from ..rules import serving_unit_allowed, signing_level_allowed
from ..selectors.catalogue import catalogue_check
from ..states import RELATIONSHIP_OPEN, RELATIONSHIP_TRANSITIONS, RelationshipStatus
from .common import ledger_add, require_jurisdiction, today
from .quarterly import contact_add, quarter_duty_schedule
from .registration import ledger_open

OFFICER_ROLES = (Role.ACCOUNT_OFFICER, Role.COUNSELLOR)


def _require_server(actor, unit) -> None:
    if not can_manage_employers(actor):
        raise DomainError(_("您的岗位无权办理重点企业服务。"), code="forbidden")
    require_jurisdiction(actor, unit, clause="BJ-44-3")


def catalogue_refusal(check, *, clause: str) -> DomainError | None:
    """A refusal naming the catalogue rows that cover the enterprise, or None when it is clear."""
    if check.version is None:
        return DomainError(_("尚未发布施行中的新增产业禁止和限制目录，无法核实。"), clause=clause, code="no_catalogue")
    if check.hits:
        codes = "、".join(f"{h.industry_code}（{'禁止' if h.measure == 'prohibited' else '限制'}）" for h in check.hits)
        return DomainError(_("该企业所属行业在%(edition)s内：%(codes)s，不属于重点企业。")
                           % {"edition": check.version, "codes": codes}, clause=clause, code="in_catalogue")
    return None


@transaction.atomic
def key_enterprise_designate(*, actor, employer: Employer, unit, registered_area=None, operating_area=None,
                             on: dt.date | None = None, now=None) -> DailyServiceAgreement:
    """Check the catalogue and open a daily service relationship with the serving agency (BJ-44-1, BJ-44-3, BJ-44-5)."""
    _require_server(actor, unit)
    on = on or today(now)
    if not signing_level_allowed(unit.level):
        raise DomainError(field_errors={"unit": [_("日常服务协议由街道（乡镇）或区级公共就业服务机构签订，市级机构不签订。")]},
                          clause="BJ-44-3")
    if not serving_unit_allowed(serving_path=unit.path, registered_path=registered_area.path if registered_area else None,
                                operating_path=operating_area.path if operating_area else None):
        raise DomainError(field_errors={"unit": [_("日常服务机构应为企业注册地或经营地所在的公共就业服务机构。")]},
                          clause="BJ-44-5")
    if not employer.industry_code:
        raise DomainError(field_errors={"industry_code": [_("请先登记企业所属行业代码，再核实产业目录。")]}, clause="BJ-44-1")
    if DailyServiceAgreement.objects.filter(employer=employer, status__in=RELATIONSHIP_OPEN).exists():
        raise DomainError(_("该企业已有办理中或履行中的日常服务关系。"), clause="BJ-44-8")
    check = catalogue_check(industry_code=employer.industry_code, target_unit=unit, on=on)
    refusal = catalogue_refusal(check, clause="BJ-44-1")
    if refusal:
        raise refusal
    agreement = DailyServiceAgreement.objects.create(
        employer=employer, unit=unit, registered_area=registered_area, operating_area=operating_area,
        industry_code=employer.industry_code, catalogue_version=check.version, checked_on=on)
    audit_record(actor=actor, obj=agreement, unit=unit, action="create", clause="BJ-44-3", now=now,
                 after={"employer": employer.pk, "unit": unit.pk, "catalogue": check.version.edition})
    transition(obj=agreement, to=RelationshipStatus.ELIGIBILITY_CHECKED, actor=actor, table=RELATIONSHIP_TRANSITIONS,
               unit=unit, clause="BJ-44-1", milestone_field="status_changed_at", now=now,
               reason=_("不在%(edition)s内") % {"edition": check.version})
    return agreement


def _check_officer(officer, agreement) -> None:
    if (officer is None or not officer.is_active or officer.unit_id != agreement.unit_id
            or not officer.has_role(*OFFICER_ROLES)):
        raise DomainError(field_errors={"officer": [_("企业服务专员应为本机构的一名职业指导人员或企业服务专员。")]},
                          clause="BJ-44-4")


@transaction.atomic
def daily_service_agreement_sign(*, actor, agreement: DailyServiceAgreement, signed_on: dt.date, term_start: dt.date,
                                 term_end: dt.date, officer, document_ref: str = "", now=None) -> DailyServiceAgreement:
    """Sign the agreement (Annex 5) and designate exactly one account officer (BJ-44-3, BJ-44-4, BJ-44-7); the
    ledger opens the same day (BJ-46-1); the signing counts as the quarter's contact (open question 19)."""
    agreement = DailyServiceAgreement.objects.select_for_update(of=("self",)).select_related("employer", "unit").get(pk=agreement.pk)
    _require_server(actor, agreement.unit)
    if actor.unit_id != agreement.unit_id:
        raise DomainError(_("日常服务协议由日常服务机构签订。"), clause="BJ-44-3", code="forbidden")
    if signed_on > today(now):
        raise DomainError(field_errors={"signed_on": [_("签订日期不能晚于今天。")]})
    if term_end <= term_start or term_start < signed_on:
        raise DomainError(field_errors={"term_end": [_("协议期限应从签订日起算，且止期晚于起期。")]}, clause="BJ-44-7")
    _check_officer(officer, agreement)
    check = catalogue_check(industry_code=agreement.employer.industry_code, target_unit=agreement.unit, on=signed_on)
    refusal = catalogue_refusal(check, clause="BJ-44-1")
    if refusal:
        raise refusal
    agreement.signed_on, agreement.term_start, agreement.term_end = signed_on, term_start, term_end
    agreement.document_ref = document_ref
    agreement.save(update_fields=["signed_on", "term_start", "term_end", "document_ref", "updated_at"])
    transition(obj=agreement, to=RelationshipStatus.AGREEMENT_SIGNED, actor=actor, table=RELATIONSHIP_TRANSITIONS,
               unit=agreement.unit, clause="BJ-44-3", milestone_field="status_changed_at", now=now)
    OfficerAssignment.objects.create(agreement=agreement, officer=officer, unit=agreement.unit, started_on=signed_on,
                                     reason=_("签订日常服务协议时指定"))
    SupportTeamMember.objects.create(agreement=agreement, member=officer, team_role=TeamRole.ACCOUNT_OFFICER,
                                     joined_on=signed_on)
    audit_record(actor=actor, obj=agreement, unit=agreement.unit, action="officer_assign", clause="BJ-44-4", now=now,
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
    from .transfers import transfer_mark_new_agreement
    transfer_mark_new_agreement(actor=actor, agreement=agreement, now=now)
    return agreement


@transaction.atomic
def account_officer_change(*, actor, agreement: DailyServiceAgreement, officer, reason: str, on: dt.date,
                           now=None) -> OfficerAssignment:
    """Replace the account officer; history keeps officer, agency, from, to and reason (BJ-5-2, BJ-44-4)."""
    _require_server(actor, agreement.unit)
    if agreement.status not in (RelationshipStatus.AGREEMENT_SIGNED, RelationshipStatus.ACTIVE,
                                RelationshipStatus.TRANSFER_PENDING):
        raise DomainError(_("日常服务协议未在履行中。"), clause="BJ-5-2")
    if not (reason or "").strip():
        raise DomainError(field_errors={"reason": [_("请填写变更原因。")]}, clause="BJ-5-2")
    _check_officer(officer, agreement)
    current = agreement.officer_assignments.filter(ended_on__isnull=True).first()
    if current is not None and current.officer_id == officer.pk:
        raise DomainError(field_errors={"officer": [_("该人员已是本企业的企业服务专员。")]})
    if current is not None:
        if on < current.started_on:
            raise DomainError(field_errors={"on": [_("变更日期不能早于现任专员的起始日期。")]})
        current.ended_on, current.end_reason = on, reason
        current.save(update_fields=["ended_on", "end_reason", "updated_at"])
        agreement.team.filter(member_id=current.officer_id, team_role=TeamRole.ACCOUNT_OFFICER,
                              left_on__isnull=True).update(left_on=on)
    assignment = OfficerAssignment.objects.create(agreement=agreement, officer=officer, unit=agreement.unit,
                                                  started_on=on, reason=reason.strip())
    SupportTeamMember.objects.create(agreement=agreement, member=officer, team_role=TeamRole.ACCOUNT_OFFICER, joined_on=on)
    audit_record(actor=actor, obj=agreement, unit=agreement.unit, action="officer_change", clause="BJ-5-2", now=now,
                 reason=reason, before={"officer": current.officer_id if current else None}, after={"officer": officer.pk})
    ledger_add(actor=actor, employer=agreement.employer, unit=agreement.unit, section="key_team",
               service_type="officer_changed", occurred_on=on, clause="BJ-5-2", now=now,
               summary=_("变更企业服务专员为%(name)s：%(reason)s") % {"name": officer.full_name, "reason": reason})
    return assignment


@transaction.atomic
def support_team_member_add(*, actor, agreement: DailyServiceAgreement, member, team_role: str, on: dt.date,
                            now=None) -> SupportTeamMember:
    """Add a professional to the service support team around the account officer (BJ-47-1)."""
    _require_server(actor, agreement.unit)
    if team_role not in TeamRole.values or team_role == TeamRole.ACCOUNT_OFFICER:
        raise DomainError(field_errors={"team_role": [_("请选择职业信息分析、劳动就业或人才服务职责。")]}, clause="BJ-47-1")
    if agreement.status not in (RelationshipStatus.AGREEMENT_SIGNED, RelationshipStatus.ACTIVE):
        raise DomainError(_("日常服务协议未在履行中。"), clause="BJ-47-1")
    if member is None or not member.is_staff_member or not member.is_active:
        raise DomainError(field_errors={"member": [_("团队成员应为在职工作人员。")]}, clause="BJ-47-1")
    if agreement.team.filter(member=member, team_role=team_role, left_on__isnull=True).exists():
        raise DomainError(field_errors={"member": [_("该人员已在团队中承担此职责。")]})
    row = SupportTeamMember.objects.create(agreement=agreement, member=member, team_role=team_role, joined_on=on)
    audit_record(actor=actor, obj=agreement, unit=agreement.unit, action="team_add", clause="BJ-47-1", now=now,
                 after={"member": member.pk, "team_role": team_role})
    ledger_add(actor=actor, employer=agreement.employer, unit=agreement.unit, section="key_team",
               service_type="team_member_added", occurred_on=on, clause="BJ-47-1", now=now,
               summary=_("服务支持团队增加%(role)s：%(name)s") % {"role": TeamRole(team_role).label,
                                                              "name": member.full_name})
    return row

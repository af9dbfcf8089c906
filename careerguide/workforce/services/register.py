"""The counsellor register (BJ-60-1, BJ-61-1, BJ-71-1, SD-G-4, SD-G-9, SD-4-1, SD-18-1)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, policy_number, refuse, require_in_jurisdiction, today
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule
from careerguide.workdays.selectors import work_calendar

from ..choices import WorkforceRole
from ..duty_kinds import FILING_KIND
from ..error_codes import WorkforceErrorCode
from ..models import (
    Counsellor,
    EmploymentType,
    IntegrityFinding,
    OrganisationProfile,
    OutputRecord,
    Qualification,
    ServicePeriod,
    StaffFiling,
    WorkloadYear,
)
from ..rules.shandong import LEVELS


def _filing_unit(unit):
    """BJ-71-1: the district files for itself and every agency below it; the city files nothing."""
    return unit.district or unit


def _schedule_filing(*, actor, counsellor, now=None):
    """BJ-71-1: a change is filed with the city within the configured working days (proposal: 10)."""
    filing_unit = _filing_unit(counsellor.unit)
    if filing_unit.parent_id is None:
        return None
    on = today(now)
    days = policy_number("bj.staff_filing_workdays", unit=counsellor.unit, on=on)
    due = work_calendar().add_workdays(on, days)
    return duty_schedule(actor=actor, subject=counsellor, now=now, spec=DutySpec(
        kind=FILING_KIND, title=_("报市级备案：%(name)s") % {"name": counsellor.full_name}, clause="BJ-71-1",
        due_date=due, unit=filing_unit))


@transaction.atomic
def counsellor_register(*, actor, unit, full_name: str, employment_type: str, roles: list[str], joined_on,
                        training_category: str = "pes_counsellor", education: str = "", birth_date=None,
                        front_line: bool = True, skills_attestation: str = "", user=None, now=None) -> Counsellor:
    """Add a guidance officer or analyst to the register (BJ-60-1, SD-4-1) and owe the city a filing (BJ-71-1)."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if not roles or any(r not in WorkforceRole.values for r in roles):
        refuse(_("请选择至少一个有效岗位。"), code=CommonErrorCode.INVALID, clause="BJ-60-1", field="roles")
    if employment_type not in EmploymentType.values:
        refuse(_("请选择专职或兼职。"), code=CommonErrorCode.INVALID, clause="BJ-60-1", field="employment_type")
    if not (full_name or "").strip():
        refuse(_("请填写姓名。"), code=CommonErrorCode.REQUIRED, clause="SD-G-9", field="full_name")
    counsellor = Counsellor.objects.create(
        unit=unit, full_name=full_name.strip(), employment_type=employment_type, roles=list(dict.fromkeys(roles)),
        training_category=training_category, education=education, birth_date=birth_date, joined_on=joined_on,
        front_line=front_line, skills_attestation=skills_attestation, user=user)
    audit(actor=actor, obj=counsellor, unit=unit, action="create", clause="BJ-60-1", now=now,
          after={"full_name": counsellor.full_name, "employment_type": employment_type, "roles": counsellor.roles})
    _schedule_filing(actor=actor, counsellor=counsellor, now=now)
    return counsellor


@transaction.atomic
def counsellor_leave(*, actor, counsellor: Counsellor, left_on, now=None) -> Counsellor:
    """Record that a person left; the change is filed with the city (BJ-71-1)."""
    if counsellor.left_on:
        refuse(_("该人员已登记离岗。"), code=WorkforceErrorCode.ALREADY_LEFT, clause="BJ-71-1")
    counsellor.left_on = left_on
    counsellor.save(update_fields=["left_on", "updated_at"])
    audit(actor=actor, obj=counsellor, unit=counsellor.unit, action="update", clause="BJ-71-1", now=now,
          before={"left_on": None}, after={"left_on": left_on})
    counsellor.service_periods.filter(ended_on__isnull=True, started_on__lte=left_on).update(ended_on=left_on)
    _schedule_filing(actor=actor, counsellor=counsellor, now=now)
    return counsellor


@transaction.atomic
def qualification_add(*, actor, counsellor: Counsellor, occupation: str, kind: str, level: int | None, number: str,
                      issuer: str, issued_on, senior_equivalent: str = "", now=None) -> Qualification:
    """SD-18-1, BJ-61-1: level 5–1 (1 highest); a career-guidance certificate must state its level."""
    if level is not None and level not in LEVELS:
        refuse(_("等级须为1至5级，1级最高。"), code=CommonErrorCode.INVALID, clause="SD-18-1", field="level")
    if occupation == "career_guidance" and level is None:
        refuse(_("职业指导证书须填写等级。"), code=CommonErrorCode.REQUIRED, clause="SD-18-1", field="level")
    if issued_on > today(now):
        refuse(_("发证日期不能晚于今天。"), code=CommonErrorCode.INVALID, clause="SD-18-1", field="issued_on")
    q = Qualification.objects.create(counsellor=counsellor, occupation=occupation, kind=kind, level=level,
                                     number=number,
                                     issuer=issuer, issued_on=issued_on, senior_equivalent=senior_equivalent)
    audit(actor=actor, obj=q, unit=counsellor.unit, action="create", clause="SD-18-1", now=now,
          after={"occupation": occupation, "kind": kind, "level": level, "number": number})
    _schedule_filing(actor=actor, counsellor=counsellor, now=now)
    return q


@transaction.atomic
def qualification_revoke(*, actor, qualification: Qualification, revoked_on, now=None) -> Qualification:
    """SD-5-3, BJ-61-1: a certificate that lapsed or was withdrawn, from a date between its issue and today (an
    appointment that needs it ends early)."""
    require_in_jurisdiction(actor=actor, unit=qualification.counsellor.unit)
    if qualification.revoked_on is not None:
        refuse(_("该证书已登记失效。"), code=CommonErrorCode.DUPLICATE, clause="SD-5-3", field="qualification")
    if not qualification.issued_on <= revoked_on <= today(now):
        refuse(_("失效日期须在发证日期和今天之间。"), code=CommonErrorCode.INVALID, clause="SD-5-3", field="revoked_on")
    qualification.revoked_on = revoked_on
    qualification.save(update_fields=["revoked_on", "updated_at"])
    audit(actor=actor, obj=qualification, unit=qualification.counsellor.unit, action="update", clause="SD-5-3", now=now,
          after={"revoked_on": revoked_on})
    return qualification


@transaction.atomic
def service_period_add(*, actor, counsellor: Counsellor, organisation_name: str, started_on, ended_on=None,
                       kind: str = "guidance", in_pes: bool = True, front_line: bool = True, now=None) -> ServicePeriod:
    """BJ-63-4: dated work periods from which years of service are computed."""
    if ended_on and ended_on < started_on:
        refuse(_("结束日期不能早于开始日期。"), code=CommonErrorCode.INVALID, clause="BJ-63-4", field="ended_on")
    period = ServicePeriod.objects.create(counsellor=counsellor, organisation_name=organisation_name,
                                          started_on=started_on,
                                          ended_on=ended_on, kind=kind, in_pes=in_pes, front_line=front_line)
    audit(actor=actor, obj=period, unit=counsellor.unit, action="create", clause="BJ-63-4", now=now,
          after={"started_on": started_on, "ended_on": ended_on, "kind": kind, "in_pes": in_pes})
    return period


@transaction.atomic
def output_record_add(*, actor, counsellor: Counsellor, kind: str, title: str, year: int, journal: str = "",
                      published_on=None, identifier: str = "", rating_body: str = "", now=None) -> OutputRecord:
    """BJ-64-5: a paper must name its public journal; an excellent-article rating names its rating body (BJ-67-3)."""
    if kind == "paper" and not (journal and published_on):
        refuse(_("论文须在公开刊物上发表，请填写刊物和发表日期。"),
               code=WorkforceErrorCode.PAPER_NOT_PUBLISHED, clause="BJ-64-2", field="journal")
    if kind == "excellent_article" and not rating_body:
        refuse(_("请填写优秀文章的评定机构。"), code=CommonErrorCode.REQUIRED, clause="BJ-67-3", field="rating_body")
    record = OutputRecord.objects.create(counsellor=counsellor, kind=kind, title=title, year=year, journal=journal,
                                         published_on=published_on, identifier=identifier, rating_body=rating_body)
    audit(actor=actor, obj=record, unit=counsellor.unit, action="create", clause="BJ-64-5", now=now,
          after={"kind": kind, "title": title, "year": year})
    return record


@transaction.atomic
def workload_year_set(*, actor, counsellor: Counsellor, year: int, measure: str, specialised_hours=0, rostered_days=0,
                      leave_days=0, now=None) -> WorkloadYear:
    """BJ-64-1: the year's specialised-guidance time (hours or rostered days) and approved leave."""
    row, _created = WorkloadYear.objects.update_or_create(counsellor=counsellor, year=year, defaults=dict(
        measure=measure, specialised_hours=specialised_hours, rostered_days=rostered_days, leave_days=leave_days))
    audit(actor=actor, obj=row, unit=counsellor.unit, action="update", clause="BJ-64-1", now=now,
          after={"measure": measure, "specialised_hours": specialised_hours, "rostered_days": rostered_days,
                 "leave_days": leave_days})
    return row


@transaction.atomic
def integrity_finding_add(*, actor, counsellor: Counsellor, kind: str, found_on, summary: str, now=None) -> IntegrityFinding:
    """SD-G-4: ethics and disciplinary findings on the record."""
    finding = IntegrityFinding.objects.create(counsellor=counsellor, kind=kind, found_on=found_on, summary=summary)
    audit(actor=actor, obj=finding, unit=counsellor.unit, action="create", clause="SD-G-4", now=now,
          after={"kind": kind})
    return finding


@transaction.atomic
def organisation_profile_set(*, actor, unit, org_type: str, graduating_students: int = 0, active_job_seekers: int = 0,
                             enrolled_students: int = 0, now=None) -> OrganisationProfile:
    """SD-G-1, SD-4-2, SD-14-3: the organisation type of a unit and the counts its staffing ratio and the
    competition's participation rate use."""
    require_in_jurisdiction(actor=actor, unit=unit)
    profile, _created = OrganisationProfile.objects.update_or_create(unit=unit, defaults=dict(
        org_type=org_type, graduating_students=graduating_students, active_job_seekers=active_job_seekers,
        enrolled_students=enrolled_students))
    audit(actor=actor, obj=profile, unit=unit, action="update", clause="SD-G-1", now=now,
          after={"org_type": org_type, "graduating_students": graduating_students, "active_job_seekers": active_job_seekers,
                 "enrolled_students": enrolled_students})
    return profile


@transaction.atomic
def staff_filing_submit(*, actor, unit, now=None) -> StaffFiling:
    """BJ-71-1: a district files its guidance officers and analysts (and those of every agency below) with the city."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if unit.parent_id is None or _filing_unit(unit).pk != unit.pk:
        refuse(_("人员备案由区级机构统一报市级机构。"), code=WorkforceErrorCode.FILED_BY_DISTRICT, clause="BJ-71-1")
    on = today(now)
    people = list(Counsellor.objects.filter(unit__path__startswith=unit.path).select_related("unit").order_by("pk"))
    snapshot = [{"id": c.pk, "name": c.full_name, "unit": c.unit.name, "employment_type": c.employment_type,
                 "roles": c.roles, "left_on": c.left_on.isoformat() if c.left_on else None} for c in people]
    filing = StaffFiling.objects.create(unit=unit, submitted_on=on, headcount=sum(1 for c in people if c.active),
                                        snapshot=snapshot)
    event = audit(actor=actor, obj=filing, unit=unit, action="create", clause="BJ-71-1", now=now,
                  after={"headcount": filing.headcount})
    for counsellor in people:
        duties_fulfil_for_subject(actor=actor, subject=counsellor, kind=FILING_KIND, on=on, event=event, now=now)
    return filing

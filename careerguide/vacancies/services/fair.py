"""Job fairs: planning with the pre-publication duty, intake, holding, attendees and outcomes
(BJ-42-1, BJ-43-1…6)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError, NotFound
from careerguide.common.services import audit, now_or, policy_number, refuse, refuse_calendar, refuse_forbidden, today
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition, workday_due
from careerguide.employers import selectors as employer_selectors
from careerguide.employers.services.ledger import ledger_add
from careerguide.job_seekers.services.registration import job_seeker_register
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

from ..deadlines import PrepublicationWindow, prepublication_compliance, prepublication_window
from ..duty_kinds import FOLLOW_UP_KIND, PREPUBLICATION_KIND
from ..error_codes import VacancyErrorCode
from ..models import FairAttendee, FairOutcome, FairParticipation, JobFair
from ..permissions import can_manage_job_fairs, is_employer_agent
from ..selectors import agent_link, employer_published_vacancies, fair_get
from ..states import (
    FAIR_RECORDING_STATUSES,
    FAIR_SIGNUP_STATUSES,
    FAIR_TRANSITIONS,
    AttendeeChannel,
    FairFormat,
    FairStatus,
    FairType,
    OutcomeKind,
    VacancyStatus,
)


def _require_manager(actor) -> None:
    if not can_manage_job_fairs(actor):
        refuse_forbidden(message=_("您没有办理招聘会的权限。"), clause="BJ-43-3")


def _check_organiser(actor, fair: JobFair) -> JobFair:
    """Only the organising agency (or above) performs fair transitions (BJ-43-3)."""
    _require_manager(actor)
    return fair_get(actor=actor, pk=fair.pk)


def _window(unit, fair_date, today) -> PrepublicationWindow:
    workdays = policy_number("bj.job_fair_prepublication_workdays", unit=unit, on=today)
    try:
        return prepublication_window(fair_date, work_calendar(), workdays)
    except CalendarYearNotLoaded as exc:
        refuse_calendar(exc, clause="BJ-43-2")


def _check_fair_fields(title, fair_format, fair_type, fair_date, venue, url, starts_at, ends_at, on) -> None:
    """Every problem of the fair's record at once (BJ-43-6)."""
    errors = {}
    if not (title or "").strip():
        errors["title"] = [_("请填写招聘会名称。")]
    if fair_format not in FairFormat.values:
        errors["fair_format"] = [_("请选择招聘会形式。")]
    if fair_type not in FairType.values:
        errors["fair_type"] = [_("请选择招聘会类型。")]
    if fair_date is None or fair_date <= on:
        errors["fair_date"] = [_("举办日期必须晚于今天。")]
    if fair_format == FairFormat.ONSITE and not (venue or "").strip():
        errors["venue"] = [_("现场招聘会请填写举办地点。")]
    if fair_format == FairFormat.ONLINE and not (url or "").strip():
        errors["url"] = [_("网络招聘会请填写网址。")]
    if starts_at and ends_at and ends_at <= starts_at:
        errors["ends_at"] = [_("结束时间必须晚于开始时间。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID)


@transaction.atomic
def fair_create(*, actor, unit, title: str, fair_format: str, fair_type: str, fair_date, focus: str = "", starts_at=None,
                ends_at=None, venue: str = "", url: str = "", now=None) -> JobFair:
    """Record a fair (BJ-42-1, BJ-43-6) and owe its pre-publication on the n-th working day before it (BJ-43-2)."""
    now = now_or(now)
    on = today(now)
    _require_manager(actor)
    _check_fair_fields(title, fair_format, fair_type, fair_date, venue, url, starts_at, ends_at, on)
    if not unit_in_jurisdiction(actor, unit):
        refuse(_("只能以本机构或辖区内机构名义举办招聘会。"), field="unit", code=CommonErrorCode.FORBIDDEN)
    window = _window(unit, fair_date, on)
    fair = JobFair.objects.create(unit=unit, title=title.strip(), fair_format=fair_format, fair_type=fair_type,
                                  focus=(focus or "").strip(), fair_date=fair_date, starts_at=starts_at, ends_at=ends_at,
                                  venue=(venue or "").strip(), url=(url or "").strip(),
                                  prepublication_due=window.due, prepublication_last=window.last)
    event = audit(actor=actor, obj=fair, unit=unit, action="create", clause="BJ-43-6", now=now,
                  after={"title": fair.title, "format": fair_format, "type": fair_type, "fair_date": fair_date,
                         "prepublication_due": window.due, "prepublication_last": window.last})
    duty_schedule(actor=actor, subject=fair, created_by_event=event, now=now, spec=DutySpec(
        kind=PREPUBLICATION_KIND, title=_("预发布招聘会信息：%(title)s") % {"title": fair.title}, clause="BJ-43-2",
        due_date=window.due, unit=unit))
    return fair


def _move(actor, fair, to, *, clause="BJ-43-3", milestone=None, now=None, cancel=()):
    transition(obj=fair, to=to, actor=actor, table=FAIR_TRANSITIONS, unit=fair.unit, clause=clause, milestone_field=milestone,
               now=now, cancel_kinds=cancel)
    return fair


@transaction.atomic
def fair_open_intake(*, actor, fair: JobFair, now=None) -> JobFair:
    fair = _check_organiser(actor, fair)
    return _move(actor, fair, FairStatus.INTAKE, milestone="intake_opened_at", now=now)


@transaction.atomic
def fair_prepublish(*, actor, fair: JobFair, now=None) -> JobFair:
    """Pre-publish the fair (BJ-43-2); later than D−n is a warning, after D−1 a breach."""
    now = now_or(now)
    on = today(now)
    fair = _check_organiser(actor, fair)
    if on > fair.fair_date:
        refuse(_("招聘会日期已过，不能预发布。"), clause="BJ-43-2", code=CommonErrorCode.TOO_LATE)
    window = PrepublicationWindow(fair_date=fair.fair_date, due=fair.prepublication_due, last=fair.prepublication_last)
    fair.prepublished_on = on
    fair.prepublication_compliance = prepublication_compliance(window, on)
    fair.save(update_fields=["prepublished_on", "prepublication_compliance", "updated_at"])
    event = transition(obj=fair, to=FairStatus.PRE_PUBLISHED, actor=actor, table=FAIR_TRANSITIONS, unit=fair.unit,
                       clause="BJ-43-2", milestone_field="prepublished_at", now=now)
    duties_fulfil_for_subject(actor=actor, subject=fair, kind=PREPUBLICATION_KIND, on=on, event=event, now=now)
    return fair


@transaction.atomic
def fair_hold(*, actor, fair: JobFair, now=None) -> JobFair:
    """The system blocks holding a fair that was not pre-published (BJ-43-2)."""
    now = now_or(now)
    fair = _check_organiser(actor, fair)
    if fair.prepublished_on is None:
        refuse(_("招聘会尚未通过业务系统预发布，不能举办。"), clause="BJ-43-2", code=VacancyErrorCode.NOT_PREPUBLISHED)
    if today(now) < fair.fair_date:
        refuse(_("尚未到招聘会举办日期。"), clause="BJ-43-3", code=CommonErrorCode.TOO_EARLY)
    clause = "BJ-43-5"
    workdays = policy_number("bj.job_fair_follow_up_workdays", unit=fair.unit, on=fair.fair_date)
    due = workday_due(start=fair.fair_date, workdays=workdays)  # pending when the year's calendar is not loaded yet
    follow_up = DutySpec(kind=FOLLOW_UP_KIND, title=_("会后跟踪：录入“%(title)s”的达成意向和上岗情况") % {"title": fair.title},
                         clause=clause, due_date=due, unit=fair.unit)
    transition(obj=fair, to=FairStatus.HELD, actor=actor, table=FAIR_TRANSITIONS, unit=fair.unit, clause="BJ-43-3",
               milestone_field="held_at", now=now, schedule=[follow_up])
    return fair


@transaction.atomic
def fair_start_follow_up(*, actor, fair: JobFair, now=None) -> JobFair:
    fair = _check_organiser(actor, fair)
    return _move(actor, fair, FairStatus.FOLLOW_UP, clause="BJ-43-5", milestone="follow_up_at", now=now)


@transaction.atomic
def fair_close(*, actor, fair: JobFair, now=None) -> JobFair:
    """Closing the follow-up meets the follow-up duty (BJ-43-5): on time, or late after its due date."""
    now = now_or(now)
    fair = _check_organiser(actor, fair)
    _move(actor, fair, FairStatus.CLOSED, milestone="closed_at", now=now)
    duties_fulfil_for_subject(actor=actor, subject=fair, kind=FOLLOW_UP_KIND, on=today(now), now=now)
    return fair


@transaction.atomic
def fair_cancel(*, actor, fair: JobFair, now=None) -> JobFair:
    fair = _check_organiser(actor, fair)
    return _move(actor, fair, FairStatus.CANCELLED, milestone="cancelled_at", now=now, cancel=[PREPUBLICATION_KIND])


@transaction.atomic
def fair_signup(*, actor, fair: JobFair, employer, vacancies, now=None) -> FairParticipation:
    """List an employer at a fair with its published postings: only after verification, demand
    registration and posting review (BJ-43-1).  Agents sign up online; staff sign up for them."""
    now = now_or(now)
    online = is_employer_agent(actor)
    fair = JobFair.objects.select_for_update(of=("self",)).select_related("unit").get(pk=fair.pk)
    if online:
        link = agent_link(actor=actor, employer=employer)
        if link is None:
            raise NotFound()
        if not link.real_name_verified:
            refuse(_("您的账户尚未通过实名认证，不能在线报名。"), clause="BJ-39-3", code=VacancyErrorCode.REAL_NAME_REQUIRED)
    else:
        fair = _check_organiser(actor, fair)
    if fair.status not in FAIR_SIGNUP_STATUSES:
        refuse(_("该招聘会当前不接受报名。"), clause="BJ-43-3", code=VacancyErrorCode.SIGNUP_CLOSED)
    if not employer.is_verified or employer_selectors.demand_registration_unit(employer=employer) is None:
        refuse(_("用人单位须先通过资格核验并办理招聘需求登记，才能参加招聘会。"), clause="BJ-43-1",
               code=VacancyErrorCode.EMPLOYER_NOT_REGISTERED)
    vacancies = list(vacancies)
    if not vacancies:
        refuse(_("请至少选择一个已审核发布的岗位。"), field="vacancies", clause="BJ-43-1", code=CommonErrorCode.REQUIRED)
    if any(v.employer_id != employer.pk or v.status != VacancyStatus.PUBLISHED for v in vacancies):
        refuse(_("只能选择本单位已审核通过并发布的岗位。"), field="vacancies", clause="BJ-43-1",
               code=VacancyErrorCode.NOT_PUBLISHED)
    if FairParticipation.objects.filter(fair=fair, employer=employer).exists():
        refuse(_("该单位已报名本场招聘会。"), clause="BJ-43-1", code=CommonErrorCode.DUPLICATE)
    participation = FairParticipation.objects.create(fair=fair, employer=employer, signed_up_by=actor, online=online)
    participation.vacancies.set(vacancies)
    audit(actor=actor, obj=fair, unit=fair.unit, action="signup", clause="BJ-43-1", now=now,
          after={"employer": employer.pk, "vacancies": [v.pk for v in vacancies], "online": online})
    ledger_add(actor=actor, employer=employer, unit=fair.unit, section="demand",
               service_type="job_fair_signup", occurred_on=today(now), clause="BJ-43-1", now=now,
               channel="online" if online else "job_fair",
               summary=_("报名参加招聘会“%(fair)s”") % {"fair": fair.title})
    return participation


@transaction.atomic
def fair_attendee_register(*, actor, fair: JobFair, full_name: str, id_number: str, phone: str = "",
                           channel: str = AttendeeChannel.PAPER, now=None) -> FairAttendee:
    """Job-seeking registration at an onsite fair (BJ-43-4).  The collection date is the fair date,
    however late the paper form is keyed; keying it later is flagged (BJ-11-4, OQ 3)."""
    now = now_or(now)
    fair = _check_organiser(actor, fair)
    if fair.fair_format != FairFormat.ONSITE:
        refuse(_("只有现场招聘会办理现场求职登记。"), clause="BJ-43-4", code=VacancyErrorCode.NOT_ONSITE)
    if fair.status not in FAIR_RECORDING_STATUSES:
        refuse(_("招聘会举办后才能录入现场求职登记。"), clause="BJ-43-4", code=VacancyErrorCode.FAIR_NOT_HELD)
    if channel not in AttendeeChannel.values:
        refuse(_("请选择登记方式。"), field="channel", code=CommonErrorCode.REQUIRED)
    late = today(now) > fair.fair_date
    # One person, one ledger: a known person's registration is appended to their ledger (BJ-11-1).  The
    # job-seeker chapter records the collection with the fair date and flags late keying (BJ-11-4).
    registration = job_seeker_register(actor=actor, unit=actor.unit, full_name=full_name, id_number=id_number,
                                       phone=phone, channel="job_fair", collected_on=fair.fair_date,
                                       append_to_existing=True, now=now)
    seeker = registration.job_seeker
    if FairAttendee.objects.filter(fair=fair, job_seeker=seeker).exists():
        refuse(_("该求职者已在本场招聘会登记。"), clause="BJ-43-4", code=CommonErrorCode.DUPLICATE)
    attendee = FairAttendee.objects.create(fair=fair, job_seeker=seeker, channel=channel, collected_on=fair.fair_date,
                                           recorded_by=actor, created_late=late)
    audit(actor=actor, obj=fair, unit=fair.unit, action="attendee_register", clause="BJ-43-4", now=now,
          after={"job_seeker": seeker.pk, "channel": channel, "collected_on": fair.fair_date, "created_late": late})
    return attendee


@transaction.atomic
def fair_outcome_record(*, actor, fair: JobFair, kind: str, employer, occurred_on, job_seeker=None, vacancy=None,
                        count: int = 1, note: str = "", now=None) -> FairOutcome:
    """After the fair: intentions employers reached and job seekers who started work (BJ-43-5)."""
    now = now_or(now)
    fair = _check_organiser(actor, fair)
    if fair.status not in FAIR_RECORDING_STATUSES:
        refuse(_("招聘会举办后才能记录成效。"), clause="BJ-43-5", code=VacancyErrorCode.FAIR_NOT_HELD)
    errors = {}
    if kind not in OutcomeKind.values:
        errors["kind"] = [_("请选择结果类型。")]
    if not fair.participations.filter(employer=employer).exists():
        errors["employer"] = [_("该单位未参加本场招聘会。")]
    if occurred_on is None or occurred_on < fair.fair_date or occurred_on > today(now):
        errors["occurred_on"] = [_("日期应在招聘会举办日期至今天之间。")]
    if kind == OutcomeKind.JOB_START and job_seeker is None:
        errors["job_seeker"] = [_("上岗情况须指明求职者。")]
    if not isinstance(count, int) or count < 1:
        errors["count"] = [_("人数至少为1。")]
    if vacancy is not None and vacancy.employer_id != getattr(employer, "pk", None):
        errors["vacancy"] = [_("岗位不属于该单位。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-43-5", code=CommonErrorCode.INVALID)
    outcome = FairOutcome.objects.create(fair=fair, kind=kind, employer=employer, job_seeker=job_seeker, vacancy=vacancy,
                                         count=1 if job_seeker else count, occurred_on=occurred_on,
                                         note=(note or "").strip(), recorded_by=actor)
    audit(actor=actor, obj=fair, unit=fair.unit, action="outcome", clause="BJ-43-5", now=now,
          after={"kind": kind, "employer": employer.pk, "job_seeker": getattr(job_seeker, "pk", None),
                 "count": outcome.count, "occurred_on": occurred_on})
    ledger_add(actor=actor, employer=employer, unit=fair.unit, section="fulfilment",
               service_type=f"job_fair_{kind}", occurred_on=occurred_on, clause="BJ-43-5", now=now, channel="job_fair",
               summary=_("招聘会“%(fair)s”：%(kind)s %(n)s人") % {"fair": fair.title, "kind": OutcomeKind(kind).label,
                                                               "n": outcome.count})
    return outcome


FAIR_STEPS = {"open_intake": fair_open_intake, "prepublish": fair_prepublish, "hold": fair_hold,
              "follow_up": fair_start_follow_up, "close": fair_close, "cancel": fair_cancel}


def fair_step(*, actor, fair: JobFair, action: str, now=None) -> JobFair:
    """One named step of the fair (BJ-43-3); an unknown step is refused."""
    if action not in FAIR_STEPS:
        refuse(_("未知操作。"), code=CommonErrorCode.INVALID)
    return FAIR_STEPS[action](actor=actor, fair=fair, now=now)


@transaction.atomic
def fair_signup_published(*, actor, fair: JobFair, employer_id: int, now=None) -> FairParticipation:
    """Staff list an employer of their jurisdiction with all its published postings (BJ-43-1)."""
    employer = employer_selectors.employer_get(actor=actor, pk=employer_id)
    return fair_signup(actor=actor, fair=fair, employer=employer,
                       vacancies=employer_published_vacancies(employer=employer), now=now)

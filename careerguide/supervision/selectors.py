"""Reads for supervision, always scoped by `visible_to`; information-quality monitoring (BJ-5-3)."""
from __future__ import annotations

import datetime as dt

from django.db.models import Avg, Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.roles import Role
from careerguide.accounts.selectors import staff_list, staff_of_unit_tree
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.models import Duty
from careerguide.duties.selectors import overdue_q
from careerguide.duties.states import DutyStatus
from careerguide.employers.models import Employer
from careerguide.employers.models.key_enterprise import DemandArchive
from careerguide.job_seekers.models import JobSeeker, Registration
from careerguide.ledgers.models import LedgerEntry
from careerguide.matching.models import Recommendation
from careerguide.matching.states import Outcome
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit
from careerguide.organisations.rules import required_assistants
from careerguide.organisations.scoping import jurisdiction_q, unit_in_jurisdiction, visible_to
from careerguide.organisations.selectors import unit_list
from careerguide.policy.selectors import policy_snapshot, policy_value
from careerguide.privacy.masking import mask_name
from careerguide.vacancies.models import Vacancy

from .choices import CommunitySurveyKind, EvaluationGrade, RecordType
from .models import (
    CommunitySurvey,
    Complaint,
    EvaluationRow,
    NoticeItem,
    PerformanceEvaluation,
    PostingCheckNotice,
    RecordCheck,
    SatisfactionSurvey,
    SpotCheck,
    SupervisionIssue,
    SupervisionNotice,
)
from .rules import SATISFIED_MIN_SCORE, rate, satisfaction_rate, warning_interview_allowed
from .states import (
    ACTIVE_ISSUE_STATUSES,
    COMPLAINT_TRANSITIONS,
    ISSUE_TRANSITIONS,
    NEXT_NOTICE_STATUS,
    RECTIFICATION_TRANSITIONS,
    ComplaintStatus,
    EvaluationStatus,
    IssueStatus,
    PostingNoticeStatus,
    RectificationStatus,
)

# BJ-56-2: the population of each record type, and the field holding its agency.
_POPULATIONS = {
    RecordType.PERSONAL_LEDGER: (lambda: JobSeeker.objects.exclude(ledger_opened_on=None), "unit"),
    RecordType.NEEDS_ARCHIVE: (lambda: JobSeeker.objects.filter(difficulty_certified=True), "unit"),
    RecordType.POSTING: (lambda: Vacancy.objects.exclude(published_at=None), "unit"),
    RecordType.EMPLOYER_LEDGER: (lambda: Employer.objects.all(), "unit"),
    RecordType.DEMAND_ARCHIVE: (lambda: DemandArchive.objects.all(), "employer__unit"),
}


def spot_check_population_ids(*, unit, record_type: str) -> list[int]:
    """Primary keys of the records of `record_type` held in `unit`'s subtree (one indexed query)."""
    make, field = _POPULATIONS[record_type]
    return list(make().filter(**{f"{field}__path__startswith": unit.path}).values_list("pk", flat=True))


def _record_label(record_type: str, record) -> str:
    """How a checked record is named in checks and notices: people by masked name and reference only."""
    if record_type in (RecordType.PERSONAL_LEDGER, RecordType.NEEDS_ARCHIVE):
        return f"{mask_name(record.full_name)}（J{record.pk:06d}）"
    return str(record)[:200]


def check_record_get(*, actor, record_type: str, pk: int):
    """The record a verification check is about, inside the actor's jurisdiction (BJ-56-2), with its agency and
    label; a record elsewhere, or of no such type, is not found."""
    if record_type not in _POPULATIONS:
        raise NotFound()
    make, field = _POPULATIONS[record_type]
    record = visible_to(actor, make(), field).filter(pk=pk).first()
    if record is None:
        raise NotFound()
    unit = record
    for step in field.split("__"):
        unit = getattr(unit, step)
    return record, unit, _record_label(record_type, record)


def record_check_list(*, actor, record_type: str = ""):
    """Checks made by the actor's agency or below it, and checks of the records of its subtree (BJ-56-1)."""
    qs = RecordCheck.objects.filter(jurisdiction_q(actor, "upper_unit") | jurisdiction_q(actor, "unit"))
    qs = qs.select_related("unit", "upper_unit", "checked_by", "issue", "posting_notice")
    return qs.filter(record_type=record_type) if record_type else qs


def posting_checks_unnotified(*, notice: PostingCheckNotice, until):
    """The issuer's posting checks not yet in a notice, made up to `until` (BJ-56-3: since the previous notice)."""
    return (RecordCheck.objects.filter(upper_unit_id=notice.issuer_unit_id, record_type=RecordType.POSTING,
                                       posting_notice__isnull=True, checked_at__lte=until)
            .select_related("unit").order_by("unit__path", "checked_at", "pk"))


def posting_notice_list(*, actor):
    return visible_to(actor, PostingCheckNotice.objects.select_related("issuer_unit", "issued_by"), "issuer_unit")


def posting_notice_get(*, actor, pk: int) -> PostingCheckNotice:
    notice = posting_notice_list(actor=actor).filter(pk=pk).first()
    if notice is None:
        raise NotFound()
    return notice


def posting_notice_checks(*, notice: PostingCheckNotice):
    return notice.checks.select_related("unit", "checked_by", "issue").order_by("unit__path", "checked_at", "pk")


def earlier_pending_posting_notice(*, notice: PostingCheckNotice) -> PostingCheckNotice | None:
    return (PostingCheckNotice.objects.filter(issuer_unit_id=notice.issuer_unit_id, day__lt=notice.day,
                                              status=PostingNoticeStatus.PENDING).order_by("day").first())


def issue_list(*, actor, status: str | None = None):
    qs = visible_to(actor, SupervisionIssue.objects.select_related("unit", "upper_unit"))
    return qs.filter(status=status) if status else qs


def issue_get(*, actor, pk: int) -> SupervisionIssue:
    issue = issue_list(actor=actor).filter(pk=pk).first()
    if issue is None:
        raise NotFound()
    return issue


def issue_notice_items(*, issue):
    """The notices that named an issue, first notice first (BJ-58-3)."""
    return NoticeItem.objects.filter(issue=issue).select_related("notice", "notice__issuer_unit").order_by("sequence")


def notice_issue_items(*, notice):
    return NoticeItem.objects.filter(notice=notice).select_related("issue").order_by("issue__title", "issue_id")


def issue_actions(*, actor, issue: SupervisionIssue, today: dt.date, may_supervise: bool) -> dict:
    """Which actions the issue page offers this actor now.  The services decide again on submission.

    The upper level (an actor whose unit strictly contains the issue's agency) notifies, verifies, holds the warning
    interview (only from the configured notice count, BJ-58-4), refers and closes; the agency itself reports."""
    upper = may_supervise and actor.unit_id != issue.unit_id and unit_in_jurisdiction(actor, issue.unit)
    active = issue.status in ACTIVE_ISSUE_STATUSES
    min_notices = policy_value(key="bj.warning_interview_min_notices", unit=issue.unit, on=today)
    interview = warning_interview_allowed(notice_count=issue.notice_count, min_notices=min_notices, rectified=not active)
    allowed = ISSUE_TRANSITIONS.get(issue.status, set())
    return {
        "min_notices": min_notices,
        "notify": upper and issue.status in NEXT_NOTICE_STATUS,
        "interview": upper and interview.allowed and IssueStatus.WARNING_INTERVIEW in allowed,
        "refer": upper and IssueStatus.REFERRED in allowed,
        "verify": upper and RectificationStatus.VERIFIED in RECTIFICATION_TRANSITIONS.get(issue.rectification_status, set()),
        "close": upper and IssueStatus.CLOSED in allowed,
        "report": actor.unit_id == issue.unit_id and active
                  and RectificationStatus.REPORTED in RECTIFICATION_TRANSITIONS.get(issue.rectification_status, set()),
    }


def child_units(*, actor):
    """The direct lower-level agencies of the actor's unit (BJ-56-1)."""
    return unit_list(actor=actor).filter(parent_id=actor.unit_id).order_by("path")


def jurisdiction_units(*, actor):
    return unit_list(actor=actor).order_by("path")


def complaint_handlers(*, actor):
    """Active staff of the actor's jurisdiction who may be assigned a complaint (BJ-5-4)."""
    return staff_list(actor=actor)


def complaint_handler_get(*, actor, pk: int):
    """A posted handler id: a member of the actor's jurisdiction's staff, else not found."""
    handler = complaint_handlers(actor=actor).filter(pk=pk).first()
    if handler is None:
        raise NotFound()
    return handler


def complaint_actions(*, complaint: Complaint) -> dict:
    allowed = COMPLAINT_TRANSITIONS.get(complaint.status, set())
    return {"assign": ComplaintStatus.ASSIGNED in allowed, "close": ComplaintStatus.CLOSED in allowed}


def spot_check_issues(*, check: SpotCheck):
    return check.issues.select_related("unit").order_by("id")


def spot_check_notifiable_issues(*, check: SpotCheck) -> list[SupervisionIssue]:
    """The issues of a spot check that a monthly notice would name (BJ-56-4, BJ-56-5)."""
    return list(check.issues.filter(status__in=list(NEXT_NOTICE_STATUS)).order_by("id"))


def notice_list(*, actor):
    return visible_to(actor, SupervisionNotice.objects.select_related("unit", "issuer_unit"))


def notice_get(*, actor, pk: int) -> SupervisionNotice:
    notice = notice_list(actor=actor).filter(pk=pk).first()
    if notice is None:
        raise NotFound()
    return notice


def spot_check_list(*, actor):
    return visible_to(actor, SpotCheck.objects.select_related("unit", "upper_unit", "created_by"))


def spot_check_get(*, actor, pk: int) -> SpotCheck:
    check = spot_check_list(actor=actor).filter(pk=pk).first()
    if check is None:
        raise NotFound()
    return check


def complaint_list(*, actor):
    return visible_to(actor, Complaint.objects.select_related("unit", "handler"))


def complaint_get(*, actor, pk: int, handled_only: bool = False) -> Complaint:
    """`handled_only`: staff who do not handle complaints see only those assigned to them (BJ-5-4)."""
    qs = complaint_list(actor=actor)
    complaint = (qs.filter(handler=actor) if handled_only else qs).filter(pk=pk).first()
    if complaint is None:
        raise NotFound()
    return complaint


def child_unit_get(*, actor, pk: int) -> Unit:
    """A posted unit id: a direct lower-level agency of the actor's unit, else not found (BJ-56-1)."""
    unit = child_units(actor=actor).filter(pk=pk).first()
    if unit is None:
        raise NotFound()
    return unit


# BJ-5-3: automated checks, each one grouped query over (queryset, agency field).
_REGISTERED = ("registered", "in_service", "routed_to_assistance")
QUALITY_CHECKS = {
    "late_ledger_entry": (_("台账记录录入不及时"), "BJ-11-1", lambda today: LedgerEntry.objects.filter(is_late=True), "unit"),
    "late_registration": (_("台账未在采集当天建立"), "BJ-11-4",
                          lambda today: Registration.objects.filter(created_late=True), "unit"),
    "overdue_duty": (_("逾期未办结事项"), "BJ-5-3", lambda today: Duty.objects.filter(overdue_q(today=today)), "unit"),
    "missing_content": (_("求职登记缺少必填内容（学历、求职职业）"), "BJ-5-3",
                        lambda today: JobSeeker.objects.filter(status__in=_REGISTERED).filter(
                            Q(education="") | Q(sought_occupation__isnull=True)), "unit"),
}


def quality_exceptions(*, actor, today: dt.date) -> dict:
    """Exception counts per agency and check, for the actor's jurisdiction (BJ-5-3)."""
    counts: dict[int, dict[str, int]] = {}
    for code, (_label, _clause, make, field) in QUALITY_CHECKS.items():
        rows = visible_to(actor, make(today), field).values(f"{field}_id").annotate(n=Count("pk")).order_by()
        for row in rows:
            counts.setdefault(row[f"{field}_id"], {})[code] = row["n"]
    units = {u.pk: u for u in Unit.objects.filter(pk__in=counts)}
    rows = [{"unit": units[uid], **{code: by.get(code, 0) for code in QUALITY_CHECKS}, "total": sum(by.values())}
            for uid, by in counts.items()]
    rows.sort(key=lambda r: r["unit"].path)
    return {"checks": [(code, label, clause) for code, (label, clause, _m, _f) in QUALITY_CHECKS.items()], "rows": rows}


def quality_exception_counts(*, unit, start: dt.date, end: dt.date) -> dict[int, tuple[int, int]]:
    """Open information-quality exceptions per agency of `unit`'s subtree on `end` (BJ-5-3), for the early-warning
    view (BJ-58-1): late ledger entries and registrations and missing content; overdue duties are left out, the
    view counts those itself.  One grouped query per check."""
    counts: dict[int, int] = {}
    for code, (_label, _clause, make, field) in QUALITY_CHECKS.items():
        if code == "overdue_duty":
            continue
        rows = (make(end).filter(**{f"{field}__path__startswith": unit.path}).values(f"{field}_id")
                .annotate(n=Count("pk")).order_by())
        for row in rows:
            counts[row[f"{field}_id"]] = counts.get(row[f"{field}_id"], 0) + row["n"]
    return {unit_id: (n, 0) for unit_id, n in counts.items()}


def quality_table(*, actor, today: dt.date) -> dict:
    """The same counts laid out for the monitoring page: one cell per check in column order (BJ-5-3)."""
    data = quality_exceptions(actor=actor, today=today)
    for row in data["rows"]:
        row["cells"] = [{"code": code, "count": row[code]} for code, _label, _clause in data["checks"]]
    return data


def quality_exception_items(*, actor, check: str, unit_id: int, today: dt.date, limit: int = 200):
    """Drill-down: the records behind one count."""
    if check not in QUALITY_CHECKS:
        raise NotFound()
    _label, _clause, make, field = QUALITY_CHECKS[check]
    return list(visible_to(actor, make(today), field).filter(**{f"{field}_id": unit_id}).order_by("pk")[:limit])


# ---- satisfaction surveys (BJ-57-1) ------------------------------------------------------------------------------


def survey_entry_get(*, actor, pk: int) -> LedgerEntry:
    """The service (a ledger entry of the actor's jurisdiction) a survey is about."""
    entry = visible_to(actor, LedgerEntry.objects.select_related("unit", "staff")).filter(pk=pk).first()
    if entry is None:
        raise NotFound()
    return entry


def survey_entry_pick(*, actor, pk: int, field: str) -> LedgerEntry:
    """A posted service-record number: an entry of the actor's jurisdiction, else refused on the field."""
    entry = visible_to(actor, LedgerEntry.objects.select_related("unit", "staff")).filter(pk=pk).first()
    if entry is None:
        raise DomainError(field_errors={field: [_("未找到该服务记录（须为本辖区的台账记录）。")]},
                          code=CommonErrorCode.NOT_FOUND, clause="BJ-57-1")
    return entry


def survey_respondent(*, entry: LedgerEntry):
    """The platform account an online survey goes to: the job seeker's own account, if they have one."""
    if entry.subject_type != "job_seekers.jobseeker":
        return None
    seeker = JobSeeker.objects.filter(pk=entry.subject_id).select_related("portal_user").first()
    return seeker.portal_user if seeker is not None else None


def survey_list(*, actor):
    return visible_to(actor, SatisfactionSurvey.objects.select_related("unit", "staff", "ledger_entry"))


def survey_get(*, actor, pk: int) -> SatisfactionSurvey:
    survey = survey_list(actor=actor).filter(pk=pk).first()
    if survey is None:
        raise NotFound()
    return survey


def survey_by_token(*, token: str) -> SatisfactionSurvey:
    survey = SatisfactionSurvey.objects.select_related("unit", "staff", "ledger_entry").filter(token=token).first()
    if survey is None:
        raise NotFound()
    return survey


def surveys_awaiting(*, user):
    """Online surveys sent to a platform user and not answered yet."""
    return SatisfactionSurvey.objects.filter(respondent_user=user, responded_at__isnull=True).select_related(
        "unit", "ledger_entry").order_by("-sent_at")


def _satisfaction_rows(qs, key: str, label: str) -> list[dict]:
    answered = Q(score__isnull=False)
    rows = (qs.values(key, label).annotate(
        sent=Count("pk"), answered=Count("pk", filter=answered),
        satisfied=Count("pk", filter=Q(score__gte=SATISFIED_MIN_SCORE)),
        dissatisfied=Count("pk", filter=answered & Q(score__lt=SATISFIED_MIN_SCORE)), average=Avg("score"))
        .order_by(label))
    return [{"key": r[key], "label": r[label] or "—", "sent": r["sent"], "answered": r["answered"],
             "satisfied": r["satisfied"], "dissatisfied": r["dissatisfied"],
             "average": round(r["average"], 2) if r["average"] is not None else None,
             "rate": satisfaction_rate(r["satisfied"], r["answered"])} for r in rows]


def satisfaction_results(*, actor, start: dt.date, end: dt.date) -> dict:
    """Survey results per agency and per staff member of the actor's jurisdiction, sent in [start, end]
    (BJ-57-1): two grouped queries."""
    qs = survey_list(actor=actor).filter(sent_at__date__gte=start, sent_at__date__lte=end)
    return {"by_unit": _satisfaction_rows(qs, "unit_id", "unit__name"),
            "by_staff": _satisfaction_rows(qs, "staff_id", "staff__full_name"),
            "by_form": list(qs.values("form").annotate(sent=Count("pk"),
                                                       answered=Count("pk", filter=Q(score__isnull=False)))
                            .order_by("form"))}


def satisfaction_counts(*, unit, start: dt.date, end: dt.date) -> dict[int, tuple[int, int]]:
    """(satisfied, answered) per agency of `unit`'s subtree for the surveys answered in [start, end]: the survey
    results the early-warning view draws on (BJ-58-1).  One grouped query."""
    rows = (SatisfactionSurvey.objects.filter(unit__path__startswith=unit.path, responded_at__date__gte=start,
                                              responded_at__date__lte=end, score__isnull=False)
            .values("unit_id").annotate(answered=Count("pk"),
                                        satisfied=Count("pk", filter=Q(score__gte=SATISFIED_MIN_SCORE))).order_by())
    return {r["unit_id"]: (r["satisfied"], r["answered"]) for r in rows}


def failed_evaluation_counts(*, unit, start: dt.date, end: dt.date) -> dict[int, tuple[int, int]]:
    """(1 if 不合格 else 0, 1) per graded agency of `unit`'s subtree, by its latest evaluation published in
    [start, end]: the performance evaluation the early-warning view draws on (BJ-58-1).  One query; the rows are one
    per agency and evaluation, so few."""
    rows = (EvaluationRow.objects.filter(unit__path__startswith=unit.path, evaluation__status=EvaluationStatus.PUBLISHED,
                                         evaluation__published_at__date__gte=start,
                                         evaluation__published_at__date__lte=end)
            .exclude(grade="").order_by("unit_id", "-evaluation__period_end", "-evaluation__published_at")
            .values_list("unit_id", "grade"))
    latest: dict[int, str] = {}
    for unit_id, grade in rows:
        latest.setdefault(unit_id, grade)
    return {unit_id: (int(grade == EvaluationGrade.FAIL), 1) for unit_id, grade in latest.items()}


# ---- appeals of persons with employment difficulties (BJ-59-2) ---------------------------------------------------


def appeal_person_of(*, user) -> JobSeeker | None:
    """The job seeker a platform account belongs to."""
    return JobSeeker.objects.select_related("unit", "habitual_district").filter(portal_user=user).first()


def appeal_open_to(*, user) -> bool:
    """Whether the account belongs to a person certified as having employment difficulties, the persons the online
    appeal is for (BJ-59-2); the menu offers the appeal to them only."""
    return JobSeeker.objects.filter(portal_user=user, difficulty_certified=True).exists()


def appeal_district_of(*, seeker: JobSeeker) -> Unit | None:
    """The district an appeal goes to: that of the person's habitual residence, else of their serving agency
    ("所在区", BJ-59-2)."""
    return seeker.habitual_district or seeker.unit.district


def appeal_agency_choices(*, district: Unit):
    """The agencies of the district an appeal can be about."""
    return Unit.objects.filter(path__startswith=district.path).order_by("path")


def own_appeals(*, user):
    return Complaint.objects.filter(is_appeal=True, complainant_user=user).select_related("unit").order_by("-pk")


# ---- performance evaluation (BJ-55-1) ----------------------------------------------------------------------------

# Each indicator is one grouped count per agency over (records, agency field), for the period [start, end].
_COUNTS = {
    "services": lambda s, e, t: (LedgerEntry.objects.filter(occurred_on__range=(s, e), corrects__isnull=True), "unit"),
    "registrations": lambda s, e, t: (Registration.objects.filter(is_job_seeking_registration=True,
                                                                  collected_on__range=(s, e)), "unit"),
    "recommendations": lambda s, e, t: (Recommendation.objects.filter(recommended_on__range=(s, e)), "unit"),
    "hires": lambda s, e, t: (Recommendation.objects.filter(status=Outcome.HIRED, outcome_on__range=(s, e)), "unit"),
    "postings": lambda s, e, t: (Vacancy.objects.filter(published_at__date__range=(s, e)), "unit"),
    "duties_on_time": lambda s, e, t: (Duty.objects.filter(due_date__range=(s, e), status=DutyStatus.DONE), "unit"),
    "duties_late": lambda s, e, t: (Duty.objects.filter(Q(status=DutyStatus.LATE_DONE) | overdue_q(today=t),
                                                        due_date__range=(s, e)), "unit"),
    "issues": lambda s, e, t: (SupervisionIssue.objects.filter(found_on__range=(s, e)), "unit"),
    "surveys_answered": lambda s, e, t: (SatisfactionSurvey.objects.filter(responded_at__date__range=(s, e)), "unit"),
    "surveys_satisfied": lambda s, e, t: (SatisfactionSurvey.objects.filter(
        responded_at__date__range=(s, e), score__gte=SATISFIED_MIN_SCORE), "unit"),
}
INDICATOR_LABELS = {
    "services": _("服务人次"), "registrations": _("求职登记人数"), "recommendations": _("匹配推荐次数"),
    "hires": _("推荐成功就业人数"), "postings": _("审核发布招聘信息条数"), "on_time_rate": _("事项按时办结率"),
    "duties_late": _("逾期事项数"), "issues": _("督导发现问题数"), "satisfaction_rate": _("服务满意率"),
    "surveys_answered": _("满意度评价数"),
}


def performance_indicators(*, unit, start: dt.date, end: dt.date, today: dt.date) -> dict[int, dict]:
    """The indicators of every agency strictly below `unit`, each counting the agency's own records in the period
    (BJ-55-1): one grouped query per count, however many agencies there are."""
    agencies = list(Unit.objects.filter(path__startswith=unit.path).exclude(pk=unit.pk).values_list("pk", flat=True))
    counts = {pk: dict.fromkeys(_COUNTS, 0) for pk in agencies}
    for code, make in _COUNTS.items():
        qs, field = make(start, end, today)
        rows = qs.filter(**{f"{field}__path__startswith": unit.path}).values(f"{field}_id").annotate(n=Count("pk"))
        for row in rows.order_by():
            if row[f"{field}_id"] in counts:
                counts[row[f"{field}_id"]][code] = row["n"]
    for values in counts.values():
        values["on_time_rate"] = rate(values["duties_on_time"], values["duties_on_time"] + values["duties_late"])
        values["satisfaction_rate"] = rate(values["surveys_satisfied"], values["surveys_answered"])
    return counts


def evaluation_list(*, actor):
    return visible_to(actor, PerformanceEvaluation.objects.select_related("evaluator_unit", "created_by"),
                      "evaluator_unit")


def evaluation_get(*, actor, pk: int) -> PerformanceEvaluation:
    evaluation = evaluation_list(actor=actor).filter(pk=pk).first()
    if evaluation is None:
        raise NotFound()
    return evaluation


def evaluation_rows(*, evaluation: PerformanceEvaluation):
    return evaluation.rows.select_related("unit").order_by("unit__path")


def evaluation_row_get(*, evaluation: PerformanceEvaluation, pk: int) -> EvaluationRow:
    row = evaluation.rows.select_related("unit").filter(pk=pk).first()
    if row is None:
        raise NotFound()
    return row


def own_evaluation_results(*, actor):
    """The published results about the actor's own agency (BJ-55-1: the evaluated agency learns its result)."""
    return (EvaluationRow.objects.filter(unit_id=getattr(actor, "unit_id", None),
                                         evaluation__status=EvaluationStatus.PUBLISHED)
            .select_related("evaluation", "evaluation__evaluator_unit").order_by("-evaluation__period_end"))


# ---- community labour-security assistants (BJ-60-2) --------------------------------------------------------------


def community_staffing(*, actor, on: dt.date) -> dict:
    """The staffing report of the community stations of the actor's jurisdiction (BJ-60-2): each station's size and
    grids, its labour-security assistants (active accounts with the role) and how many it needs, and the totals
    per street.  Two queries for the counts, whatever the number of stations."""
    stations = list(unit_list(actor=actor, level=UnitLevel.COMMUNITY).select_related("parent").order_by("path"))
    root = actor.unit
    counts = dict(staff_of_unit_tree(unit=root, roles=[Role.COMMUNITY_ASSISTANT]).order_by().values("unit_id")
                  .annotate(n=Count("pk", distinct=True)).values_list("unit_id", "n")) if root else {}
    settings = policy_snapshot(unit=root, on=on) if root else {}
    rows, streets = [], {}
    for station in stations:
        need = required_assistants(
            households=station.resident_households, grids=station.grid_count,
            minimum=settings.get("bj.community_assistant_min_per_station") or 0,
            households_per_assistant=settings.get("bj.community_assistant_households_per_assistant"),
            grids_per_assistant=settings.get("bj.community_assistant_grids_per_assistant"))
        have = counts.get(station.pk, 0)
        rows.append({"unit": station, "street": station.parent, "households": station.resident_households,
                     "grids": station.grid_count, "assistants": have, "required": need,
                     "shortfall": max(need - have, 0)})
        total = streets.setdefault(station.parent_id, {"street": station.parent, "stations": 0, "assistants": 0,
                                                       "required": 0, "shortfall": 0})
        total["stations"] += 1
        total["assistants"] += have
        total["required"] += need
        total["shortfall"] += max(need - have, 0)
    return {"rows": rows, "streets": list(streets.values()),
            "norms": {"minimum": settings.get("bj.community_assistant_min_per_station"),
                      "households": settings.get("bj.community_assistant_households_per_assistant"),
                      "grids": settings.get("bj.community_assistant_grids_per_assistant")}}


def community_station_get(*, actor, pk: int) -> Unit:
    unit = unit_list(actor=actor, level=UnitLevel.COMMUNITY).filter(pk=pk).first()
    if unit is None:
        raise NotFound()
    return unit


# ---- community stations' surveys (BJ-60-2) -----------------------------------------------------------------------


def community_survey_list(*, actor):
    """The community surveys of the actor's jurisdiction, newest first."""
    return visible_to(actor, CommunitySurvey.objects.select_related("unit", "recorded_by"))


def community_survey_totals(*, actor, start: dt.date, end: dt.date) -> list[dict]:
    """Per station and survey type over [start, end]: rounds, households, working-age residents, employed and
    unemployed (BJ-60-2).  One grouped query."""
    labels = dict(CommunitySurveyKind.choices)
    rows = (community_survey_list(actor=actor).filter(surveyed_on__range=(start, end))
            .values("unit_id", "unit__name", "unit__path", "kind")
            .annotate(rounds=Count("pk"), households=Sum("households"), working_age=Sum("working_age"),
                      employed=Sum("employed"), unemployed=Sum("unemployed")).order_by("unit__path", "kind"))
    return [{"unit": r["unit__name"], "kind": str(labels[r["kind"]]), "rounds": r["rounds"],
             "households": r["households"], "working_age": r["working_age"], "employed": r["employed"],
             "unemployed": r["unemployed"]} for r in rows]


def community_stations_for_survey(*, actor):
    """The stations the actor records surveys for: its own (an assistant's) or those of its street (township)."""
    own = Q(pk=actor.unit_id) if actor.has_role(Role.COMMUNITY_ASSISTANT) else Q(pk__in=[])
    return unit_list(actor=actor, level=UnitLevel.COMMUNITY).filter(own | Q(parent_id=actor.unit_id)).order_by("path")

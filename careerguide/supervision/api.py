"""JSON API of supervision (/api/supervision).  One service or selector call per operation."""
import datetime as dt

from django.utils import timezone
from ninja import Router, Schema

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import is_job_seeker
from careerguide.organisations.permissions import can_manage_community_staffing
from careerguide.organisations.selectors import public_unit_pick, unit_get
from careerguide.organisations.services import community_size_update

from .links import survey_answer_link
from .permissions import (
    can_evaluate_performance,
    can_handle_complaints,
    can_record_community_surveys,
    can_supervise,
    can_view_supervision,
)
from .selectors import (
    appeal_district_of,
    appeal_person_of,
    child_unit_get,
    community_staffing,
    community_station_get,
    community_survey_list,
    community_survey_totals,
    complaint_get,
    complaint_handler_get,
    evaluation_get,
    evaluation_row_get,
    evaluation_rows,
    issue_get,
    issue_list,
    own_appeals,
    posting_notice_get,
    posting_notice_list,
    quality_exceptions,
    record_check_list,
    satisfaction_results,
    survey_entry_pick,
    survey_get,
)
from .services import checks, community, complaints, evaluations, issues, surveys

router = Router(tags=["supervision"])


class IssueOut(Schema):
    id: int
    unit: str
    title: str
    status: str
    notice_count: int
    rectification_status: str


def _issue(i):
    return {"id": i.pk, "unit": i.unit.name, "title": i.title, "status": i.status, "notice_count": i.notice_count,
            "rectification_status": i.rectification_status}


class IssueIn(Schema):
    unit_id: int
    title: str
    description: str = ""


class SupervisionNoticeIn(Schema):
    unit_id: int
    issue_ids: list[int]
    body: str = ""


class SupervisionInterviewIn(Schema):
    held_on: dt.date
    principal: str
    notes: str = ""


class TextIn(Schema):
    text: str


class SupervisionVerifyIn(Schema):
    effective: bool
    reason: str = ""


@router.get("/issues", response=list[IssueOut])
@api_require(can_view_supervision)
def issue_index(request):
    return [_issue(i) for i in issue_list(actor=request.user)[:200]]


@router.post("/issues", response=IssueOut)
@api_require(can_supervise)
def issue_create(request, payload: IssueIn):
    unit = child_unit_get(actor=request.user, pk=payload.unit_id)
    return _issue(issues.issue_record(actor=request.user, unit=unit, title=payload.title, description=payload.description))


@router.post("/notices", response=dict)
@api_require(can_supervise)
def notice_create(request, payload: SupervisionNoticeIn):
    unit = child_unit_get(actor=request.user, pk=payload.unit_id)
    found = [issue_get(actor=request.user, pk=pk) for pk in payload.issue_ids]
    notice = issues.notice_issue(actor=request.user, unit=unit, issues=found, body=payload.body)
    return {"id": notice.pk, "issued_on": notice.issued_on.isoformat()}


@router.post("/issues/{pk}/rectification", response=IssueOut)
@api_require(can_view_supervision)
def issue_rectification(request, pk: int, payload: TextIn):
    return _issue(issues.issue_rectification_report(actor=request.user, issue=issue_get(actor=request.user, pk=pk),
                                                    report=payload.text))


@router.post("/issues/{pk}/verify", response=IssueOut)
@api_require(can_supervise)
def issue_verification(request, pk: int, payload: SupervisionVerifyIn):
    return _issue(issues.issue_verify(actor=request.user, issue=issue_get(actor=request.user, pk=pk), **payload.dict()))


@router.post("/issues/{pk}/warning-interview", response=IssueOut)
@api_require(can_supervise)
def issue_interview(request, pk: int, payload: SupervisionInterviewIn):
    return _issue(issues.issue_warning_interview(actor=request.user, issue=issue_get(actor=request.user, pk=pk),
                                                 **payload.dict()))


@router.get("/quality", response=dict)
@api_require(can_supervise)
def quality(request):
    """BJ-5-3: exceptions per agency."""
    data = quality_exceptions(actor=request.user, today=timezone.localdate())
    return {"checks": [{"code": c, "label": str(label), "clause": clause} for c, label, clause in data["checks"]],
            "rows": [{**{k: v for k, v in r.items() if k != "unit"}, "unit": r["unit"].name} for r in data["rows"]]}


class ComplaintIn(Schema):
    unit_id: int
    complainant: str
    contact: str = ""
    channel: str
    subject_kind: str
    subject_label: str
    content: str
    received_on: dt.date


class ComplaintAssignIn(Schema):
    handler_id: int


class ComplaintOut(Schema):
    id: int
    unit: str
    status: str
    handler: str | None


def _complaint(c):
    return {"id": c.pk, "unit": c.unit.name, "status": c.status, "handler": c.handler.full_name if c.handler_id else None}


@router.post("/complaints", response=ComplaintOut)
@api_require(can_handle_complaints)
def complaint_create(request, payload: ComplaintIn):
    """BJ-5-4: record a complaint or report."""
    data = payload.dict()
    unit = unit_get(actor=request.user, pk=data.pop("unit_id"))
    return _complaint(complaints.complaint_record(actor=request.user, unit=unit, **data))


@router.post("/complaints/{pk}/assign", response=ComplaintOut)
@api_require(can_handle_complaints)
def complaint_assigning(request, pk: int, payload: ComplaintAssignIn):
    """BJ-5-4: assign a handler of the actor's jurisdiction."""
    handler = complaint_handler_get(actor=request.user, pk=payload.handler_id)
    return _complaint(complaints.complaint_assign(actor=request.user, complaint=complaint_get(actor=request.user, pk=pk),
                                                  handler=handler))


class ComplaintCloseIn(Schema):
    result: str
    reply: str
    replied_on: dt.date


@router.post("/complaints/{pk}/close", response=dict)
@api_require(can_handle_complaints)
def complaint_closing(request, pk: int, payload: ComplaintCloseIn):
    c = complaints.complaint_close(actor=request.user, complaint=complaint_get(actor=request.user, pk=pk), **payload.dict())
    return {"id": c.pk, "status": c.status}


# ---- verification checks and the daily posting-check notice (BJ-56-1 to BJ-56-3) ---------------------------------


class CheckIn(Schema):
    record_type: str
    record_id: int
    result: str
    finding: str = ""


class CheckOut(Schema):
    id: int
    unit: str
    record_type: str
    record_label: str
    result: str
    issue_id: int | None
    posting_notice_id: int | None


def _check(c):
    return {"id": c.pk, "unit": c.unit.name, "record_type": c.record_type, "record_label": c.record_label,
            "result": c.result, "issue_id": c.issue_id, "posting_notice_id": c.posting_notice_id}


@router.get("/checks", response=list[CheckOut])
@api_require(can_view_supervision)
def check_index(request, record_type: str = ""):
    return [_check(c) for c in record_check_list(actor=request.user, record_type=record_type)[:200]]


@router.post("/checks", response=CheckOut)
@api_require(can_supervise)
def check_create(request, payload: CheckIn):
    """BJ-56-2: a verification check of one record; a problem becomes an issue of the record's agency."""
    return _check(checks.record_check_record(actor=request.user, **payload.dict()))


class PostingNoticeIn(Schema):
    note: str = ""


class PostingNoticeOut(Schema):
    id: int
    day: dt.date
    status: str
    check_count: int
    problem_count: int
    body: str


def _posting_notice(n):
    return {"id": n.pk, "day": n.day, "status": n.status, "check_count": n.check_count,
            "problem_count": n.problem_count, "body": n.body}


@router.get("/posting-notices", response=list[PostingNoticeOut])
@api_require(can_view_supervision)
def posting_notice_index(request):
    return [_posting_notice(n) for n in posting_notice_list(actor=request.user)[:60]]


@router.post("/posting-notices/{pk}/issue", response=PostingNoticeOut)
@api_require(can_supervise)
def posting_notice_issuing(request, pk: int, payload: PostingNoticeIn):
    """BJ-56-3: issue the working day's notice of every posting check since the previous one."""
    notice = posting_notice_get(actor=request.user, pk=pk)
    return _posting_notice(checks.posting_notice_issue(actor=request.user, notice=notice, note=payload.note))


# ---- satisfaction surveys (BJ-57-1) ------------------------------------------------------------------------------


class SupervisionSurveyIn(Schema):
    entry_id: int
    form: str


class PhoneSurveyIn(Schema):
    entry_id: int
    score: int
    comment: str = ""


class SurveyOut(Schema):
    id: int
    form: str
    unit: str
    staff: str | None
    score: int | None
    answer_path: str


def _survey(s):
    return {"id": s.pk, "form": s.form, "unit": s.unit.name, "staff": s.staff.full_name if s.staff_id else None,
            "score": s.score, "answer_path": survey_answer_link(s)}


@router.post("/surveys", response=SurveyOut)
@api_require(can_view_supervision)
def survey_sending(request, payload: SupervisionSurveyIn):
    """BJ-57-1: an online or SMS-link survey about one service."""
    entry = survey_entry_pick(actor=request.user, pk=payload.entry_id, field="entry_id")
    return _survey(surveys.survey_send(actor=request.user, entry=entry, form=payload.form))


@router.post("/surveys/phone", response=SurveyOut)
@api_require(can_view_supervision)
def survey_phone(request, payload: PhoneSurveyIn):
    """BJ-57-1: the answer given on a phone survey."""
    entry = survey_entry_pick(actor=request.user, pk=payload.entry_id, field="entry_id")
    return _survey(surveys.survey_phone_record(actor=request.user, entry=entry, score=payload.score,
                                               comment=payload.comment))


@router.post("/surveys/{pk}/follow-up", response=SurveyOut)
@api_require(can_view_supervision)
def survey_following_up(request, pk: int, payload: TextIn):
    return _survey(surveys.survey_follow_up(actor=request.user, survey=survey_get(actor=request.user, pk=pk),
                                            note=payload.text))


@router.get("/satisfaction", response=dict)
@api_require(can_view_supervision)
def satisfaction(request, start: dt.date, end: dt.date):
    """BJ-57-1: results per agency and per staff member."""
    return satisfaction_results(actor=request.user, start=start, end=end)


# ---- appeals of persons with employment difficulties (BJ-59-2) ---------------------------------------------------


class AppealIn(Schema):
    agency_id: int
    content: str


@router.post("/appeals", response=ComplaintOut)
@api_require(is_job_seeker)
def appeal_create(request, payload: AppealIn):
    """BJ-59-2: the person's online appeal to the district of their habitual residence."""
    seeker = appeal_person_of(user=request.user)
    district = appeal_district_of(seeker=seeker) if seeker is not None else None
    agency = public_unit_pick(pk=payload.agency_id, field="agency")
    return _complaint(complaints.appeal_submit(actor=request.user, seeker=seeker, district=district or agency,
                                               agency=agency, content=payload.content))


@router.get("/appeals", response=list[dict])
@api_require(is_job_seeker)
def appeal_index(request):
    return [{"id": a.pk, "agency": a.subject_label, "unit": a.unit.name, "status": a.status, "reply": a.reply}
            for a in own_appeals(user=request.user)]


# ---- performance evaluation (BJ-55-1) ----------------------------------------------------------------------------


class SupervisionEvaluationIn(Schema):
    year: int
    quarter: int | None = None
    title: str = ""


class GradeIn(Schema):
    grade: str
    comment: str = ""


def _evaluation(e):
    return {"id": e.pk, "title": e.title, "period_start": e.period_start.isoformat(),
            "period_end": e.period_end.isoformat(), "status": e.status,
            "rows": [{"id": r.pk, "unit": r.unit.name, "indicators": r.indicators, "grade": r.grade,
                      "comment": r.comment} for r in evaluation_rows(evaluation=e)]}


@router.post("/evaluations", response=dict)
@api_require(can_evaluate_performance)
def evaluation_creating(request, payload: SupervisionEvaluationIn):
    """BJ-55-1: compute and freeze the indicators of every agency below the actor's."""
    return _evaluation(evaluations.evaluation_create(actor=request.user, **payload.dict()))


@router.get("/evaluations/{pk}", response=dict)
@api_require(can_view_supervision)
def evaluation_reading(request, pk: int):
    return _evaluation(evaluation_get(actor=request.user, pk=pk))


@router.post("/evaluations/{pk}/rows/{row_id}/grade", response=dict)
@api_require(can_evaluate_performance)
def evaluation_grading(request, pk: int, row_id: int, payload: GradeIn):
    row = evaluation_row_get(evaluation=evaluation_get(actor=request.user, pk=pk), pk=row_id)
    row = evaluations.evaluation_row_grade(actor=request.user, row=row, **payload.dict())
    return {"id": row.pk, "grade": row.grade, "comment": row.comment}


@router.post("/evaluations/{pk}/publish", response=dict)
@api_require(can_evaluate_performance)
def evaluation_publishing(request, pk: int, payload: TextIn):
    evaluation = evaluations.evaluation_publish(actor=request.user, evaluation=evaluation_get(actor=request.user, pk=pk),
                                                summary=payload.text)
    return {"id": evaluation.pk, "status": evaluation.status}


# ---- community labour-security assistants (BJ-60-2) --------------------------------------------------------------


class CommunitySizeIn(Schema):
    resident_households: int | None = None
    grid_count: int | None = None


def _staffing_row(r):
    return {"unit_id": r["unit"].pk, "unit": r["unit"].name, "street": r["street"].name if r["street"] else "",
            "households": r["households"], "grids": r["grids"], "assistants": r["assistants"],
            "required": r["required"], "shortfall": r["shortfall"]}


@router.get("/staffing", response=dict)
@api_require(can_manage_community_staffing)
def staffing(request):
    """BJ-60-2: assistants per community station against its size and grids."""
    report = community_staffing(actor=request.user, on=timezone.localdate())
    return {"norms": report["norms"], "rows": [_staffing_row(r) for r in report["rows"]]}


@router.post("/staffing/{unit_id}", response=dict)
@api_require(can_manage_community_staffing)
def staffing_size(request, unit_id: int, payload: CommunitySizeIn):
    unit = community_size_update(actor=request.user, unit=community_station_get(actor=request.user, pk=unit_id),
                                 **payload.dict())
    return {"unit_id": unit.pk, "resident_households": unit.resident_households, "grid_count": unit.grid_count}


class CommunitySurveyIn(Schema):
    unit_id: int
    kind: str
    surveyed_on: dt.date
    grid: str
    households: int
    working_age: int
    employed: int
    unemployed: int
    note: str = ""


def _community_survey(s) -> dict:
    return {"id": s.pk, "unit": s.unit.name, "kind": s.kind, "surveyed_on": s.surveyed_on, "grid": s.grid,
            "households": s.households, "working_age": s.working_age, "employed": s.employed,
            "unemployed": s.unemployed, "recorded_by": s.recorded_by.full_name}


@router.get("/community-surveys", response=dict)
@api_require(can_record_community_surveys)
def community_surveys(request, start: dt.date, end: dt.date):
    """BJ-60-2: the stations' surveys of the actor's jurisdiction in [start, end], with their totals."""
    surveys = community_survey_list(actor=request.user).filter(surveyed_on__range=(start, end))[:500]
    return {"totals": community_survey_totals(actor=request.user, start=start, end=end),
            "surveys": [_community_survey(s) for s in surveys]}


@router.post("/community-surveys", response=dict)
@api_require(can_record_community_surveys)
def community_survey_create(request, payload: CommunitySurveyIn):
    data = payload.dict()
    station = community_station_get(actor=request.user, pk=data.pop("unit_id"))
    return _community_survey(community.community_survey_record(actor=request.user, unit=station, **data))

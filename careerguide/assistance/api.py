"""The chapter-3 API: one operation per step, through the same services and scoped selectors as the pages."""
import datetime as dt

from django.utils import timezone
from ninja import Router, Schema, Status

from careerguide.accounts.access import api_require
from careerguide.accounts.roles import Role
from careerguide.accounts.selectors import staff_pick
from careerguide.assessments.selectors import instrument_list
from careerguide.job_seekers.selectors import job_seeker_get
from careerguide.organisations.selectors import public_unit_pick, unit_get

from .permissions import (
    can_approve_assistance,
    can_decide_transfers,
    can_designate_key_groups,
    can_form_panels,
    can_manage_outreach,
    can_serve_assistance,
    can_survey,
    can_use_approvals,
    can_view_assistance,
)
from .selectors import (
    assistance_case_get,
    assistance_case_list,
    consultation_get,
    current_plan_of,
    follow_up_get,
    plan_get,
    programme_get,
    referral_get,
    termination_get,
    terminations_awaiting,
    transfer_get,
    transfers_awaiting,
)
from .selectors.caseload import caseload
from .selectors.outreach import survey_statistics, survey_target_get, survey_worklist
from .selectors.settings import key_group_get, key_group_list
from .services import cases as cs
from .services import consultations as cons
from .services import (
    evaluations,
    followups,
    key_groups,
    outreach,
    plans,
    programmes,
    team,
    terminations,
    transfers,
    welfare,
)

router = Router(tags=["assistance"])
WORKER_ROLES = (Role.CASE_WORKER, Role.COUNSELLOR)


class CaseOut(Schema):
    id: int
    job_seeker_id: int
    unit_id: int
    status: str
    opened_on: dt.date
    episode_started_on: dt.date | None = None


class CaseRowOut(Schema):
    id: int
    name: str
    status: str
    case_worker: str | None = None
    next_duty: str | None = None
    next_due: dt.date | None = None


class Done(Schema):
    id: int
    status: str = ""


class CaseIn(Schema):
    job_seeker_id: int


class AgreementIn(Schema):
    case_worker_id: int
    location_basis: str
    address: str
    rights_obligations: str
    termination_circumstances: str
    signed_on: dt.date | None = None


def _done(obj, status: str = "") -> Done:
    return Done(id=obj.pk, status=status or getattr(obj, "status", ""))


def _case(request, case_id):
    return assistance_case_get(actor=request.user, pk=case_id)


# ---- cases --------------------------------------------------------------------------------------------

@router.get("/cases", response=list[CaseOut])
@api_require(can_view_assistance)
def list_cases(request, status: str = ""):
    return list(assistance_case_list(actor=request.user, status=status)[:200])


@router.get("/caseload", response=list[CaseRowOut])
@api_require(can_view_assistance)
def list_caseload(request, mine: bool = False, overdue: bool = False, status: str = ""):
    rows = caseload(actor=request.user, mine=mine, overdue=overdue, status=status, today=timezone.localdate())
    return [CaseRowOut(id=r.case.pk, name=r.case.job_seeker.full_name, status=r.case.status,
                       case_worker=getattr(r.worker, "full_name", None), next_duty=getattr(r.next_duty, "title", None),
                       next_due=getattr(r.next_duty, "due_date", None)) for r in rows]


@router.get("/cases/{case_id}", response=CaseOut)
@api_require(can_view_assistance)
def get_case(request, case_id: int):
    return _case(request, case_id)


@router.post("/cases", response={201: CaseOut})
@api_require(can_serve_assistance)
def open_case(request, payload: CaseIn):
    seeker = job_seeker_get(actor=request.user, pk=payload.job_seeker_id)
    return Status(201, cs.assistance_case_open(actor=request.user, job_seeker=seeker))


@router.post("/cases/{case_id}/agreement", response={201: CaseOut})
@api_require(can_serve_assistance)
def sign_agreement(request, case_id: int, payload: AgreementIn):
    case = _case(request, case_id)
    worker = staff_pick(actor=request.user, pk=payload.case_worker_id, field="case_worker_id", roles=WORKER_ROLES)
    cs.agreement_sign(actor=request.user, case=case, case_worker=worker, location_basis=payload.location_basis,
                      address=payload.address, rights_obligations=payload.rights_obligations,
                      termination_circumstances=payload.termination_circumstances, signed_on=payload.signed_on)
    case.refresh_from_db()
    return Status(201, case)


class ReassignIn(Schema):
    worker_id: int
    reason: str


@router.post("/cases/{case_id}/case-worker", response={201: Done})
@api_require(can_serve_assistance)
def reassign(request, case_id: int, payload: ReassignIn):
    worker = staff_pick(actor=request.user, pk=payload.worker_id, field="worker_id", roles=WORKER_ROLES)
    return Status(201, _done(cs.case_worker_reassign(actor=request.user, case=_case(request, case_id), worker=worker,
                                                     reason=payload.reason)))


class TeamIn(Schema):
    member_id: int
    role: str


@router.post("/cases/{case_id}/team", response={201: Done})
@api_require(can_serve_assistance)
def add_team_member(request, case_id: int, payload: TeamIn):
    case = _case(request, case_id)
    member = staff_pick(actor=request.user, pk=payload.member_id, field="member_id", unit=case.unit.parent)
    return Status(201, _done(team.team_member_add(actor=request.user, case=case, member=member, role=payload.role)))


class CloseIn(Schema):
    circumstance: str


@router.post("/cases/{case_id}/close", response={201: Done})
@api_require(can_approve_assistance)
def close_case(request, case_id: int, payload: CloseIn):
    return Status(201, _done(cs.case_close_agreed(actor=request.user, case=_case(request, case_id),
                                                  circumstance=payload.circumstance)))


# ---- evaluations, plans, services, follow-ups ----------------------------------------------------------

class EvaluationIn(Schema):
    kind: str
    evaluated_on: dt.date
    result: str
    causes: list[str] = []
    instrument_id: int | None = None
    instrument_version: str = ""
    start_lead_days: int | None = None
    readiness_ready: bool | None = None
    advice: str = ""
    programme_id: int | None = None


@router.post("/cases/{case_id}/evaluations", response={201: Done})
@api_require(can_serve_assistance)
def evaluate(request, case_id: int, payload: EvaluationIn):
    case = _case(request, case_id)
    data = payload.dict()
    instrument_id, programme_id = data.pop("instrument_id"), data.pop("programme_id")
    instrument = instrument_list().filter(pk=instrument_id).first() if instrument_id else None
    programme = programme_get(actor=request.user, pk=programme_id) if programme_id else None
    return Status(201, _done(evaluations.case_evaluate(actor=request.user, case=case, instrument=instrument,
                                                       programme=programme, **data), "recorded"))


class AssistancePlanIn(Schema):
    barriers: str
    causes: list[str]
    measures: str
    stages: list[dict]
    actions: list[dict] = []
    person_agreed: bool
    agreement_note: str
    reason: str = ""


class AssistancePlanOut(Schema):
    id: int
    number: int
    consultation_id: int | None = None


@router.post("/cases/{case_id}/plans", response={201: AssistancePlanOut})
@api_require(can_view_assistance)
def record_plan(request, case_id: int, payload: AssistancePlanIn):
    return Status(201, plans.plan_record(actor=request.user, case=_case(request, case_id), **payload.dict()))


@router.get("/cases/{case_id}/plan", response={200: AssistancePlanOut, 404: None})
@api_require(can_view_assistance)
def current_plan(request, case_id: int):
    plan = current_plan_of(case=_case(request, case_id))
    return plan if plan else Status(404, None)


class StageReviewIn(Schema):
    stage: int
    status: str
    note: str = ""


@router.post("/plans/{plan_id}/reviews", response={201: Done})
@api_require(can_serve_assistance)
def review_stage(request, plan_id: int, payload: StageReviewIn):
    plan = plan_get(actor=request.user, pk=plan_id)
    return Status(201, _done(plans.stage_review_record(actor=request.user, plan=plan, **payload.dict())))


class GuidanceIn(Schema):
    service: str = "general_guidance"
    occurred_on: dt.date
    summary: str = ""


@router.post("/cases/{case_id}/guidance", response={201: Done})
@api_require(can_serve_assistance)
def record_guidance(request, case_id: int, payload: GuidanceIn):
    entry = followups.guidance_service_record(actor=request.user, case=_case(request, case_id), **payload.dict())
    return Status(201, Done(id=entry.pk, status="recorded"))


class FollowUpIn(Schema):
    kind: str
    occurred_on: dt.date
    reached: bool
    note: str = ""
    job_ready: bool | None = None
    readiness_ready: bool | None = None
    measure_effect: str = ""
    unwilling_statement: bool = False
    stability_months: int | None = None


@router.post("/cases/{case_id}/follow-ups", response={201: Done})
@api_require(can_serve_assistance)
def record_follow_up(request, case_id: int, payload: FollowUpIn):
    row = followups.follow_up_record(actor=request.user, case=_case(request, case_id), **payload.dict())
    return Status(201, _done(row, "reached" if row.reached else "attempt"))


class JobStartIn(Schema):
    employer_name: str
    started_on: dt.date


class JobLeftIn(Schema):
    left_on: dt.date
    note: str = ""


@router.post("/cases/{case_id}/job-start", response={201: Done})
@api_require(can_serve_assistance)
def record_job_start(request, case_id: int, payload: JobStartIn):
    return Status(201, _done(followups.job_start_record(actor=request.user, case=_case(request, case_id),
                                                        **payload.dict()), "employed"))


@router.post("/cases/{case_id}/job-left", response={201: Done})
@api_require(can_serve_assistance)
def record_job_left(request, case_id: int, payload: JobLeftIn):
    return Status(201, _done(followups.job_left_record(actor=request.user, case=_case(request, case_id),
                                                       **payload.dict()), "left"))


class ProgrammeIn(Schema):
    kind: str
    name: str
    provider: str
    starts_on: dt.date
    planned_end_on: dt.date
    partner_department: str = ""


class ProgressIn(Schema):
    occurred_on: dt.date
    source: str
    source_name: str
    reached: bool
    note: str
    late_reason: str = ""


class ProgrammeEndIn(Schema):
    ended_on: dt.date
    note: str = ""


@router.post("/cases/{case_id}/programmes", response={201: Done})
@api_require(can_serve_assistance)
def enrol(request, case_id: int, payload: ProgrammeIn):
    return Status(201, _done(programmes.programme_enrol(actor=request.user, case=_case(request, case_id),
                                                        **payload.dict()), "enrolled"))


@router.post("/programmes/{programme_id}/progress", response={201: Done})
@api_require(can_serve_assistance)
def record_progress(request, programme_id: int, payload: ProgressIn):
    programme = programme_get(actor=request.user, pk=programme_id)
    row = programmes.programme_progress_record(actor=request.user, programme=programme, **payload.dict())
    return Status(201, Done(id=row.pk, status=",".join(row.checkpoints)))


@router.post("/programmes/{programme_id}/end", response={201: Done})
@api_require(can_serve_assistance)
def end_programme(request, programme_id: int, payload: ProgrammeEndIn):
    programme = programme_get(actor=request.user, pk=programme_id)
    return Status(201, _done(programmes.programme_end_record(actor=request.user, programme=programme,
                                                             **payload.dict()), "ended"))


# ---- expert consultation -------------------------------------------------------------------------------

class ConsultationIn(Schema):
    issues: str


class PanelIn(Schema):
    member_ids: list[int]


class OpinionIn(Schema):
    issues: str
    advice: str
    held_on: dt.date | None = None


class PanelReportIn(Schema):
    content: str
    reported_on: dt.date | None = None


@router.post("/cases/{case_id}/consultations", response={201: Done})
@api_require(can_serve_assistance)
def request_consultation(request, case_id: int, payload: ConsultationIn):
    return Status(201, _done(cons.consultation_request(actor=request.user, case=_case(request, case_id),
                                                       issues=payload.issues)))


@router.post("/consultations/{consultation_id}/panel", response={201: Done})
@api_require(can_form_panels)
def set_panel(request, consultation_id: int, payload: PanelIn):
    consultation = consultation_get(actor=request.user, pk=consultation_id)
    members = [staff_pick(actor=request.user, pk=pk, field="member_ids", unit=consultation.higher_unit)
               for pk in payload.member_ids]
    cons.consultation_panel_set(actor=request.user, consultation=consultation, members=members)
    return Status(201, _done(consultation))


@router.post("/consultations/{consultation_id}/opinions", response={201: Done})
@api_require(can_view_assistance)
def record_opinion(request, consultation_id: int, payload: OpinionIn):
    consultation = consultation_get(actor=request.user, pk=consultation_id)
    return Status(201, _done(cons.consultation_opinion_record(actor=request.user, consultation=consultation,
                                                              **payload.dict()), "recorded"))


@router.post("/consultations/{consultation_id}/reports", response={201: Done})
@api_require(can_serve_assistance)
def report_to_panel(request, consultation_id: int, payload: PanelReportIn):
    consultation = consultation_get(actor=request.user, pk=consultation_id)
    return Status(201, _done(cons.panel_report_record(actor=request.user, consultation=consultation,
                                                      **payload.dict()), "reported"))


# ---- transfers, termination, welfare -------------------------------------------------------------------

class TransferIn(Schema):
    reason: str
    to_unit_id: int
    new_address: str


class VerifyIn(Schema):
    accept: bool
    note: str


class DecisionIn(Schema):
    decision: str
    note: str = ""


@router.post("/cases/{case_id}/transfers", response={201: Done})
@api_require(can_serve_assistance)
def request_transfer(request, case_id: int, payload: TransferIn):
    to_unit = public_unit_pick(pk=payload.to_unit_id, field="to_unit_id", levels=("street",))
    return Status(201, _done(transfers.transfer_request(actor=request.user, case=_case(request, case_id),
                                                        reason=payload.reason, to_unit=to_unit,
                                                        new_address=payload.new_address)))


@router.post("/transfers/{transfer_id}/verify", response={201: Done})
@api_require(can_serve_assistance)
def verify_transfer(request, transfer_id: int, payload: VerifyIn):
    transfer = transfer_get(actor=request.user, pk=transfer_id)
    return Status(201, _done(transfers.transfer_verify(actor=request.user, transfer=transfer, **payload.dict())))


@router.post("/transfers/{transfer_id}/resubmit", response={201: Done})
@api_require(can_serve_assistance)
def resubmit_transfer(request, transfer_id: int):
    transfer = transfer_get(actor=request.user, pk=transfer_id)
    return Status(201, _done(transfers.transfer_resubmit(actor=request.user, transfer=transfer)))


@router.post("/transfers/{transfer_id}/decision", response={201: Done})
@api_require(can_decide_transfers)
def decide_transfer(request, transfer_id: int, payload: DecisionIn):
    transfer = transfer_get(actor=request.user, pk=transfer_id)
    return Status(201, _done(transfers.transfer_decide(actor=request.user, transfer=transfer, **payload.dict())))


class TerminationIn(Schema):
    follow_up_id: int
    statement: str
    verification_note: str


class TerminationDecisionIn(Schema):
    approve: bool
    note: str = ""
    reported_to: str = ""


@router.post("/cases/{case_id}/terminations", response={201: Done})
@api_require(can_serve_assistance)
def request_termination(request, case_id: int, payload: TerminationIn):
    follow_up = follow_up_get(actor=request.user, pk=payload.follow_up_id)
    return Status(201, _done(terminations.termination_request(
        actor=request.user, case=_case(request, case_id), follow_up=follow_up, statement=payload.statement,
        verification_note=payload.verification_note)))


@router.post("/terminations/{termination_id}/decision", response={201: Done})
@api_require(can_approve_assistance)
def decide_termination(request, termination_id: int, payload: TerminationDecisionIn):
    row = termination_get(actor=request.user, pk=termination_id)
    return Status(201, _done(terminations.termination_decide(actor=request.user, termination=row, **payload.dict())))


class ReferralIn(Schema):
    organisation: str
    obligations_attested: bool
    obligations_evidence: str = ""
    placement_criteria_met: bool
    criteria_document: str = ""


class PlacementIn(Schema):
    post: str
    placed_on: dt.date
    placement_ends_on: dt.date


class PlacementEndIn(Schema):
    outcome: str
    ended_on: dt.date
    resume: bool = False
    note: str = ""


@router.post("/cases/{case_id}/welfare-referrals", response={201: Done})
@api_require(can_serve_assistance)
def refer_to_welfare(request, case_id: int, payload: ReferralIn):
    return Status(201, _done(welfare.welfare_refer(actor=request.user, case=_case(request, case_id), **payload.dict()),
                             "referred"))


@router.post("/referrals/{referral_id}/placement", response={201: Done})
@api_require(can_serve_assistance)
def record_placement(request, referral_id: int, payload: PlacementIn):
    referral = referral_get(actor=request.user, pk=referral_id)
    return Status(201, _done(welfare.welfare_place(actor=request.user, referral=referral, **payload.dict()), "placed"))


@router.post("/referrals/{referral_id}/end", response={201: Done})
@api_require(can_serve_assistance)
def end_placement(request, referral_id: int, payload: PlacementEndIn):
    referral = referral_get(actor=request.user, pk=referral_id)
    row = welfare.welfare_placement_end(actor=request.user, referral=referral, **payload.dict())
    return Status(201, _done(row, row.outcome))


class InboxOut(Schema):
    transfers: list[int]
    terminations: list[int]


@router.get("/approvals", response=InboxOut)
@api_require(can_use_approvals)
def approvals(request):
    user = request.user
    return InboxOut(transfers=[t.pk for t in transfers_awaiting(actor=user)] if can_decide_transfers(user) else [],
                    terminations=[t.pk for t in terminations_awaiting(actor=user)] if can_approve_assistance(user) else [])


# ---- outreach ------------------------------------------------------------------------------------------

class TargetOut(Schema):
    id: int
    name: str
    category: str
    status: str
    due: dt.date | None = None
    assigned_to_id: int | None = None


class AssignIn(Schema):
    assignee_id: int


class SurveyIn(Schema):
    occurred_on: dt.date
    method: str
    reached: bool
    willing: bool | None = None
    reasons: list[str] = []
    reason_note: str = ""
    answers: dict = {}
    circumstance: str = ""
    circumstance_note: str = ""
    next_due: dt.date | None = None


class StopReportIn(Schema):
    recipient: str
    content: str = ""
    reported_on: dt.date | None = None


@router.get("/outreach/targets", response=list[TargetOut])
@api_require(can_survey)
def list_targets(request, status: str = "open", mine: bool = False):
    return [TargetOut(id=r.target.pk, name=r.target.job_seeker.full_name, category=r.target.category,
                      status=r.target.status, due=getattr(r.due, "due_date", None),
                      assigned_to_id=r.target.assigned_to_id)
            for r in survey_worklist(actor=request.user, status=status, mine=mine)]


@router.post("/outreach/generate", response={201: Done})
@api_require(can_manage_outreach)
def generate_targets(request):
    added = outreach.survey_targets_generate(actor=request.user, unit=request.user.unit)
    return Status(201, Done(id=added, status="listed"))


@router.post("/outreach/targets/{target_id}/assign", response={201: Done})
@api_require(can_manage_outreach)
def assign_target(request, target_id: int, payload: AssignIn):
    target = survey_target_get(actor=request.user, pk=target_id)
    assignee = staff_pick(actor=request.user, pk=payload.assignee_id, field="assignee_id")
    return Status(201, _done(outreach.survey_target_assign(actor=request.user, target=target, assignee=assignee)))


@router.post("/outreach/targets/{target_id}/surveys", response={201: Done})
@api_require(can_survey)
def record_survey(request, target_id: int, payload: SurveyIn):
    target = survey_target_get(actor=request.user, pk=target_id)
    outreach.survey_record(actor=request.user, target=target, **payload.dict())
    target.refresh_from_db()
    return Status(201, _done(target))


@router.post("/outreach/targets/{target_id}/stop-report", response={201: Done})
@api_require(can_manage_outreach)
def report_stop(request, target_id: int, payload: StopReportIn):
    target = survey_target_get(actor=request.user, pk=target_id)
    return Status(201, _done(outreach.survey_stop_report(actor=request.user, target=target, **payload.dict())))


@router.get("/outreach/statistics")
@api_require(can_view_assistance)
def outreach_statistics(request, since: dt.date, until: dt.date, unit_id: int | None = None):
    unit = unit_get(actor=request.user, pk=unit_id) if unit_id else request.user.unit
    return survey_statistics(actor=request.user, unit=unit, since=since, until=until)


# ---- key groups ----------------------------------------------------------------------------------------

class KeyGroupIn(Schema):
    name: str
    description: str
    effective_from: dt.date
    effective_to: dt.date | None = None


class KeyGroupOut(Schema):
    id: int
    name: str
    unit_id: int
    effective_from: dt.date
    effective_to: dt.date | None = None


@router.get("/key-groups", response=list[KeyGroupOut])
@api_require(can_view_assistance)
def list_key_groups(request):
    return list(key_group_list(actor=request.user))


@router.post("/key-groups", response={201: KeyGroupOut})
@api_require(can_designate_key_groups)
def create_key_group(request, payload: KeyGroupIn):
    return Status(201, key_groups.key_group_create(actor=request.user, **payload.dict()))


@router.post("/key-groups/{group_id}/cases", response={201: CaseOut})
@api_require(can_serve_assistance)
def open_key_group_case(request, group_id: int, payload: CaseIn):
    group = key_group_get(actor=request.user, pk=group_id)
    seeker = job_seeker_get(actor=request.user, pk=payload.job_seeker_id)
    return Status(201, cs.key_group_case_open(actor=request.user, job_seeker=seeker, group=group))

"""JSON API of the CQ guidance process: cases, steps, sessions, referral, safety (mounted at /api/guidance/cq)."""
import datetime as dt

from django.utils import timezone
from ninja import Router, Schema, Status

from careerguide.accounts.access import api_require
from careerguide.accounts.roles import Role
from careerguide.accounts.selectors import staff_pick
from careerguide.common.errors import NotFound

from ...selectors import appointment_get, subject_get
from ..permissions import can_manage_cq, can_work_cq_cases
from ..selectors import (
    case_get,
    case_list,
    case_plan_get,
    institution_get,
    participant_get,
    referral_get,
    session_compliance,
    session_get,
)
from ..services import cases as case_services
from ..services.catalogue import case_service_item_attach, practice_guidance_record, training_recommend
from ..services.database import case_read, disclosure_record, satisfaction_submit
from ..services.risk import (
    referral_accept,
    referral_decide,
    referral_explain,
    referral_form_complete,
    referral_hand_over,
    referral_initiate,
    referral_schedule_interview,
    safety_concern_record,
)
from ..services.sessions import materials_deliver, participant_register, session_plan

router = Router(tags=["guidance-cq"])


class CqCaseOut(Schema):
    id: int
    subject_type: str
    subject_id: str
    subject_label: str
    recipient_type: str
    status: str
    counsellor_id: int
    key_assistance: bool
    goals: list
    registered_on: dt.date


class CqCaseIn(Schema):
    subject_type: str
    subject_id: int
    topic: str
    preferred_channel: str
    specific_groups: list[str] = []
    job_search_need: bool = False


class StepIn(Schema):
    step: str
    career_info: dict = {}
    needs: list[dict] = []
    goals: list[str] = []
    method: str = ""


class RecordIn(Schema):
    held_on: dt.date
    channel: str
    service_type: str
    summary: str
    goal_indexes: list[int] = []
    referral_trigger: str = ""


class CqPlanIn(Schema):
    goals: list[str]
    targets: str
    actions: list[str]
    start_on: dt.date
    end_on: dt.date | None = None


class CqPlanOut(Schema):
    id: int
    version: int
    status: str
    start_on: dt.date
    end_on: dt.date


class CqAgreeIn(Schema):
    method: str


class CqSessionIn(Schema):
    title: str
    session_on: dt.date
    material_version: str


class CqSessionOut(Schema):
    id: int
    title: str
    session_on: dt.date
    material_deadline: dt.date
    compliance: str

    @staticmethod
    def resolve_compliance(obj) -> str:
        """CQ-7.1.2-1: derived from the deliveries and the deadline."""
        return str(session_compliance(session=obj, today=timezone.localdate()))


class ParticipantIn(Schema):
    name: str
    case_id: int | None = None


class ParticipantOut(Schema):
    id: int
    name: str
    late_registrant: bool
    delivery_status: str


class DeliverIn(Schema):
    channel: str


class CqReferralIn(Schema):
    trigger: str
    description: str
    receiver_id: int | None = None
    institution: str = ""


class ReferralOut(Schema):
    id: int
    status: str
    trigger: str


class ExplainIn(Schema):
    on: dt.date
    channel: str
    reasons: str


class DecideIn(Schema):
    consented: bool
    method: str
    data_sharing: bool = False


class ConcernIn(Schema):
    kind: str
    description: str


class ConcernOut(Schema):
    id: int
    kind: str
    notified: list


class DisclosureIn(Schema):
    recipient: str
    content: str
    basis: str
    basis_detail: str


class DisclosureOut(Schema):
    id: int
    basis: str
    recipient: str


class SatisfactionIn(Schema):
    score: int
    channel: str
    comment: str = ""


class IdOut(Schema):
    id: int


@router.get("/cases", response=list[CqCaseOut])
@api_require(can_work_cq_cases)
def list_cases(request, status: str = ""):
    return list(case_list(actor=request.user, status=status)[:500])


@router.post("/cases", response={201: CqCaseOut})
@api_require(can_work_cq_cases)
def create_case(request, payload: CqCaseIn):
    subject = subject_get(actor=request.user, subject_type=payload.subject_type, subject_id=payload.subject_id)
    recipient = "employer" if payload.subject_type.startswith("employers.") else "worker"
    return Status(201, case_services.case_register(
        actor=request.user, subject=subject, unit=request.user.unit, topic=payload.topic,
        preferred_channel=payload.preferred_channel, specific_groups=payload.specific_groups,
        job_search_need=payload.job_search_need, recipient_type=recipient))


@router.get("/cases/{case_id}", response=CqCaseOut)
@api_require(can_work_cq_cases)
def get_case(request, case_id: int):
    return case_read(actor=request.user, pk=case_id)


_STEPS = {
    "start_collection": lambda a, c, p: case_services.case_start_collection(actor=a, case=c),
    "career_info": lambda a, c, p: case_services.case_career_info_set(actor=a, case=c, info=p.career_info),
    "to_needs_analysis": lambda a, c, p: case_services.case_to_needs_analysis(actor=a, case=c),
    "needs": lambda a, c, p: case_services.case_needs_set(actor=a, case=c, needs=p.needs),
    "confirm_goals": lambda a, c, p: case_services.case_goals_confirm(actor=a, case=c, goals=p.goals, method=p.method),
    "to_plan_drafting": lambda a, c, p: case_services.case_to_plan_drafting(actor=a, case=c),
}


@router.post("/cases/{case_id}/steps", response=CqCaseOut)
@api_require(can_work_cq_cases)
def case_step(request, case_id: int, payload: StepIn):
    if payload.step not in _STEPS:
        raise NotFound()
    return _STEPS[payload.step](request.user, case_get(actor=request.user, pk=case_id), payload)


@router.post("/cases/{case_id}/records", response={201: IdOut})
@api_require(can_work_cq_cases)
def add_record(request, case_id: int, payload: RecordIn):
    case = case_get(actor=request.user, pk=case_id)
    return Status(201, case_services.process_record_add(actor=request.user, case=case, **payload.dict()))


@router.post("/cases/{case_id}/plans", response={201: CqPlanOut})
@api_require(can_work_cq_cases)
def draft_plan(request, case_id: int, payload: CqPlanIn):
    case = case_get(actor=request.user, pk=case_id)
    return Status(201, case_services.plan_draft(actor=request.user, case=case, **payload.dict()))


@router.post("/cases/{case_id}/plans/{plan_id}/agree", response=CqPlanOut)
@api_require(can_work_cq_cases)
def agree_plan(request, case_id: int, plan_id: int, payload: CqAgreeIn):
    plan = case_plan_get(case=case_get(actor=request.user, pk=case_id), pk=plan_id)
    return case_services.plan_agree(actor=request.user, plan=plan, method=payload.method)


@router.post("/cases/{case_id}/referrals", response={201: ReferralOut})
@api_require(can_work_cq_cases)
def initiate_referral(request, case_id: int, payload: CqReferralIn):
    case = case_get(actor=request.user, pk=case_id)
    receiver = staff_pick(actor=request.user, pk=payload.receiver_id, field="receiver", roles=(Role.COUNSELLOR,),
                          required=False)
    return Status(201, referral_initiate(actor=request.user, case=case, trigger=payload.trigger,
                                         description=payload.description, receiver=receiver,
                                         institution=payload.institution))


@router.post("/referrals/{referral_id}/explain", response=ReferralOut)
@api_require(can_work_cq_cases)
def explain_referral(request, referral_id: int, payload: ExplainIn):
    return referral_explain(actor=request.user, referral=referral_get(actor=request.user, pk=referral_id),
                            **payload.dict())


@router.post("/referrals/{referral_id}/decision", response=ReferralOut)
@api_require(can_work_cq_cases)
def decide_referral(request, referral_id: int, payload: DecideIn):
    return referral_decide(actor=request.user, referral=referral_get(actor=request.user, pk=referral_id),
                           **payload.dict())


@router.post("/cases/{case_id}/safety-concerns", response={201: ConcernOut})
@api_require(can_work_cq_cases)
def record_concern(request, case_id: int, payload: ConcernIn):
    case = case_get(actor=request.user, pk=case_id)
    return Status(201, safety_concern_record(actor=request.user, case=case, **payload.dict()))


@router.post("/cases/{case_id}/disclosures", response={201: DisclosureOut})
@api_require(can_work_cq_cases)
def record_disclosure(request, case_id: int, payload: DisclosureIn):
    case = case_get(actor=request.user, pk=case_id)
    return Status(201, disclosure_record(actor=request.user, case=case, **payload.dict()))


@router.post("/cases/{case_id}/satisfaction", response={201: IdOut})
@api_require(can_manage_cq)
def enter_satisfaction(request, case_id: int, payload: SatisfactionIn):
    case = case_get(actor=request.user, pk=case_id)
    return Status(201, satisfaction_submit(actor=request.user, case=case, **payload.dict()))


@router.post("/sessions", response={201: CqSessionOut})
@api_require(can_work_cq_cases)
def plan_session(request, payload: CqSessionIn):
    return Status(201, session_plan(actor=request.user, unit=request.user.unit, **payload.dict()))


@router.get("/sessions/{session_id}", response=CqSessionOut)
@api_require(can_work_cq_cases)
def get_session(request, session_id: int):
    return session_get(actor=request.user, pk=session_id)


@router.post("/sessions/{session_id}/participants", response={201: ParticipantOut})
@api_require(can_work_cq_cases)
def register_participant(request, session_id: int, payload: ParticipantIn):
    session = session_get(actor=request.user, pk=session_id)
    case = case_get(actor=request.user, pk=payload.case_id) if payload.case_id else None
    return Status(201, participant_register(actor=request.user, session=session, name=payload.name, case=case))


@router.post("/sessions/{session_id}/participants/{participant_id}/delivery", response=ParticipantOut)
@api_require(can_work_cq_cases)
def deliver_materials(request, session_id: int, participant_id: int, payload: DeliverIn):
    session = session_get(actor=request.user, pk=session_id)
    participant = participant_get(session=session, pk=participant_id)
    return materials_deliver(actor=request.user, participant=participant, channel=payload.channel,
                             version=session.material_version)


class BookingCaseIn(Schema):
    topic: str
    preferred_channel: str
    specific_groups: list[str] = []
    job_search_need: bool = False


class AdjustmentIn(Schema):
    target: str
    change: str


class CqFollowUpIn(Schema):
    held_on: dt.date
    channel: str
    execution: dict = {}
    adjustments: list[AdjustmentIn] = []
    next_on: dt.date | None = None


class FollowUpOut(Schema):
    id: int
    held_on: dt.date
    next_on: dt.date


class ServiceItemIn(Schema):
    item: str
    label: str = ""
    reference: str = ""
    note: str = ""


class ServiceItemOut(Schema):
    id: int
    item: str
    basis: str


class RecommendationIn(Schema):
    institution_id: int
    training_info: str
    need: str


class PracticeDataIn(Schema):
    topic: str
    figures: str
    source: str
    date: str


class PracticeIn(Schema):
    held_on: dt.date
    channel: str
    data_used: list[PracticeDataIn]
    development_goals: str
    pay_recommendations: str
    reserve_recommendations: str


class ReferralFormIn(Schema):
    form: dict


class ReviewedIn(Schema):
    reviewed_note: str


class InterviewIn(Schema):
    on: dt.date


@router.post("/bookings/{appointment_id}/case", response={201: CqCaseOut})
@api_require(can_work_cq_cases)
def open_case_from_booking(request, appointment_id: int, payload: BookingCaseIn):
    """CQ-6.1-2: the case of a guidance appointment with its counsellor assigned."""
    appointment = appointment_get(actor=request.user, pk=appointment_id)
    subject = subject_get(actor=request.user, subject_type=appointment.subject_type, subject_id=appointment.subject_id)
    return Status(201, case_services.case_open_from_appointment(actor=request.user, appointment=appointment,
                                                                subject=subject, **payload.dict()))


@router.post("/cases/{case_id}/follow-ups", response={201: FollowUpOut})
@api_require(can_work_cq_cases)
def record_follow_up(request, case_id: int, payload: CqFollowUpIn):
    """CQ-6.1.5-2, CQ-6.1.5-3."""
    case = case_get(actor=request.user, pk=case_id)
    return Status(201, case_services.follow_up_record(actor=request.user, case=case, **payload.dict()))


@router.post("/cases/{case_id}/service-items", response={201: ServiceItemOut})
@api_require(can_work_cq_cases)
def attach_service_item(request, case_id: int, payload: ServiceItemIn):
    """CQ-7.1.10-1."""
    case = case_get(actor=request.user, pk=case_id)
    return Status(201, case_service_item_attach(actor=request.user, case=case, **payload.dict()))


@router.post("/cases/{case_id}/training-recommendations", response={201: IdOut})
@api_require(can_work_cq_cases)
def recommend_training(request, case_id: int, payload: RecommendationIn):
    """CQ-7.1.5-2."""
    case = case_get(actor=request.user, pk=case_id)
    institution = institution_get(actor=request.user, pk=payload.institution_id)
    return Status(201, training_recommend(actor=request.user, case=case, institution=institution,
                                          training_info=payload.training_info, need=payload.need))


@router.post("/cases/{case_id}/practice-guidance", response={201: IdOut})
@api_require(can_work_cq_cases)
def record_practice_guidance(request, case_id: int, payload: PracticeIn):
    """CQ-7.1.9-1."""
    case = case_get(actor=request.user, pk=case_id)
    return Status(201, practice_guidance_record(actor=request.user, case=case, **payload.dict()))


@router.post("/referrals/{referral_id}/form", response=ReferralOut)
@api_require(can_work_cq_cases)
def complete_referral_form(request, referral_id: int, payload: ReferralFormIn):
    return referral_form_complete(actor=request.user, referral=referral_get(actor=request.user, pk=referral_id),
                                  form=payload.form)


@router.post("/referrals/{referral_id}/hand-over", response=ReferralOut)
@api_require(can_work_cq_cases)
def hand_over_referral(request, referral_id: int):
    return referral_hand_over(actor=request.user, referral=referral_get(actor=request.user, pk=referral_id))


@router.post("/referrals/{referral_id}/acceptance", response=ReferralOut)
@api_require(can_work_cq_cases)
def accept_referral(request, referral_id: int, payload: ReviewedIn):
    return referral_accept(actor=request.user, referral=referral_get(actor=request.user, pk=referral_id),
                           reviewed_note=payload.reviewed_note)


@router.post("/referrals/{referral_id}/interview", response=ReferralOut)
@api_require(can_work_cq_cases)
def schedule_referral_interview(request, referral_id: int, payload: InterviewIn):
    return referral_schedule_interview(actor=request.user, referral=referral_get(actor=request.user, pk=referral_id),
                                       on=payload.on)

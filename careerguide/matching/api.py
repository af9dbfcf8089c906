"""JSON API of matching (/api/matching): suggestions, recommendations with consent, outcomes, the
follow-up list, instrument versions, and the employer agent's candidate view (BJ-40-2)."""
import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status

from careerguide.accounts.access import api_require
from careerguide.common.services import refuse_forbidden
from careerguide.job_seekers.selectors import job_seeker_get
from careerguide.privacy.choices import ReadPurpose
from careerguide.privacy.services import log_candidate_reads

from .permissions import (
    can_manage_matching_instruments,
    can_recommend_candidates,
    can_recommend_vacancies,
    can_record_outcomes,
    can_view_matching,
    is_employer_agent,
)
from .selectors import (
    agent_candidate_get,
    agent_candidate_list,
    candidate_card,
    candidate_suggestions,
    follow_up_list,
    instrument_list,
    matchable_vacancy_get,
    recommendation_get,
    vacancy_suggestions,
)
from .services.instruments import instrument_for, instrument_publish
from .services.outcomes import recommendation_outcome_record
from .services.profiles import vacancy_match_profile_record
from .services.recommendations import recommendation_create
from .states import Direction

router = Router(tags=["matching"])


class CriterionOut(Schema):
    key: str
    label: str
    status: str
    status_label: str
    credit_percent: int
    weight: int
    reason: str
    clause: str


class VacancySuggestionOut(Schema):
    vacancy_id: int
    employer_name: str
    title: str
    score: int
    suggested: bool
    instrument_version: str
    explanation: list[CriterionOut]


class CandidateSuggestionOut(Schema):
    job_seeker_id: int
    full_name: str
    score: int
    suggested: bool
    instrument_version: str
    explanation: list[CriterionOut]


@router.get("/job-seekers/{job_seeker_id}/suggestions", response=list[VacancySuggestionOut])
@api_require(can_view_matching)
def job_seeker_suggestions(request, job_seeker_id: int, all: bool = False):
    seeker = job_seeker_get(actor=request.user, pk=job_seeker_id)
    today = timezone.localdate()
    rows = vacancy_suggestions(job_seeker=seeker, on=today, instrument=instrument_for(on=today),
                               include_below_threshold=all)
    return [{"vacancy_id": v.pk, "employer_name": v.employer.name, "title": v.published_version.title,
             "score": r.score, "suggested": r.suggested, "instrument_version": r.instrument_version,
             "explanation": r.explanation()} for v, r in rows]


@router.get("/vacancies/{vacancy_id}/suggestions", response=list[CandidateSuggestionOut])
@api_require(can_view_matching)
def vacancy_candidate_suggestions(request, vacancy_id: int, all: bool = False):
    vacancy = matchable_vacancy_get(pk=vacancy_id)
    today = timezone.localdate()
    rows = candidate_suggestions(actor=request.user, vacancy=vacancy, on=today, instrument=instrument_for(on=today),
                                 include_below_threshold=all)
    return [{"job_seeker_id": s.pk, "full_name": s.full_name, "score": r.score, "suggested": r.suggested,
             "instrument_version": r.instrument_version, "explanation": r.explanation()} for s, r in rows]


class MatchingProfileIn(Schema):
    required_skill_level: int | None = None
    min_experience_months: int | None = None
    working_pattern: str = ""
    start_within_days: int | None = None  # none: the BJ-15-1 standard (policy bj.job_ready_start_days)


class ProfileOut(MatchingProfileIn):
    id: int
    vacancy_id: int
    start_within_days: int


@router.post("/vacancies/{vacancy_id}/profile", response={201: ProfileOut})
@api_require(can_recommend_candidates)
def vacancy_profile(request, vacancy_id: int, payload: MatchingProfileIn):
    vacancy = matchable_vacancy_get(pk=vacancy_id)
    return Status(201, vacancy_match_profile_record(actor=request.user, vacancy=vacancy, **payload.dict()))


class MatchingRecommendationIn(Schema):
    job_seeker_id: int
    vacancy_id: int
    direction: str
    consent_channel: str = ""
    consent_on: dt.date | None = None
    consent_note: str = ""
    note: str = ""


class RecommendationOut(Schema):
    id: int
    job_seeker_id: int
    vacancy_id: int
    employer_id: int
    direction: str
    recommended_on: dt.date
    staff_id: int
    unit_id: int
    instrument_version: str
    score: int
    explanation: list[CriterionOut]
    consent_channel: str
    consent_on: dt.date
    status: str
    follow_up_due: dt.date
    outcome_on: dt.date | None
    not_hired_reason: str
    person_attributable: bool | None
    outcome_note: str


def _out(rec) -> dict:
    return {"id": rec.pk, "job_seeker_id": rec.job_seeker_id, "vacancy_id": rec.vacancy_id, "employer_id": rec.employer_id,
            "direction": rec.direction, "recommended_on": rec.recommended_on, "staff_id": rec.staff_id,
            "unit_id": rec.unit_id, "instrument_version": rec.instrument.version, "score": rec.score,
            "explanation": rec.explanation, "consent_channel": rec.consent_channel, "consent_on": rec.consent_on,
            "status": rec.status, "follow_up_due": rec.follow_up_due, "outcome_on": rec.outcome_on,
            "not_hired_reason": rec.not_hired_reason, "person_attributable": rec.person_attributable,
            "outcome_note": rec.outcome_note}


@router.post("/recommendations", response={201: RecommendationOut})
@api_require(can_record_outcomes)
def recommend(request, payload: MatchingRecommendationIn):
    """Either direction; the service refuses without consent or job readiness (BJ-15-2, BJ-40-1)."""
    seeker = job_seeker_get(actor=request.user, pk=payload.job_seeker_id)
    vacancy = matchable_vacancy_get(pk=payload.vacancy_id)
    allowed = can_recommend_candidates if payload.direction == Direction.TO_EMPLOYER else can_recommend_vacancies
    if not allowed(request.user):
        refuse_forbidden(message=_("您的岗位职责不包括此方向的匹配推荐。"))
    rec = recommendation_create(actor=request.user, job_seeker=seeker, vacancy=vacancy, direction=payload.direction,
                                consent_channel=payload.consent_channel, consent_on=payload.consent_on,
                                consent_note=payload.consent_note, note=payload.note)
    return Status(201, _out(rec))


@router.get("/recommendations/{recommendation_id}", response=RecommendationOut)
@api_require(can_view_matching)
def recommendation_detail(request, recommendation_id: int):
    return _out(recommendation_get(actor=request.user, pk=recommendation_id))


class OutcomeIn(Schema):
    outcome: str
    outcome_on: dt.date | None = None
    not_hired_reason: str = ""
    job_start: dt.date | None = None
    note: str = ""


@router.post("/recommendations/{recommendation_id}/outcome", response=RecommendationOut)
@api_require(can_record_outcomes)
def outcome(request, recommendation_id: int, payload: OutcomeIn):
    rec = recommendation_get(actor=request.user, pk=recommendation_id)
    recommendation_outcome_record(actor=request.user, recommendation=rec, outcome=payload.outcome, on=payload.outcome_on,
                                  reason_code=payload.not_hired_reason, note=payload.note, job_start=payload.job_start)
    return _out(recommendation_get(actor=request.user, pk=recommendation_id))


@router.get("/follow-ups", response=list[RecommendationOut])
@api_require(can_view_matching)
def follow_ups(request, limit: int = 100, offset: int = Query(0, ge=0)):
    limit = max(1, min(limit, 500))
    return [_out(r) for r in follow_up_list(actor=request.user)[offset:offset + limit]]


class MatchingInstrumentIn(Schema):
    version: str
    weights: dict[str, int]
    min_score: int
    effective_from: dt.date
    unknown_credit_percent: int = 50
    pay_tolerance_percent: int = 10
    note: str = ""


class MatchingInstrumentOut(Schema):
    id: int
    version: str
    name: str
    purpose: str
    weights: dict[str, int]
    min_score: int
    unknown_credit_percent: int
    pay_tolerance_percent: int
    output_scale: str
    effective_from: dt.date


@router.get("/instruments", response=list[MatchingInstrumentOut])
@api_require(can_view_matching)
def instruments(request):
    instrument_for(on=timezone.localdate())
    return list(instrument_list())


@router.post("/instruments", response={201: MatchingInstrumentOut})
@api_require(can_manage_matching_instruments)
def instrument_create(request, payload: MatchingInstrumentIn):
    return Status(201, instrument_publish(actor=request.user, **payload.dict()))


class CandidateOut(Schema):
    """A recommended candidate as the employer sees it: job-relevant data only (BJ-40-2)."""

    id: int
    reference: str
    display_name: str
    vacancy_id: int
    vacancy_title: str
    employer_name: str
    recommended_on: dt.date
    status: str
    status_label: str
    score: int
    sought_occupation: str
    education: str
    skill_level: str
    certificates: list[dict]
    experience: list[dict]
    job_ready: bool | None
    available_from: dt.date | None
    working_pattern: str


@router.get("/candidates", response=list[CandidateOut])
@api_require(is_employer_agent)
def candidates(request):
    today = timezone.localdate()
    recs = list(agent_candidate_list(actor=request.user)[:200])
    log_candidate_reads(actor=request.user, recommendations=recs, purpose=ReadPurpose.CANDIDATE_LIST)
    return [candidate_card(recommendation=r, on=today) for r in recs]


@router.get("/candidates/{recommendation_id}", response=CandidateOut)
@api_require(is_employer_agent)
def candidate(request, recommendation_id: int):
    rec = agent_candidate_get(actor=request.user, pk=recommendation_id)
    log_candidate_reads(actor=request.user, recommendations=[rec], purpose=ReadPurpose.CANDIDATE_DETAIL)
    return candidate_card(recommendation=rec, on=timezone.localdate())

"""Reads of matching: the facts the instrument scores, suggestions, recommendations and the
employer's candidate view.  Staff reads are scoped by `visible_to`; an employer agent sees only
the candidates recommended to the employers it acts for (BJ-40-2)."""
from __future__ import annotations

import datetime as dt

from django.db.models import Q

from careerguide.common.errors import NotFound
from careerguide.employers.models import DailyServiceAgreement
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.states import JobSeekerStatus
from careerguide.organisations.scoping import visible_to
from careerguide.privacy.masking import mask_name
from careerguide.vacancies.models import Vacancy
from careerguide.vacancies.states import VacancyStatus

from . import rules
from .models import MatchingInstrument, Recommendation, VacancyMatchProfile
from .states import OPEN_OUTCOMES, Direction, Outcome

#: Persons in active matching (BJ-16-2: employed, archived and stopped persons are not).
MATCHABLE_STATUSES = (JobSeekerStatus.REGISTERED, JobSeekerStatus.IN_SERVICE, JobSeekerStatus.ROUTED_TO_ASSISTANCE)
SUGGESTION_POOL = 500
_AGENCY_SUFFIXES = ("就业服务中心", "公共就业服务中心", "人力资源公共服务中心")
_KEY_ENTERPRISE_STATUSES = ("agreement_signed", "active", "transfer_pending")


# ---- instrument ----------------------------------------------------------------------------------------


def definition_of(row: MatchingInstrument | None) -> rules.InstrumentDefinition:
    if row is None:
        return rules.DEFAULT_INSTRUMENT
    return rules.InstrumentDefinition(version=row.version, weights=dict(row.weights), min_score=row.min_score,
                                      unknown_credit_percent=row.unknown_credit_percent,
                                      pay_tolerance_percent=row.pay_tolerance_percent, output_scale=row.output_scale)


def instrument_in_force(on: dt.date) -> MatchingInstrument | None:
    return MatchingInstrument.objects.filter(effective_from__lte=on).order_by("-effective_from", "-pk").first()


def instrument_list():
    return MatchingInstrument.objects.select_related("published_by").order_by("-effective_from", "-pk")


# ---- facts ---------------------------------------------------------------------------------------------


def _months(start: dt.date | None, end: dt.date | None, on: dt.date) -> int:
    if start is None:
        return 0
    end = end or on
    return max(0, (end.year - start.year) * 12 + end.month - start.month)


def latest_readiness(job_seeker):
    return job_seeker.readiness_assessments.order_by("-assessed_on", "-pk").first()


def candidate_facts(job_seeker: JobSeeker, *, on: dt.date) -> rules.CandidateFacts:
    """The job-relevant facts of a person (never sex, age, ethnicity, household registration …)."""
    readiness = latest_readiness(job_seeker)
    experience = tuple(rules.Experience(item.occupation.code if item.occupation_id else "",
                                        _months(item.started_on, item.ended_on, on))
                       for item in job_seeker.work_history.select_related("occupation"))
    certificates = tuple((c.occupation.code if c.occupation_id else "", c.skill_level)
                         for c in job_seeker.certificates.select_related("occupation"))
    return rules.CandidateFacts(
        sought_occupation_code=job_seeker.sought_occupation.code if job_seeker.sought_occupation_id else "",
        skill_level=job_seeker.skill_level, certificates=certificates, experience=experience,
        salary_min=job_seeker.salary_min, working_pattern=job_seeker.working_pattern or "",
        habitual_district_id=job_seeker.habitual_district_id, sought_area=job_seeker.sought_area or "",
        job_ready=readiness.job_ready if readiness else None,
        earliest_start=readiness.earliest_start if readiness else None)


def district_names(unit) -> tuple[str, ...]:
    """The names a person may write for a district: the agency's name and the area part of it (甲区)."""
    if unit is None:
        return ()
    names = [unit.name]
    for suffix in _AGENCY_SUFFIXES:
        if unit.name.endswith(suffix) and len(unit.name) > len(suffix):
            names.append(unit.name[: -len(suffix)])
    return tuple(names)


def match_profile(vacancy) -> VacancyMatchProfile | None:
    return vacancy.match_profiles.order_by("-created_at", "-pk").first()


def vacancy_facts(vacancy: Vacancy) -> rules.VacancyFacts:
    version = vacancy.published_version or vacancy.latest_version
    profile = match_profile(vacancy)
    return rules.VacancyFacts(
        occupation_code=version.occupation_code or "", pay_min=version.pay_min, pay_max=version.pay_max,
        work_district_id=version.work_district_id, work_district_names=district_names(version.work_district),
        required_skill_level=profile.required_skill_level if profile else None,
        min_experience_months=profile.min_experience_months if profile else None,
        working_pattern=profile.working_pattern if profile else "",
        start_within_days=profile.start_within_days if profile else 14)


def facts_snapshot(candidate: rules.CandidateFacts, vacancy: rules.VacancyFacts) -> dict:
    """The inputs kept with a stored result, as JSON values."""
    def plain(obj):
        out = {}
        for key, value in obj.__dict__.items():
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = [v.__dict__ if hasattr(v, "__dict__") else list(v) if isinstance(v, tuple) else v for v in value]
            out[key] = value
        return out
    return {"candidate": plain(candidate), "vacancy": plain(vacancy)}


# ---- suggestions ---------------------------------------------------------------------------------------


def matchable_vacancy_get(*, pk) -> Vacancy:
    """A vacancy that may be recommended: published postings only (public data, any agency may use it)."""
    vacancy = (Vacancy.objects.filter(status=VacancyStatus.PUBLISHED)
               .select_related("employer", "published_version", "published_version__work_district", "latest_version")
               .filter(pk=pk).first())
    if vacancy is None:
        raise NotFound()
    return vacancy


def vacancy_suggestions(*, job_seeker: JobSeeker, on: dt.date, instrument: MatchingInstrument | None,
                        include_below_threshold: bool = False, limit: int = 20) -> list[tuple[Vacancy, rules.MatchResult]]:
    """Published vacancies ranked for a person, following their wishes (BJ-15-2): only vacancies in the
    major group of the sought occupation, and not paying clearly below the expected minimum."""
    definition = definition_of(instrument)
    candidate = candidate_facts(job_seeker, on=on)
    qs = (Vacancy.objects.filter(status=VacancyStatus.PUBLISHED)
          .select_related("employer", "published_version", "published_version__work_district"))
    if candidate.sought_occupation_code:
        major = candidate.sought_occupation_code.split("-")[0]
        qs = qs.filter(Q(published_version__occupation_code__startswith=f"{major}-")
                       | Q(published_version__occupation_code=major) | Q(published_version__occupation_code=""))
    if candidate.salary_min:
        floor = candidate.salary_min * (100 - definition.pay_tolerance_percent) // 100
        qs = qs.filter(Q(published_version__pay_max__gte=floor) | Q(published_version__pay_max__isnull=True,
                                                                     published_version__pay_min__gte=floor)
                       | Q(published_version__pay_max__isnull=True, published_version__pay_min__isnull=True))
    open_ids = set(job_seeker.recommendations.filter(status__in=OPEN_OUTCOMES).values_list("vacancy_id", flat=True))
    scored = []
    for vacancy in qs.order_by("-published_at", "-pk")[:SUGGESTION_POOL]:
        if vacancy.pk in open_ids:
            continue
        result = rules.match(candidate, vacancy_facts(vacancy), instrument=definition, on=on)
        if include_below_threshold or result.score >= definition.min_score:
            scored.append((vacancy, result))
    scored.sort(key=lambda pair: (-pair[1].score, -pair[0].pk))
    return scored[:limit]


def candidate_suggestions(*, actor, vacancy: Vacancy, on: dt.date, instrument: MatchingInstrument | None,
                          include_below_threshold: bool = False, limit: int = 20) -> list[tuple[JobSeeker, rules.MatchResult]]:
    """Job-ready persons in the actor's jurisdiction and in active matching, ranked for a vacancy (BJ-40-1)."""
    definition = definition_of(instrument)
    facts = vacancy_facts(vacancy)
    qs = visible_to(actor, JobSeeker.objects.filter(status__in=MATCHABLE_STATUSES).select_related("sought_occupation"))
    if facts.occupation_code:
        major = facts.occupation_code.split("-")[0]
        qs = qs.filter(Q(sought_occupation__code__startswith=major) | Q(work_history__occupation__code__startswith=major)
                       | Q(sought_occupation__isnull=True)).distinct()
    already = set(vacancy.recommendations.filter(status__in=OPEN_OUTCOMES).values_list("job_seeker_id", flat=True))
    scored = []
    for seeker in qs.order_by("-updated_at", "-pk")[:SUGGESTION_POOL]:
        if seeker.pk in already:
            continue
        result = rules.match(candidate_facts(seeker, on=on), facts, instrument=definition, on=on)
        if result.eligible and (include_below_threshold or result.suggested):
            scored.append((seeker, result))
    scored.sort(key=lambda pair: (-pair[1].score, -pair[0].pk))
    return scored[:limit]


# ---- recommendations (staff) ---------------------------------------------------------------------------

_REC_RELATED = ("job_seeker", "vacancy", "vacancy__published_version", "vacancy__latest_version", "employer", "unit",
                "staff", "instrument", "outcome_recorded_by")


def recommendation_list(*, actor, status: str = "", job_seeker=None, vacancy=None, direction: str = ""):
    qs = visible_to(actor, Recommendation.objects.select_related(*_REC_RELATED))
    if status:
        qs = qs.filter(status=status)
    if job_seeker is not None:
        qs = qs.filter(job_seeker=job_seeker)
    if vacancy is not None:
        qs = qs.filter(vacancy=vacancy)
    if direction:
        qs = qs.filter(direction=direction)
    return qs.order_by("-recommended_on", "-pk")


def recommendation_get(*, actor, pk) -> Recommendation:
    rec = visible_to(actor, Recommendation.objects.select_related(*_REC_RELATED)).filter(pk=pk).first()
    if rec is None:
        raise NotFound()
    return rec


def follow_up_list(*, actor):
    """Recommendations whose result is still to be found out, soonest due first (BJ-16-1, BJ-41-1)."""
    return (visible_to(actor, Recommendation.objects.select_related(*_REC_RELATED))
            .filter(status__in=OPEN_OUTCOMES).order_by("follow_up_due", "pk"))


def open_recommendations_of(job_seeker):
    return Recommendation.objects.filter(job_seeker=job_seeker, status__in=OPEN_OUTCOMES).order_by("pk")


def failed_recommendation_events(job_seeker, *, since: dt.date | None = None, non_attributable_only: bool = False) -> int:
    """Recommendation events that did not lead to employment (BJ-28-9; BJ-30-1(e) with non_attributable_only)."""
    qs = Recommendation.objects.filter(job_seeker=job_seeker)
    if since is not None:
        qs = qs.filter(recommended_on__gte=since)
    rows = list(qs.values_list("recommended_on", "status", "person_attributable"))
    return rules.failed_event_count(rows, non_attributable_only=non_attributable_only)


def is_key_enterprise(employer) -> bool:
    return DailyServiceAgreement.objects.filter(employer=employer, status__in=_KEY_ENTERPRISE_STATUSES).exists()


# ---- the employer's candidate view (BJ-40-2) -----------------------------------------------------------


def agent_candidate_list(*, actor):
    """Candidates recommended to the employers the agent acts for; withdrawn recommendations disappear."""
    if actor is None or not actor.is_authenticated:
        return Recommendation.objects.none()
    return (Recommendation.objects.filter(direction=Direction.TO_EMPLOYER, employer__agents__user=actor,
                                          employer__agents__is_active=True)
            .exclude(status=Outcome.WITHDRAWN)
            .select_related("job_seeker", "vacancy__published_version", "employer").distinct()
            .order_by("-recommended_on", "-pk"))


def agent_candidate_get(*, actor, pk) -> Recommendation:
    rec = agent_candidate_list(actor=actor).filter(pk=pk).first()
    if rec is None:
        raise NotFound()
    return rec


def candidate_card(rec: Recommendation, *, on: dt.date) -> dict:
    """What an employer may see of a recommended candidate: job-relevant data only (BJ-40-2, BJ-51-2).

    Built field by field, so an identifier, phone, address, birth date or household registration can
    never reach the page or the API."""
    seeker = rec.job_seeker
    readiness = latest_readiness(seeker)
    history = [{"occupation": item.occupation.name if item.occupation_id else "",
                "months": _months(item.started_on, item.ended_on, on)}
               for item in seeker.work_history.select_related("occupation")]
    certificates = [{"name": c.name, "skill_level": c.get_skill_level_display() if c.skill_level else ""}
                    for c in seeker.certificates.all()]
    version = rec.vacancy.published_version or rec.vacancy.latest_version
    return {
        "id": rec.pk, "reference": f"R{rec.pk:06d}", "display_name": mask_name(seeker.full_name),
        "vacancy_id": rec.vacancy_id, "vacancy_title": version.title if version else "",
        "employer_name": rec.employer.name, "recommended_on": rec.recommended_on,
        "status": rec.status, "status_label": rec.get_status_display(), "score": rec.score,
        "sought_occupation": seeker.sought_occupation.name if seeker.sought_occupation_id else "",
        "education": seeker.get_education_display() if seeker.education else "",
        "skill_level": seeker.get_skill_level_display() if seeker.skill_level else "",
        "certificates": certificates, "experience": history,
        "job_ready": readiness.job_ready if readiness else None,
        "available_from": readiness.earliest_start if readiness and readiness.job_ready else None,
        "working_pattern": seeker.get_working_pattern_display() if seeker.working_pattern else "",
    }

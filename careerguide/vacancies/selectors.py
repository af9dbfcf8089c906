"""Reads of vacancies, screening rules and job fairs.

Staff reads are scoped by `visible_to` (a vacancy belongs to its reviewing district,
BJ-39-4); an employer agent sees only the postings of employers it acts for; the
public sees only published postings, without personal data (BJ-51-3).
"""
from __future__ import annotations

import json
from functools import lru_cache

from django.db.models import Count, Q, Sum

from careerguide.common.errors import NotFound
from careerguide.employers.models import Employer, EmployerAgent
from careerguide.organisations.scoping import visible_to

from .models import (
    FairAttendee,
    FairOutcome,
    FairParticipation,
    FindingOverride,
    JobFair,
    ScreeningFeedback,
    ScreeningRuleSetVersion,
    Vacancy,
)
from .screening.engine import RuleSet, available_versions, load_ruleset
from .screening.feedback import FeedbackItem
from .states import FAIR_SIGNUP_STATUSES, FairFormat, FairStatus, FairType, OutcomeKind, VacancyStatus

_VACANCY_RELATED = ("employer", "unit", "latest_version", "published_version", "latest_version__work_district",
                    "published_version__work_district")


# ---- screening rules ------------------------------------------------------------------------------------


def ruleset_version_current() -> ScreeningRuleSetVersion | None:
    """The city extension in force: the newest saved version (None before the first)."""
    return ScreeningRuleSetVersion.objects.order_by("-number").first()


def ruleset_version_list():
    return ScreeningRuleSetVersion.objects.select_related("created_by").order_by("-number")


@lru_cache(maxsize=16)
def _compiled(base_version: str, extra_json: str | None) -> RuleSet:
    return load_ruleset(base_version, extra=None if extra_json is None else json.loads(extra_json))


def ruleset_extra(*, row: ScreeningRuleSetVersion) -> dict:
    """The row's `extra` with the name and version the engine records (e.g. ``1+city.2``)."""
    return {**row.extra, "name": row.name, "version": row.number}


def screening_ruleset() -> tuple[RuleSet, ScreeningRuleSetVersion | None]:
    """The rules every new version is screened with: the newest shipped rules plus the city's
    newest extension (BJ-38-3).  Compiled rule sets are cached by their exact content."""
    row = ruleset_version_current()
    if row is None:
        return _compiled(available_versions()[-1], None), None
    return _compiled(row.base_version, json.dumps(ruleset_extra(row=row), sort_keys=True, ensure_ascii=False)), row


# ---- employer agents -----------------------------------------------------------------------------------


def agent_employers(*, actor):
    """Employers the signed-in agent acts for (active links only)."""
    if actor is None or not actor.is_authenticated:
        return Employer.objects.none()
    return Employer.objects.filter(agents__user=actor, agents__is_active=True).distinct().order_by("name")


def agent_link(*, actor, employer) -> EmployerAgent | None:
    if actor is None or not actor.is_authenticated or employer is None:
        return None
    return EmployerAgent.objects.filter(user=actor, employer=employer, is_active=True).first()


def agent_vacancy_list(*, actor):
    return (Vacancy.objects.filter(employer__in=agent_employers(actor=actor)).select_related(*_VACANCY_RELATED)
            .order_by("-created_at", "-pk"))


def agent_vacancy_get(*, actor, pk) -> Vacancy:
    vacancy = agent_vacancy_list(actor=actor).filter(pk=pk).first()
    if vacancy is None:
        raise NotFound()
    return vacancy


def agent_employer_get(*, actor, pk) -> Employer:
    employer = agent_employers(actor=actor).filter(pk=pk).first()
    if employer is None:
        raise NotFound()
    return employer


# ---- staff ---------------------------------------------------------------------------------------------


def vacancy_list(*, actor, status: str = "", query: str = ""):
    qs = visible_to(actor, Vacancy.objects.select_related(*_VACANCY_RELATED))
    if status:
        qs = qs.filter(status=status)
    if query:
        qs = qs.filter(Q(employer__name__contains=query) | Q(latest_version__title__contains=query))
    return qs.order_by("-submitted_at", "-pk")


def vacancy_review_queue(*, actor):
    """Postings waiting for review by the actor's own agency (BJ-39-4): a district reviews the
    postings of employers whose demand registration it holds; other levels have no queue."""
    unit = getattr(actor, "unit", None)
    if unit is None:
        return Vacancy.objects.none()
    return (visible_to(actor, Vacancy.objects.select_related(*_VACANCY_RELATED))
            .filter(unit=unit, status=VacancyStatus.UNDER_REVIEW).order_by("submitted_at", "pk"))


def vacancy_get(*, actor, pk) -> Vacancy:
    vacancy = visible_to(actor, Vacancy.objects.select_related(*_VACANCY_RELATED)).filter(pk=pk).first()
    if vacancy is None:
        raise NotFound()
    return vacancy


def vacancy_versions(*, vacancy):
    return (vacancy.versions.select_related("work_district", "created_by", "review", "review__reviewer")
            .prefetch_related("overrides").order_by("-number"))


# ---- public --------------------------------------------------------------------------------------------


def public_vacancy_list(*, occupation: str = "", district: int | None = None, pay_at_least: int | None = None,
                        keyword: str = ""):
    """Published postings only (BJ-39-1), searchable by occupation name or code, work district,
    pay and Chinese keywords (every whitespace-separated term must appear somewhere)."""
    qs = (Vacancy.objects.filter(status=VacancyStatus.PUBLISHED)
          .select_related("employer", "published_version", "published_version__work_district"))
    occupation = (occupation or "").strip()
    if occupation:
        qs = qs.filter(Q(published_version__occupation_name__contains=occupation)
                       | Q(published_version__occupation_code=occupation))
    if district:
        qs = qs.filter(published_version__work_district_id=district)
    if pay_at_least:
        qs = qs.filter(Q(published_version__pay_max__gte=pay_at_least)
                       | Q(published_version__pay_max__isnull=True, published_version__pay_min__gte=pay_at_least))
    for term in (keyword or "").split():
        qs = qs.filter(Q(published_version__title__contains=term) | Q(published_version__job_content__contains=term)
                       | Q(published_version__requirements__contains=term) | Q(employer__name__contains=term)
                       | Q(published_version__occupation_name__contains=term)
                       | Q(published_version__benefits__contains=term))
    return qs.order_by("-published_at", "-pk")


def public_vacancy_get(*, pk) -> Vacancy:
    vacancy = public_vacancy_list().filter(pk=pk).first()
    if vacancy is None:
        raise NotFound()
    return vacancy


# ---- job fairs -----------------------------------------------------------------------------------------


def fair_list(*, actor):
    return visible_to(actor, JobFair.objects.select_related("unit")).order_by("-fair_date", "-pk")


def fair_get(*, actor, pk) -> JobFair:
    fair = visible_to(actor, JobFair.objects.select_related("unit")).filter(pk=pk).first()
    if fair is None:
        raise NotFound()
    return fair


def fair_signup_list():
    """Fairs an employer may sign up for online (BJ-43-1); fair data is public information."""
    return JobFair.objects.filter(status__in=FAIR_SIGNUP_STATUSES).select_related("unit").order_by("fair_date", "pk")


def fair_signup_get(*, pk) -> JobFair:
    fair = fair_signup_list().filter(pk=pk).first()
    if fair is None:
        raise NotFound()
    return fair


def fair_participations(*, fair):
    return (FairParticipation.objects.filter(fair=fair).select_related("employer", "signed_up_by")
            .prefetch_related("vacancies__published_version").order_by("pk"))


# ---- version content -----------------------------------------------------------------------------------

CONTENT_FIELDS = ("title", "occupation_name", "occupation_code", "employer_profile", "headcount", "job_content",
                  "requirements", "pay_min", "pay_max", "pay_note", "benefits", "social_insurance", "work_district",
                  "valid_until")


def version_content(*, version) -> dict:
    """A version's content as plain values (the district as its primary key), as the rules take it."""
    content = {name: getattr(version, name) for name in CONTENT_FIELDS if name != "work_district"}
    content["work_district"] = version.work_district_id
    return content


def fair_attendees(*, fair):
    return fair.attendees.select_related("job_seeker", "recorded_by").order_by("pk")


def fair_outcomes(*, fair):
    return fair.outcomes.select_related("employer", "job_seeker", "vacancy").order_by("occurred_on", "pk")


def employer_published_vacancies(*, employer):
    return (Vacancy.objects.filter(employer=employer, status=VacancyStatus.PUBLISHED).select_related("published_version")
            .order_by("pk"))


def _grouped(qs, prefix: str, value):
    """(format, type, value) rows of ``qs`` grouped by its fair's format and type."""
    f, t = f"{prefix}fair_format", f"{prefix}fair_type"
    return qs.values(f, t).annotate(n=value).values_list(f, t, "n")


def fair_report(*, actor, date_from, date_to) -> list[dict]:
    """Job fairs held in a period, by format and type: fairs, employers, vacancies, attendees, and the
    intentions and job starts recorded after them (BJ-42-1, BJ-43-5). Cancelled fairs are left out."""
    fairs = visible_to(actor, JobFair.objects.filter(fair_date__gte=date_from, fair_date__lte=date_to)
                       .exclude(status=FairStatus.CANCELLED))
    rows = {(f, t): {"format": f, "format_label": str(FairFormat(f).label), "type": t,
                     "type_label": str(FairType(t).label),
                     "fairs": 0, "employers": 0, "vacancies": 0, "attendees": 0, "intentions": 0, "job_starts": 0}
            for f in FairFormat.values for t in FairType.values}
    counted = (
        ("fairs", _grouped(fairs, "", Count("pk"))),
        ("employers", _grouped(FairParticipation.objects.filter(fair__in=fairs), "fair__", Count("pk"))),
        ("vacancies", _grouped(FairParticipation.vacancies.through.objects.filter(fairparticipation__fair__in=fairs),
                               "fairparticipation__fair__", Count("pk"))),
        ("attendees", _grouped(FairAttendee.objects.filter(fair__in=fairs), "fair__", Count("pk"))),
        ("intentions", _grouped(FairOutcome.objects.filter(fair__in=fairs, kind=OutcomeKind.INTENTION), "fair__",
                                Sum("count"))),
        ("job_starts", _grouped(FairOutcome.objects.filter(fair__in=fairs, kind=OutcomeKind.JOB_START), "fair__",
                                Sum("count"))),
    )
    for key, grouped in counted:
        for fmt, typ, n in grouped:
            rows[(fmt, typ)][key] += n or 0
    return list(rows.values())


def screening_feedback_list(*, actor, kind: str = "", ground: str = ""):
    """Feedback rows in the actor's jurisdiction, newest first."""
    qs = visible_to(actor, ScreeningFeedback.objects.select_related("reviewer", "unit", "version", "version__vacancy"))
    if kind:
        qs = qs.filter(kind=kind)
    if ground:
        qs = qs.filter(ground=ground)
    return qs.order_by("-created_at", "-pk")


def screening_feedback_items(*, actor, kind: str = "", ground: str = "") -> list[FeedbackItem]:
    """The same rows as the plain values the corpus export needs, oldest first."""
    rows = screening_feedback_list(actor=actor, kind=kind, ground=ground).order_by("created_at", "pk")
    return [FeedbackItem(kind=r.kind, sentence=r.sentence, phrase=r.phrase, ground=r.ground,
                         standing=frozenset(r.standing_grounds), note=r.note) for r in rows]


def overrides_without_feedback(*, actor):
    """Overrides in the actor's jurisdiction not yet recorded as feedback (e.g. those made before feedback was kept)."""
    qs = FindingOverride.objects.filter(feedback__isnull=True).select_related("version", "version__vacancy", "reviewer")
    return visible_to(actor, qs, "version__vacancy__unit").order_by("created_at", "pk")

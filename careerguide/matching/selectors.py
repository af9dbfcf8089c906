"""Reads of matching: the facts the instrument scores, suggestions, recommendations and the
employer's candidate view.  Staff reads are scoped by `visible_to`; an employer agent sees only
the candidates recommended to the employers it acts for (BJ-40-2)."""
from __future__ import annotations

import datetime as dt

from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast

from careerguide.common.errors import NotFound
from careerguide.duties.models import Duty
from careerguide.employers.models import DailyServiceAgreement
from careerguide.job_seekers.models import JobSeeker, ReadinessAssessment, SkillCertificate, WorkHistoryItem
from careerguide.job_seekers.states import JobSeekerStatus
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit
from careerguide.organisations.scoping import actor_unit, visible_to
from careerguide.policy.selectors import policy_value
from careerguide.privacy.masking import mask_name
from careerguide.vacancies.models import Vacancy
from careerguide.vacancies.states import VacancyStatus

from . import batch, candidate_pool, candidate_store, match_features, offer_store, rules
from .duty_kinds import OUTCOME_KINDS
from .models import (
    JobSeekerMatchFeatures,
    JobSeekerMatchKey,
    MatchingInstrument,
    Recommendation,
    StoredVacancyList,
    VacancyMatchFeatures,
    VacancyMatchProfile,
)
from .states import OPEN_OUTCOMES, Direction, Outcome

#: Persons in active matching (BJ-16-2: employed, archived and stopped persons are not).
MATCHABLE_STATUSES = (JobSeekerStatus.REGISTERED, JobSeekerStatus.IN_SERVICE, JobSeekerStatus.ROUTED_TO_ASSISTANCE)
_AGENCY_SUFFIXES = ("就业服务中心", "公共就业服务中心", "人力资源公共服务中心")
_KEY_ENTERPRISE_STATUSES = ("agreement_signed", "active", "transfer_pending")


# ---- instrument ----------------------------------------------------------------------------------------


def definition_of(*, instrument: MatchingInstrument | None) -> rules.InstrumentDefinition:
    if instrument is None:
        return rules.DEFAULT_INSTRUMENT
    return rules.InstrumentDefinition(version=instrument.version, weights=dict(instrument.weights),
                                      min_score=instrument.min_score,
                                      unknown_credit_percent=instrument.unknown_credit_percent,
                                      pay_tolerance_percent=instrument.pay_tolerance_percent,
                                      output_scale=instrument.output_scale)


def instrument_in_force(*, on: dt.date) -> MatchingInstrument | None:
    return MatchingInstrument.objects.filter(effective_from__lte=on).order_by("-effective_from", "-pk").first()


def instrument_list():
    return MatchingInstrument.objects.select_related("published_by").order_by("-effective_from", "-pk")


def job_ready_start_days(*, on: dt.date) -> int:
    """The BJ-15-1 standard (“2周内”, policy `bj.job_ready_start_days`, city-wide): the days to start a vacancy
    asks for when its matching profile states none.  The one place matching reads it."""
    return policy_value(key="bj.job_ready_start_days", unit=None, on=on)


# ---- facts ---------------------------------------------------------------------------------------------


def latest_readiness(*, job_seeker):
    return job_seeker.readiness_assessments.order_by("-assessed_on", "-pk").first()


def candidate_record(*, job_seeker: JobSeeker) -> dict:
    """The job-relevant facts of a person as JSON values (never sex, age, ethnicity, household registration …)."""
    return job_seeker_records(ids=[job_seeker.pk])[job_seeker.pk]


def job_seeker_records(*, ids) -> dict[int, dict]:
    """`candidate_record` of many persons in four queries."""
    ids = list(ids)
    history: dict[int, list] = {pk: [] for pk in ids}
    for pk, code, start, end in (WorkHistoryItem.objects.filter(job_seeker_id__in=ids).order_by("pk")
                                 .values_list("job_seeker_id", "occupation__code", "started_on", "ended_on")):
        history[pk].append([code or "", _iso(start), _iso(end)])
    certificates: dict[int, list] = {pk: [] for pk in ids}
    for pk, code, level in (SkillCertificate.objects.filter(job_seeker_id__in=ids).order_by("pk")
                            .values_list("job_seeker_id", "occupation__code", "skill_level")):
        certificates[pk].append([code or "", level])
    readiness = {}
    for pk, ready, earliest in (ReadinessAssessment.objects.filter(job_seeker_id__in=ids)
                                .order_by("assessed_on", "pk").values_list("job_seeker_id", "job_ready", "earliest_start")):
        readiness[pk] = (ready, _iso(earliest))
    rows = JobSeeker.objects.filter(pk__in=ids).values_list(
        "pk", "sought_occupation__code", "skill_level", "salary_min", "working_pattern", "habitual_district_id",
        "sought_area")
    return {pk: {"sought_occupation_code": sought or "", "skill_level": skill, "certificates": certificates[pk],
                 "experience": history[pk], "salary_min": salary, "working_pattern": pattern or "",
                 "habitual_district_id": district, "sought_area": area or "",
                 "job_ready": readiness.get(pk, (None, None))[0], "earliest_start": readiness.get(pk, (None, None))[1]}
            for pk, sought, skill, salary, pattern, district, area in rows}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def candidate_facts(*, job_seeker: JobSeeker, on: dt.date) -> rules.CandidateFacts:
    return match_features.candidate_from_record(candidate_record(job_seeker=job_seeker), on=on)


def district_names(*, unit) -> tuple[str, ...]:
    """The names a person may write for a district: the agency's name and the area part of it (甲区)."""
    if unit is None:
        return ()
    names = [unit.name]
    for suffix in _AGENCY_SUFFIXES:
        if unit.name.endswith(suffix) and len(unit.name) > len(suffix):
            names.append(unit.name[: -len(suffix)])
    return tuple(names)


def district_name_map() -> dict[int, tuple[str, ...]]:
    """Every district's names, to find the districts a person's sought area names."""
    return {unit.pk: district_names(unit=unit) for unit in Unit.objects.filter(level=UnitLevel.DISTRICT).only("pk", "name")}


def match_profile(*, vacancy) -> VacancyMatchProfile | None:
    return vacancy.match_profiles.order_by("-created_at", "-pk").first()


def vacancy_record(*, vacancy: Vacancy) -> dict:
    """What the instrument reads of a vacancy, as JSON values: its published version and newest profile."""
    return vacancy_records(ids=[vacancy.pk])[vacancy.pk]


def vacancy_records(*, ids) -> dict[int, dict]:
    """`vacancy_record` of many vacancies in two queries."""
    ids = list(ids)
    profiles = {}
    for row in (VacancyMatchProfile.objects.filter(vacancy_id__in=ids).order_by("created_at", "pk")
                .values("vacancy_id", "required_skill_level", "min_experience_months", "working_pattern",
                        "start_within_days")):
        profiles[row.pop("vacancy_id")] = row
    out = {}
    for row in Vacancy.objects.filter(pk__in=ids).values(
            "pk", "published_version__occupation_code", "published_version__pay_min", "published_version__pay_max",
            "published_version__work_district_id", "latest_version__occupation_code", "latest_version__pay_min",
            "latest_version__pay_max", "latest_version__work_district_id", "published_version_id"):
        prefix = "published_version__" if row["published_version_id"] else "latest_version__"
        profile = profiles.get(row["pk"], {})
        out[row["pk"]] = {
            "occupation_code": row[prefix + "occupation_code"] or "", "pay_min": row[prefix + "pay_min"],
            "pay_max": row[prefix + "pay_max"], "work_district_id": row[prefix + "work_district_id"],
            "required_skill_level": profile.get("required_skill_level"),
            "min_experience_months": profile.get("min_experience_months"),
            "working_pattern": profile.get("working_pattern") or "",
            "start_within_days": profile.get("start_within_days"),
        }
    return out


def vacancy_facts(*, vacancy: Vacancy, on: dt.date, record: dict | None = None) -> rules.VacancyFacts:
    """The instrument's facts of a vacancy (of `record`, its `vacancy_record`, when the caller has it)."""
    version = vacancy.published_version or vacancy.latest_version
    return match_features.vacancy_from_record(vacancy_record(vacancy=vacancy) if record is None else record,
                                              district_names=district_names(unit=version.work_district),
                                              standard_start_days=job_ready_start_days(on=on))


def facts_snapshot(*, candidate: rules.CandidateFacts, vacancy: rules.VacancyFacts) -> dict:
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


# ---- the stored features (for the rebuild's drift count) -------------------------------------------------

_PERSON_COLUMNS = [f.name for f in JobSeekerMatchFeatures._meta.concrete_fields if f.name not in ("job_seeker",
                                                                                                  "refreshed_at")]
_VACANCY_COLUMNS = [f.name for f in VacancyMatchFeatures._meta.concrete_fields if f.name not in ("vacancy",
                                                                                               "refreshed_at")]
_KEY_COLUMNS = ("code_group", "cert_level", "exp_closed_months", "exp_open_count", "exp_open_start_sum")


def _batches(qs, size: int):
    ids = list(qs.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), size):
        yield min(start + size, len(ids)), len(ids), ids[start:start + size]


def job_seeker_id_batches(*, size: int):
    """(done, total, ids) batches of every person's id."""
    return _batches(JobSeeker.objects.all(), size)


def published_vacancy_id_batches(*, size: int):
    return _batches(Vacancy.objects.filter(status=VacancyStatus.PUBLISHED), size)


def stored_job_seeker_features(*, ids) -> dict[int, dict]:
    keys: dict[int, list] = {}
    for row in JobSeekerMatchKey.objects.filter(job_seeker_id__in=ids).values("job_seeker_id", *_KEY_COLUMNS):
        keys.setdefault(row.pop("job_seeker_id"), []).append(tuple(sorted(row.items())))
    out = {}
    for row in JobSeekerMatchFeatures.objects.filter(job_seeker_id__in=ids).values("job_seeker_id", *_PERSON_COLUMNS):
        pk = row.pop("job_seeker_id")
        out[pk] = {**row, "keys": sorted(keys.get(pk, []), key=repr)}
    return out


def stored_vacancy_features(*, ids) -> dict[int, dict]:
    return {row.pop("vacancy_id"): row
            for row in VacancyMatchFeatures.objects.filter(vacancy_id__in=ids).values("vacancy_id", *_VACANCY_COLUMNS)}


# ---- the nightly refresh of every person's list ----------------------------------------------------------


def matchable_person_count() -> int:
    return JobSeekerMatchFeatures.objects.filter(job_seeker__status__in=MATCHABLE_STATUSES).count()


def matchable_person_records(*, after: int, size: int) -> list[tuple[int, dict]]:
    """(pk, record) of the next `size` persons in active matching after pk `after`, by pk."""
    return list(JobSeekerMatchFeatures.objects.filter(job_seeker__status__in=MATCHABLE_STATUSES, job_seeker_id__gt=after)
                .order_by("job_seeker_id").values_list("job_seeker_id", "facts")[:size])


def published_vacancy_records() -> dict[int, dict]:
    """The record of every published vacancy, from its match features."""
    return dict(VacancyMatchFeatures.objects.filter(vacancy__status=VacancyStatus.PUBLISHED)
                .values_list("vacancy_id", "facts"))


def open_recommendation_pairs() -> dict[int, set[int]]:
    """Person → vacancies with an open recommendation (a list never suggests them again)."""
    pairs: dict[int, set[int]] = {}
    for person, vacancy in Recommendation.objects.filter(status__in=OPEN_OUTCOMES).values_list("job_seeker_id",
                                                                                               "vacancy_id"):
        pairs.setdefault(person, set()).add(vacancy)
    return pairs


def stored_vacancy_list(*, job_seeker) -> StoredVacancyList | None:
    return StoredVacancyList.objects.filter(job_seeker=job_seeker).first()


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
    """The instrument's top `limit` over every published vacancy that follows the person's wishes (BJ-15-2):
    in the major group of the sought occupation (or without a code) and not paying clearly below the
    expected minimum; score descending, then newest vacancy first.  Exact: the same rows and order as
    scoring each of those vacancies one by one, ranked in memory over the process's copy of the published
    vacancies' features (`offer_store`, checked against the database on every call)."""
    definition = definition_of(instrument=instrument)
    record = _features_record(job_seeker)
    open_ids = set(job_seeker.recommendations.filter(status__in=OPEN_OUTCOMES).values_list("vacancy_id", flat=True))
    standard, names = job_ready_start_days(on=on), district_name_map()
    ranked = offer_store.ranked_vacancies(
        person_of=lambda districts: batch.person_from_record(record, on=on, districts=names, definition=definition,
                                                             all_districts=districts),
        weights=batch.Weights.of(definition), min_score=definition.min_score, limit=limit, exclude=open_ids,
        include_below_threshold=include_below_threshold, standard_start_days=standard)
    vacancies = (Vacancy.objects.filter(pk__in=[pk for pk, _score in ranked])
                 .select_related("employer", "published_version", "published_version__work_district", "match_features")
                 .only("pk", "status", "employer__name", "published_version__title", "published_version__work_district",
                       "published_version__work_district__name", "match_features__facts").in_bulk())
    candidate = match_features.candidate_from_record(record, on=on)
    return [(vacancies[pk], rules.match(candidate, _facts_of(vacancies[pk], on, standard), instrument=definition, on=on))
            for pk, _score in ranked]


def _features_record(job_seeker) -> dict:
    row = JobSeekerMatchFeatures.objects.filter(job_seeker=job_seeker).values_list("facts", flat=True).first()
    return row if row is not None else candidate_record(job_seeker=job_seeker)


def _facts_of(vacancy, on, standard: int) -> rules.VacancyFacts:
    features = getattr(vacancy, "match_features", None)
    if features is None:
        return vacancy_facts(vacancy=vacancy, on=on)
    return match_features.vacancy_from_record(
        features.facts, district_names=district_names(unit=vacancy.published_version.work_district),
        standard_start_days=standard)


def matching_copies_warm(*, on: dt.date) -> dict[str, float]:
    """Load this process's two in-memory copies (`offer_store`: the published vacancies; `candidate_store`: the
    matchable persons) with the arguments the matching pages of the day `on` use, so that no page pays the
    load.  Called by the production server before it forks its workers (scripts/gunicorn.conf.py) and by
    `manage.py warm_matching`.  Seconds each took."""
    import time

    took = {}
    started = time.perf_counter()
    offer_store.warm(standard_start_days=job_ready_start_days(on=on))
    took["vacancies"] = time.perf_counter() - started
    started = time.perf_counter()
    candidate_store.warm(statuses=MATCHABLE_STATUSES, districts=district_name_map())
    took["candidates"] = time.perf_counter() - started
    return took


def candidate_suggestions(*, actor, vacancy: Vacancy, on: dt.date, instrument: MatchingInstrument | None,
                          include_below_threshold: bool = False, limit: int = 20) -> list[tuple[JobSeeker, rules.MatchResult]]:
    """The instrument's top `limit` over every job-ready person in active matching in the actor's jurisdiction
    whose wishes the vacancy follows (the same pairing as `vacancy_suggestions`, BJ-15-2, BJ-40-1); score
    descending, then newest person first.  Exact: the same rows and order as scoring each of those persons
    one by one, ranked in memory over the process's copy of the matchable persons' features
    (`candidate_store`, checked against the database on every call)."""
    unit = actor_unit(actor)
    if _scope_path(actor) is None:
        return []
    definition = definition_of(instrument=instrument)
    record = vacancy_record(vacancy=vacancy)
    offer = vacancy_facts(vacancy=vacancy, on=on, record=record)
    already = set(vacancy.recommendations.filter(status__in=OPEN_OUTCOMES).values_list("job_seeker_id", flat=True))
    # the units of the actor's jurisdiction (`visible_to`); None when that is every unit (a city user, BJ-4-2)
    units = (set(Unit.objects.filter(path__startswith=unit.path).values_list("pk", flat=True))
             if Unit.objects.exclude(path__startswith=unit.path).exists() else None)
    query = candidate_pool.Query.of(record, offer, definition=definition, on=on,
                                    include_below_threshold=include_below_threshold)
    ranked = candidate_store.ranked_candidates(query=query, statuses=MATCHABLE_STATUSES, districts=district_name_map(),
                                               units=units, exclude=already, limit=limit)
    ids = [pk for pk, _score in ranked]
    seekers = JobSeeker.objects.filter(pk__in=ids).only("pk", "full_name", "status").in_bulk()
    records = dict(JobSeekerMatchFeatures.objects.filter(job_seeker_id__in=ids).values_list("job_seeker_id", "facts"))
    return [(seekers[pk], rules.match(match_features.candidate_from_record(records[pk], on=on), offer,
                                      instrument=definition, on=on)) for pk in ids]


def _scope_path(actor) -> str | None:
    """The unit path the actor's jurisdiction starts with, None for no jurisdiction (`visible_to`)."""
    unit = actor_unit(actor)
    if unit is None or not getattr(actor, "is_staff_member", False):
        return None
    return unit.path


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
    rec = _with_follow_up_due(visible_to(actor, Recommendation.objects.select_related(*_REC_RELATED))).filter(pk=pk).first()
    if rec is None:
        raise NotFound()
    return rec


def _with_follow_up_due(qs):
    """Annotate each recommendation with `follow_up_due`: the due date of its outcome duty (kept only there)."""
    due = (Duty.objects.filter(subject_type=Recommendation._meta.label_lower, kind__in=OUTCOME_KINDS,
                               subject_id=Cast(OuterRef("pk"), CharField()))
           .order_by("-pk").values("due_date")[:1])
    return qs.annotate(follow_up_due=Subquery(due))


def follow_up_list(*, actor):
    """Recommendations whose result is still to be found out, soonest due first (BJ-16-1, BJ-41-1)."""
    return (_with_follow_up_due(visible_to(actor, Recommendation.objects.select_related(*_REC_RELATED)))
            .filter(status__in=OPEN_OUTCOMES).order_by("follow_up_due", "pk"))


def open_recommendations_of(*, job_seeker):
    return Recommendation.objects.filter(job_seeker=job_seeker, status__in=OPEN_OUTCOMES).order_by("pk")


def failed_recommendation_events(*, job_seeker, since: dt.date | None = None, non_attributable_only: bool = False) -> int:
    """Recommendation events that did not lead to employment (BJ-28-9; BJ-30-1(e) with non_attributable_only)."""
    qs = Recommendation.objects.filter(job_seeker=job_seeker)
    if since is not None:
        qs = qs.filter(recommended_on__gte=since)
    rows = list(qs.values_list("recommended_on", "status", "person_attributable"))
    return rules.failed_event_count(rows, non_attributable_only=non_attributable_only)


def is_key_enterprise(*, employer) -> bool:
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


def candidate_card(*, recommendation: Recommendation, on: dt.date) -> dict:
    """What an employer may see of a recommended candidate: job-relevant data only (BJ-40-2, BJ-51-2).

    Built field by field, so an identifier, phone, address, birth date or household registration can
    never reach the page or the API."""
    rec = recommendation
    seeker = rec.job_seeker
    readiness = latest_readiness(job_seeker=seeker)
    history = [{"occupation": item.occupation.name if item.occupation_id else "",
                "months": match_features.item_months(item.started_on, item.ended_on, on)}
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

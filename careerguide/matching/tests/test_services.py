"""Recommendations, outcomes and the employed → archive step, with the database."""
import datetime as dt
import random

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.demo import synthetic_resident_id
from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.models import Duty
from careerguide.duties.services import InvalidTransition
from careerguide.job_seekers.services.employment import job_seeker_mark_employed
from careerguide.job_seekers.services.ledger import job_seeker_set_status, personal_entry_add
from careerguide.job_seekers.states import EpisodeStatus, JobSeekerStatus
from careerguide.ledgers.models import LedgerEntry
from careerguide.matching.models import MatchingInstrument, Recommendation
from careerguide.matching.selectors import failed_recommendation_events, recommendation_get, vacancy_suggestions
from careerguide.matching.services.instruments import instrument_for, instrument_publish
from careerguide.matching.services.outcomes import recommendation_outcome_record
from careerguide.matching.services.recommendations import recommendation_create

from .factories import at, published_vacancy, ready_job_seeker

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 3)  # a Tuesday


def recommend(staff, seeker, vacancy, *, direction="to_job_seeker", actor=None, now=NOW, **kw):
    kw.setdefault("consent_channel", "in_person")
    return recommendation_create(actor=actor or staff.s11_counsellor, job_seeker=seeker, vacancy=vacancy,
                                 direction=direction, now=now, **kw)


def entries(subject_type, service_type):
    return LedgerEntry.objects.filter(subject_type=subject_type, service_type=service_type)


def test_recommendation_stores_version_score_explanation_consent_staff_and_date(staff, city):
    """BJ-15-2, BJ-6-2, BJ-15-4: the stored result references the stored instrument version."""
    seeker, vacancy = ready_job_seeker(staff, city), published_vacancy(staff, city)
    rec = recommend(staff, seeker, vacancy, consent_note="本人当场同意")
    assert rec.instrument.version == "bj-match-1" and MatchingInstrument.objects.count() == 1
    assert rec.score == 95  # no matching profile: working pattern unknown (50 % of weight 10)
    assert {c["key"] for c in rec.explanation} >= {"occupation", "pay", "availability"}
    assert (rec.staff, rec.unit, rec.recommended_on) == (staff.s11_counsellor, city.s11, dt.date(2026, 3, 3))
    assert (rec.consent_channel, rec.consent_on, rec.status) == ("in_person", dt.date(2026, 3, 3), "pending")
    assert rec.inputs["candidate"]["sought_occupation_code"] == "4-02-02-01"
    assert "sex" not in rec.inputs["candidate"] and "birth_date" not in rec.inputs["candidate"]
    assert AuditEvent.objects.filter(object_type="matching.recommendation", action="create").count() == 1


def test_recommendation_writes_both_ledgers_and_moves_the_person_into_service(staff, city):
    """BJ-15-2, BJ-40-1, BJ-16-3: personal ledger section “matching”, employer ledger section “guidance”."""
    seeker, vacancy = ready_job_seeker(staff, city), published_vacancy(staff, city)
    assert seeker.status == JobSeekerStatus.REGISTERED
    rec = recommend(staff, seeker, vacancy)
    personal = entries("job_seekers.jobseeker", "recommendation").get()
    assert (personal.ledger, personal.section, personal.subject_id) == ("personal", "matching", str(seeker.pk))
    employer = entries("employers.employer", "candidate_recommendation").get()
    assert (employer.ledger, employer.section, employer.subject_id) == ("employer", "guidance", str(vacancy.employer_id))
    assert seeker.full_name not in employer.summary and f"R{rec.pk:06d}" in employer.summary
    seeker.refresh_from_db()
    assert seeker.status == JobSeekerStatus.IN_SERVICE


def test_follow_up_duty_is_due_five_working_days_later_and_fulfilled_by_the_outcome(staff, city):
    """BJ-16-1: the “及时” follow-up (policy bj.recommendation_outcome_check_workdays) is met by the first result."""
    seeker, vacancy = ready_job_seeker(staff, city), published_vacancy(staff, city)
    rec = recommend(staff, seeker, vacancy)
    duty = Duty.objects.get(kind="bj_recommendation_outcome")
    assert (duty.due_date, duty.clause, duty.assignee, duty.subject_id) == (dt.date(2026, 3, 10), "BJ-16-1",
                                                                           staff.s11_counsellor, str(rec.pk))
    assert rec.follow_up_due == dt.date(2026, 3, 10)
    recommendation_outcome_record(actor=staff.s11_counsellor, recommendation=rec, outcome="interviewed",
                                  on=dt.date(2026, 3, 6), now=at(2026, 3, 6))
    duty.refresh_from_db()
    assert duty.status == "done" and duty.fulfilled_on == dt.date(2026, 3, 6)


def test_employer_direction_uses_its_own_follow_up_kind(staff, city):
    """BJ-41-1: employer-side results are followed up too (advisory default of 5 working days)."""
    seeker, vacancy = ready_job_seeker(staff, city), published_vacancy(staff, city)
    recommend(staff, seeker, vacancy, direction="to_employer", actor=staff.s11_officer, consent_channel="phone")
    duty = Duty.objects.get()
    assert (duty.kind, duty.clause, duty.due_date) == ("bj_employer_recommendation_outcome", "BJ-41-1",
                                                       dt.date(2026, 3, 10))


@pytest.mark.parametrize("change, clause", [
    ({"consent_channel": ""}, "BJ-40-1"),
    ({"ready": False}, "BJ-15-2"),
    ({"ready": None}, "BJ-15-2"),
])
def test_refused_without_consent_or_readiness_and_nothing_is_written(staff, city, change, clause):
    """BJ-40-1, BJ-15-2: consent is required, and only job-ready persons are recommended."""
    seeker = ready_job_seeker(staff, city, ready=change.pop("ready", True))
    vacancy = published_vacancy(staff, city)
    before = (LedgerEntry.objects.count(), Duty.objects.count(), AuditEvent.objects.count())
    with pytest.raises(DomainError) as exc:
        recommend(staff, seeker, vacancy, direction="to_employer", actor=staff.s11_officer,
                  **{"consent_channel": "in_person", **change})
    assert exc.value.clause == clause
    assert Recommendation.objects.count() == 0
    assert (LedgerEntry.objects.count(), Duty.objects.count()) == before[:2]


def test_refused_for_unpublished_vacancy_duplicates_and_low_scores_without_a_note(staff, city):
    """BJ-15-2: only published vacancies; one open recommendation per pair; a below-threshold wish needs a note."""
    seeker, vacancy = ready_job_seeker(staff, city), published_vacancy(staff, city)
    recommend(staff, seeker, vacancy)
    with pytest.raises(DomainError) as exc:
        recommend(staff, seeker, vacancy)
    assert "vacancy" in exc.value.field_errors
    far = published_vacancy(staff, city, employer=vacancy.employer, agent=vacancy.submitted_by,
                            occupation_code="2-02-10-01", pay_min=3000, pay_max=3500, work_district=city.d2)
    with pytest.raises(DomainError) as exc:
        recommend(staff, seeker, far)
    assert "note" in exc.value.field_errors
    rec = recommend(staff, seeker, far, note="本人坚持应聘")
    assert rec.score < 60 and rec.note == "本人坚持应聘"
    far.status = "expired"
    far.save(update_fields=["status"])
    other = ready_job_seeker(staff, city)
    with pytest.raises(DomainError) as exc:
        recommend(staff, other, far)
    assert exc.value.code == "not_published"


def test_not_hired_needs_a_reason_and_stores_the_attribution(staff, city):
    """BJ-30-8, BJ-16-1: not_hired is refused without a coded reason; the flag follows the code."""
    seeker, vacancy = ready_job_seeker(staff, city), published_vacancy(staff, city)
    rec = recommend(staff, seeker, vacancy)
    with pytest.raises(DomainError) as exc:
        recommendation_outcome_record(actor=staff.s11_counsellor, recommendation=rec, outcome="not_hired", now=NOW)
    assert exc.value.clause == "BJ-30-8"
    rec.refresh_from_db()
    assert rec.status == "pending"
    rec = recommendation_outcome_record(actor=staff.s11_counsellor, recommendation=rec, outcome="not_hired",
                                        reason_code="employer_rejected", now=NOW)
    assert (rec.status, rec.not_hired_reason, rec.person_attributable) == ("not_hired", "employer_rejected", False)
    assert entries("job_seekers.jobseeker", "recommendation_outcome").get().content["person_attributable"] is False
    fulfilment = entries("employers.employer", "recommendation_outcome").get()
    assert (fulfilment.section, fulfilment.ledger) == ("fulfilment", "employer")
    assert failed_recommendation_events(job_seeker=seeker) == 1
    assert failed_recommendation_events(job_seeker=seeker, non_attributable_only=True) == 1
    with pytest.raises(InvalidTransition):  # a final outcome is never changed
        recommendation_outcome_record(actor=staff.s11_counsellor, recommendation=rec, outcome="hired", now=NOW)


def test_hire_marks_employed_archives_and_closes_other_recommendations(staff, city):
    """BJ-16-2, BJ-16-1: hired → employed → archived; open recommendations withdrawn; out of active matching."""
    seeker = ready_job_seeker(staff, city)
    first = published_vacancy(staff, city)
    second = published_vacancy(staff, city, employer=first.employer, agent=first.submitted_by, title="理货员")
    hired, other = recommend(staff, seeker, first), recommend(staff, seeker, second)
    recommendation_outcome_record(actor=staff.s11_counsellor, recommendation=hired, outcome="hired",
                                  job_start=dt.date(2026, 3, 9), now=at(2026, 3, 5))
    seeker.refresh_from_db()
    other.refresh_from_db()
    assert seeker.status == JobSeekerStatus.ARCHIVED
    assert (other.status, other.outcome_note) == ("withdrawn", "求职者已实现就业，求职信息已归档。")
    assert not Duty.objects.filter(status="open").exists()
    assert seeker.episodes.get().status == EpisodeStatus.CLOSED
    moves = list(AuditEvent.objects.filter(object_type="job_seekers.jobseeker", action="transition")
                 .order_by("seq").values_list("changes__after__status", flat=True))
    assert moves[-2:] == ["employed", "archived"]
    assert set(entries("job_seekers.jobseeker", "employed").get().content) >= {"employer", "job_start"}
    assert vacancy_suggestions(job_seeker=seeker, on=dt.date(2026, 3, 5), instrument=instrument_for(on=dt.date(2026, 3, 5)))
    with pytest.raises(DomainError) as exc:  # no longer in active matching
        recommend(staff, seeker, published_vacancy(staff, city, employer=first.employer, agent=first.submitted_by),
                  now=at(2026, 3, 5))
    assert exc.value.clause == "BJ-16-2"
    # the ledger stays writable for follow-ups
    personal_entry_add(actor=staff.s11_counsellor, job_seeker=seeker, unit=city.s11, section="follow_up",
                       service_type="contact", occurred_on=dt.date(2026, 3, 5), summary="上岗后回访", now=at(2026, 3, 5))


def test_a_hire_without_a_start_date_is_refused(staff, city):
    """BJ-16-2: a hire marks the person employed from a start date, so a hire without one is refused."""
    seeker = ready_job_seeker(staff, city)
    rec = recommend(staff, seeker, published_vacancy(staff, city))
    status_before = seeker.status
    with pytest.raises(DomainError) as exc:
        recommendation_outcome_record(actor=staff.s11_counsellor, recommendation=rec, outcome="hired", now=NOW)
    assert (exc.value.code, exc.value.clause) == ("required", "BJ-16-2")
    rec.refresh_from_db()
    seeker.refresh_from_db()
    assert (rec.status, seeker.status) == ("pending", status_before)
    assert status_before != JobSeekerStatus.EMPLOYED


def test_person_under_assistance_stays_employed_and_is_not_archived(staff, city):
    """BJ-16-2 (with BJ-31-1, Open question 32): the assistance case keeps the person employed, not archived."""
    seeker = ready_job_seeker(staff, city)
    job_seeker_set_status(actor=staff.s11_counsellor, job_seeker=seeker, to=JobSeekerStatus.ROUTED_TO_ASSISTANCE,
                          now=NOW)
    vacancy = published_vacancy(staff, city)
    rec = recommend(staff, seeker, vacancy)
    assert Duty.objects.get().clause == "BJ-27-5"
    recommendation_outcome_record(actor=staff.s11_counsellor, recommendation=rec, outcome="hired",
                                  job_start=NOW.date(), now=NOW)
    seeker.refresh_from_db()
    assert seeker.status == JobSeekerStatus.EMPLOYED
    assert seeker.episodes.get().status == EpisodeStatus.OPEN


def test_mark_employed_refuses_stopped_or_collected_persons_and_changes_nothing(staff, city):
    """BJ-16-3: only registered, in-service or assisted persons become employed."""
    seeker = ready_job_seeker(staff, city)
    job_seeker_mark_employed(actor=staff.s11_counsellor, job_seeker=seeker, employer_name="某公司", now=NOW)
    seeker.refresh_from_db()
    count = AuditEvent.objects.count()
    with pytest.raises(DomainError):
        job_seeker_mark_employed(actor=staff.s11_counsellor, job_seeker=seeker, now=NOW)
    assert AuditEvent.objects.count() == count and seeker.status == JobSeekerStatus.ARCHIVED


def test_recommendations_are_scoped_to_the_jurisdiction(staff, city):
    """BJ-4-3, BJ-51-2: another district neither reads the recommendation nor recommends the person."""
    seeker, vacancy = ready_job_seeker(staff, city), published_vacancy(staff, city)
    rec = recommend(staff, seeker, vacancy)
    assert recommendation_get(actor=staff.d1_head, pk=rec.pk) == rec
    with pytest.raises(NotFound):
        recommendation_get(actor=staff.d2_counsellor, pk=rec.pk)
    with pytest.raises(DomainError) as exc:
        recommend(staff, seeker, published_vacancy(staff, city, employer=vacancy.employer, agent=vacancy.submitted_by),
                  actor=staff.d2_counsellor)
    assert exc.value.code == "forbidden"


def test_instrument_versions_are_published_by_the_city_and_used_from_their_date(staff, city):
    """BJ-6-2, BJ-15-4: a new version applies from its effective date; protected criteria are refused."""
    with pytest.raises(DomainError) as exc:
        instrument_publish(actor=staff.city_admin, version="bj-match-2", weights={"occupation": 50, "age": 10},
                           min_score=60, effective_from=dt.date(2026, 3, 4), now=NOW)
    assert "weights" in exc.value.field_errors and not MatchingInstrument.objects.exists()
    instrument_publish(actor=staff.city_admin, version="bj-match-2", weights={"occupation": 1}, min_score=80,
                       effective_from=dt.date(2026, 3, 4), now=NOW)
    assert instrument_for(on=dt.date(2026, 3, 3)).version == "bj-match-1"
    seeker, vacancy = ready_job_seeker(staff, city), published_vacancy(staff, city)
    rec = recommend(staff, seeker, vacancy, now=at(2026, 3, 4))
    assert (rec.instrument.version, rec.score, len(rec.explanation)) == ("bj-match-2", 100, 1)
    with pytest.raises(ValueError):
        rec.instrument.save()


def test_the_score_ignores_sex_and_age(staff, city):
    """BJ-15-4: two persons differing only in sex and birth date get the same result."""
    vacancy = published_vacancy(staff, city)
    rng = random.Random(7)
    a = ready_job_seeker(staff, city, id_number=synthetic_resident_id(rng, birth=dt.date(1990, 1, 1), male=True))
    b = ready_job_seeker(staff, city, id_number=synthetic_resident_id(rng, birth=dt.date(1965, 12, 31), male=False))
    assert (a.sex, b.sex) == ("male", "female")
    ra, rb = recommend(staff, a, vacancy), recommend(staff, b, vacancy)
    assert (ra.score, ra.explanation) == (rb.score, rb.explanation)

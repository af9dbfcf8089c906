"""Vacancy submission, screening, review, publication and expiry (services with the database)."""
import datetime as dt

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError, NotFound
from careerguide.ledgers.models import LedgerEntry
from careerguide.vacancies.models import FindingOverride, Vacancy, VacancyReview, VacancyVersion
from careerguide.vacancies.selectors import public_vacancy_list, vacancy_review_queue
from careerguide.vacancies.services.review import finding_override, vacancy_review
from careerguide.vacancies.services.screening import ruleset_version_create
from careerguide.vacancies.services.vacancy import (
    vacancies_expire,
    vacancy_correct,
    vacancy_record_hires,
    vacancy_submit,
    vacancy_withdraw,
)

from .factories import PASS, at, content, make_agent, make_registered_employer

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 3)


@pytest.fixture
def employer(city, staff):
    return make_registered_employer(staff.s11_officer, city.s11)


@pytest.fixture
def agent(employer):
    return make_agent(employer)


def submit(agent, employer, **overrides):
    return vacancy_submit(actor=agent, employer=employer, content=content(**overrides), now=NOW)


def test_submission_is_screened_and_queued_for_the_registration_district(city, staff, employer, agent):
    """BJ-38-3, BJ-39-4: every text field screened before review; the district of the demand registration reviews."""
    vacancy = submit(agent, employer, requirements="限男，35岁以下，高中以上学历。")
    assert vacancy.status == "under_review" and vacancy.unit == city.d1
    version = vacancy.latest_version
    assert [(f["field"], f["phrase"], f["ground"]) for f in version.findings] == [
        ("requirements", "限男", "sex"), ("requirements", "35岁以下", "age")]
    assert version.ruleset_version == "2" and all(f["articles"] for f in version.findings)
    assert list(vacancy_review_queue(actor=staff.d1_counsellor)) == [vacancy]
    assert list(vacancy_review_queue(actor=staff.d2_counsellor)) == []
    assert list(vacancy_review_queue(actor=staff.s11_officer)) == []  # a street does not review online postings


def test_unauthenticated_agent_is_refused_and_nothing_saved(employer):
    """BJ-39-3: submissions from accounts without real-name authentication are refused."""
    agent = make_agent(employer, "agent-unverified", real_name_verified=False)
    with pytest.raises(DomainError) as exc:
        submit(agent, employer)
    assert exc.value.clause == "BJ-39-3" and "实名认证" in exc.value.messages[0]
    assert Vacancy.objects.count() == 0


def test_agent_of_another_employer_does_not_see_it(city, staff, employer):
    """BJ-39-3: only the employer's own agents may submit for it."""
    other = make_registered_employer(staff.s11_officer, city.s11, name="另一家公司")
    stranger = make_agent(other, "agent-other")
    with pytest.raises(NotFound):
        submit(stranger, employer)
    assert Vacancy.objects.count() == 0


def test_unverified_employer_is_refused(city, staff):
    """BJ-35-3: only a verified employer (with a demand registration) may submit postings."""
    from careerguide.employers.tests.factories import make_employer

    employer = make_employer(staff.s11_officer, city.s11, name="未核验公司")
    agent = make_agent(employer, "agent-pending")
    with pytest.raises(DomainError) as exc:
        submit(agent, employer)
    assert exc.value.code == "employer_not_verified" and Vacancy.objects.count() == 0


def test_returned_with_every_defect_then_corrected_and_published(city, staff, employer, agent):
    """BJ-38-1, BJ-38-2, BJ-39-1, BJ-39-2, BJ-5-7: one notice lists every defect; only a passing version is published."""
    vacancy = submit(agent, employer, requirements="限男，高中以上学历。", benefits="")
    review = vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=NOW)
    vacancy.refresh_from_db()
    assert vacancy.status == "returned" and vacancy.published_version is None
    assert (review.completeness_passed, review.truthfulness_passed, review.legality_passed, review.validity_passed) == (
        False, True, False, True)
    assert review.reviewer == staff.d1_counsellor and review.reviewed_on == dt.date(2026, 3, 3)
    assert {d["field"] for d in review.defects} == {"benefits", "requirements"}
    assert public_vacancy_list().count() == 0

    version2 = vacancy_correct(actor=agent, vacancy=vacancy, content=content(), now=at(2026, 3, 4))
    assert version2.number == 2 and version2.findings == []
    review2 = vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=at(2026, 3, 4))
    vacancy.refresh_from_db()
    assert review2.decision == "approved" and not review2.is_quality_exception
    assert vacancy.status == "published" and vacancy.published_version == version2
    assert vacancy.published_at == at(2026, 3, 4)
    assert list(public_vacancy_list()) == [vacancy]
    assert LedgerEntry.objects.filter(ledger="employer", service_type="vacancy_published").count() == 1
    with pytest.raises(ValueError):
        version2.save()  # the published version is immutable


def test_second_notice_raising_an_old_defect_is_a_quality_exception(staff, employer, agent):
    """BJ-5-7: a defect present but not listed at the first review is flagged on the later notice."""
    vacancy = submit(agent, employer, benefits="")
    # The reviewer missed nothing automatic, but the automatic check caught only benefits; correct benefits only.
    vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=NOW)
    # A new city rule now flags wording that was already there at the first review.
    ruleset_version_create(actor=staff.city_admin, note="增加倒班表述规则", now=NOW,
                           extra={"rules": [{"id": "city.shift", "ground": "age", "pattern": "能适应倒班"}]})
    vacancy_correct(actor=agent, vacancy=vacancy, content=content(), now=at(2026, 3, 4))
    review = vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=at(2026, 3, 4))
    assert review.decision == "returned"
    assert [d["field"] for d in review.repeated_defects] == ["requirements"] and review.is_quality_exception


def test_only_the_registration_district_reviews(staff, employer, agent):
    """BJ-39-4: the city sees the posting but does not review it; another district gets 404."""
    vacancy = submit(agent, employer)
    with pytest.raises(DomainError) as exc:
        vacancy_review(actor=staff.city_admin, vacancy=vacancy, judgments=PASS, now=NOW)
    assert exc.value.clause == "BJ-39-4"
    with pytest.raises(NotFound):
        vacancy_review(actor=staff.d2_counsellor, vacancy=vacancy, judgments=PASS, now=NOW)
    assert VacancyReview.objects.count() == 0


def test_override_needs_a_legal_basis_and_unblocks_approval(staff, employer, agent):
    """BJ-38-3: a hit blocks approval until resolved; an override is recorded only with its legal basis."""
    vacancy = submit(agent, employer, requirements="井下作业，限男。")
    with pytest.raises(DomainError):
        finding_override(actor=staff.d1_counsellor, vacancy=vacancy, index=0, legal_basis="  ", now=NOW)
    assert FindingOverride.objects.count() == 0
    basis = "《女职工劳动保护特别规定》附录第一条：矿山井下作业禁忌从事"
    finding_override(actor=staff.d1_counsellor, vacancy=vacancy, index=0, legal_basis=basis, now=NOW)
    event = AuditEvent.objects.get(action="finding_override")
    assert event.reason == basis and event.clause == "BJ-38-3"
    review = vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=NOW)
    assert review.decision == "approved"


def test_reviewer_failing_a_criterion_returns_with_the_note(staff, employer, agent):
    """BJ-38-1: the reviewer's own judgment per criterion is recorded and notified."""
    vacancy = submit(agent, employer)
    review = vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, now=NOW,
                            judgments=dict(PASS, truthfulness=(False, "单位人数与登记不符")))
    assert review.decision == "returned" and not review.truthfulness_passed
    assert any("单位人数与登记不符" in d["message"] for d in review.defects)


@pytest.mark.parametrize(("valid_until", "decision"), [(dt.date(2026, 6, 1), "approved"), (dt.date(2026, 6, 2), "returned")])
def test_validity_capped_by_policy(staff, employer, agent, valid_until, decision):
    """BJ-41-2 / OQ 21: the end date may lie at most 90 calendar days after the review (2026-03-03 + 90 = 2026-06-01)."""
    vacancy = submit(agent, employer, valid_until=valid_until)
    assert vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=NOW).decision == decision


def _published(staff, agent, employer, **overrides):
    vacancy = submit(agent, employer, **overrides)
    vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=NOW)
    vacancy.refresh_from_db()
    assert vacancy.status == "published"
    return vacancy


def test_daily_job_expires_after_the_validity_end_date(staff, employer, agent):
    """BJ-41-2: published through the end date, expired and archived the day after; the job is idempotent."""
    vacancy = _published(staff, agent, employer, valid_until=dt.date(2026, 4, 30))
    assert vacancies_expire(now=at(2026, 4, 30, 23)) == 0
    assert vacancies_expire(now=at(2026, 5, 1, 1)) == 1
    assert vacancies_expire(now=at(2026, 5, 1, 2)) == 0
    vacancy.refresh_from_db()
    assert (vacancy.status, vacancy.expiry_reason) == ("archived", "validity_ended")
    assert public_vacancy_list().count() == 0


def test_licence_expiry_expires_the_posting(staff, employer, agent):
    """BJ-41-2: the employer's certificate validity ended."""
    vacancy = _published(staff, agent, employer)
    type(employer).objects.filter(pk=employer.pk).update(licence_valid_until=dt.date(2026, 3, 20))
    assert vacancies_expire(now=at(2026, 3, 20)) == 0
    assert vacancies_expire(now=at(2026, 3, 21)) == 1
    vacancy.refresh_from_db()
    assert vacancy.expiry_reason == "licence_expired"


def test_filled_headcount_and_withdrawal_expire(staff, employer, agent):
    """BJ-41-2: filled headcount or withdrawal; an archived posting is read-only."""
    vacancy = _published(staff, agent, employer, headcount=3)
    vacancy_record_hires(actor=agent, vacancy=vacancy, count=2, now=NOW)
    vacancy.refresh_from_db()
    assert vacancy.status == "published"
    vacancy_record_hires(actor=staff.d1_counsellor, vacancy=vacancy, count=1, now=NOW)
    vacancy.refresh_from_db()
    assert (vacancy.status, vacancy.expiry_reason) == ("archived", "filled")
    with pytest.raises(DomainError):
        vacancy_withdraw(actor=agent, vacancy=vacancy, now=NOW)
    with pytest.raises(DomainError):
        vacancy_correct(actor=agent, vacancy=vacancy, content=content(), now=NOW)
    other = _published(staff, agent, employer, title="叉车司机")
    vacancy_withdraw(actor=agent, vacancy=other, now=NOW)
    other.refresh_from_db()
    assert (other.status, other.expiry_reason) == ("archived", "withdrawn")
    assert VacancyVersion.objects.filter(vacancy=other).count() == 1


def test_posting_states_follow_the_table(staff, employer, agent):
    """BJ-39-5: draft → under_review → returned → (correction) under_review → published → expired → archived;
    a returned posting can never move to published without a new review."""
    from django.db import transaction

    from careerguide.duties.services import InvalidTransition, transition
    from careerguide.vacancies.states import VACANCY_TRANSITIONS

    vacancy = submit(agent, employer, benefits="")
    vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=NOW)
    vacancy.refresh_from_db()
    with pytest.raises(InvalidTransition), transaction.atomic():
        transition(obj=vacancy, to="published", actor=staff.d1_counsellor, table=VACANCY_TRANSITIONS, unit=vacancy.unit)
    vacancy.refresh_from_db()
    assert vacancy.status == "returned"
    vacancy_correct(actor=agent, vacancy=vacancy, content=content(), now=NOW)
    vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=NOW)
    vacancy_withdraw(actor=agent, vacancy=vacancy, now=NOW)
    moves = [e.changes["after"]["status"] for e in AuditEvent.objects.filter(
        action="transition", object_type="vacancies.vacancy", object_id=str(vacancy.pk)).order_by("seq")]
    assert moves == ["under_review", "returned", "under_review", "published", "expired", "archived"]
    assert VACANCY_TRANSITIONS["archived"] == set()

"""Workforce services: writes, refusals (nothing saved), scoping and audit."""
import datetime as dt
from decimal import Decimal

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.models import Duty
from careerguide.workforce.models import Award, ExemplarMarker, TitleAward, TrainingRecord
from careerguide.workforce.selectors.register import (
    chief_roster,
    counsellor_get,
    counsellor_list,
    qualification_warnings,
)
from careerguide.workforce.selectors.reports import (
    certification_report,
    evaluation_report,
    staffing_report,
    training_hours_report,
)
from careerguide.workforce.services import chiefs, contests, recognition, register, titles, training
from careerguide.workforce.services.register import output_record_add, workload_year_set

from .factories import make_counsellor

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 3, 2, 10, tzinfo=dt.timezone.utc)


def test_register_schedules_filing_and_district_filing_fulfils_it(city, staff):
    """BJ-60-1 roles and full/part-time; BJ-71-1 filing within 10 working days, fulfilled by the district's filing."""
    c = make_counsellor(staff.d1_head, city.s11, roles=("guidance", "analyst"), employment_type="part_time")
    duty = Duty.objects.get(kind="workforce.filing", subject_id=str(c.pk))
    assert duty.unit == city.d1 and duty.clause == "BJ-71-1"
    with pytest.raises(DomainError):
        register.staff_filing_submit(actor=staff.d1_head, unit=city.s11)
    filing = register.staff_filing_submit(actor=staff.d1_head, unit=city.d1)
    duty.refresh_from_db()
    assert filing.headcount == 1 and duty.status != "open"


def test_register_refuses_without_role_and_saves_nothing(city, staff):
    """BJ-60-1: at least one role."""
    before = AuditEvent.objects.count()
    with pytest.raises(DomainError):
        make_counsellor(staff.d1_head, city.d1, roles=())
    assert AuditEvent.objects.count() == before and not counsellor_list(actor=staff.d1_head).exists()


def test_role_without_certificate_warns(city, staff):
    """BJ-61-1: a guidance role with neither certificate nor skills attestation raises a warning; either clears it."""
    c = make_counsellor(staff.d1_head, city.d1)
    assert qualification_warnings(counsellor=c, on=dt.date(2026, 1, 1))
    attested = make_counsellor(staff.d1_head, city.d1, "周敏", skills_attestation="从事职业指导十年")
    assert not qualification_warnings(counsellor=attested, on=dt.date(2026, 1, 1))
    certified = make_counsellor(staff.d1_head, city.d1, "吴桐", level=3)
    assert not qualification_warnings(counsellor=certified, on=dt.date(2026, 1, 1))


def test_scoping_hides_other_districts(city, staff):
    """SD-G-2: own organisation and subordinates only; others are a 404."""
    c = make_counsellor(staff.city_admin, city.d2)
    assert not counsellor_list(actor=staff.d1_head).filter(pk=c.pk).exists()
    with pytest.raises(NotFound):
        counsellor_get(actor=staff.d1_head, pk=c.pk)
    assert counsellor_get(actor=staff.city_admin, pk=c.pk) == c


def test_title_only_city_decides_and_eligibility_blocks_grant(city, staff):
    """BJ-68-1 (district submits, only the city records), BJ-63-2 (refused grant saves nothing), BJ-63-1."""
    c = make_counsellor(staff.d1_head, city.d1, since=dt.date(2022, 1, 1), level=1)
    award = titles.title_submit(actor=staff.d1_head, counsellor=c, title="star_counsellor", year=2026, outstanding_attested=True)
    with pytest.raises(DomainError):
        titles.title_decide(actor=staff.d1_head, award=award, grant=True, cutoff=dt.date(2026, 12, 31))
    with pytest.raises(DomainError) as err:
        titles.title_decide(actor=staff.city_admin, award=award, grant=True, cutoff=dt.date(2026, 12, 30))
    assert err.value.clause == "BJ-63-2"
    award.refresh_from_db()
    assert award.status == "submitted"
    titles.title_decide(actor=staff.city_admin, award=award, grant=True, cutoff=dt.date(2026, 12, 31))
    assert TitleAward.objects.get(pk=award.pk).status == "granted"


def test_title_year_review_lapses_on_shortfall(city, staff):
    """BJ-64-1, BJ-64-2, BJ-64-4, BJ-64-5: a granted star without 2 days a week, 1 paper and 5 cases is not rated that year."""
    c = make_counsellor(staff.city_admin, city.d1, since=dt.date(2015, 1, 1), level=1)
    award = titles.title_submit(actor=staff.city_admin, counsellor=c, title="star_counsellor", year=2025, outstanding_attested=True)
    titles.title_decide(actor=staff.city_admin, award=award, grant=True, cutoff=dt.date(2025, 1, 1))
    workload_year_set(actor=staff.city_admin, counsellor=c, year=2025, measure="roster", rostered_days=120)
    output_record_add(actor=staff.city_admin, counsellor=c, kind="paper", title="职业指导方法研究", year=2025, journal="中国就业",
                      published_on=dt.date(2025, 5, 1))
    for i in range(4):
        output_record_add(actor=staff.city_admin, counsellor=c, kind="case", title=f"案例{i}", year=2025)
    titles.title_year_review(actor=staff.city_admin, award=award)
    award.refresh_from_db()
    assert award.status == "lapsed" and any("代表性案例4个" in r for r in award.reasons)
    with pytest.raises(DomainError):
        output_record_add(actor=staff.city_admin, counsellor=c, kind="paper", title="未发表", year=2025)


def test_training_record_requires_assessment_and_feeds_hours_report(city, staff):
    """BJ-69-2 (assessment mandatory), BJ-69-1 and BJ-69-3 (hours against 60 per person, part-time included)."""
    c = make_counsellor(staff.d1_head, city.d1, employment_type="part_time")
    args = dict(actor=staff.d1_head, counsellor=c, form="thematic", provider="市就业训练中心", started_on=dt.date(2025, 3, 1),
                completed_on=dt.date(2025, 3, 2), hours=Decimal(60), assessment_method="exam")
    with pytest.raises(DomainError):
        training.training_record_add(result="", **args)
    assert not TrainingRecord.objects.exists()
    training.training_record_add(result="passed", **args)
    [row] = training_hours_report(actor=staff.d1_head, year=2025)
    assert row["status"].met and row["status"].required == 60


def test_plans_enrol_by_tier_and_list_unmatched(city, staff):
    """SD-1-1, SD-1-2, SD-1-3: enrolment by the tier held before the cycle; uncertified counsellors without a plan listed."""
    a = make_counsellor(staff.d1_head, city.d1, "甲", level=3)
    b = make_counsellor(staff.d1_head, city.d1, "乙")
    training.training_plan_create(actor=staff.d1_head, unit=city.d1, year=2026, tier=3, category="pes_counsellor",
                                  title="三级进阶", content="个体咨询技术")
    result = training.training_plans_enrol(actor=staff.d1_head, unit=city.d1, year=2026)
    assert [e.counsellor for e in result["enrolled"]] == [a] and result["unmatched"] == [b]


def test_event_partners_and_speakers_are_typed(city, staff):
    """SD-1-4, SD-1-5: partner and speaker types are checked; a series name marks recurring events."""
    with pytest.raises(DomainError):
        training.training_course_create(actor=staff.d1_head, unit=city.d1, title="课件", partners=[{"name": "某协会", "type": "x"}])
    course = training.training_course_create(actor=staff.d1_head, unit=city.d1, title="生涯咨询课",
                                             partners=[{"name": "市职业指导协会", "type": "industry_association"}])
    event = training.training_event_create(actor=staff.d1_head, unit=city.d1, title="月度工作坊", format="workshop", tier=3,
                                           category="pes_counsellor", starts_on=dt.date(2026, 1, 5), ends_on=dt.date(2026, 1, 5),
                                           hours=4, speakers=[{"name": "陈教授", "type": "scholar"}], course=course, series="月度工作坊")
    assert event.has_external


def test_contest_flow_results_and_exemplar(city, staff):
    """SD-3-1 (states in order), SD-3-3 (result gives each member an exemplar marker citing the contest)."""
    a, b = make_counsellor(staff.city_admin, city.d1, "甲"), make_counsellor(staff.city_admin, city.d1, "乙")
    contest = contests.contest_create(actor=staff.city_admin, unit=city.city, title="职业指导技能竞赛", contest_type="skills_contest",
                                      organiser_level="city", year=2026)
    with pytest.raises(DomainError):
        contests.contest_advance(actor=staff.city_admin, contest=contest, to="judging")
    contests.contest_advance(actor=staff.city_admin, contest=contest, to="registration_open")
    entry = contests.contest_entry_add(actor=staff.city_admin, contest=contest, entry_title="团体咨询方案", members=[a, b],
                                       team_name="甲区代表队")
    for to in ("submissions_closed", "judging"):
        contests.contest_advance(actor=staff.city_admin, contest=contest, to=to)
    contests.contest_result_record(actor=staff.city_admin, entry=entry, rank=1, award="一等奖")
    assert ExemplarMarker.objects.filter(entry=entry).count() == 2
    assert "一等奖" in ExemplarMarker.objects.first().citation


def test_chief_nomination_and_term(city, staff):
    """SD-5-1 (level-1 only hard check), SD-5-2 (round states), SD-5-3 (1-year term, early end), SD-5-4, SD-5-5."""
    level2 = make_counsellor(staff.city_admin, city.d1, "甲", level=2, since=dt.date(2010, 1, 1))
    level1 = make_counsellor(staff.city_admin, city.d1, "乙", level=1, since=dt.date(2020, 1, 1))
    rnd = chiefs.chief_round_create(actor=staff.city_admin, unit=city.city, year=2026, methods=["competition", "appraisal"])
    chiefs.chief_round_advance(actor=staff.city_admin, rnd=rnd, to="nominations")
    with pytest.raises(DomainError):
        chiefs.chief_nominate(actor=staff.city_admin, rnd=rnd, counsellor=level2, now=NOW)
    nomination = chiefs.chief_nominate(actor=staff.city_admin, rnd=rnd, counsellor=level1, now=NOW)
    assert nomination.warnings
    for to in ("evaluation", "publicity"):
        chiefs.chief_round_advance(actor=staff.city_admin, rnd=rnd, to=to)
    appt = chiefs.chief_appoint(actor=staff.city_admin, nomination=nomination, starts_on=dt.date(2026, 3, 1))
    assert appt.ends_on == dt.date(2027, 2, 28)
    with pytest.raises(DomainError):
        chiefs.chief_activity_record(actor=staff.city_admin, appointment=appt, kind="support", held_on=dt.date(2027, 3, 1),
                                     description="指导街道")
    chiefs.chief_activity_record(actor=staff.city_admin, appointment=appt, kind="support", held_on=dt.date(2026, 3, 1),
                                 description="指导街道")
    [roster] = chief_roster(actor=staff.city_admin, on=dt.date(2026, 3, 1))
    assert roster["appointment"] == appt and roster["activities"] == 1
    register.counsellor_leave(actor=staff.city_admin, counsellor=level1, left_on=dt.date(2026, 3, 1))
    assert chiefs.chief_appointments_review(actor=staff.city_admin, unit=city.city, now=NOW) == [appt]


def test_award_quota_candidate_type_and_once(city, staff):
    """SD-20-2 (provincial quota, override), SD-20-3 (candidate types), SD-20-4 (once per period, round states)."""
    from careerguide.policy.services import policy_override_create
    policy_override_create(actor=staff.city_admin, key="sd.career_guidance_star_quota", unit=city.city, value=1,
                           effective_from=dt.date(2021, 1, 1), reason="测试名额", now=dt.datetime(2021, 1, 1, tzinfo=dt.timezone.utc))
    a, b = make_counsellor(staff.city_admin, city.d1, "甲"), make_counsellor(staff.city_admin, city.d1, "乙")
    rnd = recognition.award_round_create(actor=staff.city_admin, unit=city.city, title="guidance_star", year=2025)
    with pytest.raises(DomainError):
        recognition.award_confer(actor=staff.city_admin, rnd=rnd, unit=city.d1, candidate_kind="individual", candidate_key="",
                                 candidate_label="甲", counsellor=a, awarded_on=dt.date(2025, 6, 1))
    for to in ("nominations", "expert_review", "publicity"):
        recognition.award_round_advance(actor=staff.city_admin, rnd=rnd, to=to)
    with pytest.raises(DomainError):
        recognition.award_confer(actor=staff.city_admin, rnd=rnd, unit=city.d1, candidate_kind="studio", candidate_key="s:1",
                                 candidate_label="某工作室", awarded_on=dt.date(2025, 6, 1))
    kw = dict(actor=staff.city_admin, rnd=rnd, unit=city.d1, candidate_kind="individual", candidate_key="",
              awarded_on=dt.date(2025, 6, 1))
    recognition.award_confer(candidate_label="甲", counsellor=a, **kw)
    with pytest.raises(DomainError):
        recognition.award_confer(candidate_label="乙", counsellor=b, **kw)
    recognition.award_confer(candidate_label="乙", counsellor=b, override_reference="鲁人社函〔2025〕8号", **kw)
    with pytest.raises(DomainError):
        recognition.award_confer(candidate_label="甲", counsellor=a, override_reference="鲁人社函〔2025〕9号", **kw)
    assert Award.objects.count() == 2


def test_evaluation_no_self_and_composite_hides_evaluators(city, staff):
    """SD-21-1, SD-21-2, SD-21-3, SD-21-4, SD-21-5."""
    c = make_counsellor(staff.d1_head, city.d1, user=staff.d1_counsellor)
    with pytest.raises(DomainError):
        recognition.evaluation_record(actor=staff.d1_counsellor, counsellor=c, source="peer", year=2026, integrity=90,
                                      ability=90, performance=90, contribution=90)
    recognition.evaluation_record(actor=staff.d1_head, counsellor=c, source="peer", year=2026, integrity=80, ability=80,
                                  performance=80, contribution=80)
    recognition.evaluation_record(actor=staff.city_admin, counsellor=c, source="social", year=2026, integrity=90, ability=90,
                                  performance=90, contribution=90)
    [row] = evaluation_report(actor=staff.d1_head, year=2026)
    assert row["composite"] == Decimal("85.00") and "evaluator" not in row


def test_commendation_and_appraisal(city, staff):
    """SD-20-1 (reasons, document number), SD-19-2 (weighted result, only the appraised person comments)."""
    c = make_counsellor(staff.d1_head, city.d1, user=staff.d1_counsellor)
    with pytest.raises(DomainError):
        recognition.commendation_record(actor=staff.d1_head, unit=city.d1, recipient_type="individual", reasons=[],
                                        authority="市人社局", issued_on=dt.date(2026, 1, 5), document_number="X1", counsellor=c)
    recognition.commendation_record(actor=staff.d1_head, unit=city.d1, recipient_type="individual",
                                    reasons=["workforce_building", "employment_contribution"], authority="市人社局",
                                    issued_on=dt.date(2026, 1, 5), document_number="甲人社发〔2026〕3号", counsellor=c)
    scheme = recognition.appraisal_scheme_create(actor=staff.d1_head, unit=city.d1, name="年度考核", period="year",
                                                 evaluators="考核小组", indicators=[{"name": "服务量", "weight": 60},
                                                                                {"name": "满意度", "weight": 40}])
    cycle = recognition.appraisal_open(actor=staff.d1_head, scheme=scheme, counsellor=c, period_label="2025")
    recognition.appraisal_advance(actor=staff.d1_head, cycle=cycle, to="self_report")
    with pytest.raises(DomainError):
        recognition.appraisal_advance(actor=staff.d1_head, cycle=cycle, to="assessment")
    recognition.appraisal_advance(actor=staff.d1_head, cycle=cycle, to="assessment", self_report="全年服务300人次")
    recognition.appraisal_advance(actor=staff.d1_head, cycle=cycle, to="result_notified", scores={"服务量": 90, "满意度": 80})
    assert cycle.result == Decimal(86)
    with pytest.raises(DomainError):
        recognition.appraisal_comment(actor=staff.d1_head, cycle=cycle, comment="代填")
    recognition.appraisal_comment(actor=staff.d1_counsellor, cycle=cycle, comment="认可")


def test_staffing_and_certification_reports(city, staff):
    """SD-4-1, SD-4-2, SD-4-3, SD-4-4, SD-4-5, SD-18-1, SD-18-2."""
    register.organisation_profile_set(actor=staff.city_admin, unit=city.d1, org_type="hei", graduating_students=1001)
    a = make_counsellor(staff.city_admin, city.d1, "甲", level=1)
    make_counsellor(staff.city_admin, city.d1, "乙", level=3)
    make_counsellor(staff.city_admin, city.d1, "丙", employment_type="part_time", level=4)
    make_counsellor(staff.city_admin, city.d1, "丁", employment_type="part_time")
    chiefs.service_team_create(actor=staff.city_admin, unit=city.d1, name="青年就业服务队", leader=a, members=[],
                               focus="高校毕业生", started_on=dt.date(2026, 1, 1))
    [row] = staffing_report(actor=staff.city_admin, on=dt.date(2026, 6, 1))
    assert (row["full_time"], row["part_time_counsellors"], row["part_time_helpers"]) == (2, 1, 1)
    assert row["ratio"].shortfall and row["teams"] == [("青年就业服务队", 1)]
    report = certification_report(actor=staff.city_admin, on=dt.date(2026, 6, 1))
    assert report["shares"][1] == Decimal("25.0") and [c.full_name for c in report["uncertified"]] == ["丁"]

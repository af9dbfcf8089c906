"""The Shandong service and HEI model and the safeguards through their services: HEI units and course plans
(SD-13-1, SD-13-2, SD-13-3, SD-13-4, SD-13-5, SD-13-7), the competition (SD-14-1, SD-14-2, SD-14-3), catalogue
services, histories, hand-offs, calendar and statistics (SD-10-1, SD-10-2, SD-11-1, SD-11-2, SD-11-3, SD-11-4,
SD-12-1, SD-G-11, SD-S-5, SD-S-9), attendance and cycles (SD-1-2, SD-1-6), studios as incubators (SD-8-3, SD-8-4),
the integrated platform (SD-7-1, SD-7-2, SD-7-3), research outputs (SD-6-3) and the safeguards (SD-S-1, SD-S-3,
SD-S-4, SD-S-5, SD-S-6, SD-S-9, SD-G-12)."""
import datetime as dt
from decimal import Decimal

import pytest

from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.services import unit_create
from careerguide.policy.services import policy_override_create
from careerguide.workforce.models import PlanEnrolment
from careerguide.workforce.selectors.reports import training_hours_report
from careerguide.workforce.selectors.research import research_output_report
from careerguide.workforce.selectors.sd import (
    competition_coverage,
    course_plan_compliance,
    curriculum_report,
    effectiveness_report,
    platform_profile,
    published_content,
    recipient_history,
    service_statistics,
    studio_incubation,
    studio_services,
)
from careerguide.workforce.services import catalogue, chiefs, hei, platform, register, safeguards, training

from .factories import make_counsellor

pytestmark = pytest.mark.django_db
D = dt.date
EARLY = dt.datetime(2025, 1, 2, 9, tzinfo=dt.timezone.utc)


@pytest.fixture
def university(city, staff):
    unit = unit_create(actor=None, name="某职业技术大学", code="T-U1", level=UnitLevel.STREET, parent=city.d1)
    register.organisation_profile_set(actor=staff.city_admin, unit=unit, org_type="hei", graduating_students=900,
                                      enrolled_students=4000)
    return unit


def test_two_level_guidance_units(city, staff, university):
    """SD-13-1: one school-level unit per HEI, department units report to it, and a counsellor of the HEI is assigned
    to one level; a unit that is not an HEI gets none."""
    school = hei.hei_unit_create(actor=staff.city_admin, hei=university, level="school", name="学生就业创业指导中心")
    with pytest.raises(DomainError):
        hei.hei_unit_create(actor=staff.city_admin, hei=university, level="school", name="第二中心")
    with pytest.raises(DomainError):
        hei.hei_unit_create(actor=staff.city_admin, hei=university, level="department", name="机电学院")
    dept = hei.hei_unit_create(actor=staff.city_admin, hei=university, level="department", name="机电学院",
                               parent=school)
    with pytest.raises(DomainError):
        hei.hei_unit_create(actor=staff.city_admin, hei=city.s12, level="school", name="非高校")
    c = make_counsellor(staff.city_admin, university, training_category="hei_counsellor")
    hei.counsellor_hei_unit_assign(actor=staff.city_admin, counsellor=c, guidance_unit=dept)
    c.refresh_from_db()
    assert c.hei_guidance_unit == dept and dept.parent == school
    outsider = make_counsellor(staff.city_admin, city.s12, "外校")
    with pytest.raises(DomainError):
        hei.counsellor_hei_unit_assign(actor=staff.city_admin, counsellor=outsider, guidance_unit=dept)


def _plan(staff, university, *, status="required", mode="blended", years=(1, 2, 3), safety=True, academic_year=2026):
    plan = hei.course_plan_create(actor=staff.city_admin, hei=university, academic_year=academic_year, course_status=status,
                                  programme_years=4, delivery_mode=mode, platform="智慧职教")
    for y in years:
        hei.course_segment_add(actor=staff.city_admin, plan=plan, year_of_study=y, title=f"第{y}学年", credits=1)
    hei.course_segment_add(actor=staff.city_admin, plan=plan, year_of_study=4, title="就业安全教育", credits=Decimal("0.5"),
                           safety_risk_awareness=safety, safety_employment_rights=safety)
    return plan


def test_segments_carry_credits_in_a_year_of_the_programme(staff, university):
    """SD-13-4: a segment with no credits, or in a year beyond the programme, is refused and nothing is saved."""
    plan = hei.course_plan_create(actor=staff.city_admin, hei=university, academic_year=2026, course_status="required",
                                  programme_years=3, delivery_mode="blended")
    with pytest.raises(DomainError) as refused:
        hei.course_segment_add(actor=staff.city_admin, plan=plan, year_of_study=1, title="生涯规划", credits=0)
    assert refused.value.field_errors.keys() == {"credits"}
    with pytest.raises(DomainError):
        hei.course_segment_add(actor=staff.city_admin, plan=plan, year_of_study=4, title="超出学制", credits=1)
    assert not plan.segments.exists()


def test_course_starts_in_the_first_year_of_study(city, staff, university):
    """SD-13-3: a plan whose first segment is in year 2 is non-compliant; one that starts in year 1 is not."""
    late = _plan(staff, university, years=(2, 3))
    assert "SD-13-3" in [c for _m, c in course_plan_compliance(plan=late).non_compliant]
    plan = _plan(staff, university, years=(1, 3), academic_year=2027)
    assert "SD-13-3" not in [c for _m, c in course_plan_compliance(plan=plan).non_compliant]


def test_curriculum_compliance_report(city, staff, university):
    """SD-13-7: per HEI the plan's non-compliant items and, apart, the warnings; an HEI without a plan is listed."""
    other = unit_create(actor=None, name="某学院", code="T-U2", level=UnitLevel.STREET, parent=city.d2)
    register.organisation_profile_set(actor=staff.city_admin, unit=other, org_type="hei")
    _plan(staff, university, status="elective", mode="offline", years=(1,))
    rows = {r["hei"].name: r for r in curriculum_report(actor=staff.city_admin, year=2026)}
    assert rows["某学院"]["missing"]
    result = rows["某职业技术大学"]["result"]
    assert [c for _m, c in result.non_compliant] == ["SD-13-2"]
    assert sorted({c for _m, c in result.warnings}) == ["SD-13-4", "SD-13-5"]


def test_competition_editions_registration_and_coverage(city, staff, university):
    """SD-14-1 (stages in order; registration only while open), SD-14-2 (eligibility), SD-14-3 (per HEI registrations
    and participation rate, HEIs with none flagged)."""
    other = unit_create(actor=None, name="某学院", code="T-U3", level=UnitLevel.STREET, parent=city.d2)
    register.organisation_profile_set(actor=staff.city_admin, unit=other, org_type="hei", enrolled_students=800)
    edition = hei.competition_create(actor=staff.city_admin, unit=city.city, year=2026)
    student = dict(hei=university, student_name="李同学", student_number="2024001", study_level="benke", year_of_study=2,
                   programme_years=4, enrolled=True)
    with pytest.raises(DomainError):
        hei.competition_register(actor=staff.city_admin, competition=edition, **student)
    with pytest.raises(DomainError):
        hei.competition_advance(actor=staff.city_admin, competition=edition, to="school_round")
    hei.competition_advance(actor=staff.city_admin, competition=edition, to="registration_open")
    hei.competition_register(actor=staff.city_admin, competition=edition, **student)
    with pytest.raises(DomainError) as refused:
        hei.competition_register(actor=staff.city_admin, competition=edition, **{**student, "student_number": "9",
                                                                                 "hei": city.s12})
    assert refused.value.code == "not_eligible"
    cover = competition_coverage(competition=edition, actor=staff.city_admin)
    rows = {r["hei"].name: r for r in cover["rows"]}
    assert rows["某职业技术大学"]["rate"] == Decimal("0.0") and rows["某职业技术大学"]["registrations"] == 1
    assert cover["flagged"] == [other]


def test_services_by_recipient_type_in_one_history(city, staff):
    """SD-G-11, SD-12-1: a job seeker served online and offline has one history; SD-11-1, SD-11-2: a service outside
    the recipient's catalogue is refused; SD-10-2: employment consultation is a catalogue service."""
    from careerguide.matching.tests.factories import ready_job_seeker

    seeker = ready_job_seeker(staff, city)
    for channel, service in (("online", "career_planning"), ("offline", "employment_consultation")):
        catalogue.service_record_add(actor=staff.s11_counsellor, unit=city.s11, recipient_type="college_graduate",
                                     job_seeker=seeker, service=service, channel=channel, delivered_on=D(2026, 3, 3))
    with pytest.raises(DomainError) as refused:
        catalogue.service_record_add(actor=staff.s11_counsellor, unit=city.s11, recipient_type="job_seeker",
                                     job_seeker=seeker, service="hiring_needs_analysis", channel="online",
                                     delivered_on=D(2026, 3, 3))
    assert "service" in refused.value.field_errors
    history = recipient_history(actor=staff.s11_counsellor, job_seeker=seeker)
    assert sorted(r.channel for r in history) == ["offline", "online"]


def test_assistance_targets_get_measures_and_personalised_guidance(city, staff):
    """SD-11-3: an assistance record lists the differentiated support measures chosen and the personalised guidance
    given; without them it is refused."""
    from careerguide.matching.tests.factories import ready_job_seeker

    seeker = ready_job_seeker(staff, city)
    base = dict(actor=staff.s11_counsellor, unit=city.s11, recipient_type="assistance_target", job_seeker=seeker,
                service="employment_assistance", channel="offline", delivered_on=D(2026, 3, 3))
    with pytest.raises(DomainError) as refused:
        catalogue.service_record_add(**base)
    assert {"support_measures", "personalised_guidance"} <= set(refused.value.field_errors)
    row = catalogue.service_record_add(**base, support_measures=["public_welfare_post", "psychological_support"],
                                       personalised_guidance="每周一次面谈，推荐社区公益性岗位")
    assert row.support_measures == ["public_welfare_post", "psychological_support"]


def test_statistics_handoffs_and_the_calendar(city, staff):
    """SD-11-4 (counts by service, recipient type and channel), SD-S-9 (the calendar's activities feed them), SD-S-5
    (a hand-off to job introduction and its outcome, recorded once)."""
    from careerguide.matching.tests.factories import ready_job_seeker

    seeker = ready_job_seeker(staff, city)
    record = catalogue.service_record_add(actor=staff.s11_counsellor, unit=city.s11, recipient_type="job_seeker",
                                          job_seeker=seeker, service="job_search_skills", channel="offline",
                                          delivered_on=D(2026, 3, 3))
    catalogue.service_activity_plan(actor=staff.s11_counsellor, unit=city.s11, title="求职技巧讲座",
                                    service="job_search_skills", on=D(2026, 3, 20), target_group="job_seeker",
                                    channel="online", capacity=60)
    stats = service_statistics(actor=staff.s11_counsellor, start=D(2026, 3, 1), end=D(2026, 3, 31))
    assert (stats["by_service"], stats["by_recipient"], stats["by_channel"]) == (
        {"job_search_skills": 1}, {"job_seeker": 1}, {"offline": 1})
    assert (stats["activities"], stats["activities_by_channel"], stats["planned_places"]) == (1, {"online": 1}, 60)
    handoff = catalogue.handoff_create(actor=staff.s11_counsellor, record=record, to_service="job_introduction",
                                       handed_on=D(2026, 3, 4), receiving="街道职业介绍窗口")
    catalogue.handoff_outcome_record(actor=staff.s11_counsellor, handoff=handoff, outcome="completed",
                                     outcome_on=D(2026, 3, 10), outcome_note="已推荐岗位")
    with pytest.raises(DomainError):
        catalogue.handoff_outcome_record(actor=staff.s11_counsellor, handoff=handoff, outcome="not_completed",
                                         outcome_on=D(2026, 3, 11))


def test_guidance_content_published_with_its_date(city, staff, client):
    """SD-10-1: policy publicity and situation interpretation reach job seekers and employers once published, with
    the publication date; a draft is not shown."""
    item = catalogue.guidance_content_create(actor=staff.d1_head, unit=city.d1, kind="situation_interpretation",
                                             title="一季度就业形势解读", body="制造业用工需求回升。", audience="all")
    catalogue.guidance_content_create(actor=staff.d1_head, unit=city.d1, kind="policy_publicity", title="草稿",
                                      body="未发布", audience="employers")
    catalogue.guidance_content_publish(actor=staff.d1_head, content=item, published_on=D(2026, 4, 2))
    assert list(published_content(audience="employers")) == [item]
    page = client.get("/public/guidance/?for=job_seekers").content.decode()
    assert "一季度就业形势解读" in page and "2026-04-02" in page and "草稿" not in page


def test_attendance_with_split_results(city, staff):
    """SD-1-6: class hours up to the event's, completion, theory and practice scores; an unfinished attendance has no
    result and adds no hours."""
    people = [make_counsellor(staff.d1_head, city.d1, n) for n in ("甲", "乙")]
    event = training.training_event_create(actor=staff.d1_head, unit=city.d1, title="个案督导工作坊", format="workshop",
                                           tier=3, category="pes_counsellor", starts_on=D(2026, 3, 2),
                                           ends_on=D(2026, 3, 3), hours=Decimal(12))
    with pytest.raises(DomainError):
        training.attendance_record(actor=staff.d1_head, event=event, counsellor=people[0], hours=Decimal(13),
                                   completed=True, result="passed")
    done = training.attendance_record(actor=staff.d1_head, event=event, counsellor=people[0], hours=Decimal(12),
                                      completed=True, result="passed", theory_score=Decimal(86), practice_score=Decimal(91))
    training.attendance_record(actor=staff.d1_head, event=event, counsellor=people[1], hours=Decimal(4), completed=False)
    assert (done.theory_score, done.practice_score) == (Decimal(86), Decimal(91))
    hours = {r["counsellor"].full_name: r["status"].hours for r in training_hours_report(actor=staff.d1_head, year=2026)}
    assert hours == {"甲": Decimal(12), "乙": Decimal(0)}


def test_training_cycle_months_read_from_the_policy(city, staff):
    """SD-1-2: with a 24-month cycle a counsellor enrolled for 2025 is not enrolled again for 2026; with the default
    12 months they are."""
    c = make_counsellor(staff.d1_head, city.d1, level=3)
    for year in (2025, 2026):
        training.training_plan_create(actor=staff.d1_head, unit=city.d1, year=year, tier=3, category="pes_counsellor",
                                      title=f"{year}三级计划", content="个案技术")
    training.training_plans_enrol(actor=staff.d1_head, unit=city.d1, year=2025)
    policy_override_create(actor=staff.city_admin, key="sd.training_plan_cycle_months", unit=city.city, value=24,
                           effective_from=D(2025, 1, 2), reason="两年一轮", now=EARLY)
    assert training.training_plans_enrol(actor=staff.d1_head, unit=city.d1, year=2026)["enrolled"] == []
    assert PlanEnrolment.objects.filter(counsellor=c).count() == 1


def test_studios_as_incubators_and_their_services(city, staff):
    """SD-8-3: the events a studio hosted and the counsellors it trained; SD-8-4: services it delivered by recipient
    group and career stage."""
    from careerguide.matching.tests.factories import ready_job_seeker

    studio = _sd_studio(city, staff)
    trainee = make_counsellor(staff.d1_head, city.d1, "学员")
    event = training.training_event_create(actor=staff.d1_head, unit=city.d1, title="新手训练营", format="training_camp",
                                           tier=0, category="pes_counsellor", starts_on=D(2026, 3, 2),
                                           ends_on=D(2026, 3, 6), hours=Decimal(30), host_studio=studio)
    training.attendance_record(actor=staff.d1_head, event=event, counsellor=trainee, hours=Decimal(30), completed=True,
                               result="passed")
    incubation = studio_incubation(studio=studio)
    assert incubation["events"] == [event] and incubation["trained"] == [trainee]
    seeker = ready_job_seeker(staff, city)
    catalogue.service_record_add(actor=staff.d1_head, unit=city.d1, recipient_type="college_graduate", job_seeker=seeker,
                                 service="career_planning", channel="offline", delivered_on=D(2026, 3, 9), studio=studio,
                                 career_stage="student")
    assert studio_services(actor=staff.d1_head, start=D(2026, 3, 1), end=D(2026, 3, 31)) == {
        "by_recipient": {"college_graduate": 1}, "by_stage": {"student": 1}}


def _sd_studio(city, staff):
    import random

    from careerguide.common.demo import synthetic_uscc
    from careerguide.studios.services import rounds, sd

    host = rounds.host_unit_create(actor=staff.city_admin, name="甲区职业指导工作室依托单位", host_type="pes_agency",
                                   credit_code=synthetic_uscc(random.Random(3)), address="甲区", legal_representative="周",
                                   contact_person="吴", district=city.d1)
    return sd.sd_studio_register(actor=staff.city_admin, host_unit=host, name="甲区职业指导工作室", kind="studio", level="county",
                                 area=city.d1, lead_counsellor="林晓", opened_on=D(2025, 5, 1), legal_entity="甲区就业服务中心")


def test_platform_profile_suggestions_and_effectiveness(city, staff):
    """SD-7-1 (four modules over one profile, each with the others' results), SD-7-2 (the matching suggestion with its
    basis is accepted or rejected with a reason; the grading instrument's level accepted or overridden), SD-7-3 (the
    acceptance rates and the hired share of clients served with platform support)."""
    from careerguide.matching.services.outcomes import recommendation_outcome_record
    from careerguide.matching.services.recommendations import recommendation_create
    from careerguide.matching.tests.factories import published_vacancy, ready_job_seeker

    vacancy = published_vacancy(staff, city)
    seeker = ready_job_seeker(staff, city)
    profile = platform_profile(job_seeker=seeker, on=D(2026, 3, 3))
    assert {"career_information", "assessment", "planning", "job_search", "history"} <= set(profile)
    assert [s["vacancy"] for s in profile["job_search"]] == [vacancy] and profile["job_search"][0]["result"].criteria
    with pytest.raises(DomainError):
        platform.suggestion_decide(actor=staff.s11_counsellor, job_seeker=seeker, vacancy=vacancy, accepted=False)
    decision = platform.suggestion_decide(actor=staff.s11_counsellor, job_seeker=seeker, vacancy=vacancy, accepted=True,
                                          now=dt.datetime(2026, 3, 3, 9, tzinfo=dt.timezone.utc))
    assert decision.basis and decision.score == profile["job_search"][0]["result"].score
    rec = recommendation_create(actor=staff.s11_counsellor, job_seeker=seeker, vacancy=vacancy, direction="to_job_seeker",
                                consent_channel="in_person", consent_note="同意", recommended_on=D(2026, 3, 3),
                                now=dt.datetime(2026, 3, 3, 10, tzinfo=dt.timezone.utc))
    recommendation_outcome_record(actor=staff.s11_counsellor, recommendation=rec, outcome="hired", on=D(2026, 3, 10),
                                  job_start=D(2026, 3, 16), note="已录用", now=dt.datetime(2026, 3, 10, tzinfo=dt.timezone.utc))
    report = effectiveness_report(actor=staff.s11_counsellor, start=D(2026, 3, 1), end=D(2026, 3, 31))
    assert (report["matching_decisions"], report["matching_rate"]) == (1, Decimal("100.0"))
    assert (report["supported_clients"], report["hired_clients"]) == (1, 1)


def test_research_output_report(city, staff):
    """SD-6-3: projects and their outputs by lead type (expert library, HEI counsellor, other) and organisation."""
    lead = make_counsellor(staff.d1_head, city.d1, "头雁", training_category="hei_counsellor")
    other = make_counsellor(staff.d1_head, city.d1, "其他")
    chiefs.research_project_create(actor=staff.d1_head, unit=city.d1, title="高校毕业生慢就业研究", topic_type="hot_issue",
                                   lead=lead, starts_on=D(2026, 1, 1))
    chiefs.research_project_create(actor=staff.d1_head, unit=city.d1, title="零工市场研究", topic_type="difficult_issue",
                                   lead=other, starts_on=D(2026, 1, 1))
    report = research_output_report(actor=staff.d1_head)
    assert report["by_lead_type"] == {"hei_counsellor": 1, "other": 1} and report["by_unit"] == {city.d1.name: 2}


def test_key_task_ledger_with_duties(city, staff):
    """SD-S-1: a key task of 1–21 goes to a responsible unit and person with a due date, owed by that person as a
    duty; handing it to another person moves the duty; done fulfils it."""
    with pytest.raises(DomainError):
        safeguards.key_task_assign(actor=staff.d1_head, unit=city.d1, task=22, responsible_unit=city.d1,
                                   responsible_person=staff.d1_counsellor, due_date=D(2026, 12, 31))
    row = safeguards.key_task_assign(actor=staff.d1_head, unit=city.d1, task=13, responsible_unit=city.d1,
                                     responsible_person=staff.d1_counsellor, due_date=D(2026, 12, 31))
    duty = Duty.objects.get(kind="workforce.key_task")
    assert (duty.assignee, duty.due_date) == (staff.d1_counsellor, D(2026, 12, 31))
    safeguards.key_task_assign(actor=staff.d1_head, unit=city.d1, task=13, responsible_unit=city.d1,
                               responsible_person=staff.d1_head, due_date=D(2026, 12, 31))
    duty.refresh_from_db()
    assert duty.assignee == staff.d1_head
    safeguards.key_task_progress(actor=staff.d1_head, assignment=row, status="done",
                                 now=dt.datetime(2026, 6, 1, 9, tzinfo=dt.timezone.utc))
    duty.refresh_from_db()
    assert duty.status == "done"


def test_work_documents_keep_their_versions(city, staff):
    """SD-S-4: each change is a new version with its effective date; a version effective no later than the last is
    refused."""
    first = safeguards.work_document_add(actor=staff.d1_head, unit=city.d1, kind="service_standard", title="职业指导服务标准",
                                         effective_from=D(2025, 1, 1), content="第一版")
    with pytest.raises(DomainError):
        safeguards.work_document_add(actor=staff.d1_head, unit=city.d1, kind="service_standard", title="职业指导服务标准",
                                     effective_from=D(2025, 1, 1), content="重复")
    second = safeguards.work_document_add(actor=staff.d1_head, unit=city.d1, kind="service_standard",
                                          title="职业指导服务标准", effective_from=D(2026, 1, 1), content="第二版")
    assert (first.version, second.version) == (1, 2)


def test_four_in_place_needs_evidence(city, staff):
    """SD-S-6: an item in place states its evidence; the report lists the organisations not fully in place."""
    from careerguide.workforce.selectors.sd import four_in_place_report

    with pytest.raises(DomainError):
        safeguards.four_in_place_record(actor=staff.d1_head, unit=city.d1, year=2026, institution=True)
    safeguards.four_in_place_record(actor=staff.d1_head, unit=city.d1, year=2026, institution=True,
                                    institution_evidence="编办批复", personnel=True, personnel_evidence="花名册",
                                    premises=True, premises_evidence="场地照片", funding=False)
    report = four_in_place_report(actor=staff.d1_head, year=2026)
    assert [g["missing"] for g in report["not_in_place"]] == [["funding"]]


def test_results_summary_by_the_four_goal_systems(city, staff):
    """SD-S-3: the summary of a period once it has ended (not on its last day); SD-G-12: its sections are the four
    goal systems; the period length is `sd.results_summary_interval_months`."""
    day = dt.datetime(2025, 12, 31, 9, tzinfo=dt.timezone.utc)
    with pytest.raises(DomainError) as refused:
        safeguards.results_summary_generate(actor=staff.d1_head, unit=city.d1, on=D(2025, 6, 1), now=day)
    assert refused.value.code == "too_early"
    summary = safeguards.results_summary_generate(actor=staff.d1_head, unit=city.d1, on=D(2025, 6, 1),
                                                  now=day + dt.timedelta(days=1))
    assert (summary.period_start, summary.period_end) == (D(2025, 1, 1), D(2025, 12, 31))
    assert set(summary.sections) == {"management_system", "training_system", "service_level", "incentive_safeguard"}
    policy_override_create(actor=staff.city_admin, key="sd.results_summary_interval_months", unit=city.city, value=6,
                           effective_from=D(2026, 1, 2), reason="半年一总结", now=dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc))
    half = safeguards.results_summary_generate(actor=staff.d1_head, unit=city.d1, on=D(2026, 2, 1),
                                               now=dt.datetime(2026, 7, 1, 9, tzinfo=dt.timezone.utc))
    assert (half.period_start, half.period_end) == (D(2026, 1, 1), D(2026, 6, 30))

"""Employment assistance (BJ ch. 3): an outreach worklist with surveys, cases at every stage with due and overdue
follow-ups, a training programme, an expert consultation and a transfer awaiting the district's approval.

Everything goes through the assistance and job-seeker services; each person is keyed on a stable ID number, so a
second run adds nothing."""
import datetime as dt
import random

from careerguide.accounts.models import User
from careerguide.accounts.roles import Role
from careerguide.accounts.services import user_create
from careerguide.assistance.selectors import open_case_of
from careerguide.assistance.selectors.outreach import open_target_of
from careerguide.assistance.services.cases import agreement_sign
from careerguide.assistance.services.consultations import (
    consultation_opinion_record,
    consultation_panel_set,
    consultation_request,
)
from careerguide.assistance.services.evaluations import case_evaluate
from careerguide.assistance.services.followups import follow_up_record, guidance_service_record, job_start_record
from careerguide.assistance.services.outreach import survey_record, survey_target_assign, survey_targets_generate
from careerguide.assistance.services.plans import plan_record
from careerguide.assistance.services.programmes import programme_enrol, programme_progress_record
from careerguide.assistance.services.team import team_member_add
from careerguide.assistance.services.transfers import transfer_request, transfer_verify
from careerguide.common.demo import synthetic_mobile, synthetic_resident_id
from careerguide.job_seekers.lookup import id_number_lookup_key
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.services.certification import difficulty_certification_record
from careerguide.job_seekers.services.gradings import job_seeker_grade
from careerguide.job_seekers.services.registration import job_seeker_register
from careerguide.matching.services.outcomes import recommendation_outcome_record
from careerguide.matching.services.recommendations import recommendation_create
from careerguide.vacancies.models import Vacancy

from .base import DEMO_PASSWORD, Demo

CERT = {"authority": "东湖区人力资源和社会保障局", "document_ref": "东人社困认〔示例〕"}
PROFILE = {"education": "junior_secondary", "registration_type": "urban_unemployment", "health": "no_limitation",
           "sought_industry": "物流仓储", "sought_area": "东湖区"}


def _id(key: str) -> str:
    return synthetic_resident_id(random.Random(f"assist-{key}"), birth=dt.date(1976, 4, 9))


def _exists(key: str) -> bool:
    return JobSeeker.objects.filter(id_number_index=id_number_lookup_key(_id(key))).exists()


def _person(demo: Demo, key: str, name: str, day: dt.date, *, register: bool = True) -> JobSeeker:
    """A certified person of 滨江街道: registered and graded (routed to assistance), or only collected."""
    worker, unit = demo.staff["s0101.caseworker"], demo.units["S0101"]
    seeker = job_seeker_register(
        actor=worker, unit=unit, full_name=name, id_number=_id(key), phone=synthetic_mobile(random.Random(key)),
        channel="front_desk" if register else "baseline_survey", collected_on=day, now=demo.at(day, 9),
        profile={**PROFILE, "unemployed_since": day - dt.timedelta(days=300)}).job_seeker
    if register:
        job_seeker_grade(actor=worker, job_seeker=seeker, graded_on=day, now=demo.at(day, 10))
    difficulty_certification_record(actor=worker, job_seeker=seeker, status="certified", decided_on=day,
                                    now=demo.at(day, 11), **{**CERT, "document_ref": f"{CERT['document_ref']}{key}号"})
    seeker.refresh_from_db()
    return seeker


def _sign(demo: Demo, seeker, day):
    worker = demo.staff["s0101.caseworker"]
    case = open_case_of(job_seeker=seeker)
    agreement_sign(actor=worker, case=case, case_worker=worker, location_basis="habitual_residence",
                   address="东湖区滨江街道望湖路18号", rights_obligations="按时参加指导和推荐；援助专员提供专门服务。",
                   termination_circumstances="实现稳定就业；本人明确放弃援助；迁出本市。", signed_on=day,
                   now=demo.at(day, 14))
    case.refresh_from_db()
    return case


def _plan(demo: Demo, case, day, *, causes=("skills",), lead_days=20, reason=""):
    worker = demo.staff["s0101.caseworker"]
    if case.status == "agreement_signed":
        case_evaluate(actor=worker, case=case, kind="readiness", evaluated_on=day, result="面谈评估：缺少仓储作业技能。",
                      instrument_version="就业准备状况评估表（示例版）", causes=list(causes), start_lead_days=lead_days,
                      advice="" if lead_days <= 14 else "建议先参加叉车培训再推荐岗位。", now=demo.at(day, 15))
    plan_record(actor=worker, case=case, barriers="长期从事体力劳动，缺少仓储作业技能。", causes=list(causes),
                measures="推荐参加叉车司机培训，结业后匹配仓储岗位并进行面试指导。",
                stages=[{"goal": "取得叉车证", "target_date": day + dt.timedelta(days=45), "owner": worker.full_name},
                        {"goal": "完成三次面试", "target_date": day + dt.timedelta(days=75), "owner": "本人"}],
                actions=[{"action": "报名叉车培训", "owner": "本人", "due": day + dt.timedelta(days=7)}],
                person_agreed=True, agreement_note="本人到场共同制定，签字确认。", reason=reason, made_on=day,
                now=demo.at(day, 16))
    case.refresh_from_db()
    return case


def _failed(demo: Demo, case, days):
    worker = demo.staff["s0101.caseworker"]
    vacancy = Vacancy.objects.filter(status="published").order_by("pk").first()
    for day in days:
        rec = recommendation_create(actor=worker, job_seeker=case.job_seeker, vacancy=vacancy, direction="to_job_seeker",
                                    consent_channel="in_person", recommended_on=day, now=demo.at(day, 10))
        recommendation_outcome_record(actor=worker, recommendation=rec, outcome="not_hired", on=day,
                                      reason_code="employer_rejected", now=demo.at(day, 16))


def _stages(demo: Demo) -> int:
    """One person at each stage of the case, with due and overdue follow-ups (BJ-23-7, BJ-27)."""
    worker, back = demo.staff["s0101.caseworker"], demo.workday_back
    added = 0
    for key, name, build in (("routed", "邹志明", None), ("signed", "宋雅琴", "sign"), ("service", "董海涛", "service"),
                             ("training", "潘丽华", "training"), ("employed", "余建国", "employed")):
        if _exists(key):
            continue
        case = open_case_of(job_seeker=_person(demo, key, name, back(40)))
        if build:
            case = _sign(demo, case.job_seeker, back(38))
        if build in ("service", "training", "employed"):
            _plan(demo, case, back(35), lead_days=3 if build == "employed" else 20)
            guidance_service_record(actor=worker, case=case, occurred_on=back(8), summary="求职心态疏导",
                                    service="psychological_adjustment", now=demo.at(back(8)))  # follow-up overdue
            guidance_service_record(actor=worker, case=case, occurred_on=back(3), summary="简历修改",
                                    service="specialized_guidance", now=demo.at(back(3)))  # follow-up due soon
        if build == "training":
            programme = programme_enrol(actor=worker, case=case, kind="vocational_skills_training", name="叉车司机培训",
                                        provider="东湖区职业技能培训学校", starts_on=back(6),
                                        planned_end_on=min(demo.today + dt.timedelta(days=10), dt.date(demo.today.year, 12, 31)),
                                        now=demo.at(back(10)))
            programme_progress_record(actor=worker, programme=programme, occurred_on=back(5), source="provider",
                                      source_name="培训学校教务处", reached=True, note="按时出勤", now=demo.at(back(5)))
        if build == "employed":
            job_start_record(actor=worker, case=case, employer_name="东湖区蓝海仓储物流有限公司", started_on=back(25),
                             now=demo.at(back(25)))
            follow_up_record(actor=worker, case=case, kind="job_start", occurred_on=back(17), reached=True,
                             measure_effect="适应良好", now=demo.at(back(17)))
        added += 1
    return added


def _consultation(demo: Demo) -> int:
    """Three failed recommendations, an open consultation with its panel and opinion (BJ-28)."""
    if _exists("consult"):
        return 0
    back, worker = demo.workday_back, demo.staff["s0101.caseworker"]
    case = _sign(demo, _person(demo, "consult", "吕春燕", back(45)), back(44))
    _plan(demo, case, back(42), causes=("job_ready",), lead_days=3)
    team_member_add(actor=worker, case=case, member=demo.staff["d01.counsellor"], role="info_analyst", on=back(42),
                    now=demo.at(back(42), 17))
    _failed(demo, case, [back(30), back(25), back(20)])
    consultation = consultation_request(actor=worker, case=case, issues="三次匹配推荐均因用人单位原因未录用，求职信心下降。",
                                        now=demo.at(back(6)))
    consultation_panel_set(actor=demo.staff["d01.head"], consultation=consultation,
                           members=[worker, demo.staff["d01.counsellor"]], now=demo.at(back(5)))
    consultation_opinion_record(actor=demo.staff["d01.counsellor"], consultation=consultation,
                                issues="求职定位与技能不匹配", advice="调整为仓储辅助岗位，加强面试指导。", held_on=back(2),
                                now=demo.at(back(2), 15))
    return 1


def _transfer(demo: Demo) -> int:
    """A move to 柳岸街道 inside 东湖区, verified and submitted, waiting for the district (BJ-24-3)."""
    if _exists("transfer"):
        return 0
    back, worker = demo.workday_back, demo.staff["s0101.caseworker"]
    case = _plan(demo, _sign(demo, _person(demo, "transfer", "韦明亮", back(30)), back(29)), back(27))
    t = transfer_request(actor=worker, case=case, reason="residence_changed", to_unit=demo.units["S0102"],
                         new_address="东湖区柳岸街道柳荫路6号", now=demo.at(back(2)))
    transfer_verify(actor=worker, transfer=t, accept=True, note="已核实新居住证和租赁合同。", now=demo.at(back(2), 15))
    return 1


def _outreach(demo: Demo) -> int:
    """Certified persons not yet registered on 滨江街道's worklist: one unsurveyed and assigned to the community
    assistant, one willing with an overdue follow-up, one unwilling (BJ-18 to BJ-21)."""
    back, worker = demo.workday_back, demo.staff["s0101.caseworker"]
    added = 0
    for key, name, survey in (("target-a", "苗桂芬", None), ("target-b", "凤国庆", "willing"),
                              ("target-c", "花玉兰", "unwilling")):
        if _exists(key):
            continue
        seeker = _person(demo, key, name, back(15), register=False)
        survey_targets_generate(actor=worker, unit=demo.units["S0101"], now=demo.at(back(15), 12))
        target = open_target_of(job_seeker=seeker)
        if survey is None:
            survey_target_assign(actor=worker, target=target, assignee=demo.staff["k010101.assistant"],
                                 now=demo.at(back(15), 13))
        else:
            survey_record(actor=worker, target=target, occurred_on=back(14), method="home_visit", reached=True,
                          willing=survey == "willing", reasons=[] if survey == "willing" else ["family_care"],
                          reason_note="" if survey == "willing" else "照顾患病老人", now=demo.at(back(14), 15))
        added += 1
    return added


def _street_head(demo: Demo) -> None:
    """滨江街道's head approves terminations (BJ-29-1)."""
    user = User.objects.filter(username="s0101.head").first() or user_create(
        actor=None, username="s0101.head", full_name="孔德明", password=DEMO_PASSWORD, unit=demo.units["S0101"],
        roles=[Role.UNIT_HEAD], staff_number="G61001", must_change_password=False)
    demo.staff["s0101.head"] = user
    if not any(row[0] == user.username for row in demo.logins):
        demo.logins.append((user.username, user.full_name, "滨江街道社会保障事务所 机构负责人"))


def build(demo: Demo) -> None:
    _street_head(demo)
    counts = [_outreach(demo), _stages(demo), _consultation(demo), _transfer(demo)]
    if any(counts):
        demo.notes.append("employment assistance: {} outreach targets, {} cases at each stage, {} consultation, "
                          "{} transfer awaiting approval".format(*counts))

"""Shared steps of the chapter-3 tests, all through the services."""
import datetime as dt

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.assistance.selectors import open_case_of
from careerguide.assistance.selectors.outreach import open_target_of
from careerguide.assistance.services.cases import agreement_sign
from careerguide.assistance.services.evaluations import case_evaluate
from careerguide.assistance.services.outreach import survey_targets_generate
from careerguide.assistance.services.plans import plan_record
from careerguide.job_seekers.services.certification import difficulty_certification_record
from careerguide.job_seekers.services.gradings import job_seeker_grade
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import at, person_id
from careerguide.matching.services.outcomes import recommendation_outcome_record
from careerguide.matching.services.recommendations import recommendation_create
from careerguide.matching.tests.factories import published_vacancy

__all__ = ["at", "certified_target", "head_of", "in_service", "failed_recommendations", "person_id", "plan_for", "routed",
           "signed"]


def head_of(unit, username: str, full_name: str = "街道负责人"):
    return make_user(username, unit, [Role.UNIT_HEAD], full_name=full_name)


def routed(staff, city, seed=300, day=dt.date(2024, 6, 3), unit=None, registration_type="urban_unemployment"):
    """Registered, graded and certified: routed to chapter 3, which opens the case."""
    unit = unit or city.s12
    p = register_job_seeker(staff.s12_caseworker if unit == city.s12 else staff.s11_counsellor, unit,
                            id_number=person_id(seed), collected_on=day, now=at(day),
                            profile={"registration_type": registration_type})
    actor = staff.s12_caseworker if unit == city.s12 else staff.s11_counsellor
    job_seeker_grade(actor=actor, job_seeker=p, now=at(day))
    difficulty_certification_record(actor=actor, job_seeker=p, status="certified", decided_on=day,
                                    authority="甲区人力资源和社会保障局", document_ref="认定-1", now=at(day, 11))
    p.refresh_from_db()
    return p


def signed(staff, city, seed=300, day=dt.date(2024, 6, 3)):
    case = open_case_of(job_seeker=routed(staff, city, seed, day))
    agreement_sign(actor=staff.s12_caseworker, case=case, case_worker=staff.s12_caseworker, location_basis="hukou",
                   address="甲区二街道某路1号", rights_obligations="按协议", termination_circumstances="实现稳定就业；本人放弃",
                   signed_on=day, now=at(day, 14))
    case.refresh_from_db()
    return case


def plan_for(staff, case, day, *, causes=("skills",), reason=""):
    return plan_record(actor=staff.s12_caseworker, case=case, barriers="缺少仓储操作技能", causes=list(causes),
                       measures="推荐参加叉车培训，再匹配推荐", stages=[{"goal": "取得叉车证", "target_date": day + dt.timedelta(days=60)}],
                       actions=[{"action": "报名培训", "owner": "本人", "due": day + dt.timedelta(days=5)}],
                       person_agreed=True, agreement_note="本人到场共同制定并签字", reason=reason, made_on=day,
                       now=at(day, 16))


def in_service(staff, city, seed=300, day=dt.date(2024, 6, 3), lead_days=3):
    """Signed, assessed (job-ready when lead_days ≤ 14) and with an agreed plan."""
    case = signed(staff, city, seed, day)
    case_evaluate(actor=staff.s12_caseworker, case=case, kind="readiness", evaluated_on=day, result="面谈评估",
                  instrument_version="就业准备状况评估表 2024版", causes=["skills"], start_lead_days=lead_days,
                  advice="" if lead_days <= 14 else "先参加培训", now=at(day, 15))
    plan_for(staff, case, day)
    case.refresh_from_db()
    return case


def certified_target(staff, city, seed, day, *, unit=None, registration_type="urban_unemployment"):
    """A certified person collected by a baseline survey (no job-seeking registration), on the worklist."""
    unit = unit or city.s12
    actor = staff.s12_caseworker if unit == city.s12 else staff.s11_counsellor
    p = register_job_seeker(actor, unit, id_number=person_id(seed), channel="baseline_survey", collected_on=day,
                            now=at(day, 9), profile={"registration_type": registration_type} if registration_type else {})
    difficulty_certification_record(actor=actor, job_seeker=p, status="certified", decided_on=day,
                                    authority="甲区人力资源和社会保障局", document_ref="认定-2", now=at(day, 9))
    survey_targets_generate(actor=actor, unit=unit, now=at(day, 9))
    p.refresh_from_db()
    return open_target_of(job_seeker=p)


def failed_recommendations(staff, city, case, days, *, reason="employer_rejected", employer_name="测试物流有限公司"):
    """One recommendation event per day, each ending not_hired for `reason` (BJ-28-9, BJ-30-8)."""
    vacancy = published_vacancy(staff, city, name=employer_name, agent_username=f"agent-{sum(map(ord, employer_name))}",
                                now=at(days[0], 8))
    for day in days:
        rec = recommendation_create(actor=staff.s12_caseworker, job_seeker=case.job_seeker, vacancy=vacancy,
                                    direction="to_job_seeker", consent_channel="in_person", recommended_on=day,
                                    now=at(day, 9))
        recommendation_outcome_record(actor=staff.s12_caseworker, recommendation=rec, outcome="not_hired", on=day,
                                      reason_code=reason, now=at(day, 17))
    return vacancy

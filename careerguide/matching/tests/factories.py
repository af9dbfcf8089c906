"""Matching test data: published vacancies and job-ready persons, created through the real services."""
import datetime as dt
from zoneinfo import ZoneInfo

from careerguide.job_seekers.services.readiness import readiness_assess
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.vacancies.services.review import vacancy_review
from careerguide.vacancies.services.vacancy import vacancy_submit
from careerguide.vacancies.tests.factories import PASS, content, make_agent, make_registered_employer

TZ = ZoneInfo("Asia/Shanghai")


def at(y, m, d, h=10):
    return dt.datetime(y, m, d, h, tzinfo=TZ)


def published_vacancy(staff, city, *, employer=None, agent=None, name="测试物流有限公司", agent_username="agent-1",
                      now=None, **overrides):
    """A posting of an employer registered at street s11, reviewed and published by district d1."""
    now = now or at(2026, 3, 2)
    employer = employer or make_registered_employer(staff.s11_officer, city.s11, name=name, now=now)
    agent = agent or make_agent(employer, agent_username)
    data = {"occupation_code": "4-02-02-01", "occupation_name": "仓库管理员", "work_district": city.d1,
            "pay_min": 6000, "pay_max": 8000, **overrides}
    vacancy = vacancy_submit(actor=agent, employer=employer, content=content(**data), now=now)
    vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=now)
    vacancy.refresh_from_db()
    assert vacancy.status == "published", vacancy.latest_version.review.defects
    return vacancy


def ready_job_seeker(staff, city, *, ready=True, now=None, profile=None, **kwargs):
    """A person registered at street s11 wishing to work as a warehouse keeper in 甲区, assessed job-ready."""
    now = now or at(2026, 3, 2)
    base = {"sought_occupation_code": "4-02-02-01", "sought_area": "甲区", "salary_min": 6000, "salary_max": 7000,
            "working_pattern": "full_time", "skill_level": 4}
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, profile={**base, **(profile or {})}, now=now,
                                 collected_on=now.date(), **kwargs)
    if ready is not None:
        readiness_assess(actor=staff.s11_counsellor, job_seeker=seeker, start_lead_days=3 if ready else 30,
                         advice="" if ready else "建议先参加技能培训。", assessed_on=now.date(), now=now)
    seeker.refresh_from_db()
    return seeker

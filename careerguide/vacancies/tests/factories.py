"""Vacancy test data: a verified, registered employer with an authenticated agent, and postings."""
import datetime as dt
from zoneinfo import ZoneInfo

from careerguide.accounts.roles import UserKind
from careerguide.accounts.tests.factories import make_user
from careerguide.employers.models import EmployerAgent

TZ = ZoneInfo("Asia/Shanghai")


def at(y, m, d, h=10):
    return dt.datetime(y, m, d, h, tzinfo=TZ)


def make_registered_employer(actor, unit, *, name="测试物流有限公司", now=None):
    """Verified at the front desk, which also makes the demand registration (BJ-35-3) in `unit`'s district."""
    from careerguide.employers.tests.factories import make_verified_employer

    return make_verified_employer(actor, unit, name=name, now=now or at(2026, 3, 2))


def make_agent(employer, username="agent-1", *, real_name_verified=True, full_name="经办人乙"):
    user = make_user(username, None, (), kind=UserKind.EMPLOYER_AGENT, full_name=full_name)
    EmployerAgent.objects.create(employer=employer, user=user, real_name_verified=real_name_verified)
    return user


def content(**overrides) -> dict:
    data = {"title": "仓库分拣员", "occupation_name": "仓储管理员", "occupation_code": "4-02-06-01",
            "employer_profile": "区内物流企业，员工120人。", "headcount": 3, "job_content": "负责仓库货物分拣和装卸。",
            "requirements": "高中以上学历，能适应倒班。", "pay_min": 6000, "pay_max": 8000, "pay_note": "另有绩效奖金",
            "benefits": "包工作餐，年终奖。", "social_insurance": "依法缴纳五险一金。", "work_district": None,
            "valid_until": dt.date(2026, 5, 1)}
    data.update(overrides)
    return data


PASS = {"truthfulness": (True, ""), "legality": (True, ""), "validity": (True, "")}

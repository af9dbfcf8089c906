"""Vacancies submitted online by the demo agents and reviewed by the district (BJ-38 to BJ-39); one returned for
a discriminatory phrase; a job fair pre-published (BJ-43)."""
import datetime as dt

from careerguide.accounts.models import User
from careerguide.employers.models import Employer
from careerguide.vacancies.models import JobFair, Vacancy
from careerguide.vacancies.services.fair import fair_create, fair_open_intake, fair_prepublish
from careerguide.vacancies.services.review import vacancy_review
from careerguide.vacancies.services.vacancy import vacancy_submit
from careerguide.workdays.selectors import work_calendar

from .base import Demo

PASS = {"truthfulness": (True, ""), "legality": (True, ""), "validity": (True, "")}

# (agent, employer, reviewer, district, title, occupation code, occupation, pay, headcount, requirements, content)
POSTINGS = [
    ("agent.lanhai", "东湖区蓝海仓储物流有限公司", "d01.counsellor", "D01", "仓库管理员", "4-02-02-01", "仓库管理员",
     (6000, 7500), 3, "高中以上学历，熟悉仓储管理系统者优先，能适应倒班。", "负责入库验收、库位管理和月度盘点。"),
    ("agent.lanhai", "东湖区蓝海仓储物流有限公司", "d01.counsellor", "D01", "快递分拣员", "4-02-02-02", "快递员",
     (5500, 7000), 6, "身体健康，能适应夜班。", "负责包裹分拣、扫描与装车。"),
    ("agent.demo", "滨江云杉餐饮管理有限公司", "d01.counsellor", "D01", "中式烹调师", "4-03-01-01", "中式烹调师",
     (6500, 9000), 2, "持中式烹调师职业技能等级证书，三年以上厨房工作经验。", "负责热菜制作与出品质量。"),
    ("agent.demo", "滨江云杉餐饮管理有限公司", "d01.counsellor", "D01", "餐厅服务员", "4-03-01-02", "餐厅服务员",
     (4500, 5500), 4, "热情开朗，有餐饮服务经验者优先。", "负责前厅接待、点餐和桌面服务。"),
    ("agent.jinshi", "开发区锦石电子科技有限公司", "d03.officer", "D03", "电工", "6-29-01-02", "电工",
     (7000, 9500), 2, "持特种作业操作证（低压电工），两年以上工厂维护经验。", "负责车间设备供配电维护与巡检。"),
]
RETURNED = ("agent.demo", "滨江云杉餐饮管理有限公司", "d01.counsellor", "D01", "收银员", "4-01-01-02", "收银员",
            (4200, 5000), 1, "限女性，35岁以下，形象气质佳。", "负责前台收银与对账。")
FAIR_TITLE = "东湖区春风行动专场招聘会"


def _content(demo: Demo, row) -> dict:
    _agent, employer, _reviewer, district, title, code, occupation, pay, headcount, requirements, job = row
    return {"title": title, "occupation_code": code, "occupation_name": occupation, "headcount": headcount,
            "employer_profile": f"{employer}，{demo.units[district].name[:3]}内企业。", "job_content": job,
            "requirements": requirements, "pay_min": pay[0], "pay_max": pay[1], "pay_note": "另有绩效奖金",
            "benefits": "包工作餐，带薪年假。", "social_insurance": "依法缴纳五险一金。",
            "work_district": demo.units[district], "valid_until": demo.today + dt.timedelta(days=60)}


def _post(demo: Demo, row, day: dt.date) -> Vacancy | None:
    agent_name, employer_name, reviewer, *_rest = row
    employer = Employer.objects.get(name=employer_name)
    if Vacancy.objects.filter(employer=employer, latest_version__title=row[4]).exists():
        return None
    vacancy = vacancy_submit(actor=User.objects.get(username=agent_name), employer=employer,
                             content=_content(demo, row), now=demo.at(day, 9))
    vacancy_review(actor=demo.staff[reviewer], vacancy=vacancy, judgments=PASS, now=demo.at(day, 15))
    return vacancy


def build(demo: Demo) -> None:
    day = demo.workday_back(14)
    published = [v for v in (_post(demo, row, day) for row in POSTINGS) if v is not None]
    if published:
        demo.notes.append(f"{len(published)} published vacancies")
    if _post(demo, RETURNED, demo.workday_back(1)) is not None:
        demo.notes.append("a vacancy returned for a discriminatory phrase")
    if not JobFair.objects.filter(title=FAIR_TITLE).exists():
        counsellor = demo.staff["d01.counsellor"]
        fair_date = work_calendar().workday_on_or_after(demo.today + dt.timedelta(days=18))
        fair = fair_create(actor=counsellor, unit=demo.units["D01"], title=FAIR_TITLE, fair_format="onsite",
                           fair_type="special", fair_date=fair_date, focus="物流、餐饮、家政服务岗位",
                           venue="东湖区人力资源市场一层大厅", now=demo.at(demo.workday_back(2)))
        fair_open_intake(actor=counsellor, fair=fair, now=demo.at(demo.workday_back(2), 11))
        fair_prepublish(actor=counsellor, fair=fair, now=demo.at(demo.workday_back(1)))
        demo.notes.append("a job fair, pre-published")

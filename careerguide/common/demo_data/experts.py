"""The career-guidance expert team (CZ) and the provincial-style expert library (SD-9): a selection round whose
applicants stand at several stages (appointed, under qualification review, not recommended, still a draft), one
appointed expert's service log, and three library experts.  All people are fictional."""
import datetime as dt
import random
from decimal import Decimal

from django.utils import timezone

from careerguide.accounts.roles import UserKind
from careerguide.common.demo import synthetic_resident_id
from careerguide.experts.choices import Programme
from careerguide.experts.models import ApplicationRound, Membership
from careerguide.experts.services import activities, applications, library, review

from .base import Demo

ALL_DECLARATIONS = ["conditions", "volunteer", "health", "truthful", "confidentiality", "processing", "publication"]
ATTACHMENTS = [{"kind": k, "title": t} for k, t in (("resume", "个人简历"), ("professional_achievements", "专业成果"),
                                                    ("practice_cases", "实践案例"), ("unit_opinion", "所在单位意见"))]
# (username, name, birth, work unit, receiving unit code, stage)
APPLICANTS = [
    ("expert.lin", "林知远", dt.date(1975, 4, 3), "示范市某职业技术学院", "D01", "appointed"),
    ("expert.su", "苏映雪", dt.date(1980, 6, 12), "东湖区某人力资源服务公司", "D01", "appointed"),
    ("expert.han", "韩立诚", dt.date(1972, 11, 20), "西岭区某制造企业", "D02", "appointed"),
    ("expert.shao", "邵明川", dt.date(1983, 2, 8), "示范市某大学", "D02", "qualification"),
    ("expert.gu", "顾清和", dt.date(1986, 9, 30), "东湖区某咨询公司", "D01", "not_recommended"),
    ("expert.tang", "唐若溪", dt.date(1990, 1, 15), "示范市某商学院", "D01", "draft"),
]
# (name, organisation, category, fields, seed)
LIBRARY = [
    ("孔令仪", "示范市某大学就业指导中心", "industry_expert", ["职业生涯规划", "高校毕业生就业"], 31),
    ("严守拙", "示范市人力资源服务产业园", "senior_practitioner", ["招聘与求职", "劳动力市场分析"], 32),
    ("魏澄明", "示范市职业技能鉴定中心", "industry_expert", ["职业技能评价"], 33),
]


def _year(demo: Demo) -> int:
    """The round runs in September of this year once the notice and appointment are past, else of last year."""
    return demo.today.year if demo.today >= dt.date(demo.today.year, 10, 20) else demo.today.year - 1


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour))


def _application(demo: Demo, rnd, username, name, born, work_unit, unit_code, year):
    user = demo.portal_user(username, name, UserKind.EXPERT, "职业指导专家申报人")
    id_number = synthetic_resident_id(random.Random(username), region="320402", birth=born)
    return user, applications.application_create(
        actor=user, round=rnd, channel="self_nomination", receiving_unit=demo.units[unit_code], id_number=id_number,
        phone=f"139{random.Random(username).randint(10000000, 99999999)}",
        person={"name": name, "gender": "male" if int(id_number[16]) % 2 else "female", "work_unit": work_unit,
                "unit_type": "university" if "学" in work_unit else "enterprise", "position": "高级职业指导师",
                "expertise": "职业生涯规划、求职指导", "duties_offered": ["D1", "D4"], "target_groups": ["college_graduate"],
                "modes": ["online", "offline"]},
        categories=["C2"], declarations=ALL_DECLARATIONS, attachments=ATTACHMENTS,
        work_history=[{"unit_name": work_unit, "unit_type": "university" if "学" in work_unit else "enterprise",
                       "work_field": "education_training", "start": dt.date(2008, 3, 1)}],
        now=_at(dt.date(year, 9, 2)))


def _round(demo: Demo, year: int):
    admin = demo.staff["city.admin"]
    rnd = applications.round_create(actor=admin, title=f"{year}年职业指导专家申报", open_date=dt.date(year, 9, 1),
                                    closing_date=dt.date(year, 9, 15), now=_at(dt.date(year, 8, 20)))
    apps = {}
    for username, name, born, work_unit, unit_code, stage in APPLICANTS:
        user, app = _application(demo, rnd, username, name, born, work_unit, unit_code, year)
        apps[username] = (user, app, stage)
        if stage == "draft":
            continue
        applications.application_submit(actor=user, application=app, now=_at(dt.date(year, 9, 3)))
        agency = demo.staff["d01.head" if unit_code == "D01" else "d02.head"]
        applications.preliminary_opinion_record(
            actor=agency, application=app, recommend=stage != "not_recommended",
            reason="材料齐全，同意推荐" if stage != "not_recommended" else "从事职业指导相关工作年限不足", now=_at(dt.date(year, 9, 4)))
    for code in ("d01.head", "d02.head"):
        applications.agency_batch_submit(actor=demo.staff[code], round=rnd, now=_at(dt.date(year, 9, 18)))
    return rnd, apps


def _review_and_appoint(demo: Demo, rnd, apps, year: int):
    admin = demo.staff["city.admin"]
    for username, (user, app, stage) in apps.items():
        app.refresh_from_db()
        if stage in ("appointed", "qualification"):
            review.qualification_start(actor=admin, application=app, now=_at(dt.date(year, 9, 21)))
        if stage == "appointed":
            review.qualification_decide(actor=admin, application=app, passed=True, now=_at(dt.date(year, 9, 22)))
            review.comprehensive_decide(actor=admin, application=app, proposed=True, reason="综合评审拟聘",
                                        now=_at(dt.date(year, 9, 23)))
    review.notice_publish(actor=admin, round=rnd, url="https://rsj.example.cn/experts/notice", now=_at(dt.date(year, 9, 25)))
    members = []
    for username, (user, app, stage) in apps.items():
        if stage == "appointed":
            app.refresh_from_db()
            members.append(review.application_appoint(actor=admin, application=app, now=_at(dt.date(year, 10, 16))))
    return members


def _service_log(member: Membership, year: int) -> None:
    on = dt.date(year, 11, 3)
    activities.service_log_create(actor=member.user, membership=member, now=_at(on + dt.timedelta(days=1)), data={
        "on": on, "hours": Decimal("2.0"), "location": "东湖区公共就业服务中心", "mode": "offline", "origin": "voluntary",
        "form": "expert_consultation", "duty": "D1", "category": "career_planning", "recipient_types": ["worker"],
        "job_seeking_intent": True, "key_groups": ["college_graduate"], "persons_served": 6, "topic": "高校毕业生求职规划",
        "summary": "团体辅导与一对一规划", "problems_found": "求职目标不清", "advice": "先做职业兴趣测评，再定目标岗位",
        "follow_up_plan": "两周后电话回访"})


def _library(demo: Demo) -> None:
    admin = demo.staff["city.admin"]
    start = dt.date(demo.today.year, 1, 1)
    for name, organisation, category, fields, seed in LIBRARY:
        if Membership.objects.filter(programme=Programme.SD_LIBRARY, name=name).exists():
            continue
        library.library_expert_enrol(
            actor=admin, level="city", name=name, organisation=organisation, category=category, fields=fields,
            id_number=synthetic_resident_id(random.Random(seed), region="370102", birth=dt.date(1978, 5, seed - 20)),
            title="高级职业指导师", term_start=start, term_end=start.replace(year=start.year + 3))
        demo.notes.append(f"expert library: {name}")


def build(demo: Demo) -> None:
    _library(demo)
    year = _year(demo)
    if ApplicationRound.objects.filter(open_date=dt.date(year, 9, 1)).exists():
        return
    rnd, apps = _round(demo, year)
    members = _review_and_appoint(demo, rnd, apps, year)
    _service_log(members[0], year)
    demo.notes.append(f"expert team: round {rnd.title}, {len(members)} appointed")

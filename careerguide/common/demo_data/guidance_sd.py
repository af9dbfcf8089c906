"""The Shandong guidance model on the demo city: a vocational college with its two guidance levels, this year's
career-course plan and the student career-planning competition; catalogue services by recipient type; a survey,
a pilot and an exchange; typical cases, one published into the library and one waiting for review.  All people
are fictional."""
import datetime as dt
from decimal import Decimal

from careerguide.job_seekers.models import JobSeeker
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit
from careerguide.organisations.services import unit_create
from careerguide.resources.services import cases
from careerguide.workforce.models import CoursePlan
from careerguide.workforce.services import catalogue, hei, register, research

from .base import Demo
from .experts import LIBRARY

HEI_CODE = "H0101"
CASE = dict(service_area="就业指导", background="服务对象为应届毕业生，求职半年未果，对目标岗位认识模糊。",
            process="三次个体咨询：兴趣与能力测评、岗位信息梳理、模拟面试；一次团体辅导。",
            outcome="两个月后在本区一家物流企业从事仓储管理工作。", reflection="先测评、再定向、后实训，效果明显。")


def _college(demo: Demo) -> Unit:
    college = Unit.objects.filter(code=HEI_CODE).first() or unit_create(
        actor=None, name="示范市职业技术学院", code=HEI_CODE, level=UnitLevel.STREET, parent=demo.units["D01"])
    register.organisation_profile_set(actor=demo.staff["city.admin"], unit=college, org_type="hei",
                                      graduating_students=2100, enrolled_students=8600)
    return college


def _courses(demo: Demo, college: Unit) -> None:
    admin, year = demo.staff["city.admin"], demo.today.year
    school = hei.hei_unit_create(actor=admin, hei=college, level="school", name="学校就业指导中心")
    hei.hei_unit_create(actor=admin, hei=college, level="department", name="物流管理学院就业工作组", parent=school)
    plan = hei.course_plan_create(actor=admin, hei=college, academic_year=year, course_status="required",
                                  programme_years=3, delivery_mode="blended", platform="智慧职教")
    for y, title in ((1, "大学生职业生涯规划"), (2, "求职技能训练"), (3, "就业指导与就业安全教育")):
        hei.course_segment_add(actor=admin, plan=plan, year_of_study=y, title=title, credits=Decimal(1),
                               safety_risk_awareness=y == 3, safety_employment_rights=y == 3)
    competition = hei.competition_create(actor=admin, unit=demo.units["C01"], year=year)
    hei.competition_advance(actor=admin, competition=competition, to="registration_open")
    for n, (name, level, y) in enumerate((("李同学", "zhuanke", 2), ("赵同学", "zhuanke", 3)), start=1):
        hei.competition_register(actor=admin, competition=competition, hei=college, student_name=name,
                                 student_number=f"{year - y + 1}{n:04d}", study_level=level, year_of_study=y,
                                 programme_years=3, enrolled=True)


def _services(demo: Demo) -> None:
    head = demo.staff["city.admin"]
    seekers = list(JobSeeker.objects.order_by("pk")[:2])
    for seeker, kind, service, channel in zip(seekers, ("job_seeker", "college_graduate"),
                                              ("employment_consultation", "career_planning"), ("offline", "online")):
        catalogue.service_record_add(actor=head, unit=demo.units["D01"], recipient_type=kind, job_seeker=seeker,
                                     service=service, channel=channel, delivered_on=demo.workday_back(3))


def _research(demo: Demo) -> None:
    head, year = demo.staff["d01.head"], demo.today.year
    research.special_survey_record(actor=head, unit=demo.units["D01"], topic="辖区高校毕业生求职意向调查",
                                   organiser="东湖区人社局", starts_on=dt.date(year, 3, 1), ends_on=dt.date(year, 4, 30),
                                   method="questionnaire", sample="辖区2所高校应届毕业生", sample_size=600,
                                   findings="就业预期偏高，对基层岗位了解不足。")
    pilot = research.method_pilot_record(actor=head, unit=demo.units["D01"], title="智能测评辅助生涯咨询",
                                         description="在个体咨询前以智能测评生成兴趣与能力报告", organisation="东湖区公共就业服务中心",
                                         starts_on=dt.date(year, 1, 10), ends_on=dt.date(year, 6, 30))
    research.method_pilot_evaluate(actor=head, pilot=pilot, result="effective", evaluation="咨询时长缩短，满意度提高。",
                                   evaluated_on=dt.date(year, 7, 15))
    research.exchange_record(actor=head, unit=demo.units["D01"], title="长三角职业指导交流座谈会", kind="symposium",
                             role="attended", scope="domestic", held_on=dt.date(year, 5, 20), participants="郑立新、王晓雯",
                             participant_count=2, outputs="带回就业见习基地建设经验")


def _cases(demo: Demo) -> None:
    from careerguide.experts.models import Membership

    author, admin = demo.staff["d01.counsellor"], demo.staff["city.admin"]
    published = cases.case_create(actor=author, owner_unit=demo.units["D01"], title="帮助应届毕业生明确求职方向", **CASE)
    cases.case_de_identify(actor=author, case=published, attested=True)
    cases.case_submit(actor=author, case=published)
    experts = list(Membership.objects.filter(name__in=[row[0] for row in LIBRARY[:2]]))
    cases.case_review_open(actor=admin, case=published, experts=experts, on=demo.workday_back(10))
    cases.case_decide(actor=admin, case=published, selected=True, note="过程完整，方法可推广。")
    cases.case_publish(actor=admin, case=published, licence="系统内共享")
    waiting = cases.case_create(actor=author, owner_unit=demo.units["D01"], title="大龄失业人员再就业的三次咨询",
                                **{**CASE, "outcome": "一个月后在社区公益性岗位就业。"})
    cases.case_de_identify(actor=author, case=waiting, attested=True)
    cases.case_submit(actor=author, case=waiting)


def build(demo: Demo) -> None:
    if CoursePlan.objects.filter(hei__code=HEI_CODE, academic_year=demo.today.year).exists():
        return
    college = _college(demo)
    _courses(demo, college)
    _services(demo)
    _research(demo)
    _cases(demo)
    demo.notes.append("guidance model: a college with its course plan and competition, services, research, cases")

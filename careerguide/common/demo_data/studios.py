"""Career-guidance master studios (HN) and the Shandong studio register (SD-8): a round two years back whose two
studios were recognised and are now owed this year's assessment (last year's recorded), this year's round with
one application waiting for its recommendation, and a studio, a station and a corner on the SD register.  All
people and units are fictional."""
import datetime as dt
import random

from django.core.files.base import ContentFile
from django.utils import timezone

from careerguide.accounts.models import User
from careerguide.accounts.roles import UserKind
from careerguide.accounts.services import user_create
from careerguide.common.demo import synthetic_resident_id, synthetic_uscc
from careerguide.studios.models import RecognitionRound, Studio
from careerguide.studios.services import applications as app_services
from careerguide.studios.services import notice, operation, review, rounds, sd

from .base import DEMO_PASSWORD, Demo

RNG = random.Random(49)
ASPECTS = ["training", "evaluation", "selection", "deployment", "incentive"]
SECTIONS = ["profile", "necessity", "management", "conditions", "talent_policy"]
# (district code, host name, head username, master, host login)
HOSTS = [("D01", "东湖区公共就业服务中心", "d01.head", "陈立衡", "studio.donghu"),
         ("D02", "西岭区公共就业服务中心", "d02.head", "许知微", "studio.xiling")]
# (name, kind, level, lead, checklist all met)
SD_REGISTER = [("东湖区职业指导工作室", "studio", "county", "王晓雯", True), ("滨江街道职业指导站", "station", "county", "蒋雨桐", False),
               ("望湖社区职业指导角", "corner", "county", "秦小满", True)]


def _utc(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, 10))


def _user(username, name, kind):
    return User.objects.filter(username=username).first() or user_create(
        actor=None, username=username, full_name=name, password=DEMO_PASSWORD, kind=kind, must_change_password=False)


def _hosts(demo: Demo):
    admin, pairs = demo.staff["city.admin"], []
    for code, name, _head, _master, login in HOSTS:
        account = demo.portal_user(login, f"{name}经办人", UserKind.EMPLOYER_AGENT, f"工作室申报单位经办人（{name}）")
        county = rounds.recommender_create(actor=admin, kind="county_hrss", name=f"{name[:3]}人力资源和社会保障局",
                                           unit=demo.units[code])
        host = rounds.host_unit_create(actor=admin, name=name, host_type="pes_agency", credit_code=synthetic_uscc(RNG),
                                       address=f"示范市{name[:3]}人民路1号", legal_representative="周明远",
                                       contact_person="吴晓岚", district=demo.units[code], accounts=[account])
        pairs.append((host, county, account))
    return pairs


def _round(demo: Demo, year: int, quota: int):
    admin = demo.staff["city.admin"]
    rnd = rounds.round_create(actor=admin, year=year, title=f"{year}年市级职业指导大师工作室评审认定", quota=quota,
                              recommendation_deadline=dt.date(year, 5, 31), materials_deadline=dt.date(year, 6, 30),
                              notice_text="请各单位按《职业指导大师工作室管理办法》要求申报。", now=_utc(dt.date(year, 2, 20)))
    return rounds.round_publish(actor=admin, round=rnd, published_on=dt.date(year, 3, 1), now=_utc(dt.date(year, 3, 1)))


def _application(rnd, host, county, account, master: str, year: int):
    app = app_services.application_create(
        actor=account, round=rnd, host_unit=host, recommender=county, now=_utc(dt.date(year, 4, 1)),
        specialisation="高校毕业生就业指导", premises_address=host.address, premises_area=120, equipment="电脑4台、测评软件",
        funding_source="单位自筹", funding_annual_amount=100000, planned_functions=["precise_guidance"],
        report_sections=SECTIONS)
    app_services.application_member_add(
        actor=account, application=app, name=master, id_number=synthetic_resident_id(RNG, region="340402"), role="lead",
        is_named=True, post="主任", work_history=[(host.name, dt.date(2010, 1, 1), None)],
        certificates=[{"occupation": "career_guidance", "kind": "qualification", "title": "职业指导师（二级）"}])
    for i in range(2):
        app_services.application_member_add(actor=account, application=app, name=f"{master[0]}工作人员{i + 1}",
                                            id_number=synthetic_resident_id(RNG, region="340402"), role="staff",
                                            post="指导员")
    app_services.talent_document_add(actor=account, application=app, title="职业指导大师人才管理办法", aspects=ASPECTS)
    return app


def _to_review(demo: Demo, app, head: str, year: int):
    on, admin = _utc(dt.date(year, 5, 6)), demo.staff["city.admin"]
    app_services.application_submit(actor=app.host_unit.accounts.first(), application=app, now=on)
    app_services.application_recommend(actor=demo.staff[head], application=app, recommend=True, opinion="经遴选，同意推荐。",
                                       now=on)
    for item in ("form", "report", "copies", "recommendation_report"):
        app_services.material_receipt_record(actor=admin, application=app, item=item, paper_copies=2,
                                             electronic_copy=ContentFile(b"%PDF-1.4 demo", name=f"{item}.pdf"))
    for kind in ("id_card", "qualification_certificate"):
        app_services.item3_document_add(actor=admin, application=app, kind=kind,
                                        file=ContentFile(b"%PDF-1.4 demo", name=f"{kind}.pdf"))
    app_services.application_check(actor=admin, application=app, now=on)


def _recognised(demo: Demo, year: int, pairs):
    admin = demo.staff["city.admin"]
    rnd = _round(demo, year, quota=2)
    panel = [review.panel_member_add(actor=admin, round=rnd, user=_user(f"hn.panel{i}", f"评审专家{i}", UserKind.EXPERT),
                                     affiliation="示范市某单位") for i in range(1, 8)]
    apps = []
    for (host, county, account), (_c, _n, head, master, _l) in zip(pairs, HOSTS):
        app = _application(rnd, host, county, account, master, year)
        _to_review(demo, app, head, year)
        apps.append(app)
    review.voting_open(actor=admin, round=rnd)
    for app in apps:
        for member in panel:
            review.ballot_cast(actor=member.user, application_id=app.pk, choice="approve")
    review.voting_close(actor=admin, round=rnd)
    for app in apps:
        app.refresh_from_db()
        notice.notice_publish(actor=admin, application=app, published_on=dt.date(year, 7, 1))
    return notice.confirmation_record(actor=admin, applications=apps, document_number=f"示人社秘〔{year}〕10号",
                                      document_date=dt.date(year, 7, 10), now=_utc(dt.date(year, 7, 10)))


def _sd_register(demo: Demo, host) -> None:
    admin = demo.staff["city.admin"]
    for name, kind, level, lead, met in SD_REGISTER:
        studio = sd.sd_studio_register(actor=admin, host_unit=host, name=name, kind=kind, level=level,
                                       area=demo.units["D01"], lead_counsellor=lead, opened_on=dt.date(2024, 3, 1),
                                       legal_entity=host.name)
        items = {"service_process": True, "assessment_tools": True, "premises_equipment": True, "staffing": met}
        sd.standardisation_assess(actor=admin, studio=studio, checklist=items, assessed_on=dt.date(2025, 6, 1))
        sd.standardisation_conclude(actor=admin, studio=studio)
        sd.studio_budget_record(actor=admin, studio=studio, year=demo.today.year, included=met,
                                amount=50000 if met else None)


def build(demo: Demo) -> None:
    year = demo.today.year
    if RecognitionRound.objects.filter(year=year - 2).exists():
        return
    pairs = _hosts(demo)
    studios = _recognised(demo, year - 2, pairs)
    for studio in studios:
        operation.assessment_record(actor=demo.staff["city.admin"], studio=studio, kind="annual", period=year - 1,
                                    result="qualified", assessed_on=dt.date(year - 1, 12, 20),
                                    opinion="年度目标任务完成良好。")
    current = _round(demo, year, quota=2) if demo.today >= dt.date(year, 3, 1) else None
    if current is not None:
        host, county, account = pairs[0]
        app = _application(current, host, county, account, "林望舒", year)
        app_services.application_submit(actor=account, application=app, now=_utc(min(demo.today, dt.date(year, 5, 20))))
    _sd_register(demo, pairs[0][0])
    demo.notes.append(f"studios: {len(studios)} recognised, {Studio.objects.filter(scheme='sd_recognised').count()} "
                      "on the SD register")

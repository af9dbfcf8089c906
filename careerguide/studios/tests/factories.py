"""A small studio world: recommenders, a host unit with its account, a published round, a panel of experts,
and an application whose master and studio meet every condition (fictional people only)."""
import datetime as dt
import random
from types import SimpleNamespace

from careerguide.accounts.roles import UserKind
from careerguide.accounts.tests.factories import make_user
from careerguide.common.demo import synthetic_resident_id, synthetic_uscc
from careerguide.studios.services import applications as app_services
from careerguide.studios.services import review, rounds

RNG = random.Random(49)
ASPECTS = ["training", "evaluation", "selection", "deployment", "incentive"]
SECTIONS = ["profile", "necessity", "management", "conditions", "talent_policy"]


def new_id() -> str:
    return synthetic_resident_id(RNG, region="340402")


def build_world(city, staff, *, year=2024, quota=2, experts=7, published_on=dt.date(2024, 3, 1)):
    county = rounds.recommender_create(actor=staff.city_admin, kind="county_hrss", name="甲区人力资源和社会保障局",
                                       unit=city.d1)
    uni_user = make_user(f"uni-{year}", kind=UserKind.EMPLOYER_AGENT, full_name="淮南某学院经办人")
    university = rounds.recommender_create(actor=staff.city_admin, kind="local_university", name="淮南某学院",
                                           accounts=[uni_user])
    host_user = make_user(f"host-{year}", kind=UserKind.EMPLOYER_AGENT, full_name="申报单位经办人")
    host = rounds.host_unit_create(
        actor=staff.city_admin, name="甲区公共就业服务中心", host_type="pes_agency", credit_code=synthetic_uscc(RNG),
        address="甲区示例路1号", legal_representative="周明远", contact_person="吴晓岚", district=city.d1,
        accounts=[host_user])
    rnd = rounds.round_create(actor=staff.city_admin, year=year, title=f"{year}年市级职业指导大师工作室评审认定",
                              quota=quota, recommendation_deadline=dt.date(year, 5, 31),
                              materials_deadline=dt.date(year, 6, 30), notice_text="请各单位按要求申报。")
    rounds.round_publish(actor=staff.city_admin, round=rnd, published_on=published_on)
    panel = []
    for i in range(experts):
        user = make_user(f"expert-{year}-{i}", kind=UserKind.EXPERT, full_name=f"评审专家{i + 1}")
        panel.append(review.panel_member_add(actor=staff.city_admin, round=rnd, user=user, affiliation="某单位"))
    return SimpleNamespace(county=county, university=university, uni_user=uni_user, host=host, host_user=host_user,
                           round=rnd, panel=panel)


def add_people(world, application, *, master="陈立衡", years_from=dt.date(2010, 1, 1), staff_count=2, certificate=True):
    app_services.application_member_add(
        actor=world.host_user, application=application, name=master, id_number=new_id(), role="lead", is_named=True,
        post="主任", work_history=[("甲区公共就业服务中心", years_from, None)],
        certificates=[{"occupation": "career_guidance", "kind": "qualification", "title": "职业指导师（二级）"}]
        if certificate else [])
    for i in range(staff_count):
        app_services.application_member_add(actor=world.host_user, application=application, name=f"工作人员{i + 1}",
                                            id_number=new_id(), role="staff", post="指导员")


def complete_materials(world, application, actor):
    from django.core.files.base import ContentFile

    for item in ("form", "report", "copies", "recommendation_report"):
        app_services.material_receipt_record(actor=actor, application=application, item=item, paper_copies=2,
                                             electronic_copy=ContentFile(b"pdf", name=f"{item}.pdf"))
    app_services.item3_document_add(actor=actor, application=application, kind="id_card",
                                    file=ContentFile(b"id", name="id.pdf"))
    app_services.item3_document_add(actor=actor, application=application, kind="qualification_certificate",
                                    file=ContentFile(b"c", name="cert.pdf"))


def make_application(world, *, host=None, now=None, **people):
    host = host or world.host
    app = app_services.application_create(
        actor=world.host_user, round=world.round, host_unit=host, recommender=world.county, now=now,
        specialisation="高校毕业生就业指导", premises_address="甲区示例路1号", premises_area=120, equipment="电脑4台、测评软件",
        funding_source="单位自筹", funding_annual_amount=100000, planned_functions=["precise_guidance"],
        report_sections=SECTIONS)
    add_people(world, app, **people)
    app_services.talent_document_add(actor=world.host_user, application=app, title="职业指导大师人才管理办法",
                                     aspects=ASPECTS)
    return app


def bring_to_review(world, staff, app, *, on=dt.datetime(2024, 5, 1, 9, tzinfo=dt.timezone.utc)):
    app_services.application_submit(actor=world.host_user, application=app, now=on)
    app_services.application_recommend(actor=staff.d1_head, application=app, recommend=True, opinion="经遴选，同意推荐。",
                                       now=on)
    complete_materials(world, app, staff.city_admin)
    app_services.application_check(actor=staff.city_admin, application=app, now=on)
    app.refresh_from_db()
    return app


def vote(world, staff, app, approvals: int, total: int | None = None):
    total = len(world.panel) if total is None else total
    for i, member in enumerate(world.panel[:total]):
        review.ballot_cast(actor=member.user, application_id=app.pk, choice="approve" if i < approvals else "disapprove")

"""The recognition procedure and a studio's life from its pages: the application form (HN-7-2, HN-7-7), who sees
ID-card copies and when they go (HN-7-5), the revocation history shown to the panel (HN-11-18), and the staff and
host-unit forms after recognition; every refused form saves nothing and says why in Chinese."""
import datetime as dt

import pytest
import time_machine
from django.core.files.base import ContentFile

from careerguide.studios.models import Activity, Application, Assessment, Item3Document
from careerguide.studios.services import applications as apps
from careerguide.studios.services import exits, rounds
from careerguide.studios.services import review as review_services

from .factories import bring_to_review, build_world, make_application, new_id
from .test_supervision import confirmed

pytestmark = pytest.mark.django_db
D = dt.date
FORM = {"specialisation": "高校毕业生就业指导", "premises_address": "甲区示例路1号", "premises_area": "120",
        "equipment": "电脑4台、测评软件", "funding_source": "单位自筹", "funding_annual_amount": "100000",
        "planned_functions": ["precise_guidance", "reserve_talent"], "two_year_targets": "两年培养骨干4名",
        "report_sections": ["profile", "necessity", "management", "conditions", "talent_policy"]}


@pytest.fixture
def world(city, staff):
    return build_world(city, staff)


def test_application_form_entered_through_its_pages(client, world, staff):
    """HN-7-2, HN-7-7: the host unit fills 职业指导大师工作室申报表 (host-unit particulars shown from its record, studio
    fields, people with the lead master's years of employment-service work, rules documents) and submits it to its
    recommender; the studio name is generated from the named master, never typed."""
    client.force_login(world.host_user)
    page = client.get("/public/studios/applications/new/").content.decode()
    assert "职业指导大师工作室申报表" in page and 'name="studio_name"' not in page
    base = {"round": world.round.pk, "host_unit": world.host.pk, "recommender": world.county.pk}
    refused = client.post("/public/studios/applications/new/", {**base, **FORM, "premises_address": ""}).content.decode()
    assert "未保存任何信息" in refused and not Application.objects.exists()
    response = client.post("/public/studios/applications/new/", {**base, **FORM})
    app = Application.objects.get()
    assert response.url == f"/public/studios/applications/{app.pk}/"
    member = f"/public/studios/applications/{app.pk}/do/member/"
    lead = {"role": "lead", "is_named": "on", "name": "陈立衡", "id_number": "340402198001011234", "gender": "男",
            "education": "本科", "title": "高级职业指导师", "post": "主任", "certificate_occupation": "career_guidance",
            "certificate_kind": "qualification", "certificate_title": "职业指导师（二级）"}

    page = client.post(member, {**lead, "id_number": new_id(), "work_history": "甲区中心 二〇一〇年"}).content.decode()
    assert "请按“单位，开始日期，结束日期”填写每行" in page and not app.members.exists()
    client.post(member, {**lead, "id_number": new_id(), "work_history": "甲区公共就业服务中心，2010-01-01，至今"})
    for i in (1, 2):
        client.post(member, {"role": "staff", "name": f"工作人员{i}", "id_number": new_id(), "gender": "女"})
    client.post(f"/public/studios/applications/{app.pk}/do/talent/",
                {"title": "大师人才管理办法", "aspects": ["training", "evaluation", "selection", "deployment", "incentive"]})
    page = client.get(f"/public/studios/applications/{app.pk}/").content.decode()
    assert "陈立衡职业指导大师工作室" in page and "14年（174个月）" in page and world.host.credit_code in page
    assert "周明远" in page and "高级职业指导师" in page  # legal representative, title
    with time_machine.travel(dt.datetime(2024, 5, 2, 9, tzinfo=dt.timezone.utc), tick=False):
        client.post(f"/public/studios/applications/{app.pk}/submit/")
    app.refresh_from_db()
    assert app.status == "submitted_to_recommender" and app.planned_functions == ["precise_guidance", "reserve_talent"]


def test_id_card_copies_only_for_the_centre_and_the_recommender(client, world, staff):
    """HN-7-5, HN-6-8: the centre and the recommender see and open the ID-card copy; the host unit and the panel
    see the other copies only, and the copy's address is a 404 for them."""
    app = bring_to_review(world, staff, make_application(world))
    id_copy = Item3Document.objects.get(application=app, kind="id_card")
    client.force_login(staff.city_admin)
    assert "身份证复印件" in client.get(f"/studios/applications/{app.pk}/").content.decode()
    client.force_login(staff.d1_head)  # the county bureau that recommended it
    assert client.get(f"/public/studios/documents/{id_copy.pk}/").status_code == 200
    expert = world.panel[0].user
    for user, page in ((world.host_user, f"/public/studios/applications/{app.pk}/"),
                       (expert, f"/public/studios/review/{app.pk}/")):
        client.force_login(user)
        shown = client.get(page).content.decode()
        assert "职业资格（技能等级）证书复印件" in shown and "身份证复印件" not in shown
        assert client.get(f"/public/studios/documents/{id_copy.pk}/").status_code == 404


def test_id_card_copies_purged_a_year_after_the_round_closes(world, staff):
    """HN-7-5: the ID copy of an application that was not recognised is deleted one year (`hn.id_copy_retention_years`)
    after its round closes, not a day earlier; the recognised studio keeps its copies."""
    studio = confirmed(world, staff)
    rejected = make_application(world, host=rounds.host_unit_create(
        actor=staff.city_admin, name="甲区某街道就业服务站", host_type="pes_agency", credit_code=world.host.credit_code,
        address="甲区", legal_representative="李", contact_person="王", district=world.host.district,
        accounts=[world.host_user]))
    apps.item3_document_add(actor=staff.city_admin, application=rejected, kind="id_card",
                            file=ContentFile(b"id", name="id.pdf"))
    apps.application_submit(actor=world.host_user, application=rejected,
                            now=dt.datetime(2024, 5, 2, tzinfo=dt.timezone.utc))
    apps.application_recommend(actor=staff.d1_head, application=rejected, recommend=False, opinion="不推荐",
                               now=dt.datetime(2024, 5, 3, tzinfo=dt.timezone.utc))
    rounds.round_close(actor=staff.city_admin, round=world.round, closed_on=D(2024, 12, 31))
    assert apps.id_copies_purge(now=dt.datetime(2025, 12, 30, 9, tzinfo=dt.timezone.utc)) == 0
    assert apps.id_copies_purge(now=dt.datetime(2025, 12, 31, 9, tzinfo=dt.timezone.utc)) == 1
    gone = Item3Document.objects.get(application=rejected, kind="id_card")
    assert gone.deleted_on == D(2025, 12, 31) and not gone.file
    kept = Item3Document.objects.get(application=studio.application, kind="id_card")
    assert kept.deleted_on is None and kept.file


def test_revocation_history_shown_to_the_panel(client, world, staff):
    """HN-11-18: no bar on applying again, but a new application from a host unit whose studio was revoked shows the
    panel (and the centre) that history; an application without one shows none."""
    studio = confirmed(world, staff)
    exits.studio_exit(actor=staff.city_admin, studio=studio, ground="f2_falsification", document_number="淮人社〔2025〕9号",
                      document_date=D(2025, 2, 1), reason="申报材料弄虚作假", serious=True, evidence="核查报告")
    rnd = rounds.round_create(actor=staff.city_admin, year=2025, title="2025年评审认定", quota=1,
                              recommendation_deadline=D(2025, 5, 31), materials_deadline=D(2025, 6, 30),
                              notice_text="请各单位按要求申报。")
    rounds.round_publish(actor=staff.city_admin, round=rnd, published_on=D(2025, 3, 1))
    expert = world.panel[0].user
    review_services.panel_member_add(actor=staff.city_admin, round=rnd, user=expert, affiliation="某单位")
    world.round = rnd
    again = bring_to_review(world, staff, make_application(world), on=dt.datetime(2025, 5, 1, tzinfo=dt.timezone.utc))
    assert again.status == "under_review"
    client.force_login(expert)
    page = client.get(f"/public/studios/review/{again.pk}/").content.decode()
    assert 'data-testid="revocation-history"' in page and "淮人社〔2025〕9号" in page
    client.force_login(staff.city_admin)
    assert "淮人社〔2025〕9号" in client.get(f"/studios/applications/{again.pk}/").content.decode()
    other = make_application(world, host=rounds.host_unit_create(
        actor=staff.city_admin, name="乙单位", host_type="pes_agency", credit_code=world.host.credit_code, address="甲区",
        legal_representative="李", contact_person="王", district=world.host.district, accounts=[world.host_user]))
    assert 'data-testid="revocation-history"' not in client.get(f"/studios/applications/{other.pk}/").content.decode()


def test_staff_and_host_forms_after_recognition(client, world, staff):
    """HN-11-3 from the studio's page: the centre records the annual assessment; a bad result value is refused with
    nothing saved.  HN-10-6 from the host unit's page: a "four-into" activity without its venue is refused in
    Chinese; HN-11-1: a district head may not open the centre's form."""
    studio = confirmed(world, staff)
    client.force_login(staff.city_admin)
    url = f"/studios/{studio.pk}/do/assessment/"
    page = client.post(url, {"kind": "annual", "period": "2025", "result": "good", "assessed_on": "2025-12-20"})
    assert "未保存任何信息" in page.content.decode() and not Assessment.objects.exists()
    client.post(url, {"kind": "annual", "period": "2025", "result": "qualified", "assessed_on": "2025-12-20"})
    assert Assessment.objects.get().result == "qualified"
    assert "2025" in client.get(f"/studios/{studio.pk}/").content.decode()
    client.force_login(staff.d1_head)
    assert client.get(url).status_code == 403
    client.force_login(world.host_user)
    page = client.post(f"/public/studios/mine/{studio.pk}/do/activity/", {
        "held_on": "2025-04-01", "title": "进园区宣讲", "target": "t2_four_into", "function": "precise_guidance",
        "location": "园区", "organisers": "陈立衡", "participants": "30"}).content.decode()
    assert "须选择进园区、进校园、进企业或进社区" in page and not Activity.objects.exists()


def test_studio_pages_open(client, world, staff):
    """Every staff and portal page of the procedure opens for those it is for."""
    studio = confirmed(world, staff)
    client.force_login(staff.city_admin)
    pages = ["/studios/", "/studios/rounds/", f"/studios/rounds/{world.round.pk}/", "/studios/funds/",
             f"/studios/{studio.pk}/", f"/studios/applications/{studio.application_id}/",
             "/studios/registry/host_unit/", "/studios/registry/recommender/"]
    pages += [f"/studios/{studio.pk}/do/{name}/" for name in ("assessment", "evaluation", "special_subsidy",
                                                             "fund_audit", "recovery", "member_leave", "lead_install",
                                                             "nomination", "comment")]
    pages += [f"/studios/rounds/{world.round.pk}/do/{name}/" for name in ("step", "slot", "named_recommender", "panel",
                                                                         "presence", "confirm")]
    for page in pages:
        assert client.get(page).status_code == 200, page
    client.force_login(world.host_user)
    for page in ["/public/studios/applications/", "/public/studios/applications/new/", f"/public/studios/mine/{studio.pk}/",
                 *[f"/public/studios/mine/{studio.pk}/do/{n}/" for n in ("activity", "trainee", "expenditure",
                                                                         "work_plan", "member_add", "member_leave")]]:
        assert client.get(page).status_code == 200, page
    client.force_login(world.panel[0].user)
    assert client.get("/public/studios/review/").status_code == 200


def test_rounds_page_warns_about_years_without_a_round(client, city, staff):
    """HN-3-2: the rounds page names every calendar year since the first round that has no round."""
    import datetime as dt

    from careerguide.studios.services import rounds as round_services

    first = dt.date.today().year - 2
    round_services.round_create(actor=staff.city_admin, year=first, title=f"{first}年评审认定", quota=2,
                                recommendation_deadline=dt.date(first, 5, 31), materials_deadline=dt.date(first, 6, 30))
    client.force_login(staff.city_admin)
    page = client.get("/studios/rounds/").content.decode()
    assert f"{first + 1}、{first + 2}" in page and f"{first}、" not in page

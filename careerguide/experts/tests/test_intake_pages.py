"""Applications entered through their pages, in every channel: the one Annex 1 form (CZ-A1-1) with its sections and
tables, the agency's and the association's nominations (CZ-6-11, CZ-6-13, CZ-6-14), review from the staff page, the
lookups page (CZ-5-12) and the directory photo (CZ-11-5, CZ-11-6).  A refused form saves nothing."""
import datetime as dt

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from careerguide.accounts.roles import UserKind
from careerguide.accounts.tests.factories import make_user
from careerguide.experts.models import Application, Recommender
from careerguide.experts.services import lookups
from careerguide.experts.tests.factories import appointed, at, make_applicant, make_round, resident_id

pytestmark = pytest.mark.django_db
D = dt.date
DAY = dt.datetime(2025, 9, 2, 10, tzinfo=dt.timezone.utc)
DECLARATIONS = ["conditions", "volunteer", "health", "truthful", "confidentiality", "processing", "publication"]


def _file(name):
    return SimpleUploadedFile(name, b"%PDF-1.4 demo", content_type="application/pdf")


def _formsets(**rows):
    data = {}
    for prefix, total in (("work", 3), ("certificates", 2), ("honours", 1), ("cases", 2)):
        data |= {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MIN_NUM_FORMS": "0",
                 f"{prefix}-MAX_NUM_FORMS": "1000"}
        for i, row in enumerate(rows.get(prefix, [])):
            data |= {f"{prefix}-{i}-{k}": v for k, v in row.items()}
    return data


def _annex(rnd, *, id_number, **extra):
    return {"round": rnd.pk, "name": "林知远", "gender": "male", "id_type": "resident_id", "id_number": id_number,
            "ethnicity": "han", "political_affiliation": "cpc_member", "education": "硕士研究生", "institution": "南京大学",
            "major": "心理学", "professional_title": "副教授", "phone": "13900001111", "email": "lin@example.cn",
            "postal_address": "常州市某路1号", "work_unit": "常州某职业技术学院", "unit_type": "university",
            "position": "就业指导中心主任", "categories": ["C2"], "expertise": "职业生涯规划",
            "expertise_detail": "大学生求职心理", "duties_offered": ["D1", "D4"], "target_groups": ["college_graduate"],
            "modes": ["online", "offline"], "availability": "周末", "declarations": DECLARATIONS,
            "unit_opinion_signer": "王院长", "unit_opinion_on": "2025-09-01", **extra,
            **_formsets(work=[{"unit_name": "常州某职业技术学院", "unit_type": "university", "work_field": "education_training",
                               "start": "2010-01-01"}],
                        certificates=[{"title": "职业指导师", "kind": "qualification", "number": "Z001"}],
                        honours=[{"title": "other", "name": "优秀教师", "level": "city", "awarding_body": "常州市教育局",
                                  "year": "2022"}],
                        cases=[{"title": "毕业生求职焦虑", "background": "应届生求职受挫", "method": "生涯咨询",
                                "outcome": "顺利签约"}])}


@pytest.fixture(autouse=True)
def _lookups(db, staff):
    lookups.lookups_seed_defaults(actor=staff.city_admin)


def test_self_nomination_entered_through_the_annex_1_page(client, city, staff):
    """CZ-A1-1 (one form, 常州市职业指导专家申报表), CZ-A1-2 (personal section, birth date read from the ID),
    CZ-A1-3 (contact and the home district that routes it, CZ-6-8), CZ-A1-4 (employment), CZ-A1-5 (work history),
    CZ-A1-6 (certificates by old title, honours with level and awarding body), CZ-A1-7 (categories, expertise,
    service districts, availability), CZ-A1-8 (practice cases and attachments), CZ-A1-9 (each declaration ticked
    and timed), CZ-A1-10 (the work unit's opinion block).  A case without its method is refused and nothing is
    saved."""
    rnd = make_round(staff.city_admin)
    lookups.lookup_save(actor=staff.city_admin, kind="sector_1028", code="智能制造装备", label="智能制造装备")
    user = make_applicant()
    client.force_login(user)
    number = resident_id()
    sections = {"home_district": city.d2.pk, "position_started": "2018-09-01", "is_key_staff": "on",
                "sector_1028": "智能制造装备", "service_districts": [city.d1.pk, city.d2.pk]}
    with time_machine.travel(DAY, tick=False):
        page = client.get("/public/experts/apply/").content.decode()
        assert "测试市职业指导专家申报表" in page and "expert_application_form" in page
        assert "常州市职业指导专家申报表" not in page
        files = {"resume": _file("r.pdf"), "achievements": _file("a.pdf"), "cases_file": _file("c.pdf"),
                 "unit_opinion": _file("u.pdf"), "photo": SimpleUploadedFile("p.jpg", b"jpg", content_type="image/jpeg")}
        bad = _annex(rnd, id_number=number, **sections)
        bad["cases-0-method"] = ""
        refused = client.post("/public/experts/apply/", {**bad, **files}).content.decode()
        assert "未保存任何信息" in refused and "指导方法" in refused and not Application.objects.exists()
        files = {k: _file(f"{k}.pdf") for k in files}
        response = client.post("/public/experts/apply/", {**_annex(rnd, id_number=number, **sections), **files})
        app = Application.objects.get()
        assert response.url == f"/public/experts/applications/{app.pk}/"
        shown = client.get(response.url).content.decode()
        assert f"测试市职业指导专家申报表：{app.name}" in shown and "常州市职业指导专家申报表" not in shown
    # CZ-A1-2 personal section, the birth date read from the ID number
    assert (app.name, app.gender, app.birth_date, app.ethnicity, app.political_affiliation, app.education,
            app.institution, app.major, app.professional_title) == (
        "林知远", "male", D(1975, 4, 3), "han", "cpc_member", "硕士研究生", "南京大学", "心理学", "副教授")
    assert app.photo.name
    # CZ-A1-3 contact, and the home district receives it
    assert (app.phone, app.email, app.postal_address, app.home_district, app.receiving_unit) == (
        "13900001111", "lin@example.cn", "常州市某路1号", city.d2, city.d2)
    # CZ-A1-4 current employment
    assert (app.work_unit, app.unit_type, app.position, app.position_started, app.is_key_staff, app.sector_1028) == (
        "常州某职业技术学院", "university", "就业指导中心主任", D(2018, 9, 1), True, "智能制造装备")
    # CZ-A1-5 work history
    work = app.work_history.get()
    assert (work.unit_name, work.unit_type, work.work_field, work.start) == (
        "常州某职业技术学院", "university", "education_training", D(2010, 1, 1))
    # CZ-A1-6 certificates by old title, honours with level and awarding body
    assert app.certificates.get().level == 2
    honour = app.honours.get()
    assert (honour.name, honour.level, honour.awarding_body, honour.year) == ("优秀教师", "city", "常州市教育局", 2022)
    # CZ-A1-7 categories and expertise
    assert (app.categories, app.expertise, app.duties_offered, app.target_groups, app.modes, app.availability) == (
        ["C2"], "职业生涯规划", ["D1", "D4"], ["college_graduate"], ["online", "offline"], "周末")
    assert sorted(app.service_districts) == sorted([city.d1.pk, city.d2.pk])
    # CZ-A1-8 practice cases and the attachments
    case = app.practice_cases.get()
    assert (case.background, case.method, case.outcome) == ("应届生求职受挫", "生涯咨询", "顺利签约")
    assert app.attachments.count() >= 4
    # CZ-A1-10 the work unit's opinion block with its signer and date (the later blocks: test_annex_and_archive)
    assert (app.unit_opinion_signer, app.unit_opinion_on) == ("王院长", D(2025, 9, 1))
    # CZ-A1-9 each declaration its own timestamp
    assert all(getattr(app, f) == DAY for f in (
        "conditions_declared_at", "volunteer_declared_at", "health_declared_at", "truthful_declared_at",
        "confidentiality_declared_at", "processing_consent_at", "publication_consent_at"))
    with time_machine.travel(DAY, tick=False):
        shown = client.get(response.url).content.decode()
        for text in ("南京大学", "常州某职业技术学院", "顺利签约", "王院长", "职业指导师"):
            assert text in shown
        client.post(f"/public/experts/applications/{app.pk}/submit/")
    app.refresh_from_db()
    assert app.status == "submitted_to_agency"


def test_agency_nominates_on_its_own_initiative(client, city, staff):
    """CZ-6-11: the agency fills Annex 1 for its nominee with the nominee's detailed materials, records its preliminary
    opinion, and after the nominee's confirmation (CZ-6-15) the nomination goes to city HRSS."""
    rnd = make_round(staff.city_admin)
    number = resident_id(D(1979, 6, 1), 21)
    client.force_login(staff.d1_head)
    with time_machine.travel(DAY, tick=False):
        page = client.get("/public/experts/apply/").content.decode()
        assert "公共就业服务机构推荐" in page
        client.post("/public/experts/apply/", {**_annex(rnd, id_number=number), "nominee_details": _file("n.pdf"),
                                               "cases_file": _file("c.pdf")})
        app = Application.objects.get()
        assert (app.channel, app.receiving_unit) == ("agency_recommendation", city.d1)
        client.post(f"/public/experts/applications/{app.pk}/submit/")
        app.refresh_from_db()
        assert app.status == "draft"  # no preliminary opinion and no nominee confirmation yet
        client.post(f"/public/experts/applications/{app.pk}/do/preliminary/", {"recommend": "1", "reason": "业务骨干"})
        nominee = make_applicant("nominee-21", "林知远")
        client.force_login(nominee)
        client.post(f"/public/experts/nominations/{app.pk}/confirm/", {"id_number": number})
        client.force_login(staff.d1_head)
        client.post(f"/public/experts/applications/{app.pk}/submit/")
    app.refresh_from_db()
    assert app.status == "submitted_to_city" and app.preliminary_on == D(2025, 9, 2)


def test_association_recommendation_form(client, city, staff):
    """CZ-6-13, CZ-6-14: an association nominates one of its members with 职业指导教师推荐表（社团组织）: its
    particulars (credit code, type, contact) are shown, the four attachments are required and the nominee's
    membership number or joining date is required before it can be sent."""
    officer = make_user("assoc-officer", None, (), kind=UserKind.EXPERT, full_name="协会经办人")
    association = Recommender.objects.create(name="常州市职业指导协会", kind="association", credit_code="51320400MJ1234567X",
                                             association_type="社会团体", contact_name="孙秘书长", contact_phone="0519-8888")
    association.users.add(officer)
    rnd = make_round(staff.city_admin)
    number = resident_id(D(1970, 3, 3), 31)
    client.force_login(officer)
    with time_machine.travel(DAY, tick=False):
        assert "职业指导教师推荐表（社团组织）" in client.get("/public/experts/apply/").content.decode()
        files = {k: _file(f"{k}.pdf") for k in ("profile", "qualifications_honours", "expertise_areas", "cases_file")}
        client.post("/public/experts/apply/", {**_annex(rnd, id_number=number), **files})
        app = Application.objects.get()
        assert app.channel == "association_recommendation" and app.recommender == association
        client.post(f"/public/experts/applications/{app.pk}/do/preliminary/", {"recommend": "1", "reason": "会员骨干"})
        app.refresh_from_db()
        app.nominee_confirmed_at = at(2025, 9, 2)
        app.save()
        page = client.post(f"/public/experts/applications/{app.pk}/submit/", follow=True).content.decode()
        assert "会员编号或入会日期" in page
        app.association_member_number = "CZZD-0088"
        app.save()
        client.post(f"/public/experts/applications/{app.pk}/submit/")
        shown = client.get(f"/public/experts/applications/{app.pk}/").content.decode()
    app.refresh_from_db()
    assert app.status == "submitted_to_city" and "51320400MJ1234567X" in shown and "孙秘书长" in shown


def test_sector_lookup_edited_on_its_page(client, city, staff):
    """CZ-5-12: city HRSS adds a "1028" chain on the lookups page, and the application form offers it; a bad lookup
    row is refused in Chinese and nothing is saved."""
    client.force_login(staff.city_admin)
    page = client.post("/experts/lookups/", {"kind": "old_title_level", "code": "新名称", "occupation": "career_guidance",
                                             "level": "9", "active": "on"}).content.decode()
    assert "未保存任何信息" in page
    client.post("/experts/lookups/", {"kind": "sector_1028", "code": "新能源汽车及核心部件", "label": "新能源汽车及核心部件",
                                      "active": "on"})
    make_round(staff.city_admin)
    client.force_login(make_applicant())
    with time_machine.travel(DAY, tick=False):
        assert "新能源汽车及核心部件" in client.get("/public/experts/apply/").content.decode()


def test_photo_in_the_directory_only_with_consent(client, city, staff):
    """CZ-11-5, CZ-11-6: city HRSS uploads the expert's photo; the directory shows it only with the separate consent."""
    m = appointed(staff, city)
    client.force_login(staff.city_admin)
    client.post(f"/experts/members/{m.pk}/do/photo/", {"photo": SimpleUploadedFile("p.jpg", b"jpg")})
    client.logout()
    assert 'data-testid="expert-photo"' not in client.get(f"/public/experts/{m.pk}/").content.decode()
    assert client.get(f"/public/experts/{m.pk}/photo/").status_code == 404
    client.force_login(m.user)
    client.post("/public/experts/me/do/photo/", {"photo": SimpleUploadedFile("p.jpg", b"jpg"), "consent": "on"})
    client.logout()
    assert 'data-testid="expert-photo"' in client.get(f"/public/experts/{m.pk}/").content.decode()
    assert client.get(f"/public/experts/{m.pk}/photo/").status_code == 200


def test_expert_pages_open(client, city, staff):
    """Every staff and portal page of the expert team opens for those it is for."""
    m = appointed(staff, city)
    client.force_login(staff.city_admin)
    pages = ["/experts/applications/", "/experts/rounds/", "/experts/lookups/", "/experts/reports/",
             "/experts/invitations/", "/experts/trainings/new/", f"/experts/members/{m.pk}/",
             f"/experts/applications/{m.application_id}/"]
    pages += [f"/experts/members/{m.pk}/do/{a}/" for a in ("archive", "photo", "incentive", "contact", "pairing",
                                                           "content", "feedback")]
    for page in pages:
        assert client.get(page).status_code == 200, page
    client.force_login(m.user)
    for action in ("service_log", "attachment", "profile", "change_request", "photo", "pairing", "content", "renewal",
                   "exit", "confidentiality"):
        assert client.get(f"/public/experts/me/do/{action}/").status_code == 200, action
    client.logout()
    assert client.get(f"/public/experts/{m.pk}/invite/").status_code == 200


def test_rows_left_empty_are_ignored_as_a_browser_sends_them(client, city, staff):
    """CZ-A1-5, CZ-A1-6: a browser sends each untouched table row with its selects at their first option; those rows
    are not entries and do not block the form."""
    from careerguide.experts.choices import CertificateKind, UnitType, WorkField

    rnd = make_round(staff.city_admin)
    client.force_login(make_applicant())
    untouched = {"work-1-unit_type": UnitType.choices[0][0], "work-1-work_field": WorkField.choices[0][0],
                 "work-2-unit_type": UnitType.choices[0][0], "work-2-work_field": WorkField.choices[0][0],
                 "certificates-1-kind": CertificateKind.choices[0][0], "cases-1-title": ""}
    files = {k: _file(f"{k}.pdf") for k in ("resume", "achievements", "cases_file", "unit_opinion")}
    with time_machine.travel(DAY, tick=False):
        client.post("/public/experts/apply/", {**_annex(rnd, id_number=resident_id(), home_district=city.d2.pk),
                                               **untouched, **files})
    app = Application.objects.get()
    assert app.work_history.count() == 1 and app.certificates.count() == 1
    assert app.honours.count() == 1 and app.practice_cases.count() == 1

"""Staff forms on the studio register: HN plaque and exit, SD register and standardisation pages."""
import datetime as dt
import random

import pytest

from careerguide.common.demo import synthetic_uscc
from careerguide.studios.models import ExitDecision, Plaque, Studio
from careerguide.studios.services import notice, review, rounds

from .factories import bring_to_review, build_world, make_application, vote

pytestmark = pytest.mark.django_db


def _hn_studio(city, staff):
    world = build_world(city, staff)
    app = bring_to_review(world, staff, make_application(world))
    review.voting_open(actor=staff.city_admin, round=world.round)
    vote(world, staff, app, 7)
    review.voting_close(actor=staff.city_admin, round=world.round)
    app.refresh_from_db()
    notice.notice_publish(actor=staff.city_admin, application=app, published_on=dt.date(2024, 7, 1))
    [studio] = notice.confirmation_record(actor=staff.city_admin, applications=[app], document_number="淮人社秘〔2024〕10号",
                                          document_date=dt.date(2024, 7, 10),
                                          now=dt.datetime(2024, 7, 10, tzinfo=dt.timezone.utc))
    return studio


def test_plaque_and_exit_forms(client, city, staff):
    """HN-6-19 (plaque: number and spec required, nothing saved without), HN-11-7 (exit by document;
    a ground not made out is refused in Chinese), HN-3-3 (only city_hrss)."""
    studio = _hn_studio(city, staff)
    client.force_login(staff.city_admin)
    assert f"/studios/{studio.pk}/plaque/" in client.get(f"/studios/{studio.pk}/").content.decode()
    page = client.post(f"/studios/{studio.pk}/plaque/", {"number": "", "spec_version": "2024版", "presented_on": "2024-07-20",
                                                         "recipient": "吴晓岚"}).content.decode()
    assert "未保存任何信息" in page and not Plaque.objects.exists()
    client.post(f"/studios/{studio.pk}/plaque/", {"number": "HNP-001", "spec_version": "2024版",
                                                  "presented_on": "2024-07-20", "recipient": "吴晓岚"})
    assert Plaque.objects.get().number == "HNP-001"
    data = {"ground": "n3_voluntary", "document_number": "淮人社秘〔2025〕2号", "document_date": "2025-03-01",
            "reason": "所在单位申请注销"}
    page = client.post(f"/studios/{studio.pk}/exit/", data).content.decode()
    assert "未保存任何信息" in page and not ExitDecision.objects.exists()
    client.post(f"/studios/{studio.pk}/exit/", {**data, "host_applied": "on"})
    studio.refresh_from_db()
    assert studio.registration == "deregistered"
    client.force_login(staff.d1_head)
    assert client.get(f"/studios/{studio.pk}/exit/").status_code == 403


def test_sd_register_and_standardisation_pages(client, city, staff):
    """SD-8-1 (register page), SD-8-2 (checklist assessment then conclusion), SD-8-4/SD-8-5 shown on the list."""
    host = rounds.host_unit_create(actor=staff.city_admin, name="甲区就业服务中心", host_type="pes_agency",
                                   credit_code=synthetic_uscc(random.Random(5)), address="甲区示例路2号",
                                   legal_representative="韩立诚", contact_person="苏映雪", district=city.d1)
    client.force_login(staff.d1_head)
    data = {"host_unit": host.pk, "name": "甲区职业指导站", "kind": "station", "level": "county", "area": city.s11.pk,
            "lead_counsellor": "", "opened_on": "2025-03-01", "legal_entity": "甲区就业服务中心"}
    page = client.post("/studios/sd/register/", data).content.decode()
    assert "未保存任何信息" in page and "领衔职业指导人员：" in page and not Studio.objects.filter(scheme="sd_recognised").exists()
    response = client.post("/studios/sd/register/", {**data, "lead_counsellor": "邵明川"})
    s = Studio.objects.get(scheme="sd_recognised")
    assert response.status_code == 302 and s.kind == "station"
    items = {"item_service_process": "yes", "item_assessment_tools": "yes", "item_premises_equipment": "yes",
             "item_staffing": "no"}
    client.post(f"/studios/sd/{s.pk}/assess/", {"assessed_on": "2025-06-01", **items})
    client.post(f"/studios/sd/{s.pk}/conclude/")
    s.refresh_from_db()
    assert s.standardisation == "not_standardised"
    listing = client.get("/studios/sd/").content.decode()
    assert "甲区职业指导站" in listing and "<td>甲区就业服务中心</td><td>0</td><td>1</td><td>0</td>" in listing
    client.force_login(staff.d1_counsellor)
    assert client.get("/studios/sd/register/").status_code == 403


def test_sd_budget_inclusion_page_and_flag(client, city, staff):
    """SD-S-7: a studio's budget year records inclusion and amount (an included year without an amount is refused and
    nothing saved); a studio whose funds are not in the legal entity's budget is flagged on the SD list."""
    from careerguide.studios.models import StudioBudget
    from careerguide.studios.services import sd

    host = rounds.host_unit_create(actor=staff.city_admin, name="乙区就业服务中心", host_type="pes_agency",
                                   credit_code=synthetic_uscc(random.Random(8)), address="乙区示例路8号",
                                   legal_representative="韩立诚", contact_person="苏映雪", district=city.d1)
    first = sd.sd_studio_register(actor=staff.city_admin, host_unit=host, name="乙区职业指导工作室", kind="studio",
                                  level="county", area=city.d1, lead_counsellor="林晓", opened_on=dt.date(2025, 5, 1),
                                  legal_entity="乙区就业服务中心")
    second = sd.sd_studio_register(actor=staff.city_admin, host_unit=host, name="乙区职业指导角", kind="corner",
                                   level="county", area=city.d1, lead_counsellor="邵明川", opened_on=dt.date(2025, 5, 1),
                                   legal_entity="乙区就业服务中心")
    client.force_login(staff.city_admin)
    year = dt.date.today().year
    page = client.post(f"/studios/sd/{first.pk}/budget/", {"year": year, "included": "on", "amount": ""}).content.decode()
    assert "未保存任何信息" in page and not StudioBudget.objects.exists()
    client.post(f"/studios/sd/{first.pk}/budget/", {"year": year, "included": "on", "amount": "50000"})
    assert StudioBudget.objects.get(studio=first).amount == 50000
    report = sd.budget_report(actor=staff.city_admin, year=year)
    assert report["flagged"] == [second]

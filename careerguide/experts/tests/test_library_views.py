"""Staff pages of the expert library: forms call the services, errors in Chinese with nothing saved."""
import datetime as dt
import random

import pytest

from careerguide.common.demo import synthetic_resident_id
from careerguide.experts.models import LibraryEngagement, Membership
from careerguide.experts.services import library as lib

pytestmark = pytest.mark.django_db
BASE = "/experts/library/"


def _pid(seed):
    return synthetic_resident_id(random.Random(seed), region="370102", birth=dt.date(1980, 2, 2))


def _enrol(actor, seed, organisation):
    return lib.library_expert_enrol(actor=actor, level="city", name=f"库专家{seed}", id_number=_pid(seed),
                                    organisation=organisation, category="industry_expert", fields=["就业指导"],
                                    title="高级职业指导师", term_start=dt.date(2026, 1, 1), term_end=dt.date(2030, 1, 1))


def test_enrol_form_saves_and_refuses_in_chinese(client, city, staff):
    """SD-9-1: the enrolment page; an invalid ID and a level the unit may not keep are refused in Chinese
    and nothing is saved; a counsellor may not open it."""
    client.force_login(staff.d1_head)
    data = {"level": "city", "name": "宋知行", "id_number": "123", "organisation": "甲区就业服务中心",
            "category": "industry_expert", "fields_text": "职业生涯规划，创业指导", "title": "副研究员",
            "term_start": "2026-01-01", "term_end": "2029-12-31"}
    page = client.post(BASE + "enrol/", data).content.decode()
    assert "未保存任何信息" in page and "请填写有效的居民身份证号码" in page and "本机构不能管理该层级的专家库" in page
    assert not Membership.objects.filter(programme="sd_expert_library").exists()
    response = client.post(BASE + "enrol/", {**data, "level": "county", "id_number": _pid(3)})
    m = Membership.objects.get(programme="sd_expert_library")
    assert response.status_code == 302 and m.library_fields == ["职业生涯规划", "创业指导"]
    assert "宋知行" in client.get(BASE).content.decode()
    client.force_login(staff.d1_counsellor)
    assert client.get(BASE + "enrol/").status_code == 403


def test_engagement_and_draw_pages(client, city, staff):
    """SD-9-2, SD-9-4, SD-9-5: log a use, be refused a conflicted expert, draw a panel, see the report."""
    a = _enrol(staff.city_admin, 1, "泉城职业技术学院")
    b = _enrol(staff.city_admin, 2, "岱岳人力资源公司")
    client.force_login(staff.d1_counsellor)
    refused = client.post(BASE + "engagements/new/", {"purpose": "evaluation", "activity": "工作室评价", "on": "2026-03-02",
                                                      "subject_organisation": "泉城职业技术学院", "experts": [a.pk, b.pk]})
    assert "应当回避" in refused.content.decode() and not LibraryEngagement.objects.exists()
    ok = client.post(BASE + "engagements/new/", {"purpose": "consulting", "activity": "政策咨询", "on": "2026-03-02",
                                                 "experts": [a.pk], "output": "咨询意见"})
    assert ok.status_code == 302 and LibraryEngagement.objects.count() == 1
    drawn = client.post(BASE + "draw/", {"purpose": "review", "activity": "金课评审", "on": "2026-03-05", "size": 1,
                                         "subject_organisation": "泉城职业技术学院"}).content.decode()
    assert "库专家2" in drawn and "回避" in drawn and "库专家1" in drawn
    report = client.get(BASE + "report/", {"start": "2026-03-01", "end": "2026-03-31"}).content.decode()
    assert 'data-testid="total">2<' in report and "咨询" in report and "评审" in report
    client.force_login(staff.seeker_user)
    assert client.get(BASE).status_code in (403, 404)

"""Scenario: an employer agent registers online, fails verification, corrects, passes; staff serve it through pages
and the API, and the ledger exports as PDF and .xlsx (BJ-34-1, BJ-35-3, BJ-36-1, BJ-36-2, BJ-50-1, BJ-50-2, BJ-50-3,
BJ-50-4)."""
import io

import pytest
import time_machine
from django.urls import reverse
from openpyxl import load_workbook

from careerguide.accounts.roles import UserKind
from careerguide.accounts.tests.factories import make_user
from careerguide.audit.models import AuditEvent
from careerguide.employers.models import Employer, EmployerVerification
from careerguide.employers.tests.factories import at, documents, make_catalogue, make_verified_employer, new_uscc

pytestmark = pytest.mark.django_db


def test_agent_to_ledger_export(client, city, staff):
    """BJ-34-1, BJ-35-3, BJ-5-7, BJ-36-1, BJ-36-2, BJ-50-1, BJ-50-2, BJ-50-4, BJ-4-5."""
    agent = make_user("agent-journey", None, (), kind=UserKind.EMPLOYER_AGENT, full_name="经办人丙")
    code = new_uscc()
    with time_machine.travel(at(2026, 3, 2), tick=False):
        client.force_login(agent)
        r = client.post(reverse("employer_portal:register"), {"name": "旅程测试有限公司", "credit_code": code,
                                                              "unit": city.s11.pk, "industry_code": "I6510"})
        assert r.status_code == 302
        employer = Employer.objects.get(credit_code=code)
        docs = documents(employer, power_of_attorney_ref="", licence_valid_until="2030-12-31",
                         power_of_attorney_valid_until="")
        r = client.post(reverse("employer_portal:submit", args=[employer.pk]), docs)
        assert r.status_code == 302
        # Staff review through the API: a failure lists every defect at once.
        client.force_login(staff.s11_officer)
        v = EmployerVerification.objects.get(employer=employer)
        r = client.post(f"/api/employers/verifications/{v.pk}/review",
                        {"data_source": "shared_data", "manual_defects": ["agent_id_not_matching"]},
                        content_type="application/json")
        assert r.status_code == 200 and r.json()["status"] == "failed"
        assert [d["code"] for d in r.json()["defects"]] == ["poa_missing", "agent_id_not_matching"]
        # The agent sees every defect on the portal and resubmits.
        client.force_login(agent)
        html = client.get(reverse("employer_portal:home")).content.decode()
        assert "缺少经办人的授权委托书" in html and "经办人身份证明与本人不符" in html
        client.post(reverse("employer_portal:submit", args=[employer.pk]), {**docs, "power_of_attorney_ref": "委托-9"})
        client.force_login(staff.s11_officer)
        v2 = EmployerVerification.objects.get(employer=employer, round=2)
        r = client.post(reverse("employers:review", args=[v2.pk]), {"data_source": "shared_data"})
        assert r.status_code == 302
        r = client.get(f"/api/employers/{employer.pk}")
        assert r.json()["verification_status"] == "verified" and r.json()["demand_registration_unit_id"] == city.d1.pk
        # Services go to the ledger (BJ-36-2, BJ-50-1).
        r = client.post(f"/api/employers/{employer.pk}/services",
                        {"service_type": "hiring_guidance", "occurred_on": "2026-03-02", "summary": "岗位设置建议"},
                        content_type="application/json")
        assert r.status_code == 201 and r.json()["section"] == "guidance"
        html = client.get(reverse("employers:ledger", args=[employer.pk])).content.decode()
        assert "岗位设置建议" in html and "招聘需求登记及岗位发布" in html
        pdf = client.get(reverse("employers:ledger_pdf", args=[employer.pk]))
        assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
        refused = client.get(reverse("employers:ledger_xlsx", args=[employer.pk]), follow=True)
        assert "请填写导出用途" in refused.content.decode()
        xlsx = client.get(reverse("employers:ledger_xlsx", args=[employer.pk]), {"purpose": "年度服务统计"})
        exported = AuditEvent.objects.get(action="ledger_export", object_id=str(employer.pk))
        assert (exported.reason, exported.clause) == ("年度服务统计", "BJ-51-3")
        rows = list(load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(values_only=True))
        assert rows[0][0] == "栏目" and len(rows) == 4
        # The portal shows the verified result.
        client.force_login(agent)
        assert "已核验" in client.get(reverse("employer_portal:home")).content.decode()
        # Another district sees nothing (BJ-4-5 scoping).
        client.force_login(staff.d2_counsellor)
        assert client.get(reverse("employers:detail", args=[employer.pk])).status_code == 404
        assert client.get(f"/api/employers/{employer.pk}/ledger").status_code == 404


def test_key_enterprise_pages(client, city, staff):
    """BJ-44-3, BJ-44-4, BJ-48-7, BJ-50-3: designate and sign through the API; detail and quarterly report pages."""
    make_catalogue(staff.city_admin, now=at(2026, 1, 2))
    employer = make_verified_employer(staff.s11_officer, city.s11)
    client.force_login(staff.s11_officer)
    with time_machine.travel(at(2026, 3, 2), tick=False):
        r = client.post(f"/api/employers/{employer.pk}/key-enterprise", {"unit_id": city.s11.pk},
                        content_type="application/json")
        assert r.status_code == 201
        agreement_id = r.json()["id"]
        r = client.post(f"/api/employers/agreements/{agreement_id}/sign",
                        {"signed_on": "2026-03-02", "term_start": "2026-03-02", "term_end": "2028-03-01",
                         "officer_id": staff.d1_counsellor.pk}, content_type="application/json")
        assert r.status_code == 400 and r.json()["clause"] == "BJ-44-4"
        r = client.post(f"/api/employers/agreements/{agreement_id}/sign",
                        {"signed_on": "2026-03-02", "term_start": "2026-03-02", "term_end": "2028-03-01",
                         "officer_id": staff.s11_officer.pk}, content_type="application/json")
        assert r.status_code == 200 and r.json()["status"] == "agreement_signed"
        html = client.get(reverse("employers:detail", args=[employer.pk])).content.decode()
        assert "一街道企业专员" in html and "已签订协议" in html
    with time_machine.travel(at(2026, 6, 20), tick=False):
        client.force_login(staff.s11_officer)  # the session expired during the months in between
        html = client.get(reverse("employers:quarterly_report")).content.decode()
        assert employer.name in html and "预警" in html
        assert client.get("/api/employers/key-enterprises/quarterly-report").json()[0]["days_left"] == 10

"""Scenario: a studio's recognition through the API with frozen time, then the public pages."""
import base64
import datetime as dt

import pytest
import time_machine

from careerguide.studios.tests.factories import ASPECTS, SECTIONS, build_world, new_id

pytestmark = pytest.mark.django_db


def _post(client, user, url, data=None):
    client.force_login(user)
    return client.post(f"/api/studios{url}", data or {}, content_type="application/json")


def test_recognition_through_the_api(client, city, staff):
    """HN-6-1, HN-6-3, HN-6-5, HN-6-24, HN-6-9, HN-6-11, HN-6-13, HN-6-14, HN-6-17, HN-6-18, HN-8-2, HN-10-8, HN-11-20:
    apply, recommend, check, vote, notice over the Spring Festival, confirm, and revoke on evidence."""
    w = build_world(city, staff, year=2025, published_on=dt.date(2024, 11, 1))
    with time_machine.travel(dt.datetime(2024, 11, 5, 9, tzinfo=dt.timezone.utc), tick=False):
        r = _post(client, w.host_user, "/applications", {
            "round_id": w.round.pk, "host_unit_id": w.host.pk, "recommender_id": w.county.pk, "premises_address": "甲区示例路1号",
            "premises_area": "80", "equipment": "电脑", "funding_source": "自筹", "funding_annual_amount": "60000",
            "report_sections": SECTIONS})
        assert r.status_code == 200, r.content
        app_id = r.json()["id"]
        assert _post(client, w.host_user, f"/applications/{app_id}/members", {
            "name": "冯若川", "id_number": new_id(), "role": "lead", "is_named": True,
            "work_history": [{"employer": "甲区公共就业服务中心", "started_on": "2014-01-01"}],
            "awards": [{"level": "provincial", "title": "全省就业工作先进个人"}]}).status_code == 200
        for name in ("工作人员甲", "工作人员乙"):
            assert _post(client, w.host_user, f"/applications/{app_id}/members",
                         {"name": name, "id_number": new_id(), "role": "staff"}).status_code == 200
        assert _post(client, w.host_user, f"/applications/{app_id}/talent-documents",
                     {"title": "人才制度", "aspects": ASPECTS}).status_code == 200
        # A city administrator cannot submit on the host unit's behalf (HN-6-3).
        assert _post(client, staff.city_admin, f"/applications/{app_id}/submit").status_code == 403
        assert _post(client, w.host_user, f"/applications/{app_id}/submit").json()["status"] == "submitted_to_recommender"
        r = _post(client, staff.d1_head, f"/applications/{app_id}/recommendation", {"recommend": True, "opinion": "同意推荐"})
        assert r.json()["status"] == "recommended"
        pdf = base64.b64encode(b"%PDF").decode()
        for item in ("form", "report", "copies", "recommendation_report"):
            _post(client, staff.city_admin, f"/applications/{app_id}/materials",
                  {"item": item, "paper_copies": 2, "file_name": f"{item}.pdf", "file_base64": pdf})
        for kind in ("id_card", "award_certificate"):
            _post(client, w.host_user, f"/applications/{app_id}/item3", {"kind": kind, "file_name": "a.pdf", "file_base64": pdf})
        assert _post(client, staff.city_admin, f"/applications/{app_id}/check").json()["status"] == "under_review"
        assert _post(client, staff.city_admin, f"/rounds/{w.round.pk}/voting/open").status_code == 200
        for i, member in enumerate(w.panel):
            client.force_login(member.user)
            assert [c["id"] for c in client.get("/api/studios/review/candidates").json()] == [app_id]
            assert _post(client, member.user, f"/review/candidates/{app_id}/ballot",
                         {"choice": "approve" if i < 5 else None}).status_code == 204
        assert _post(client, staff.city_admin, f"/rounds/{w.round.pk}/voting/close").json() == {str(app_id): "proposed"}
    with time_machine.travel(dt.datetime(2025, 1, 23, 9, tzinfo=dt.timezone.utc), tick=False):
        r = _post(client, staff.city_admin, f"/applications/{app_id}/notice", {"on": "2025-01-23"})
        assert r.json()["notice_ends_on"] == "2025-02-06"
        client.logout()
        notices = client.get("/api/studios/public/notices").json()
        assert notices[0]["lead_master"] == "冯若川" and "id_number" not in notices[0]
        assert "冯若川职业指导大师工作室" in client.get("/public/studios/notices/").content.decode()
    with time_machine.travel(dt.datetime(2025, 2, 6, 9, tzinfo=dt.timezone.utc), tick=False):
        r = _post(client, staff.city_admin, "/confirmations", {"application_ids": [app_id], "document_number": "淮人社秘〔2025〕5号",
                                                                "document_date": "2025-02-06"})
        assert r.status_code == 400 and r.json()["clause"] == "HN-6-14"
    with time_machine.travel(dt.datetime(2025, 2, 7, 9, tzinfo=dt.timezone.utc), tick=False):
        r = _post(client, staff.city_admin, "/confirmations", {"application_ids": [app_id], "document_number": "淮人社秘〔2025〕5号",
                                                                "document_date": "2025-02-07"})
        assert r.status_code == 200, r.content
        studio_id = r.json()[0]["id"]
        client.force_login(staff.d1_head)
        page = client.get(f"/studios/{studio_id}/").content.decode()
        assert "50000" in page
        assert client.get(f"/api/studios/{studio_id}/targets?until=2025-12-31").json()[0]["period"] == ["2025-04-01", "2025-06-30"]
        client.force_login(staff.d2_counsellor)
        assert client.get(f"/studios/{studio_id}/").status_code == 404
        r = _post(client, staff.city_admin, f"/{studio_id}/exit", {
            "ground": "f2_falsification", "document_number": "淮人社〔2025〕8号", "document_date": "2025-02-07",
            "reason": "申报材料弄虚作假", "evidence": "核查报告", "serious": True})
        assert r.json()["status"] == "revoked"
        client.logout()
        assert client.get("/api/studios/public/studios").json() == []

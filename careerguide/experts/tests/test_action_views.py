"""Staff pages for the CZ team's write steps: each form calls its service, refusals show Chinese errors
and save nothing, and only city_hrss may open them."""
import datetime as dt

import pytest

from careerguide.experts.models import Assignment, ExitCase, PublicNotice
from careerguide.experts.services import membership as ms
from careerguide.experts.tests.factories import appointed, at

pytestmark = pytest.mark.django_db


def test_dismissal_pages_evidence_notice_and_completion(client, city, staff):
    """CZ-9-2 (G2 needs evidence; nothing saved without it), CZ-9-4 (decision, notice to the person,
    public notice, then dismissed), CZ-9-5 (notice names the person, not the ground)."""
    m = appointed(staff, city)
    client.force_login(staff.city_admin)
    detail = client.get(f"/experts/members/{m.pk}/").content.decode()
    assert f"/experts/members/{m.pk}/dismiss/" in detail and f"/experts/members/{m.pk}/assign/" in detail
    data = {"ground": 2, "reason": "以专家名义开展商业培训", "effective_date": "2026-03-01", "decision_number": "常人社〔2026〕3号"}
    page = client.post(f"/experts/members/{m.pk}/dismiss/", {**data, "evidence": ""}).content.decode()
    assert "未保存任何信息" in page and "须附证明" in page and not ExitCase.objects.exists()
    response = client.post(f"/experts/members/{m.pk}/dismiss/", {**data, "evidence": "媒体报道截图\n投诉记录"})
    assert response.status_code == 302
    case = ExitCase.objects.get()
    assert case.evidence.count() == 2
    page = client.post(f"/experts/exits/{case.pk}/notify/", {"notified_on": "2026-03-02"}).content.decode()
    assert "请填写通知方式和送达凭证" in page
    client.post(f"/experts/exits/{case.pk}/notify/", {"notified_on": "2026-03-02", "method": "EMS", "proof": "EMS1234"})
    client.post(f"/experts/exits/{case.pk}/notice/", {"url": "https://rsj.example.cn/n/9"})
    m.refresh_from_db()
    notice = PublicNotice.objects.get(kind=PublicNotice.KIND_DISMISSAL)
    assert m.status == "dismissed" and m.name in notice.title and "职责范围" not in notice.title


def test_renewal_decision_log_review_and_assignment_pages(client, city, staff):
    """CZ-8-3 (three items rated, reasons required), CZ-8-7 (renewed), CZ-10-8 (assignment), and access:
    a district head cannot open the pages."""
    m = appointed(staff, city)
    r = ms.renewal_apply(actor=m.user, membership=m, declarations=["conditions", "health"], now=at(2030, 9, 1))
    ms.memberships_term_end_sweep(now=at(2030, 10, 11))
    client.force_login(staff.city_admin)
    assert f"/experts/renewals/{r.pk}/decide/" in client.get(f"/experts/members/{m.pk}/").content.decode()
    ratings = {f"rating_{i}": "good" for i in ms.REQUIRED_EVALUATION_ITEMS}
    page = client.post(f"/experts/renewals/{r.pk}/decide/", {"decision": "yes", "reasons": "", **ratings}).content.decode()
    assert "请填写续聘或不续聘的理由" in page
    r.refresh_from_db()
    assert r.decided_at is None
    client.post(f"/experts/renewals/{r.pk}/decide/", {"decision": "yes", "reasons": "表现良好", **ratings})
    m.refresh_from_db()
    assert m.status == "active" and m.term_start == dt.date(2030, 10, 11)
    response = client.post(f"/experts/members/{m.pk}/assign/", {"title": "高校宣讲", "on": "2030-12-01", "duty": "D6"})
    assert response.status_code == 302 and Assignment.objects.get().title == "高校宣讲"
    client.force_login(staff.d1_head)
    assert client.get(f"/experts/members/{m.pk}/assign/").status_code == 403

"""CQ staff pages render, scope rows and log reads (CQ-4.4-6, CQ-8.2-2, CQ-7.1.11-2, CQ-4.4-3)."""
import datetime as dt

import pytest
from django.urls import reverse

from careerguide.audit.models import AuditEvent
from careerguide.guidance.cq.services.cases import case_register
from careerguide.guidance.cq.services.database import database_record_verify
from careerguide.job_seekers.tests.factories import make_job_seeker

pytestmark = pytest.mark.django_db


def test_case_pages_scope_and_log_reads_and_show_safety_alert(client, city, staff):
    """CQ-4.4-6, CQ-7.1.11-2, CQ-8.2-2, CQ-8.2.1-1."""
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="石磊")
    case = case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="求职",
                         preferred_channel="offline", specific_groups=["employment_assistance_target"])
    client.force_login(staff.d1_counsellor)
    r = client.get(reverse("guidance:cq:cases"))
    assert "石磊" in r.content.decode() and "重点帮助" in r.content.decode()
    url = reverse("guidance:cq:case", args=[case.pk])
    r = client.post(url, {"kind": "self_harm", "description": "情绪低落，有轻生言语"})
    assert r.status_code == 302
    r = client.get(url)
    assert "安全风险警报" in r.content.decode()
    assert AuditEvent.objects.filter(action="read", clause="CQ-4.4-6").count() >= 1
    client.force_login(staff.d2_counsellor)
    assert client.get(url).status_code == 404
    assert "石磊" not in client.get(reverse("guidance:cq:cases")).content.decode()


def test_sessions_and_worklist_pages(client, city, staff):
    """CQ-7.1.2-1, CQ-4.4-3."""
    old = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
    database_record_verify(actor=staff.d1_counsellor, family="client", ref="js:77", label="旧客户记录", unit=city.d1,
                           now=old)
    client.force_login(staff.d1_counsellor)
    assert client.get(reverse("guidance:cq:sessions")).status_code == 200
    assert "旧客户记录" in client.get(reverse("guidance:cq:worklist")).content.decode()
    client.force_login(staff.d1_head)
    assert client.get(reverse("assessments:instruments")).status_code == 200


def test_the_employer_case_page_shows_a_hiring_need_not_filled_in_time(client, city, staff):
    """CQ-6.2.3-1: derived from the overdue duty, shown on the case page."""
    from careerguide.employers.tests.factories import make_employer
    from careerguide.guidance.cq.services.employer import (
        employer_case_to_analysis,
        employer_case_to_recommendation,
        employer_recommendations_deliver,
        hiring_need_add,
        hiring_need_analyse,
    )
    from careerguide.job_seekers.tests.helpers import at

    c, day = staff.d1_counsellor, dt.date(2024, 6, 3)
    case = case_register(actor=c, subject=make_employer(c, city.d1, name="江北物流有限公司"), unit=city.d1,
                         topic="招聘分拣员", preferred_channel="offline", recipient_type="employer", now=at(day))
    case.job_introduction_ref = "JI-1"
    case.save()
    need = hiring_need_add(actor=c, case=case, occupation="分拣员", headcount=5, requirements="能上夜班",
                           conditions="月薪5000", required_by=dt.date(2024, 6, 30), now=at(day))
    employer_case_to_analysis(actor=c, case=case, basic_situation="物流，80人", now=at(day))
    hiring_need_analyse(actor=c, need=need, analysis="夜班难招", indicator="求人倍率2.1", source="区人力资源市场",
                        data_date=day, now=at(day))
    employer_case_to_recommendation(actor=c, case=case, now=at(day))
    employer_recommendations_deliver(actor=c, case=case, recommendations={str(need.pk): "夜班专场招聘"}, given_on=day,
                                     now=at(day))
    client.force_login(c)
    html = client.get(reverse("guidance:cq:case", args=[case.pk])).content.decode()
    assert "分拣员" in html and "未能及时招聘到人" in html


def test_the_case_page_says_how_long_the_archive_is_kept(client, city, staff):
    """CQ-7.2.2-4: 5 years after closure by default, the jurisdiction's number of years when it sets one."""
    from careerguide.guidance.cq.services.cases import case_close_employed
    from careerguide.job_seekers.tests.helpers import at
    from careerguide.policy.services import policy_override_create

    day = dt.date(2024, 6, 3)
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="东方白")
    case = case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="求职",
                         preferred_channel="offline", now=at(day))
    case_close_employed(actor=staff.d1_counsellor, case=case, employer="某公司", post="文员", start_on=day,
                        via_job_introduction=False, now=at(day))
    client.force_login(staff.d1_head)
    url = reverse("guidance:cq:case", args=[case.pk])
    assert "档案保存至 2029-06-03" in client.get(url).content.decode()
    policy_override_create(actor=staff.city_admin, key="cq.archive_retention_years", unit=city.d1, value=10,
                           effective_from=dt.date(2024, 1, 2), reason="本区档案规定", now=at(dt.date(2024, 1, 2)))
    assert "档案保存至 2034-06-03" in client.get(url).content.decode()


def test_the_case_page_names_archive_items_in_chinese(client, city, staff):
    """CQ-7.2.2-2, CQ-7.2.2-3: filed and missing archive items show their names from the standard, not codes."""
    from careerguide.guidance.cq.services.database import archive_item_file

    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="南宫雪")
    case = case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="求职",
                         preferred_channel="offline")
    archive_item_file(actor=staff.d1_head, case=case, code="worker_personal_documents", note="身份证复印件")
    client.force_login(staff.d1_head)
    html = client.get(reverse("guidance:cq:case", args=[case.pk])).content.decode()
    missing = html.split('data-testid="archive-missing"', 1)[1].split("</p>", 1)[0]
    assert "劳动者职业指导预约登记表" in missing and "劳动者提交的个人资料" not in missing
    assert "劳动者提交的个人资料" in html
    for code in ("appointment_registration_form", "worker_personal_documents", "guidance_process_record"):
        assert code not in html

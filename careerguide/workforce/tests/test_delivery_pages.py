"""Catalogue services recorded on the services page (SD-11-1, SD-11-2, SD-11-3, SD-12-1): a service outside the
recipient's catalogue, or an assistance record without its measures, is refused in Chinese and nothing is saved."""
import pytest

from careerguide.workforce.choices import CatalogueService
from careerguide.workforce.models import ServiceRecord

pytestmark = pytest.mark.django_db


def test_services_recorded_on_the_page(client, city, staff):
    """SD-11-1, SD-11-2 (the recipient type's catalogue), SD-11-3 (measures and personalised guidance for an
    assistance target), SD-12-1 (online and offline records of one person in one history)."""
    from careerguide.matching.tests.factories import ready_job_seeker

    seeker = ready_job_seeker(staff, city)
    client.force_login(staff.s11_counsellor)
    base = {"recipient_type": "job_seeker", "job_seeker": seeker.pk, "delivered_on": "2026-03-03"}
    page = client.post("/workforce/services/do/record/", {**base, "service": "hiring_needs_analysis",
                                                          "channel": "online"}).content.decode()
    assert "未保存任何信息" in page and not ServiceRecord.objects.exists()
    assistance = {**base, "recipient_type": "assistance_target", "service": "employment_assistance", "channel": "offline"}
    page = client.post("/workforce/services/do/record/", assistance).content.decode()
    assert "未保存任何信息" in page and not ServiceRecord.objects.exists()
    client.post("/workforce/services/do/record/", {**assistance, "support_measures": ["public_welfare_post"],
                                                   "personalised_guidance": "每周一次面谈"})
    client.post("/workforce/services/do/record/", {**base, "recipient_type": "college_graduate",
                                                   "service": "career_planning", "channel": "online"})
    assert sorted(ServiceRecord.objects.values_list("channel", flat=True)) == ["offline", "online"]
    assert ServiceRecord.objects.get(channel="offline").support_measures == ["public_welfare_post"]
    page = client.get(f"/workforce/services/history/{seeker.pk}/").content.decode()
    body = page.split('data-testid="history"', 1)[1].split("<tbody", 1)[1].split("</tbody>", 1)[0]
    assert body.count("<tr") == 2 and "线上" in body and "线下" in body


def test_the_period_statistics_are_said_with_labels_not_codes(client, city, staff):
    """SD-11-4: the services page gives the period's services by service, recipient type and channel in words
    (服务项目、对象类型、渠道 by their Chinese names), never as code dictionaries; a service outside the period is
    not counted."""
    from careerguide.matching.tests.factories import ready_job_seeker

    seeker = ready_job_seeker(staff, city)
    client.force_login(staff.s11_counsellor)
    base = {"recipient_type": "college_graduate", "job_seeker": seeker.pk, "service": "career_planning"}
    for day, channel in (("2026-03-03", "online"), ("2026-03-04", "online"), ("2026-03-05", "offline"),
                         ("2026-02-27", "offline")):
        client.post("/workforce/services/do/record/", {**base, "delivered_on": day, "channel": channel})
    assert ServiceRecord.objects.count() == 4
    page = client.get("/workforce/services/", {"start": "2026-03-01", "end": "2026-03-31"}).content.decode()
    note = page.split('data-testid="note"', 1)[1].split("</p>", 1)[0]
    assert "期间服务3人次" in note
    assert "按渠道：线上 2、线下 1" in note and "高校毕业生 3" in note and f"{CatalogueService('career_planning').label} 3" in note
    assert "{" not in note and "online" not in note and "college_graduate" not in note

"""Publication feeds (BJ-53-1), individual job-seeking information with consent and de-identified (BJ-53-3), central
publication of the agencies' information (BJ-7-4), training classes (BJ-54-2) and training needs (BJ-54-1, BJ-54-3)."""
import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.core.cache import cache

from careerguide.common.errors import DomainError
from careerguide.employers.services.employers import employer_update
from careerguide.employers.tests.factories import make_employer
from careerguide.job_seekers.models import JobSeeker
from careerguide.labour_market.models import InformationItem, TrainingClass, TrainingNeedSummary
from careerguide.labour_market.selectors import training_need_aggregate
from careerguide.labour_market.services import (
    information_review,
    information_submit,
    training_class_receive,
    training_needs_summarise,
)
from careerguide.matching.tests.factories import at, published_vacancy, ready_job_seeker
from careerguide.notifications.models import Notification
from careerguide.vacancies.services import fair as fairs

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
NEED = {"skill": "焊工", "level": "intermediate", "timing": "within_3_months"}


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def atom_entries(client, url):
    response = client.get(url)
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{name}") is not None, name
    return root.findall(f"{ATOM}entry")


def test_every_channel_reads_published_vacancies_as_json_and_atom(client, city, staff):
    """BJ-53-1: one feed for the platform, screens, press, broadcasters, Weibo/WeChat and apps, as JSON Feed and as
    Atom; only published postings; a screen asks for fewer items."""
    vacancy = published_vacancy(staff, city, now=at(2026, 3, 2), headcount=3)
    published_vacancy(staff, city, name="第二家物流有限公司", agent_username="agent-2", now=at(2026, 3, 3))
    body = client.get("/labour-market/feeds/vacancies.json?channel=screen").json()
    assert body["version"] == "https://jsonfeed.org/version/1.1" and body["_careerguide"] == {"channel": "screen"}
    assert len(body["items"]) == 2
    item = next(i for i in body["items"] if i["url"].endswith(f"/vacancies/public/{vacancy.pk}/"))
    assert item["_careerguide"]["headcount"] == 3 and "测试物流有限公司" in item["title"]
    assert len(client.get("/labour-market/feeds/vacancies.json?limit=1").json()["items"]) == 1
    entries = atom_entries(client, "/labour-market/feeds/vacancies.atom")
    assert len(entries) == 2
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{name}") is not None
    assert client.get("/labour-market/feeds/nonsense.json").status_code == 404
    assert client.get("/labour-market/feeds/").status_code == 200


def test_the_same_feeds_read_as_rss_2(client, city, staff):
    """BJ-53-1: the RSS 2.0 form of a feed carries the same items as the JSON form (guid = the JSON item's id, not a
    permalink; link; pubDate in RFC 822); the index links it; job seekers stay de-identified in it too (BJ-53-3)."""
    from email.utils import parsedate_to_datetime

    vacancy = published_vacancy(staff, city, now=at(2026, 3, 2), headcount=3)
    published_vacancy(staff, city, name="第二家物流有限公司", agent_username="agent-2", now=at(2026, 3, 3))
    response = client.get("/labour-market/feeds/vacancies.rss")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert (root.tag, root.get("version")) == ("rss", "2.0")
    channel = root.find("channel")
    assert channel.findtext("title") == "招聘信息" and channel.findtext("link").endswith("/labour-market/feeds/")
    assert channel.findtext("description")
    items = channel.findall("item")
    by_link = {i.findtext("link"): i for i in items}
    json_items = client.get("/labour-market/feeds/vacancies.json").json()["items"]
    assert set(by_link) == {i["url"] for i in json_items} and len(items) == 2
    mine = next(i for link, i in by_link.items() if link.endswith(f"/vacancies/public/{vacancy.pk}/"))
    assert "测试物流有限公司" in mine.findtext("title")
    guid = mine.find("guid")
    assert guid.get("isPermaLink") == "false"
    assert guid.text == next(i["id"] for i in json_items if i["url"] == mine.findtext("link"))
    assert parsedate_to_datetime(mine.findtext("pubDate")) == vacancy.published_at
    assert client.get("/labour-market/feeds/vacancies.xml").status_code == 404
    assert 'href="/labour-market/feeds/vacancies.rss"' in client.get("/labour-market/feeds/").content.decode()

    agreeing = ready_job_seeker(staff, city, full_name="林小青", phone="13912345678",
                                profile={"listing_consent": True}, now=at(2026, 3, 2))
    rss = client.get("/labour-market/feeds/job-seekers.rss").content.decode()
    assert f"J{agreeing.pk:06d}" in rss
    for secret in ("林小青", agreeing.id_number, "13912345678"):
        assert secret not in rss


def test_feeds_are_cached_for_a_few_minutes(client, city, staff):
    """BJ-53-1: the feeds are served from the cache; a new posting appears after it expires."""
    published_vacancy(staff, city, now=at(2026, 3, 2))
    with time_machine.travel(at(2026, 3, 4, 9), tick=False):
        assert len(client.get("/labour-market/feeds/vacancies.json").json()["items"]) == 1
        published_vacancy(staff, city, name="第二家物流有限公司", agent_username="agent-2", now=at(2026, 3, 3))
        assert len(client.get("/labour-market/feeds/vacancies.json").json()["items"]) == 1
    with time_machine.travel(at(2026, 3, 4, 9) + dt.timedelta(minutes=6), tick=False):
        assert len(client.get("/labour-market/feeds/vacancies.json").json()["items"]) == 2


def test_fairs_feed(client, city, staff):
    """BJ-53-1: job fairs open for sign-up are published with their date and venue."""
    fair = fairs.fair_create(actor=staff.d1_counsellor, unit=city.d1, title="春季专场招聘会", fair_format="onsite",
                             fair_type="special", fair_date=dt.date(2026, 3, 12), venue="区人力资源市场",
                             now=at(2026, 3, 2))
    assert client.get("/labour-market/feeds/fairs.json").json()["items"] == []  # not yet open
    fairs.fair_open_intake(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 3))
    cache.clear()  # the feeds are cached for a few minutes
    items = client.get("/labour-market/feeds/fairs.json").json()["items"]
    assert [i["title"] for i in items] == ["春季专场招聘会"] and "区人力资源市场" in items[0]["content_text"]
    assert client.get(f"/labour-market/public/fairs/{fair.pk}/").status_code == 200


def test_job_seekers_are_published_only_with_consent_and_without_identifiers(client, city, staff):
    """BJ-53-3: a person appears in the feed only after recording consent, and then only with the occupation
    sought, skill level, education, district and working pattern: no name, ID number or phone."""
    agreeing = ready_job_seeker(staff, city, full_name="林小青", phone="13912345678",
                                profile={"listing_consent": True, "habitual_district": city.d1.pk}, now=at(2026, 3, 2))
    ready_job_seeker(staff, city, full_name="周明远", now=at(2026, 3, 2))  # no consent
    body = client.get("/labour-market/feeds/job-seekers.json").content.decode()
    items = json.loads(body)["items"]
    assert [i["_careerguide"]["reference"] for i in items] == [f"J{agreeing.pk:06d}"]
    assert items[0]["_careerguide"]["sought_occupation"] == "仓库管理员"
    assert items[0]["_careerguide"]["district"] == "甲区就业服务中心"
    for secret in ("林小青", "周明远", agreeing.id_number, "13912345678"):
        assert secret not in body
    atom = client.get("/labour-market/feeds/job-seekers.atom").content.decode()
    assert "林小青" not in atom and agreeing.id_number not in atom
    JobSeeker.objects.filter(pk=agreeing.pk).update(listing_consent=False)
    cache.clear()
    assert client.get("/labour-market/feeds/job-seekers.json").json()["items"] == []


def test_a_person_who_found_work_leaves_the_job_seekers_feed(client, city, staff):
    """BJ-16-2: once employed, the job-seeking information is archived and no longer published, consent or not."""
    from careerguide.job_seekers.services.employment import job_seeker_mark_employed

    person = ready_job_seeker(staff, city, full_name="吴晓晴", profile={"listing_consent": True}, now=at(2026, 3, 2))
    assert [i["_careerguide"]["reference"] for i in client.get("/labour-market/feeds/job-seekers.json").json()["items"]
            ] == [f"J{person.pk:06d}"]
    assert f"J{person.pk:06d}" in client.get("/labour-market/public/job-seekers/").content.decode()
    job_seeker_mark_employed(actor=staff.s11_counsellor, job_seeker=person, employer_name="测试物流有限公司",
                             employed_on=dt.date(2026, 3, 9), now=at(2026, 3, 9))
    cache.clear()
    assert client.get("/labour-market/feeds/job-seekers.json").json()["items"] == []
    assert client.get("/labour-market/public/job-seekers/").content.decode().count(f"J{person.pk:06d}") == 0


def test_agencies_information_is_published_centrally_by_the_city(client, city, staff):
    """BJ-7-4: a street sends in entrepreneurship information; only the city publishes it, then it is on the
    platform page and in the feed; a return needs a reason."""
    item = information_submit(actor=staff.s11_counsellor, category="entrepreneurship", title="创业担保贷款政策宣讲",
                              body="3月20日在街道服务大厅举办。", now=at(2026, 3, 2))
    assert client.get("/labour-market/feeds/information.json").json()["items"] == []
    with pytest.raises(DomainError) as exc:
        information_review(actor=staff.d1_head, item=item, publish=True)
    assert exc.value.code == "forbidden"
    with pytest.raises(DomainError) as exc:
        information_review(actor=staff.city_analyst, item=item, publish=False, note=" ")
    assert list(exc.value.field_errors) == ["note"]
    information_review(actor=staff.city_analyst, item=item, publish=True, now=at(2026, 3, 3))
    cache.clear()  # the feeds are cached for a few minutes
    items = client.get("/labour-market/feeds/information.json").json()["items"]
    assert [(i["title"], i["_careerguide"]["unit"]) for i in items] == [("创业担保贷款政策宣讲", "甲区一街道")]
    assert "创业担保贷款政策宣讲" in client.get("/labour-market/public/information/").content.decode()
    with pytest.raises(DomainError):
        information_submit(actor=staff.s11_counsellor, category="gossip", title="", body="")
    assert InformationItem.objects.count() == 1


def test_training_classes_from_the_training_department_are_published_at_once(client, city, staff):
    """BJ-54-2: received, published through the platform and the feeds; sent again with its number, updated."""
    with time_machine.travel(at(2026, 3, 2), tick=False):
        training_class_receive(actor=staff.city_analyst, source_ref="PX-2026-001", title="焊工中级培训班", skill="焊工",
                               level="intermediate", provider="市职业技能培训学校", starts_on=dt.date(2026, 3, 16),
                               district=city.d1, capacity=40)
        item = client.get("/labour-market/feeds/training.json").json()["items"][0]
        assert item["title"] == "焊工中级培训班" and item["_careerguide"]["capacity"] == 40
        training_class_receive(actor=staff.city_analyst, source_ref="PX-2026-001", title="焊工中级培训班（周末班）",
                               skill="焊工", level="intermediate", provider="市职业技能培训学校",
                               starts_on=dt.date(2026, 3, 21))
        assert TrainingClass.objects.get().title == "焊工中级培训班（周末班）"
        with pytest.raises(DomainError) as exc:
            training_class_receive(actor=staff.city_analyst, source_ref="PX-2", title="", skill="x", level="master",
                                   provider="y", starts_on=dt.date(2026, 3, 21), ends_on=dt.date(2026, 3, 1),
                                   district=city.s11)
        assert set(exc.value.field_errors) == {"title", "level", "ends_on", "district"}
        assert TrainingClass.objects.count() == 1
        cache.clear()
        assert len(atom_entries(client, "/labour-market/feeds/training.atom")) == 1


def test_training_needs_are_recorded_on_both_records_and_sent_monthly(city, staff, client):
    """BJ-54-3: a training need (occupation or skill, level, timing) on job-seeker and employer records, all three
    parts or none; BJ-54-1: on the first run of a month the last month's aggregation goes to the training
    department, once."""
    ready_job_seeker(staff, city, profile={"training_need": NEED}, now=at(2026, 3, 2))
    with pytest.raises(DomainError) as exc:
        ready_job_seeker(staff, city, profile={"training_need": {"skill": "电工"}}, now=at(2026, 3, 2))
    assert "training_need" in exc.value.field_errors
    employer = make_employer(staff.s11_officer, city.s11)
    employer_update(actor=staff.s11_officer, employer=employer, address="", operating_address="", contact_name="",
                    contact_phone="", industry_code="", training_need=NEED)
    employer.refresh_from_db()
    assert employer.training_need == NEED
    data = training_need_aggregate()
    assert data["by_need"][0] == {**NEED, "job_seekers": 1, "employers": 1, "level_label": "中级（四级）",
                                       "timing_label": "三个月内"}
    assert data["by_district"] == [{"district": "甲区就业服务中心", "job_seekers": 1, "employers": 1}]
    assert training_needs_summarise(now=at(2026, 3, 31)).month == dt.date(2026, 2, 1)
    assert training_needs_summarise(now=at(2026, 4, 1, 4)).month == dt.date(2026, 3, 1)
    assert training_needs_summarise(now=at(2026, 4, 2, 4)) is None
    summary = TrainingNeedSummary.objects.get(month=dt.date(2026, 3, 1))
    assert summary.data["totals"] == {"job_seekers": 1, "employers": 1} and summary.recipient.endswith("职业能力建设部门")
    assert Notification.objects.filter(recipient=staff.city_analyst, subject__contains="2026-03培训需求汇总").exists()
    client.force_login(staff.city_analyst)
    assert client.get("/api/labour-market/training-needs/2026-03").json()["totals"]["employers"] == 1
    assert "焊工" in client.get("/labour-market/training-needs/").content.decode()


def test_publication_pages_refuse_in_chinese_and_save_nothing(client, city, staff):
    """BJ-7-4 and BJ-54-2 through the pages: an empty item and an incomplete class are refused on their fields."""
    client.force_login(staff.s11_counsellor)
    bad = client.post("/labour-market/information/", {"category": "employment", "title": "", "body": ""})
    assert bad.status_code == 400 and not InformationItem.objects.exists()
    assert client.post("/labour-market/information/", {"category": "employment", "title": "春风行动",
                                                       "body": "现场招聘"}).status_code == 302
    assert client.post(f"/labour-market/information/{InformationItem.objects.get().pk}/review/",
                       {"publish": "yes"}).status_code == 403
    client.force_login(staff.city_analyst)
    bad = client.post("/labour-market/training-classes/", {"source_ref": "PX-9", "title": "电工班", "skill": "电工",
                                                           "level": "entry", "provider": "某学校",
                                                           "starts_on": "2026-03-20", "ends_on": "2026-03-01"})
    assert bad.status_code == 400 and "结业日期不能早于开班日期。" in bad.content.decode()
    assert not TrainingClass.objects.exists()
    response = client.post("/api/labour-market/training-classes", {
        "source_ref": "PX-9", "title": "电工班", "skill": "电工", "level": "entry", "provider": "某学校",
        "starts_on": "2026-03-20", "district_id": city.d1.pk}, content_type="application/json")
    assert response.status_code == 200 and TrainingClass.objects.get().district == city.d1
    client.force_login(staff.d1_head)
    assert client.post("/api/labour-market/training-classes", {
        "source_ref": "PX-10", "title": "x", "skill": "x", "level": "entry", "provider": "x",
        "starts_on": "2026-03-20"}, content_type="application/json").status_code == 403

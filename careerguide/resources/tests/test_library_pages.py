"""Resource library pages: contribution, revision, review, learning, showcase and the utilisation report; every
form refuses in Chinese and saves nothing on bad input."""
import pytest

from careerguide.resources.models import LearningRecord, Resource
from careerguide.workforce.services import contests
from careerguide.workforce.tests.factories import make_counsellor

pytestmark = pytest.mark.django_db
COURSE = {"title": "求职面试辅导微课", "resource_type": "course", "line": "hrss", "resource_date": "2026-01-05",
          "tags": "面试、求职", "sharing": "shared", "licence": "仅限系统内学习", "class_hours": "2", "content": "视频地址"}


def test_contribution_review_and_learning_pages(client, city, staff):
    """SD-17-1 (a contribution without class hours for a course is refused and nothing saved; a revision is a new
    version; the author submits and another head publishes), SD-17-3 (a counsellor records progress on the page)."""
    client.force_login(staff.d1_head)
    page = client.post("/resources/new/", {**COURSE, "class_hours": ""}).content.decode()
    assert "课程须填写学时" in page and not Resource.objects.exists()
    response = client.post("/resources/new/", COURSE)
    resource = Resource.objects.get()
    assert response.status_code == 302 and resource.tags == ["面试", "求职"] and resource.status == "draft"
    client.post(f"/resources/{resource.pk}/do/revise/", {"content": "新版视频", "note": "更新案例"})
    assert resource.versions.count() == 2
    client.post(f"/resources/{resource.pk}/do/move/", {"to": "submitted"})
    page = client.post(f"/resources/{resource.pk}/do/move/", {"to": "published"}).content.decode()
    assert "不能审核自己提交的资源" in page
    client.force_login(staff.city_admin)
    page = client.post(f"/resources/{resource.pk}/do/move/", {"to": "returned", "note": ""}).content.decode()
    assert "退回须填写审核意见" in page
    client.post(f"/resources/{resource.pk}/do/move/", {"to": "published"})
    resource.refresh_from_db()
    assert resource.status == "published"
    make_counsellor(staff.d1_head, city.d1, user=staff.d1_counsellor)
    client.force_login(staff.d1_counsellor)
    page = client.post(f"/resources/{resource.pk}/do/learn/", {"progress": "120"}).content.decode()
    assert "未保存任何信息" in page and not LearningRecord.objects.exists()
    client.post(f"/resources/{resource.pk}/do/learn/", {"progress": "100"})
    assert LearningRecord.objects.get().completed_on is not None
    assert "求职面试辅导微课" in client.get("/resources/report/?start=2000-01-01&end=2100-01-01").content.decode()


def test_showcase_page(client, city, staff):
    """SD-3-4: only winning entries with consent are offered; without the de-identification check nothing is
    published."""
    a = make_counsellor(staff.city_admin, city.d1)
    contest = contests.contest_create(actor=staff.city_admin, unit=city.city, title="金课竞赛",
                                      contest_type="golden_course_contest", organiser_level="city", year=2026)
    contests.contest_advance(actor=staff.city_admin, contest=contest, to="registration_open")
    entry = contests.contest_entry_add(actor=staff.city_admin, contest=contest, entry_title="生涯规划金课", members=[a],
                                       owner_consent=True)
    other = contests.contest_entry_add(actor=staff.city_admin, contest=contest, entry_title="未获奖作品", members=[a],
                                       owner_consent=True)
    for to in ("submissions_closed", "judging"):
        contests.contest_advance(actor=staff.city_admin, contest=contest, to=to)
    contests.contest_result_record(actor=staff.city_admin, entry=entry, rank=None, award="金课")
    client.force_login(staff.city_admin)
    page = client.get("/resources/showcase/").content.decode()
    assert "生涯规划金课" in page and other.entry_title not in page
    page = client.post("/resources/showcase/", {"entry": entry.pk, "licence": "署名共享"}).content.decode()
    assert "请确认已删除服务对象个人信息" in page and not Resource.objects.exists()
    client.post("/resources/showcase/", {"entry": entry.pk, "licence": "署名共享", "de_identified": "on"})
    assert Resource.objects.get().source_key == f"contest_entry:{entry.pk}"

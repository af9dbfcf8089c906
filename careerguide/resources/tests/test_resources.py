"""Resource library: sharing, versions, review, access counts, learning to training hours, showcase."""
import datetime as dt
from decimal import Decimal

import pytest

from careerguide.common.errors import DomainError, NotFound
from careerguide.resources.models import Resource
from careerguide.resources.selectors import resource_get, resource_list, utilisation_report
from careerguide.resources.services.library import (
    learning_progress,
    resource_access_record,
    resource_create,
    resource_move,
    resource_revise,
    showcase_publish,
)
from careerguide.workforce.models import TrainingRecord
from careerguide.workforce.services import contests
from careerguide.workforce.tests.factories import make_counsellor

pytestmark = pytest.mark.django_db


def publish(resource, author, reviewer):
    resource_move(actor=author, resource=resource, to="submitted")
    resource_move(actor=reviewer, resource=resource, to="published")


def make_course(staff, unit, sharing="shared"):
    return resource_create(actor=staff.d1_head, owner_unit=unit, title="求职面试辅导微课", resource_type="course",
                           resource_date=dt.date(2026, 1, 1), licence="仅限系统内学习", content="视频地址", class_hours=Decimal(2),
                           sharing=sharing, tags=["面试"])


def test_types_review_and_versions(city, staff):
    """SD-17-1: type, owner, line, tags, licence; review before publication, not by the submitter; versions kept."""
    with pytest.raises(DomainError):
        resource_create(actor=staff.d1_head, owner_unit=city.d1, title="无学时课程", resource_type="course",
                        resource_date=dt.date(2026, 1, 1), licence="公开", content="x")
    assert not Resource.objects.exists()
    r = make_course(staff, city.d1)
    resource_move(actor=staff.d1_head, resource=r, to="submitted")
    with pytest.raises(DomainError):
        resource_move(actor=staff.d1_head, resource=r, to="published")
    resource_move(actor=staff.city_admin, resource=r, to="published")
    resource_revise(actor=staff.d1_head, resource=r, content="新版视频", note="更新案例")
    assert [v.number for v in r.versions.order_by("number")] == [1, 2] and r.current_version.content == "新版视频"


def test_sharing_scope(city, staff):
    """SD-17-2: shared resources are visible to every organisation; own-organisation ones only inside the owner's tree."""
    shared, own = make_course(staff, city.d1), make_course(staff, city.d1, sharing="own")
    for r in (shared, own):
        publish(r, staff.d1_head, staff.city_admin)
    assert resource_get(actor=staff.d2_counsellor, pk=shared.pk) == shared
    with pytest.raises(NotFound):
        resource_get(actor=staff.d2_counsellor, pk=own.pk)
    assert resource_list(actor=staff.s11_counsellor).filter(pk=own.pk).exists()


def test_learning_replayable_and_adds_hours_once(city, staff):
    """SD-17-3 (replay without limit, progress tracked), SD-17-4 (completion adds the declared hours once, BJ-69-1)."""
    r = make_course(staff, city.d1)
    publish(r, staff.d1_head, staff.city_admin)
    c = make_counsellor(staff.d1_head, city.d1, user=staff.d1_counsellor)
    learning_progress(actor=staff.d1_counsellor, resource=r, counsellor=c, progress=40)
    record = learning_progress(actor=staff.d1_counsellor, resource=r, counsellor=c, progress=100)
    record = learning_progress(actor=staff.d1_counsellor, resource=r, counsellor=c, progress=30)
    assert record.plays == 3 and record.progress == 100
    [training] = TrainingRecord.objects.filter(counsellor=c)
    assert training.hours == Decimal(2) and training.form == "online"


def test_utilisation_report(city, staff):
    """SD-17-5: views, downloads and completions per resource and per organisation."""
    r = make_course(staff, city.d1)
    publish(r, staff.d1_head, staff.city_admin)
    resource_access_record(actor=staff.d1_counsellor, resource=r, kind="view")
    resource_access_record(actor=staff.s11_counsellor, resource=r, kind="download")
    report = utilisation_report(actor=staff.city_admin, start=dt.date(2000, 1, 1), end=dt.date(2100, 1, 1))
    assert report["per_resource"] == [{"resource": r.title, "views": 1, "downloads": 1, "completions": 0}]
    assert len(report["per_unit"]) == 2


def test_showcase_needs_win_consent_and_de_identification(city, staff):
    """SD-3-4: winning entries only, with the owner's consent and client data removed."""
    a = make_counsellor(staff.city_admin, city.d1)
    contest = contests.contest_create(actor=staff.city_admin, unit=city.city, title="金课竞赛", contest_type="golden_course_contest",
                                      organiser_level="city", year=2026)
    contests.contest_advance(actor=staff.city_admin, contest=contest, to="registration_open")
    entry = contests.contest_entry_add(actor=staff.city_admin, contest=contest, entry_title="生涯规划金课", members=[a])
    kw = dict(actor=staff.city_admin, entry=entry, owner_unit=city.city, licence="署名共享")
    with pytest.raises(DomainError):
        showcase_publish(de_identified=True, **kw)
    for to in ("submissions_closed", "judging"):
        contests.contest_advance(actor=staff.city_admin, contest=contest, to=to)
    contests.contest_result_record(actor=staff.city_admin, entry=entry, rank=None, award="金课")
    with pytest.raises(DomainError):
        showcase_publish(de_identified=True, **kw)
    entry.owner_consent = True
    with pytest.raises(DomainError):
        showcase_publish(de_identified=False, **kw)
    assert showcase_publish(de_identified=True, **kw).source_key == f"contest_entry:{entry.pk}"


def test_results_sharing_platform_across_the_city(city, staff):
    """BJ-70-1: guidance and information-analysis professionals across the city publish papers, cases, reports and
    tools, and professionals of any other agency browse the published ones (drafts stay with their owner)."""
    from careerguide.accounts.roles import Role
    from careerguide.accounts.tests.factories import make_user

    analyst = make_user("share-analyst", city.city, [Role.ANALYST])
    kinds = {"research_report": "季度人力资源市场供求分析", "case_analysis": "大龄失业人员再就业案例", "tool": "求职意向自评表"}
    made = [resource_create(actor=staff.d1_head if kind != "research_report" else analyst,
                            owner_unit=city.d1 if kind != "research_report" else city.city, title=title,
                            resource_type=kind, resource_date=dt.date(2026, 2, 1), licence="系统内共享", content="正文",
                            sharing="shared")
            for kind, title in kinds.items()]
    for r in made[1:]:
        publish(r, staff.d1_head, staff.city_admin)
    draft = made[0]
    visible = set(resource_list(actor=staff.d2_counsellor).values_list("title", flat=True))
    assert {"大龄失业人员再就业案例", "求职意向自评表"} <= visible and draft.title not in visible
    publish(draft, analyst, staff.city_admin)
    assert resource_list(actor=staff.d2_counsellor).filter(pk=draft.pk).exists()

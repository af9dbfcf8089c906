"""The menus follow the one declaration of who may act on what (`careerguide/workbench/navigation.py`)."""
import datetime as dt

import pytest
from django.urls import resolve, reverse

from careerguide.accounts.roles import Role, UserKind
from careerguide.accounts.tests.factories import make_user
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.workbench.navigation import PORTAL_MENU, STAFF_MENU, portal_menu, staff_menu

pytestmark = pytest.mark.django_db

# Every role at every level it has in practice, and the portal kinds.
PROFILES = [
    ("city", [Role.CITY_ADMIN]), ("city", [Role.CITY_ADMIN, Role.UNIT_HEAD]), ("city", [Role.ANALYST]),
    ("d1", [Role.UNIT_HEAD]), ("d1", [Role.COUNSELLOR]), ("d1", [Role.ACCOUNT_OFFICER]),
    ("d2", [Role.ACCOUNT_OFFICER, Role.COUNSELLOR]), ("s11", [Role.COUNSELLOR]), ("s11", [Role.CASE_WORKER]),
    ("s11", [Role.UNIT_HEAD]), ("s11", [Role.ACCOUNT_OFFICER]), ("s12", [Role.CASE_WORKER, Role.COUNSELLOR]),
    ("k111", [Role.COMMUNITY_ASSISTANT]),
]
PORTAL_KINDS = [UserKind.JOB_SEEKER, UserKind.EMPLOYER_AGENT, UserKind.EXPERT]


@pytest.fixture
def users(city):
    staff = [make_user(f"nav-{i}", getattr(city, unit), roles) for i, (unit, roles) in enumerate(PROFILES)]
    portal = [make_user(f"nav-portal-{kind}", None, (), kind=kind) for kind in PORTAL_KINDS]
    return staff + portal


def _labels(groups):
    return {str(item["label"]) for group in groups for item in group["items"]}


def test_every_entry_is_a_page_its_roles_may_open(users):
    """An entry shown to a user leads to a page whose own access rule lets that user in."""
    wrong = []
    for item in [i for g in STAFF_MENU for i in g.items] + list(PORTAL_MENU):
        rule = resolve(reverse(item.url_name)).func.access_rule
        for user in users:
            if item.allowed(user) and rule != "public" and not rule(user):
                wrong.append((str(item.label), user.username))
    assert wrong == []


def test_vacancy_review_only_for_district_reviewers(city):
    """The review queue is kept by the district agency holding the demand registration (BJ-39-4): street
    counsellors, enterprise officers of a street and community assistants have no review entry."""
    shown = {
        key: "招聘信息审核" in _labels(staff_menu(user=make_user(f"rv-{key}", getattr(city, unit), roles)))
        for key, unit, roles in [
            ("district-officer", "d1", [Role.ACCOUNT_OFFICER]), ("district-head", "d1", [Role.UNIT_HEAD]),
            ("street-counsellor", "s11", [Role.COUNSELLOR]), ("street-officer", "s11", [Role.ACCOUNT_OFFICER]),
            ("assistant", "k111", [Role.COMMUNITY_ASSISTANT]), ("analyst", "city", [Role.ANALYST]),
        ]
    }
    assert shown == {"district-officer": True, "district-head": True, "street-counsellor": False,
                     "street-officer": False, "assistant": False, "analyst": False}


def test_portal_users_see_no_staff_entries(users):
    """A job seeker's own page lists job-seeking services only; staff menus are for staff."""
    seeker = next(u for u in users if u.kind == UserKind.JOB_SEEKER)
    agent = next(u for u in users if u.kind == UserKind.EMPLOYER_AGENT)
    assert staff_menu(user=seeker) == []
    assert [str(i["label"]) for i in portal_menu(user=seeker)] == ["我的求职服务", "我的个人信息"]  # not certified: no appeal
    assert "本单位工作室" not in {str(i["label"]) for i in portal_menu(user=agent)}  # its employer hosts no studio
    assert {"用人单位服务", "招聘信息发布"} <= {str(i["label"]) for i in portal_menu(user=agent)}


def test_the_menu_offers_the_appeal_to_certified_persons_only(city, staff):
    """BJ-59-2: the online appeal is for persons with employment difficulties; the portal menu offers it to a
    certified person, and not once the certification is gone."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, full_name="申诉人",
                                 profile={"difficulty_certified": True, "certified_on": dt.date(2026, 3, 1)})
    JobSeeker.objects.filter(pk=seeker.pk).update(portal_user=staff.seeker_user)

    def entries():
        return [str(i["label"]) for i in portal_menu(user=staff.seeker_user)]

    assert "就业困难人员网上申诉" in entries()
    JobSeeker.objects.filter(pk=seeker.pk).update(difficulty_certified=False, certified_on=None)
    assert "就业困难人员网上申诉" not in entries()
    assert "我的求职服务" in entries()


def test_each_role_has_a_menu_fitted_to_it(users):
    """Menus differ by role: the analyst has the market statistics and no case work, the community assistant
    the outreach survey and no administration."""
    menus = {u.username: _labels(staff_menu(user=u)) for u in users if u.kind == UserKind.STAFF}
    analyst, assistant = menus["nav-2"], menus["nav-12"]
    assert {"人力资源市场供求统计", "服务统计"} <= analyst
    assert not analyst & {"援助个案", "指导预约", "工作日历"}
    assert "就业意愿摸查" in assistant
    assert not assistant & {"招聘信息审核", "政策参数", "工作日历", "职业指导队伍"}
    assert len({frozenset(m) for m in menus.values()}) >= 10

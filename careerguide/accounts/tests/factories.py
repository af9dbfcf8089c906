"""Staff of each role at each level of the test tree."""
from types import SimpleNamespace

from careerguide.accounts.roles import Role, UserKind
from careerguide.accounts.services import user_create

PASSWORD = "correct-horse-battery-9"


def make_user(username, unit=None, roles=(), kind=UserKind.STAFF, full_name=None):
    return user_create(actor=None, username=username, full_name=full_name or username, password=PASSWORD, kind=kind,
                       unit=unit, roles=roles, must_change_password=False)


def build_staff(city) -> SimpleNamespace:
    return SimpleNamespace(
        city_admin=make_user("city-admin", city.city, [Role.CITY_ADMIN], full_name="市管理员"),
        city_analyst=make_user("city-analyst", city.city, [Role.ANALYST], full_name="市分析员"),
        d1_head=make_user("d1-head", city.d1, [Role.UNIT_HEAD], full_name="甲区负责人"),
        d1_counsellor=make_user("d1-counsellor", city.d1, [Role.COUNSELLOR], full_name="甲区指导员"),
        d2_counsellor=make_user("d2-counsellor", city.d2, [Role.COUNSELLOR], full_name="开发区指导员"),
        s11_counsellor=make_user("s11-counsellor", city.s11, [Role.COUNSELLOR], full_name="一街道指导员"),
        s11_officer=make_user("s11-officer", city.s11, [Role.ACCOUNT_OFFICER], full_name="一街道企业专员"),
        s12_caseworker=make_user("s12-caseworker", city.s12, [Role.CASE_WORKER], full_name="二街道援助专员"),
        k111_assistant=make_user("k111-assistant", city.k111, [Role.COMMUNITY_ASSISTANT], full_name="社区协理员"),
        seeker_user=make_user("portal-seeker", None, (), kind=UserKind.JOB_SEEKER, full_name="门户求职者"),
    )

"""Shared pieces of the demo city: the fixed units and staff, the build context and date helpers."""
import datetime as dt
import random
from dataclasses import dataclass, field

from django.utils import timezone

from careerguide.accounts.models import User
from careerguide.accounts.roles import Role, UserKind
from careerguide.accounts.services import user_create
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit
from careerguide.organisations.naming import address_in, area_name
from careerguide.organisations.services import unit_create, unit_disclosure_update
from careerguide.workdays.selectors import work_calendar

DEMO_PASSWORD = "demo-pass-2026"

# (code, name, level, parent code, development area)
UNITS = [
    ("C01", "示范市公共就业服务中心", UnitLevel.CITY, None, False),
    ("D01", "东湖区公共就业服务中心", UnitLevel.DISTRICT, "C01", False),
    ("D02", "西岭区公共就业服务中心", UnitLevel.DISTRICT, "C01", False),
    ("D03", "经济技术开发区就业服务中心", UnitLevel.DISTRICT, "C01", True),
    ("S0101", "东湖区滨江街道社会保障事务所", UnitLevel.STREET, "D01", False),
    ("S0102", "东湖区柳岸街道社会保障事务所", UnitLevel.STREET, "D01", False),
    ("S0201", "西岭区青石镇社会保障事务所", UnitLevel.STREET, "D02", False),
    ("S0301", "开发区创新街道社会保障事务所", UnitLevel.STREET, "D03", False),
    ("K010101", "滨江街道望湖社区就业服务站", UnitLevel.COMMUNITY, "S0101", False),
    ("K010102", "滨江街道晨光社区就业服务站", UnitLevel.COMMUNITY, "S0101", False),
    ("K020101", "青石镇南坡村就业服务站", UnitLevel.COMMUNITY, "S0201", False),
]

# (username, name, unit code, roles)
STAFF = [
    ("city.admin", "周文清", "C01", [Role.CITY_ADMIN, Role.UNIT_HEAD]),
    ("city.analyst", "吴思远", "C01", [Role.ANALYST]),
    ("d01.head", "郑立新", "D01", [Role.UNIT_HEAD]),
    ("d01.counsellor", "王晓雯", "D01", [Role.COUNSELLOR]),
    ("d01.officer", "冯建国", "D01", [Role.ACCOUNT_OFFICER]),
    ("d02.head", "陈明远", "D02", [Role.UNIT_HEAD]),
    ("d02.counsellor", "褚佳怡", "D02", [Role.COUNSELLOR]),
    ("d03.officer", "卫志强", "D03", [Role.ACCOUNT_OFFICER, Role.COUNSELLOR]),
    ("s0101.counsellor", "蒋雨桐", "S0101", [Role.COUNSELLOR]),
    ("s0101.caseworker", "沈嘉禾", "S0101", [Role.CASE_WORKER]),
    ("s0102.caseworker", "韩书瑶", "S0102", [Role.CASE_WORKER, Role.COUNSELLOR]),
    ("s0201.counsellor", "杨子墨", "S0201", [Role.COUNSELLOR, Role.CASE_WORKER]),
    ("s0301.officer", "朱浩然", "S0301", [Role.ACCOUNT_OFFICER]),
    ("k010101.assistant", "秦小满", "K010101", [Role.COMMUNITY_ASSISTANT]),
    ("k020101.assistant", "尤春华", "K020101", [Role.COMMUNITY_ASSISTANT]),
]

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = ["子涵", "欣怡", "浩宇", "梓萱", "一诺", "宇轩", "思彤", "俊杰", "雨泽", "佳琪", "明轩", "若曦", "志远", "晓东", "海燕",
         "建军", "丽娟", "文博"]


@dataclass
class Demo:
    """What the builders share: units and staff by key, today, and the logins to print at the end."""
    units: dict = field(default_factory=dict)
    staff: dict = field(default_factory=dict)
    logins: list = field(default_factory=list)   # (username, name, description)
    notes: list = field(default_factory=list)    # what each area added
    today: dt.date = None

    def __post_init__(self):
        self.today = self.today or timezone.localdate()

    def workday_back(self, n: int) -> dt.date:
        """The n-th working day before today (0: today, or the last working day before it)."""
        cal = work_calendar()
        day = self.today if cal.is_workday(self.today) else cal.previous_workday(self.today)
        for _ in range(n):
            day = cal.previous_workday(day)
        return day

    def at(self, day: dt.date, hour: int = 10) -> dt.datetime:
        """An aware local instant on ``day``; never later than now for today."""
        moment = timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour))
        return min(moment, timezone.now()) if day == timezone.localdate() else moment

    def portal_user(self, username: str, full_name: str, kind, description: str):
        user = User.objects.filter(username=username).first()
        if user is None:
            user = user_create(actor=None, username=username, full_name=full_name, password=DEMO_PASSWORD, kind=kind,
                               must_change_password=False)
        if not any(row[0] == username for row in self.logins):
            self.logins.append((username, full_name, description))
        return user


DEMO_PROCEDURES = "一、取号并出示身份证件\n二、窗口综合受理，工作人员一次告知所需材料\n三、后台分类办理\n四、按办事时限办结并告知结果"
DEMO_LEGAL_BASIS = "《中华人民共和国就业促进法》\n《就业服务与就业管理规定》\n本市精细化公共就业服务实施细则"
DEMO_COMMITMENTS = "首问负责、一次告知、限时办结；工作人员亮明身份、亮明承诺、亮明标准。"


def build_city(demo: Demo) -> None:
    """Units, staff of every role and the job seeker portal login."""
    demo.units.update({u.code: u for u in Unit.objects.all()})
    for code, name, level, parent, dev in UNITS:
        if code not in demo.units:
            demo.units[code] = unit_create(actor=None, name=name, code=code, level=level, parent=demo.units.get(parent),
                                           is_development_area=dev,
                                           phone=f"010-6{random.Random(code).randint(1000000, 9999999)}")
    city = area_name(demo.units["C01"].name)
    for code, unit in demo.units.items():
        if not unit.service_commitments:  # invented demo text (BJ-5-10, BJ-5-11)
            unit_disclosure_update(actor=None, unit=unit, address=address_in(city, area_name(unit.name), "服务大厅"),
                                   service_procedures=DEMO_PROCEDURES, legal_basis=DEMO_LEGAL_BASIS,
                                   service_commitments=DEMO_COMMITMENTS)
    for username, name, unit_code, roles in STAFF:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = user_create(actor=None, username=username, full_name=name, password=DEMO_PASSWORD,
                               unit=demo.units[unit_code], roles=roles,
                               staff_number=f"G{random.Random(username).randint(10000, 99999)}", must_change_password=False)
        demo.staff[username] = user
    demo.portal_user("seeker.demo", "许可欣", UserKind.JOB_SEEKER, "求职者门户账户")

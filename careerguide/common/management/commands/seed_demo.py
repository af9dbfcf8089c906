"""Build a small, believable demo city.  Safe to run again: existing rows are kept."""
import random

from django.core.management.base import BaseCommand
from django.db import transaction

from careerguide.accounts.models import User
from careerguide.accounts.roles import Role, UserKind
from careerguide.accounts.services import user_create
from careerguide.common.demo import synthetic_mobile, synthetic_resident_id, synthetic_uscc
from careerguide.employers.models import Employer
from careerguide.employers.services import employer_create
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.lookup import id_number_lookup_key
from careerguide.job_seekers.services import job_seeker_create
from careerguide.organisations.models import Unit, UnitLevel
from careerguide.organisations.services import unit_create

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
GIVEN = ["子涵", "欣怡", "浩宇", "梓萱", "一诺", "宇轩", "思彤", "俊杰", "雨泽", "佳琪", "明轩", "若曦", "志远", "晓东", "海燕", "建军", "丽娟", "文博"]
# Employer names are invented.
EMPLOYERS = [
    ("示范市青禾食品有限公司", "S0101"), ("东湖区晨星物业服务有限公司", "S0101"), ("滨江远帆物流有限公司", "S0102"),
    ("西岭区石泉农业合作社", "S0201"), ("开发区新致精密制造有限公司", "S0301"), ("开发区云帆信息技术有限公司", "S0301"),
    ("示范市安康养老服务中心", "D02"), ("柳岸家政服务有限公司", "S0102"),
]
STAFF_FOR_UNIT = {"S0101": "s0101.counsellor", "S0102": "s0102.caseworker", "S0201": "s0201.counsellor",
                  "S0301": "s0301.officer", "D02": "d02.counsellor", "K010101": "k010101.assistant"}


class Command(BaseCommand):
    help = "Load the demo city (units, staff of every role, job seekers, employers); idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--job-seekers", type=int, default=40)

    @transaction.atomic
    def handle(self, *args, **options):
        units = {u.code: u for u in Unit.objects.all()}
        for code, name, level, parent, dev in UNITS:
            if code not in units:
                units[code] = unit_create(actor=None, name=name, code=code, level=level, parent=units.get(parent),
                                          is_development_area=dev, phone=f"010-6{random.Random(code).randint(1000000, 9999999)}")
        staff = {}
        for username, name, unit_code, roles in STAFF:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = user_create(actor=None, username=username, full_name=name, password=DEMO_PASSWORD,
                                   unit=units[unit_code], roles=roles, staff_number=f"G{random.Random(username).randint(10000, 99999)}",
                                   must_change_password=False)
            staff[username] = user
        if not User.objects.filter(username="seeker.demo").exists():
            user_create(actor=None, username="seeker.demo", full_name="许可欣", password=DEMO_PASSWORD,
                        kind=UserKind.JOB_SEEKER, must_change_password=False)
        seeker_units = ["S0101", "S0101", "S0102", "S0201", "K010101"]
        created = 0
        for i in range(options["job_seekers"]):
            rng = random.Random(f"job-seeker-{i}")
            unit_code = seeker_units[i % len(seeker_units)]
            id_number = synthetic_resident_id(rng)
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            phone = synthetic_mobile(rng)
            if JobSeeker.objects.filter(id_number_index=id_number_lookup_key(id_number)).exists():
                continue
            job_seeker_create(actor=staff[STAFF_FOR_UNIT[unit_code]], full_name=name, id_number=id_number, phone=phone,
                              unit=units[unit_code])
            created += 1
        for name, unit_code in EMPLOYERS:
            rng = random.Random(name)
            code = synthetic_uscc(rng)
            if Employer.objects.filter(name=name).exists():
                continue
            employer_create(actor=staff[STAFF_FOR_UNIT[unit_code]], name=name, credit_code=code, unit=units[unit_code],
                            contact_name=rng.choice(SURNAMES) + "经理", contact_phone=synthetic_mobile(rng))
        self.stdout.write(f"demo city ready: {len(units)} units, {len(staff)} staff, {created} new job seekers")
        self.stdout.write(f"demo logins (password {DEMO_PASSWORD}):")
        for username, name, unit_code, roles in STAFF:
            labels = "、".join(str(Role(r).label) for r in roles)
            self.stdout.write(f"  {username:<20} {name}  {units[unit_code].name}  {labels}")
        self.stdout.write("  seeker.demo          许可欣  求职者门户账户")

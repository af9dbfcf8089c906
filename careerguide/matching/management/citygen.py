"""A synthetic city for measuring matching: units, staff, employers, published vacancies, job seekers with
readiness, work history and certificates, open duties, and the match features of all of them.

Bulk inserts through the ORM (so ID numbers and phones are encrypted and blind-indexed as the privacy app
does it), in batches with a progress line, deterministic for a seed and a reference date.  No real person:
names are drawn from common surnames and given-name characters, ID numbers are synthetic with valid
check digits.
"""
from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from careerguide.accounts.models import User
from careerguide.accounts.roles import Role
from careerguide.accounts.services import user_create
from careerguide.common.demo import synthetic_mobile, synthetic_uscc
from careerguide.common.identifiers import resident_id_check_char
from careerguide.duties.models import Duty
from careerguide.employers.models import Employer
from careerguide.job_seekers.lookup import id_number_lookup_key, phone_lookup_key
from careerguide.job_seekers.models import JobSeeker, ReadinessAssessment, SkillCertificate, WorkHistoryItem
from careerguide.occupations.models import Occupation
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit
from careerguide.organisations.services import unit_create
from careerguide.vacancies.models import Vacancy, VacancyVersion

from ..models import VacancyMatchProfile
from ..selectors import district_name_map
from ..services.features import (
    job_seeker_feature_rows,
    job_seeker_features_replaced,
    vacancy_feature_rows,
    vacancy_features_replaced,
)

DISTRICTS = (  # (name, region code, share of the population)
    ("东城区", "110101", 4), ("西城区", "110102", 5), ("朝阳区", "110105", 16), ("丰台区", "110106", 9),
    ("石景山区", "110107", 3), ("海淀区", "110108", 14), ("门头沟区", "110109", 2), ("房山区", "110111", 6),
    ("通州区", "110112", 8), ("顺义区", "110113", 6), ("昌平区", "110114", 10), ("大兴区", "110115", 9),
    ("怀柔区", "110116", 2), ("平谷区", "110117", 2), ("密云区", "110118", 2), ("延庆区", "110119", 2),
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力飞鹏宇浩然欣怡佳琪子涵梓轩雨晨思远嘉豪志诚海燕春梅晓东国庆立新永健"
#: monthly pay around which expectations and offers are drawn, by major group
BASE_PAY = {"1": 12000, "2": 13000, "3": 6500, "4": 5500, "5": 4500, "6": 7000, "7": 8000, "8": 4800}
EMPLOYER_WORDS = ("华信", "恒通", "宏达", "京远", "瑞丰", "博雅", "安泰", "鑫源", "德润", "启明", "万通", "嘉和")
EMPLOYER_KINDS = ("科技有限公司", "物流有限公司", "商贸有限公司", "餐饮管理有限公司", "物业服务有限公司", "制造有限公司")
STATUSES = (("registered", 55), ("in_service", 33), ("routed_to_assistance", 5), ("employed", 4), ("archived", 3))
PATTERNS = (("full_time", 70), ("", 12), ("any", 8), ("part_time", 6), ("flexible", 4))


def _pick(rng: random.Random, weighted):
    return rng.choices([v for v, _w in weighted], [w for _v, w in weighted])[0]


@dataclass
class City:
    today: dt.date
    rng: random.Random
    districts: list = field(default_factory=list)
    streets: dict = field(default_factory=dict)  # district pk → streets
    occupations: list = field(default_factory=list)  # (Occupation, weight)
    staff: dict = field(default_factory=dict)
    log: object = print
    used_ids: set = field(default_factory=set)
    regions: tuple = DISTRICTS  # (name, region code, share) of each unit in `districts`, in the same order

    def progress(self, what: str, done: int, total: int, started: float) -> None:
        rate = done / max(time.perf_counter() - started, 1e-6)
        self.log(f"{what}: {done:,}/{total:,} ({rate:,.0f}/s)")


def build_units(city: City) -> None:
    root = Unit.objects.filter(code="GEN").first()
    if root is None:
        with transaction.atomic():
            root = unit_create(actor=None, name="生成市人力资源公共服务中心", code="GEN", level=UnitLevel.CITY)
            for n, (name, _region, _share) in enumerate(DISTRICTS, start=1):
                district = unit_create(actor=None, name=f"{name}公共就业服务中心", code=f"GEN{n:02d}",
                                       level=UnitLevel.DISTRICT, parent=root)
                for s in range(1, 13):
                    unit_create(actor=None, name=f"{name}第{s}街道社保所", code=f"GEN{n:02d}{s:02d}",
                                level=UnitLevel.STREET, parent=district)
    city.districts = list(Unit.objects.filter(parent=root).order_by("code"))
    for district in city.districts:
        city.streets[district.pk] = list(Unit.objects.filter(parent=district).order_by("code"))
    for username, unit, roles in (("gen.city", root, [Role.CITY_ADMIN, Role.COUNSELLOR]),
                                  ("gen.district", city.districts[2], [Role.COUNSELLOR, Role.ACCOUNT_OFFICER])):
        user = User.objects.filter(username=username).first() or user_create(
            actor=None, username=username, full_name="生成测试", password="gen-city-pass-2026", unit=unit, roles=roles,
            must_change_password=False)
        city.staff[username] = user
    leaves = Occupation.objects.filter(level=4).order_by("code")
    city.occupations = [(occ, 1.0 / (rank + 2) ** 0.7) for rank, occ in enumerate(city.rng.sample(list(leaves),
                                                                                                  len(leaves)))]


def _occupation(city: City, near=None) -> Occupation:
    """An occupation by popularity, or (with `near`) usually the same or a sibling of it."""
    rng = city.rng
    if near is not None and rng.random() < 0.75:
        if rng.random() < 0.7:
            return near
        siblings = [o for o, _w in city.occupations if o.code[:4] == near.code[:4]]
        return rng.choice(siblings)
    return rng.choices([o for o, _w in city.occupations], [w for _o, w in city.occupations])[0]


def _district(city: City):
    return city.rng.choices(city.districts, [share for _n, _r, share in city.regions])[0]


def _resident_id(city: City, district_index: int, birth: dt.date) -> str:
    while True:
        first17 = f"{city.regions[district_index][1]}{birth:%Y%m%d}{city.rng.randint(0, 999):03d}"
        number = first17 + resident_id_check_char(first17)
        if number not in city.used_ids:
            city.used_ids.add(number)
            return number


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _pay(rng: random.Random, code: str) -> int:
    return int(BASE_PAY[code[0]] * rng.uniform(0.7, 1.4) / 100) * 100


def _person(city: City, index: int) -> tuple[JobSeeker, dict]:
    rng, today = city.rng, city.today
    home = _district(city)
    district_index = city.districts.index(home)
    birth = dt.date(rng.randint(1966, 2004), rng.randint(1, 12), rng.randint(1, 28))
    id_number = _resident_id(city, district_index, birth)
    phone = synthetic_mobile(rng)
    sought = _occupation(city) if rng.random() > 0.03 else None
    areas = [n for n, _r, _s in rng.sample(city.regions, rng.choice((1, 1, 2)))]
    area = _pick(rng, ((city.regions[district_index][0], 45), ("、".join(areas), 25), ("全市不限", 10), ("", 20)))
    salary = _pay(rng, sought.code) if sought and rng.random() < 0.85 else None
    seeker = JobSeeker(
        full_name=_name(rng), id_number=id_number, id_number_index=id_number_lookup_key(id_number), phone=phone,
        phone_index=phone_lookup_key(phone), sex="male" if int(id_number[16]) % 2 else "female", birth_date=birth,
        unit=rng.choice(city.streets[home.pk]), status=_pick(rng, STATUSES), habitual_district=home,
        sought_occupation=sought, sought_area=area, salary_min=salary,
        salary_max=int(salary * 1.3) if salary else None, working_pattern=_pick(rng, PATTERNS),
        skill_level=rng.choice((None, None, None, 3, 4, 4, 5, 5, 2)),
        education=rng.choice(("senior_secondary", "college", "bachelor_or_above", "junior_secondary", "")),
        ledger_opened_on=today - dt.timedelta(days=rng.randint(0, 700)))
    return seeker, {"sought": sought, "index": index}


def _history(city: City, seeker: JobSeeker, sought) -> list[WorkHistoryItem]:
    rng, items = city.rng, []
    end = city.today - dt.timedelta(days=rng.randint(10, 400))
    for _n in range(rng.choice((0, 1, 1, 1, 2, 2, 3))):
        months = rng.randint(3, 72)
        start = end - dt.timedelta(days=months * 30)
        ongoing = not items and rng.random() < 0.06
        items.append(WorkHistoryItem(job_seeker=seeker, employer_name=f"{rng.choice(EMPLOYER_WORDS)}公司",
                                     occupation=_occupation(city, near=sought) if rng.random() > 0.05 else None,
                                     started_on=start, ended_on=None if ongoing else end))
        end = start - dt.timedelta(days=rng.randint(0, 200))
    return items


def _certificates(city: City, seeker: JobSeeker, sought) -> list[SkillCertificate]:
    rng = city.rng
    if rng.random() > 0.3:
        return []
    occ = _occupation(city, near=sought)
    return [SkillCertificate(job_seeker=seeker, name=f"{occ.name}职业技能等级证书", occupation=occ,
                             skill_level=rng.choice((3, 4, 4, 5, 5, 2)), issued_on=city.today - dt.timedelta(days=900))]


def _readiness(city: City, seeker: JobSeeker) -> list[ReadinessAssessment]:
    rng, today = city.rng, city.today
    if rng.random() > 0.7:
        return []
    ready = rng.random() < 0.8
    assessed = today - dt.timedelta(days=rng.randint(0, 180))
    lead = rng.randint(0, 10) if ready else rng.randint(20, 60)
    earliest = max(today, assessed) + dt.timedelta(days=rng.randint(0, 20) if ready else lead)
    return [ReadinessAssessment(job_seeker=seeker, assessed_on=assessed, start_lead_days=lead, max_start_days=14,
                                job_ready=ready, earliest_start=earliest, unit=seeker.unit,
                                advice="" if ready else "建议参加技能培训后再评估。", assessor=city.staff["gen.city"])]


def _iso(day):
    return day.isoformat() if day else None


def _record(seeker, history, certificates, readiness) -> dict:
    """The person's record exactly as `selectors.job_seeker_records` reads it back."""
    latest = max(readiness, key=lambda r: r.assessed_on) if readiness else None
    return {
        "sought_occupation_code": seeker.sought_occupation.code if seeker.sought_occupation else "",
        "skill_level": seeker.skill_level,
        "certificates": [[c.occupation.code if c.occupation else "", c.skill_level] for c in certificates],
        "experience": [[h.occupation.code if h.occupation else "", _iso(h.started_on), _iso(h.ended_on)]
                       for h in history],
        "salary_min": seeker.salary_min, "working_pattern": seeker.working_pattern or "",
        "habitual_district_id": seeker.habitual_district_id, "sought_area": seeker.sought_area or "",
        "job_ready": latest.job_ready if latest else None, "earliest_start": _iso(latest.earliest_start) if latest else None,
    }


def build_job_seekers(city: City, count: int, *, batch: int = 5000) -> None:
    from ..models import JobSeekerMatchFeatures, JobSeekerMatchKey

    districts, started, now = district_name_map(), time.perf_counter(), timezone.now()
    for offset in range(0, count, batch):
        people = [_person(city, offset + i) for i in range(min(batch, count - offset))]
        with transaction.atomic():
            JobSeeker.objects.bulk_create([p for p, _m in people], batch_size=1000)
            parts = [(p, _history(city, p, m["sought"]), _certificates(city, p, m["sought"]), _readiness(city, p))
                     for p, m in people]
            WorkHistoryItem.objects.bulk_create([h for _p, hs, _c, _r in parts for h in hs], batch_size=2000)
            SkillCertificate.objects.bulk_create([c for _p, _h, cs, _r in parts for c in cs], batch_size=2000)
            ReadinessAssessment.objects.bulk_create([r for _p, _h, _c, rs in parts for r in rs], batch_size=2000)
            records = {p.pk: _record(p, h, c, r) for p, h, c, r in parts}
            features, keys = job_seeker_feature_rows(records=records, districts=districts, now=now)
            JobSeekerMatchFeatures.objects.bulk_create(features, batch_size=2000)
            JobSeekerMatchKey.objects.bulk_create(keys, batch_size=5000)
            job_seeker_features_replaced()
        city.progress("job seekers", offset + len(people), count, started)


def _employers(city: City, count: int) -> list[Employer]:
    rng, rows = city.rng, []
    for n in range(count):
        district = _district(city)
        rows.append(Employer(name=f"{rng.choice(EMPLOYER_WORDS)}{rng.choice(EMPLOYER_WORDS)}{rng.choice(EMPLOYER_KINDS)}"
                                  f"（第{n + 1}号）", credit_code=synthetic_uscc(rng, region=city.regions[city.districts.index(
                                      district)][1]), unit=rng.choice(city.streets[district.pk]),
                             verification_status="verified", licence_valid_until=city.today + dt.timedelta(days=900)))
    created = []
    seen = set()
    for employer in rows:  # a credit code drawn twice is drawn again
        while employer.credit_code in seen:
            employer.credit_code = synthetic_uscc(rng)
        seen.add(employer.credit_code)
        created.append(employer)
    return Employer.objects.bulk_create(created, batch_size=2000)


def _version(city: City, vacancy: Vacancy) -> VacancyVersion:
    rng = city.rng
    occ = _occupation(city)
    pay_min = _pay(rng, occ.code)
    coded = rng.random() > 0.03
    return VacancyVersion(
        vacancy=vacancy, number=1, title=occ.name, occupation_name=occ.name if coded else "",
        occupation_code=occ.code if coded else "", headcount=rng.randint(1, 20), job_content=f"从事{occ.name}相关工作。",
        pay_min=pay_min if rng.random() > 0.04 else None, pay_max=int(pay_min * rng.uniform(1.1, 1.6) / 100) * 100
        if rng.random() > 0.1 else None, work_district=_district(city) if rng.random() > 0.03 else None,
        valid_until=city.today + dt.timedelta(days=rng.randint(10, 90)), ruleset_version="citygen")


def _profile(city: City, vacancy: Vacancy) -> VacancyMatchProfile | None:
    rng = city.rng
    if rng.random() > 0.4:
        return None
    return VacancyMatchProfile(vacancy=vacancy, required_skill_level=rng.choice((None, 4, 5, 3)),
                               min_experience_months=rng.choice((None, 6, 12, 24, 36)),
                               working_pattern=_pick(rng, PATTERNS), start_within_days=rng.choice((7, 14, 14, 30)),
                               unit=vacancy.unit, recorded_by=city.staff["gen.city"])


def build_vacancies(city: City, count: int, *, batch: int = 5000) -> None:
    from ..models import VacancyMatchFeatures
    from ..selectors import vacancy_records

    started, now = time.perf_counter(), timezone.now()
    employers = _employers(city, max(1, count // 8))
    for offset in range(0, count, batch):
        size = min(batch, count - offset)
        with transaction.atomic():
            vacancies = []
            for _n in range(size):
                employer = city.rng.choice(employers)
                vacancies.append(Vacancy(employer=employer, unit=employer.unit, status="published",
                                         submitted_at=now, published_at=now - dt.timedelta(minutes=city.rng.randint(0, 10**5))))
            Vacancy.objects.bulk_create(vacancies, batch_size=2000)
            versions = VacancyVersion.objects.bulk_create([_version(city, v) for v in vacancies], batch_size=2000)
            first, last = vacancies[0].pk, vacancies[-1].pk
            version = Subquery(VacancyVersion.objects.filter(vacancy=OuterRef("pk")).values("pk")[:1])
            Vacancy.objects.filter(pk__gte=first, pk__lte=last).update(latest_version=version, published_version=version)
            for vacancy, version_row in zip(vacancies, versions):
                vacancy.latest_version = vacancy.published_version = version_row
            VacancyMatchProfile.objects.bulk_create([p for v in vacancies if (p := _profile(city, v))], batch_size=2000)
            records = vacancy_records(ids=[v.pk for v in vacancies])
            VacancyMatchFeatures.objects.bulk_create(vacancy_feature_rows(records=records, now=now), batch_size=2000)
            vacancy_features_replaced()
        city.progress("vacancies", offset + size, count, started)


def build_duties(city: City, count: int, *, batch: int = 20000) -> None:
    rng, started = city.rng, time.perf_counter()
    streets = [s for group in city.streets.values() for s in group]
    kinds = ("bj_recommendation_outcome", "bj_employer_recommendation_outcome")
    for offset in range(0, count, batch):
        rows = [Duty(kind=rng.choice(kinds), title="了解匹配推荐结果", clause="BJ-16-1", subject_type="matching.recommendation",
                     subject_id=str(offset + i), subject_label="", due_date=city.today + dt.timedelta(days=rng.randint(-30, 30)),
                     unit=rng.choice(streets)) for i in range(min(batch, count - offset))]
        with transaction.atomic():
            Duty.objects.bulk_create(rows, batch_size=5000)
        city.progress("duties", offset + len(rows), count, started)

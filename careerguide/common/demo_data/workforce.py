"""Workforce register: the district's counsellors with their qualifications (BJ ch. 7, SD)."""
import datetime as dt

from careerguide.workforce.models import Counsellor
from careerguide.workforce.services.register import counsellor_register, qualification_add

from .base import Demo

# (staff username, unit code, employment type, joined, skill level or None)
REGISTER = [
    ("d01.counsellor", "D01", "full_time", dt.date(2012, 7, 1), 2),
    ("s0101.counsellor", "S0101", "full_time", dt.date(2018, 3, 1), 3),
    ("s0102.caseworker", "S0102", "part_time", dt.date(2020, 9, 1), None),
]


def build(demo: Demo) -> None:
    head = demo.staff["d01.head"]
    for username, unit_code, employment, joined, level in REGISTER:
        user = demo.staff[username]
        if Counsellor.objects.filter(full_name=user.full_name, unit=demo.units[unit_code]).exists():
            continue
        counsellor = counsellor_register(actor=head, unit=demo.units[unit_code], full_name=user.full_name,
                                         employment_type=employment, roles=["guidance"], joined_on=joined, user=user)
        if level:
            qualification_add(actor=head, counsellor=counsellor, occupation="career_guidance",
                              kind="skill_level_certificate", level=level, number=f"ZD{counsellor.pk:06d}",
                              issuer="示范市职业技能鉴定中心", issued_on=dt.date(joined.year + 3, 6, 1))
        demo.notes.append(f"counsellor register: {user.full_name}")

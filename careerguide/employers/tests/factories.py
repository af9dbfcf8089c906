"""Employers in the test tree: registered, verified (with demand registration and ledger), key enterprises."""
import datetime as dt
import random
from zoneinfo import ZoneInfo

from careerguide.common.demo import synthetic_resident_id, synthetic_uscc
from careerguide.employers.services.catalogue import (
    catalogue_entry_add,
    catalogue_version_create,
    catalogue_version_publish,
)
from careerguide.employers.services.employers import employer_create
from careerguide.employers.services.key_enterprises import daily_service_agreement_sign, key_enterprise_designate
from careerguide.employers.services.verification import employer_verification_front_desk

TZ = ZoneInfo("Asia/Shanghai")
_rng = random.Random(20260301)


def at(y, m, d, h=10):
    return dt.datetime(y, m, d, h, tzinfo=TZ)


def new_uscc() -> str:
    return synthetic_uscc(_rng)


def new_resident_id() -> str:
    return synthetic_resident_id(_rng)


def make_employer(actor, unit, *, name="测试科技有限公司", industry_code="I6510", **kw):
    return employer_create(actor=actor, name=name, credit_code=kw.pop("credit_code", new_uscc()), unit=unit,
                           industry_code=industry_code, **kw)


def documents(employer, **overrides):
    data = {"licence_type": "business_licence", "licence_number": employer.credit_code,
            "licence_valid_until": dt.date(2030, 12, 31), "agent_name": "经办人甲", "agent_id_number": new_resident_id(),
            "power_of_attorney_ref": "委托-001", "power_of_attorney_valid_until": dt.date(2026, 12, 31)}
    data.update(overrides)
    return data


def make_verified_employer(actor, unit, *, now=None, **kw):
    employer = make_employer(actor, unit, **kw)
    employer_verification_front_desk(actor=actor, employer=employer, data_source="shared_data",
                                     now=now or at(2026, 3, 2), **documents(employer))
    employer.refresh_from_db()
    return employer


def make_catalogue(admin, *, edition="2026版", effective_from=dt.date(2026, 1, 1), codes=(("C26", None),), now=None):
    version = catalogue_version_create(actor=admin, title="新增产业的禁止和限制目录", edition=edition,
                                       effective_from=effective_from, now=now)
    for code, region in codes:
        catalogue_entry_add(actor=admin, version=version, industry_code=code, measure="restricted", region=region, now=now)
    return catalogue_version_publish(actor=admin, version=version, now=now)


def make_key_enterprise(staff, city, *, signed_on=dt.date(2026, 3, 2), employer=None, officer=None, term_end=None):
    """A verified employer at street s11 with a signed daily service agreement (officer s11_officer)."""
    employer = employer or make_verified_employer(staff.s11_officer, city.s11, now=at(signed_on.year, signed_on.month,
                                                                                      signed_on.day))
    agreement = key_enterprise_designate(actor=staff.s11_officer, employer=employer, unit=city.s11, on=signed_on,
                                         now=at(signed_on.year, signed_on.month, signed_on.day))
    return daily_service_agreement_sign(actor=staff.s11_officer, agreement=agreement, signed_on=signed_on,
                                        term_start=signed_on, term_end=term_end or signed_on.replace(year=signed_on.year + 2),
                                        officer=officer or staff.s11_officer, document_ref="协议-001",
                                        now=at(signed_on.year, signed_on.month, signed_on.day))

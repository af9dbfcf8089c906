"""Job seekers for tests, created through the services (so they are audited like real ones).

``make_job_seeker`` takes a person over without recording a collection (no ledger entries), which is what
other apps' tests need; ``register_job_seeker`` records a full registration and opens the ledger.
"""
import itertools
import random

from careerguide.common.demo import synthetic_mobile, synthetic_resident_id
from careerguide.job_seekers.services.registration import job_seeker_register, job_seeker_take_over

_counter = itertools.count(1)


def _identity(full_name, id_number, phone):
    n = next(_counter)
    rng = random.Random(n)
    return full_name or f"测试求职者{n}", id_number or synthetic_resident_id(rng), phone or synthetic_mobile(rng)


def make_job_seeker(actor, unit, *, full_name=None, id_number=None, phone=None):
    full_name, id_number, phone = _identity(full_name, id_number, phone)
    return job_seeker_take_over(actor=actor, unit=unit, full_name=full_name, id_number=id_number, phone=phone)


def register_job_seeker(actor, unit, *, full_name=None, id_number=None, phone=None, channel="front_desk",
                        collected_on=None, profile=None, now=None, **kwargs):
    full_name, id_number, phone = _identity(full_name, id_number, phone)
    base = {"education": "senior_secondary"}
    return job_seeker_register(actor=actor, unit=unit, full_name=full_name, id_number=id_number, phone=phone,
                               channel=channel, collected_on=collected_on, profile={**base, **(profile or {})},
                               now=now, **kwargs).job_seeker

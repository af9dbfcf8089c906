"""Job seekers for tests, created through the service (so they are audited like real ones)."""
import itertools
import random

from careerguide.common.demo import synthetic_mobile, synthetic_resident_id
from careerguide.job_seekers.services import job_seeker_create

_counter = itertools.count(1)


def make_job_seeker(actor, unit, *, full_name=None, id_number=None, phone=None):
    n = next(_counter)
    rng = random.Random(n)
    return job_seeker_create(actor=actor, unit=unit, full_name=full_name or f"测试求职者{n}",
                             id_number=id_number or synthetic_resident_id(rng), phone=phone or synthetic_mobile(rng))

"""Builders of the demo city, one module per area, run in dependency order (one transaction per area).

Every business record is created through the owning app's services, so it is validated and audited; each
builder keys its objects on a stable name or code and skips what already exists, so a second run adds nothing."""
import time

from django.db import transaction

from ..demo_areas import LATER_AREAS
from . import (
    assistance,
    base,
    employers,
    experts,
    guidance_cq,
    guidance_sd,
    job_seekers,
    key_enterprises,
    matching,
    resources,
    studios,
    vacancies,
    workforce,
)
from .base import DEMO_PASSWORD, Demo
from .volume import build as build_volume

__all__ = ["DEMO_PASSWORD", "Demo", "build_all"]


def build_all(*, job_seekers_count: int = 40, size: str = "full", log=None) -> Demo:
    demo = Demo()
    areas = [
        ("city", base.build_city),
        ("job seekers", lambda d: job_seekers.build(d, job_seekers=job_seekers_count)),
        ("employers", employers.build),
        ("vacancies", vacancies.build),
        ("key enterprises", key_enterprises.build),
        ("matching", matching.build),
        ("assistance", assistance.build),
        ("workforce", workforce.build),
        ("resources", resources.build),
        ("experts", experts.build),
        ("studios", studios.build),
        ("guidance model", guidance_sd.build),
        ("guidance (CQ)", guidance_cq.build),
        ("a year of history", lambda d: build_volume(d, size_name=size, log=log)),
        *LATER_AREAS,
    ]
    for name, builder in areas:
        started = time.monotonic()
        with transaction.atomic():
            builder(demo)
        if log:
            log(f"  {name}: {time.monotonic() - started:.1f} s")
    return demo

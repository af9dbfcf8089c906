"""Shared helpers for the job-seeker tests."""
import datetime as dt
import random

from django.utils import timezone

from careerguide.common.demo import synthetic_resident_id


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    """An aware Beijing-time instant on ``day``."""
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour))


def person_id(seed: int, *, birth: dt.date | None = None, male: bool | None = None) -> str:
    return synthetic_resident_id(random.Random(seed), birth=birth, male=male)

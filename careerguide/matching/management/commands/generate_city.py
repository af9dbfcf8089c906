"""`manage.py generate_city --job-seekers N --vacancies M --duties D --seed S`: a synthetic city for measuring
matching (see `careerguide/matching/management/citygen.py`), on the configured database."""
import contextlib
import datetime as dt
import random
import time

from django.core.management.base import BaseCommand
from django.db import connection

from ..citygen import City, build_duties, build_job_seekers, build_units, build_vacancies


@contextlib.contextmanager
def _bulk_writes():
    """On SQLite, commit without waiting for the disk while generating (a crash loses only the city being
    generated), then wait again as configured.  Inside a transaction (the tests) nothing changes."""
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        before = cursor.fetchone()[0]
        cursor.execute("PRAGMA synchronous = OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA synchronous = {int(before)}")


class Command(BaseCommand):
    help = "生成用于测量人岗匹配的合成城市（批量写入，含加密字段、盲索引和匹配特征），同一种子结果相同。"

    def add_arguments(self, parser):
        parser.add_argument("--job-seekers", type=int, default=10_000)
        parser.add_argument("--vacancies", type=int, default=2_000)
        parser.add_argument("--duties", type=int, default=0)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 12, 1),
                            help="the reference date of readiness, work history and validity (default 2026-12-01)")

    def handle(self, *args, job_seekers, vacancies, duties, seed, today, **options):
        started = time.perf_counter()
        city = City(today=today, rng=random.Random(seed), log=self.stdout.write)
        with _bulk_writes():
            build_units(city)
            build_vacancies(city, vacancies)
            build_job_seekers(city, job_seekers)
            if duties:
                build_duties(city, duties)
        self.stdout.write(f"城市已生成：{job_seekers:,}名求职者，{vacancies:,}条已发布岗位，{duties:,}项待办，"
                          f"用时{time.perf_counter() - started:.0f}秒。")

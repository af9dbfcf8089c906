"""Benchmark: classify 1,000,000 open duties overdue-or-not (the daily monitoring job) and build the
early-warning summary.

    .venv/bin/python bench/duties_bench.py [--duties 1000000]              # SQLite file in var/bench/
    DATABASE_URL=postgres://… .venv/bin/python bench/duties_bench.py        # PostgreSQL

Builds a synthetic city (1 city, 16 districts, 320 streets) on a fresh database, inserts the duties
in bulk (not timed), then times `duties_daily_snapshot` and `early_warning_summary` for the city and for
one district.  Target (issue "Rules core"): under 10 s for both steps together on a 2-core machine.
"""
import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--duties", type=int, default=1_000_000)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        path = ROOT / "var" / "bench" / "duties.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    call_command("migrate", verbosity=0)
    from careerguide.accounts.roles import Role
    from careerguide.accounts.services import user_create
    from careerguide.duties.models import Duty
    from careerguide.duties.selectors import early_warning_summary
    from careerguide.duties.services import duties_daily_snapshot
    from careerguide.organisations.models import UnitLevel
    from careerguide.organisations.services import unit_create

    with transaction.atomic():
        city = unit_create(actor=None, name="基准市", code="B", level=UnitLevel.CITY)
        streets, districts = [], []
        for d in range(16):
            district = unit_create(actor=None, name=f"区{d}", code=f"B{d}", level=UnitLevel.DISTRICT, parent=city)
            districts.append(district)
            for s in range(20):
                streets.append(unit_create(actor=None, name=f"街道{d}-{s}", code=f"B{d}-{s}", level=UnitLevel.STREET, parent=district))
        admin = user_create(actor=None, username="bench", full_name="基准", password="bench-password-1", unit=city,
                            roles=[Role.CITY_ADMIN])
    today = dt.date(2026, 6, 15)
    rng = random.Random(1)
    kinds = [f"kind.{i}" for i in range(12)]
    now = dt.datetime(2026, 6, 15, 1, tzinfo=dt.timezone.utc)
    table = Duty._meta.db_table
    columns = "kind, title, clause, subject_type, subject_id, subject_label, link, due_date, unit_id, status, cancel_reason, created_at, updated_at"
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * 13)})"
    started = time.perf_counter()
    batch = 20_000
    for offset in range(0, args.duties, batch):
        rows = [(rng.choice(kinds), "回访", "BJ-27-7", "job_seekers.jobseeker", str(offset + i), "", "",
                 today + dt.timedelta(days=rng.randint(-60, 60)), rng.choice(streets).pk, "open", "", now, now)
                for i in range(min(batch, args.duties - offset))]
        with transaction.atomic(), connection.cursor() as cur:
            cur.executemany(sql, rows)
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute(f"ANALYZE {table}")
    print(f"{connection.vendor}: inserted {args.duties:,} duties in {time.perf_counter() - started:.1f} s (not timed)")

    t0 = time.perf_counter()
    marked = duties_daily_snapshot(now=dt.datetime(2026, 6, 15, 2, tzinfo=dt.timezone.utc))
    t1 = time.perf_counter()
    summary = early_warning_summary(actor=admin, unit_id=None, today=today)
    t2 = time.perf_counter()
    district = early_warning_summary(actor=admin, unit_id=districts[0].pk, today=today)
    t3 = time.perf_counter()
    assert summary.total.open == args.duties and sum(r.open for r in summary.by_unit) == args.duties
    print(f"daily monitoring (classify every duty, store per unit and kind): {marked:,} overdue in {t1 - t0:.2f} s")
    print(f"city summary ({len(summary.by_unit)} districts, {len(summary.by_kind)} kinds): {t2 - t1:.2f} s")
    print(f"district summary ({len(district.by_unit)} streets): {t3 - t2:.2f} s")
    print(f"total (classify + city summary): {t2 - t0:.2f} s")


if __name__ == "__main__":
    main()

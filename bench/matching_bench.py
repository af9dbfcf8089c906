"""Benchmark: exact top-20 matching in both directions on a synthetic city.

    .venv/bin/python bench/matching_bench.py [--job-seekers 1000000] [--vacancies 100000] [--repeat 20]
    DATABASE_URL=postgres://… .venv/bin/python bench/matching_bench.py …        # PostgreSQL

Generates the city with `manage.py generate_city` (SQLite file var/bench/matching_<N>_<M>_s<seed>.sqlite3,
reused when it is already there; on PostgreSQL reused when the database holds the city), then prints:
the median time of the top 20 vacancies for one person and of the top 20 candidates for one vacancy
(city-wide counsellor); the agreement with the one-by-one ranking (`matching.reference`, `rules.match`
on every pairing) over `--queries` random queries each way; the same top 20 by that per-pair Python
loop over the same rows in this run, and the speed-up; the p95 of the two matching pages through
Django's test client.  The last line is `exact=<percent> speedup=<ratio>x` (the smaller speed-up of
the two directions).  Never a timed unit test.
"""
import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ON = dt.date(2026, 12, 7)


def _setup(args) -> None:
    if not os.environ.get("DATABASE_URL"):
        path = ROOT / "var" / "bench" / f"matching_{args.job_seekers}_{args.vacancies}_s{args.seed}.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    from careerguide.job_seekers.models import JobSeeker

    call_command("migrate", verbosity=0)
    if JobSeeker.objects.count() < args.job_seekers:
        started = time.perf_counter()
        call_command("generate_city", job_seekers=args.job_seekers, vacancies=args.vacancies, seed=args.seed,
                     stdout=open(os.devnull, "w"))
        print(f"generated the city in {time.perf_counter() - started:.0f} s (not timed)")
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _timed(call):
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def _context():
    from careerguide.accounts.models import User
    from careerguide.job_seekers.models import JobSeeker
    from careerguide.matching.models import JobSeekerMatchFeatures, VacancyMatchFeatures
    from careerguide.matching.selectors import (
        MATCHABLE_STATUSES,
        definition_of,
        district_name_map,
        job_ready_start_days,
    )
    from careerguide.matching.services.instruments import instrument_for

    instrument = instrument_for(on=ON)
    matchable = set(JobSeeker.objects.filter(status__in=MATCHABLE_STATUSES).values_list("pk", flat=True))
    people = dict(JobSeekerMatchFeatures.objects.values_list("job_seeker_id", "facts"))
    return {"instrument": instrument, "definition": definition_of(instrument=instrument), "people": people,
            "pool": {pk: r for pk, r in people.items() if pk in matchable},
            "vacancies": dict(VacancyMatchFeatures.objects.values_list("vacancy_id", "facts")),
            "names": district_name_map(), "standard": job_ready_start_days(on=ON),
            "actor": User.objects.get(username="gen.city")}


def _person_query(ctx, pk):
    from careerguide.job_seekers.models import JobSeeker
    from careerguide.matching import reference
    from careerguide.matching.selectors import vacancy_suggestions

    seeker = JobSeeker.objects.get(pk=pk)
    took, rows = _timed(lambda: vacancy_suggestions(job_seeker=seeker, on=ON, instrument=ctx["instrument"]))
    loop, expected = _timed(lambda: reference.vacancies_for(
        person=ctx["people"][pk], vacancies=ctx["vacancies"], names=ctx["names"], definition=ctx["definition"], on=ON,
        standard_start_days=ctx["standard"]))
    return took, loop, [(v.pk, r.score) for v, r in rows] == expected


def _vacancy_query(ctx, pk):
    from careerguide.matching import reference
    from careerguide.matching.selectors import candidate_suggestions, vacancy_facts
    from careerguide.vacancies.models import Vacancy

    vacancy = Vacancy.objects.select_related("employer", "published_version__work_district").get(pk=pk)
    took, rows = _timed(lambda: candidate_suggestions(actor=ctx["actor"], vacancy=vacancy, on=ON,
                                                      instrument=ctx["instrument"]))
    offer = vacancy_facts(vacancy=vacancy, on=ON)
    loop, expected = _timed(lambda: reference.candidates_for(vacancy=ctx["vacancies"][pk], offer=offer,
                                                             people=ctx["pool"], definition=ctx["definition"], on=ON))
    return took, loop, [(s.pk, r.score) for s, r in rows] == expected


def _pages(ctx, person_ids, vacancy_ids):
    import time_machine
    from django.test import Client

    client = Client()
    client.force_login(ctx["actor"])
    out = {}
    with time_machine.travel(dt.datetime(2026, 12, 7, 10, tzinfo=dt.timezone.utc), tick=True):
        for name, url, ids in (("person", "/matching/job-seekers/{}/", person_ids),
                               ("vacancy", "/matching/vacancies/{}/", vacancy_ids)):
            client.get(url.format(ids[0]))
            times = []
            for pk in ids:
                took, response = _timed(lambda: client.get(url.format(pk)))
                assert response.status_code == 200, (url, pk, response.status_code)
                times.append(took)
            out[name] = sorted(times)[max(0, int(len(times) * 0.95 + 0.5) - 1)]
    return out


def _run(ctx, queries: int, repeat: int, seed: int):
    rng = random.Random(seed)
    people, vacancies = sorted(ctx["people"]), sorted(ctx["vacancies"])
    persons = [_person_query(ctx, pk) for pk in rng.sample(people, max(queries, repeat))]
    jobs = [_vacancy_query(ctx, pk) for pk in rng.sample(vacancies, max(queries, repeat))]
    pages = _pages(ctx, rng.sample(people, repeat), rng.sample(vacancies, repeat))
    return persons, jobs, pages


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--job-seekers", type=int, default=1_000_000)
    parser.add_argument("--vacancies", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=20, help="timed queries and page loads each way")
    parser.add_argument("--queries", type=int, default=50, help="queries each way compared with the one-by-one ranking")
    args = parser.parse_args()
    _setup(args)
    from django.db import connection

    ctx = _context()
    persons, jobs, pages = _run(ctx, args.queries, args.repeat, args.seed)
    exact = sum(ok for _t, _l, ok in persons + jobs) / len(persons + jobs) * 100
    print(f"{connection.vendor}: {len(ctx['people']):,} job seekers ({len(ctx['pool']):,} in active matching), "
          f"{len(ctx['vacancies']):,} published vacancies")
    speedups = []
    for label, rows in (("top 20 vacancies for one person", persons), ("top 20 candidates for one vacancy", jobs)):
        ranked = statistics.median(t for t, _l, _ok in rows)
        loop = statistics.median(t for _t, t, _ok in rows)
        speedups.append(loop / ranked)
        agree = sum(ok for _t, _l, ok in rows)
        print(f"{label}: median {ranked * 1000:.1f} ms (per-pair Python loop {loop * 1000:.0f} ms, "
              f"{loop / ranked:.0f}x); same 20 rows in {agree}/{len(rows)} queries")
    print(f"matching page for a person: p95 {pages['person'] * 1000:.0f} ms; for a vacancy: p95 "
          f"{pages['vacancy'] * 1000:.0f} ms ({args.repeat} loads each, test client)")
    print("nightly refresh: none; suggestions are not stored, each page ranks on request")
    print(f"exact={exact:.0f}% speedup={min(speedups):.0f}x")


if __name__ == "__main__":
    main()

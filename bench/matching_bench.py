"""Benchmark: exact top-20 matching in both directions on a synthetic city.

    .venv/bin/python bench/matching_bench.py [--job-seekers 1000000] [--vacancies 100000] [--repeat 20]
    DATABASE_URL=postgres://… .venv/bin/python bench/matching_bench.py …        # PostgreSQL

Generates the city with `manage.py generate_city` (SQLite file var/bench/matching_<N>_<M>_s<seed>.sqlite3,
reused when it is already there; on PostgreSQL reused when the database holds the city), then prints:
the load time and memory of a process's two copies (`offer_store`, `candidate_store`); the median time
of the top 20 vacancies for one person and of the top 20 candidates for one vacancy (city-wide counsellor); the agreement with the one-by-one ranking (`matching.reference`, `rules.match`
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
        path = args.db_dir / f"matching_{args.job_seekers}_{args.vacancies}_s{args.seed}.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    from careerguide.job_seekers.models import JobSeeker

    _schema(call_command)
    if JobSeeker.objects.count() < args.job_seekers:
        started = time.perf_counter()
        call_command("generate_city", job_seekers=args.job_seekers, vacancies=args.vacancies, seed=args.seed,
                     stdout=open(os.devnull, "w"))
        print(f"generated the city in {time.perf_counter() - started:.0f} s (not timed)")
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _schema(call_command) -> None:
    """A new SQLite city gets its tables straight from the models and the reference data the data
    migrations load (as the test suite builds its database): replaying every migration takes minutes.
    An existing database, or PostgreSQL, is migrated."""
    from django.conf import settings
    from django.db import connection

    if connection.vendor != "sqlite" or connection.introspection.table_names():
        from django.db.migrations.recorder import MigrationRecorder

        recorder = MigrationRecorder(connection)
        if connection.vendor == "sqlite" and not (recorder.has_table() and recorder.migration_qs.exists()):
            return  # a city whose tables an earlier run built from the models (below): nothing to migrate
        call_command("migrate", verbosity=0)
        return

    class _NoMigrations(dict):
        def __contains__(self, app):
            return True

        def __getitem__(self, app):
            return None

    settings.MIGRATION_MODULES = _NoMigrations()
    call_command("migrate", run_syncdb=True, verbosity=0)
    from careerguide.audit.models import AuditChainHead
    from careerguide.occupations.services import occupations_seed_defaults
    from careerguide.workdays.services import calendar_years_seed_from_package

    AuditChainHead.objects.get_or_create(pk=1, defaults={"seq": 0, "hash": "0" * 64})
    occupations_seed_defaults()
    calendar_years_seed_from_package()


def _timed(call):
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def _context():
    from careerguide.accounts.models import User
    from careerguide.job_seekers.models import JobSeeker
    from careerguide.matching import batch, reference
    from careerguide.matching.models import JobSeekerMatchFeatures, VacancyMatchFeatures
    from careerguide.matching.selectors import (
        MATCHABLE_STATUSES,
        definition_of,
        district_name_map,
        job_ready_start_days,
    )
    from careerguide.matching.services.instruments import instrument_for

    started = time.perf_counter()
    instrument = instrument_for(on=ON)
    matchable = set(JobSeeker.objects.filter(status__in=MATCHABLE_STATUSES).values_list("pk", flat=True))
    people = dict(JobSeekerMatchFeatures.objects.values_list("job_seeker_id", "facts"))
    vacancies = dict(VacancyMatchFeatures.objects.values_list("vacancy_id", "facts"))
    names, standard = district_name_map(), job_ready_start_days(on=ON)
    # the rows of the per-pair loop, with their instrument facts built once (not timed)
    offers = reference.vacancy_facts_rows(vacancies=vacancies, names=names, standard_start_days=standard)
    pool = reference.person_facts_rows(people={pk: r for pk, r in people.items() if pk in matchable}, on=ON)
    catalogue = batch.Catalogue.build(batch.offers_from_records(vacancies, standard_start_days=standard))
    print(f"read {len(people):,} persons and {len(vacancies):,} vacancies and built their facts in "
          f"{time.perf_counter() - started:.0f} s (not timed)")
    return {"instrument": instrument, "definition": definition_of(instrument=instrument), "people": people,
            "pool": pool, "vacancies": vacancies, "offers": offers, "offer": {pk: f for pk, _r, f in offers},
            "catalogue": catalogue, "names": names,
            "actor": User.objects.get(username="gen.city")}


def _person_query(ctx, pk):
    from careerguide.job_seekers.models import JobSeeker
    from careerguide.matching import batch, match_features, reference
    from careerguide.matching.selectors import vacancy_suggestions

    seeker = JobSeeker.objects.get(pk=pk)
    took, rows = _timed(lambda: vacancy_suggestions(job_seeker=seeker, on=ON, instrument=ctx["instrument"]))
    person = ctx["people"][pk]
    loop, expected = _timed(lambda: reference.vacancy_loop(
        person=person, candidate=match_features.candidate_from_record(person, on=ON), rows=ctx["offers"],
        definition=ctx["definition"], on=ON))
    definition, cat = ctx["definition"], ctx["catalogue"]
    memory, listed = _timed(lambda: batch.top_vacancies(
        batch.person_from_record(person, on=ON, districts=ctx["names"], definition=definition,
                                 all_districts=cat.districts), cat=cat, w=batch.Weights.of(definition),
        min_score=definition.min_score))
    return took, loop, [(v.pk, r.score) for v, r in rows] == expected, memory, listed == expected


def _vacancy_query(ctx, pk):
    from careerguide.matching import reference
    from careerguide.matching.selectors import candidate_suggestions
    from careerguide.vacancies.models import Vacancy

    vacancy = Vacancy.objects.select_related("employer", "published_version__work_district").get(pk=pk)
    took, rows = _timed(lambda: candidate_suggestions(actor=ctx["actor"], vacancy=vacancy, on=ON,
                                                      instrument=ctx["instrument"]))
    loop, expected = _timed(lambda: reference.candidate_loop(vacancy=ctx["vacancies"][pk], offer=ctx["offer"][pk],
                                                             rows=ctx["pool"], definition=ctx["definition"], on=ON))
    return took, loop, [(s.pk, r.score) for s, r in rows] == expected


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _store_load(ctx) -> str:
    """The first page of a process loads its copy of the published vacancies (`offer_store`); later pages check it."""
    import gc

    from careerguide.job_seekers.models import JobSeeker
    from careerguide.matching.offer_store import store_clear
    from careerguide.matching.selectors import vacancy_suggestions

    store_clear()
    gc.collect()
    before, seeker = _rss_mib(), JobSeeker.objects.order_by("pk").first()
    took, _rows = _timed(lambda: vacancy_suggestions(job_seeker=seeker, on=ON, instrument=ctx["instrument"]))
    gc.collect()
    return (f"a process's copy of the {len(ctx['vacancies']):,} published vacancies: loaded in {took:.1f} s "
            f"(first call), resident memory +{_rss_mib() - before:.0f} MiB")


def _candidate_store_load(ctx) -> str:
    """The first candidate list of a process loads its copy of the matchable persons (`candidate_store`): timed
    once as a page would meet it, then loaded again under tracemalloc for the memory the copy keeps."""
    import gc
    import tracemalloc

    from careerguide.matching import candidate_store
    from careerguide.matching.selectors import candidate_suggestions
    from careerguide.vacancies.models import Vacancy

    vacancy = Vacancy.objects.select_related("published_version__work_district").get(pk=min(ctx["vacancies"]))
    candidate_store.store_clear()
    gc.collect()
    took, _rows = _timed(lambda: candidate_suggestions(actor=ctx["actor"], vacancy=vacancy, on=ON,
                                                       instrument=ctx["instrument"]))
    check, _rows = _timed(lambda: candidate_suggestions(actor=ctx["actor"], vacancy=vacancy, on=ON,
                                                        instrument=ctx["instrument"]))
    candidate_store.store_clear()
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    candidate_suggestions(actor=ctx["actor"], vacancy=vacancy, on=ON, instrument=ctx["instrument"])
    gc.collect()
    kept = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    pool = candidate_store._kept.pool
    arrays = sum(len(a) * a.itemsize for a in vars(pool).values() if hasattr(a, "itemsize"))
    arrays += sum(len(a) * a.itemsize for filed in pool.lists.values()
                  for a in (filed.slots, filed.gens, filed.cert, filed.closed, filed.opened, filed.opened_sum)
                  if a is not None)
    entries = sum(len(filed.slots) for filed in pool.lists.values())
    return (f"a process's copy of the {pool.count:,} matchable persons (`candidate_store`): loaded in {took:.1f} s "
            f"(first call; the next call {check * 1000:.1f} ms), {kept / 2**20:.0f} MiB of Python memory kept "
            f"(tracemalloc), of which {arrays / 2**20:.0f} MiB array columns ({len(pool.pk):,} slots, "
            f"{entries:,} list entries in {len(pool.lists):,} lists)")


def _refresh(ctx, queries: int, seed: int) -> str:
    """The nightly refresh as the scheduler runs it: the management command in its own process."""
    import resource
    import subprocess

    from careerguide.matching import match_features, reference
    from careerguide.matching.models import StoredVacancyList

    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "manage.py"), "refresh_vacancy_lists", "--on", ON.isoformat()],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    took, peak, cpu = time.perf_counter() - started, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
    stored = dict(StoredVacancyList.objects.values_list("job_seeker_id", "vacancies"))
    sample = random.Random(seed).sample(sorted(stored), min(queries, len(stored)))
    agree = sum([tuple(row) for row in stored[pk]] == reference.vacancy_loop(
        person=ctx["people"][pk], candidate=match_features.candidate_from_record(ctx["people"][pk], on=ON),
        rows=ctx["offers"], definition=ctx["definition"], on=ON) for pk in sample)
    return (f"nightly refresh of every person's top 20: {len(stored):,} persons in {took:.0f} s "
            f"({cpu:.0f} s of CPU), peak RSS "
            f"{peak:,.0f} MiB; same 20 rows as the per-pair loop in {agree}/{len(sample)} stored lists")


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


def _progress(label: str, rows) -> None:
    """A running line, so that a long run shows its figures before it ends."""
    print(f"  ... {label}: {len(rows)} queries, median {statistics.median(r[0] for r in rows) * 1000:.1f} ms, loop "
          f"{statistics.median(r[1] for r in rows) * 1000:.0f} ms, same 20 rows in {sum(r[2] for r in rows)}/{len(rows)}; "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)


def _run(ctx, queries: int, repeat: int, seed: int):
    rng = random.Random(seed)
    people, vacancies = sorted(ctx["people"]), sorted(ctx["vacancies"])
    persons = [_person_query(ctx, pk) for pk in rng.sample(people, max(queries, repeat))]
    _progress("vacancies for a person", persons)
    jobs = []
    for pk in rng.sample(vacancies, max(queries, repeat)):
        jobs.append(_vacancy_query(ctx, pk))
        if len(jobs) % 10 == 0:
            _progress("candidates for a vacancy", jobs)
    pages = _pages(ctx, rng.sample(people, repeat), rng.sample(vacancies, repeat))
    return persons, jobs, pages


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--job-seekers", type=int, default=1_000_000)
    parser.add_argument("--vacancies", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=20, help="timed queries and page loads each way")
    parser.add_argument("--queries", type=int, default=50, help="queries each way compared with the one-by-one ranking")
    parser.add_argument("--refresh", action="store_true", help="also run and check the nightly refresh")
    parser.add_argument("--db-dir", type=Path, default=ROOT / "var" / "bench", help="folder of the SQLite city")
    args = parser.parse_args()
    began = time.perf_counter()
    _setup(args)
    from django.db import connection

    ctx = _context()
    print(_store_load(ctx))
    print(_candidate_store_load(ctx))
    persons, jobs, pages = _run(ctx, args.queries, args.repeat, args.seed)
    exact = sum(row[2] for row in persons + jobs) / len(persons + jobs) * 100
    print(f"{connection.vendor}: {len(ctx['people']):,} job seekers ({len(ctx['pool']):,} in active matching), "
          f"{len(ctx['vacancies']):,} published vacancies")
    speedups = []
    for label, rows in (("top 20 vacancies for one person", persons), ("top 20 candidates for one vacancy", jobs)):
        ranked = statistics.median(row[0] for row in rows)
        loop = statistics.median(row[1] for row in rows)
        speedups.append(loop / ranked)
        agree = sum(row[2] for row in rows)
        print(f"{label}: median {ranked * 1000:.1f} ms (per-pair Python loop {loop * 1000:.0f} ms, "
              f"{loop / ranked:.0f}x); same 20 rows in {agree}/{len(rows)} queries")
    memory = statistics.median(row[3] for row in persons)
    print(f"the same top 20 vacancies ranked in memory (the nightly refresh's ranking, vacancies loaded once): median "
          f"{memory * 1000:.1f} ms ({statistics.median(row[1] for row in persons) / memory:.0f}x the loop); same 20 rows "
          f"in {sum(row[4] for row in persons)}/{len(persons)} queries")
    print(f"matching page for a person: p95 {pages['person'] * 1000:.0f} ms; for a vacancy: p95 "
          f"{pages['vacancy'] * 1000:.0f} ms ({args.repeat} loads each, test client)")
    if args.refresh:
        print(_refresh(ctx, args.queries, args.seed))
    print(f"load average {' / '.join(f'{x:.1f}' for x in os.getloadavg())} (1 / 5 / 15 min) on {os.cpu_count()} cores")
    print(f"whole run {time.perf_counter() - began:.0f} s wall")
    print(f"exact={exact:.0f}% speedup={min(speedups):.0f}x")


if __name__ == "__main__":
    main()

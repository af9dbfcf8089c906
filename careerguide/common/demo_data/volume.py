"""The demo city's volume: a year of history, so the lists, charts, statistics and warnings have something to show.

The people, employers and postings are too many to go one by one through the services: they are bulk-built
by the city generator of the matching benchmark (`careerguide.matching.management.citygen`, ID numbers and
phones encrypted and blind-indexed as the privacy app does it, match features included), here on the demo
city's own districts and streets, with their registrations, service episodes and ledger entries spread over
the last twelve months; these bulk rows write no audit events of their own.  What carries a rule of its own
(recommendations and their follow-up duties, job fairs, postings awaiting review, training hours, complaints,
spot checks) goes through the owning app's services, dated in the past, so it is validated, audited and
scheduled like a real desk's work.

Deterministic for a size (the seed is the size's name) and a reference date; the volume of a size is keyed
on its first generated person, so a second run adds nothing.  All names are drawn from common surnames and
given-name characters; nobody real is meant.
"""
from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass

from django.db import transaction
from django.db.models import OuterRef, Subquery

from careerguide.audit.services import object_label
from careerguide.common.errors import DomainError
from careerguide.employers.models import Employer
from careerguide.job_seekers.channels import BUILTIN_CHANNELS
from careerguide.job_seekers.models import JobSeeker, ReadinessAssessment, Registration, ServiceEpisode
from careerguide.ledgers.models import LedgerEntry
from careerguide.matching.management import citygen
from careerguide.occupations.models import Occupation
from careerguide.vacancies.models import Vacancy, VacancyVersion

from . import volume_services
from .base import Demo
from .volume_services import STREET_STAFF


@dataclass(frozen=True)
class Size:
    job_seekers: int
    employers: int
    vacancies: int
    recommendations: int
    fairs: int
    complaints: int
    training_records: int
    contacts: int
    spot_check_months: int


SIZES = {
    "full": Size(job_seekers=3000, employers=320, vacancies=900, recommendations=50, fairs=8, complaints=18,
                 training_records=18, contacts=2000, spot_check_months=3),
    "small": Size(job_seekers=30, employers=6, vacancies=16, recommendations=3, fairs=1, complaints=2,
                  training_records=2, contacts=20, spot_check_months=1),
}

# The demo districts for the generator: (name, region code of the synthetic ID numbers, share of the people)
REGIONS = (("东湖区", "110101", 5), ("西岭区", "110102", 3), ("经济技术开发区", "110115", 2))
DISTRICT_CODES = ("D01", "D02", "D03")
CHANNELS = (("front_desk", 60), ("online_registration", 25), ("job_fair", 10), ("onsite_visit", 5))
DAYS = 365


def _city(demo: Demo, size_name: str) -> citygen.City:
    city = citygen.City(today=demo.today, rng=random.Random(f"demo-volume-{size_name}"), regions=REGIONS,
                        log=lambda _line: None)
    city.districts = [demo.units[code] for code in DISTRICT_CODES]
    for district in city.districts:
        city.streets[district.pk] = [u for code, u in sorted(demo.units.items())
                                     if u.parent_id == district.pk and code in STREET_STAFF]
    leaves = list(Occupation.objects.filter(level=4).order_by("code"))
    city.occupations = [(occ, 1.0 / (rank + 2) ** 0.7) for rank, occ in enumerate(city.rng.sample(leaves, len(leaves)))]
    city.staff["gen.city"] = demo.staff["s0101.counsellor"]
    return city


def _day_in_year(rng: random.Random, today: dt.date) -> dt.date:
    """A day of the last twelve months, a little more often recent ones (the office got busier)."""
    return today - dt.timedelta(days=min(int(rng.triangular(0, DAYS, 0)), DAYS - 1))


def _first_person_exists(demo: Demo, size_name: str) -> bool:
    """Whether this size's volume is in the database: its first generated person is."""
    person, _meta = citygen._person(_city(demo, size_name), 0)
    return JobSeeker.objects.filter(id_number_index=person.id_number_index).exists()


def _registrations(demo: Demo, city: citygen.City, seekers: list[JobSeeker]) -> None:
    """Each generated person's registration, service episode and the two ledger entries the register service
    writes (ledger opened, registration), dated on a day of the last year."""
    rng, channels = city.rng, {c.code: c for c in BUILTIN_CHANNELS}
    episodes, registrations, entries = [], [], []
    by_day: dict[dt.date, list[int]] = {}
    for seeker in seekers:
        day = _day_in_year(rng, demo.today)
        seeker.ledger_opened_on = day
        by_day.setdefault(day, []).append(seeker.pk)
        episodes.append(ServiceEpisode(job_seeker=seeker, number=1, opened_on=day, unit=seeker.unit,
                                       status="closed" if seeker.status in ("employed", "archived") else "open"))
    for day, ids in by_day.items():  # one UPDATE per day (a bulk_update's CASE over thousands of rows is slow)
        JobSeeker.objects.filter(pk__in=ids).update(ledger_opened_on=day)
    ServiceEpisode.objects.bulk_create(episodes, batch_size=2000)
    staff = {demo.units[code].pk: demo.staff[username] for code, username in STREET_STAFF.items()}
    for seeker, episode in zip(seekers, episodes):
        info = channels[citygen._pick(rng, CHANNELS)]
        at = demo.at(episode.opened_on, rng.randint(9, 16))
        registrations.append(Registration(
            job_seeker=seeker, episode=episode, channel=info.code, channel_label=str(info.label),
            collected_on=episode.opened_on, recorded_at=at, unit=seeker.unit, staff=staff.get(seeker.unit_id),
            is_job_seeking_registration=True, form_data={"full_name": seeker.full_name}))
    Registration.objects.bulk_create(registrations, batch_size=2000)
    for seeker, registration in zip(seekers, registrations):
        common = dict(ledger="personal", subject_type=object_label(obj=seeker), subject_id=str(seeker.pk),
                      occurred_on=registration.collected_on, recorded_at=registration.recorded_at, unit=seeker.unit,
                      staff=registration.staff, initiated_by="client", channel="front_desk")
        entries.append(LedgerEntry(section="basic_info", service_type="ledger_opened", summary="建立个人服务台账",
                                   clause="BJ-11-1", content={"contact": False}, **common))
        entries.append(LedgerEntry(section="registration", service_type="registration",
                                   summary=f"求职登记（{registration.channel_label}）", clause="BJ-11-2",
                                   content={"registration": registration.pk, "episode": 1}, **common))
    LedgerEntry.objects.bulk_create(entries, batch_size=2000)
    ReadinessAssessment.objects.filter(job_seeker__in=seekers).update(assessor=None)
    for unit_id, user in staff.items():
        ReadinessAssessment.objects.filter(job_seeker__in=seekers, unit_id=unit_id).update(assessor=user)


def _contacts(demo: Demo, city: citygen.City, seekers: list[JobSeeker], count: int) -> None:
    """Telephone and counter contacts in the people's ledgers after their registration (BJ-13, BJ-17)."""
    rng, rows = city.rng, []
    staff = {demo.units[code].pk: demo.staff[username] for code, username in STREET_STAFF.items()}
    for _n in range(count):
        seeker = rng.choice(seekers)
        span = (demo.today - seeker.ledger_opened_on).days
        day = seeker.ledger_opened_on + dt.timedelta(days=rng.randint(0, span))
        reached = rng.random() < 0.85
        channel = rng.choice(("phone", "phone", "front_desk", "online"))
        rows.append(LedgerEntry(
            ledger="personal", subject_type=object_label(obj=seeker), subject_id=str(seeker.pk), section="contact",
            service_type="contact", occurred_on=day, recorded_at=demo.at(day, rng.randint(9, 17)), unit=seeker.unit,
            staff=staff.get(seeker.unit_id), initiated_by="agency", channel=channel, clause="BJ-13-2",
            summary="电话回访，了解求职进展。" if channel == "phone" else "来访咨询岗位信息。",
            content={"contact": True, "reached": reached}, outcome="" if reached else "未联系上"))
    LedgerEntry.objects.bulk_create(rows, batch_size=2000)


def _vacancies(demo: Demo, city: citygen.City, size: Size) -> None:
    """Employers of every district and their postings, published on days of the last year; those past their
    validity are expired, the rest published with match features."""
    from careerguide.matching.models import VacancyMatchFeatures, VacancyMatchProfile
    from careerguide.matching.selectors import vacancy_records
    from careerguide.matching.services.features import vacancy_feature_rows

    rng = city.rng
    employers = citygen._employers(city, size.employers)
    prefixes = {demo.units[code].pk: prefix for code, prefix in zip(DISTRICT_CODES, ("东湖", "西岭", "开发区"))}
    Employer.objects.filter(pk__in=[e.pk for e in employers]).update(name=_employer_names(employers, rng, prefixes))
    vacancies = []
    for _n in range(size.vacancies):
        employer, day = rng.choice(employers), _day_in_year(rng, demo.today)
        published = demo.at(day, rng.randint(9, 17))
        vacancies.append(Vacancy(employer=employer, unit=employer.unit, status="published",
                                 submitted_at=published - dt.timedelta(hours=rng.randint(2, 48)), published_at=published))
    Vacancy.objects.bulk_create(vacancies, batch_size=2000)
    versions = []
    for vacancy in vacancies:
        version = citygen._version(city, vacancy)
        version.valid_until = vacancy.published_at.date() + dt.timedelta(days=rng.choice((30, 60, 90, 90, 180)))
        versions.append(version)
    VacancyVersion.objects.bulk_create(versions, batch_size=2000)
    for vacancy, version in zip(vacancies, versions):
        vacancy.latest_version = vacancy.published_version = version
        vacancy.status = "published" if version.valid_until >= demo.today else "expired"
    own_version = Subquery(VacancyVersion.objects.filter(vacancy=OuterRef("pk")).values("pk")[:1])
    Vacancy.objects.filter(pk__in=[v.pk for v in vacancies]).update(latest_version=own_version,
                                                                    published_version=own_version)
    Vacancy.objects.filter(pk__in=[v.pk for v in vacancies if v.status == "expired"]).update(status="expired")
    live = [v for v in vacancies if v.status == "published"]
    VacancyMatchProfile.objects.bulk_create([p for v in live if (p := citygen._profile(city, v))], batch_size=2000)
    records = vacancy_records(ids=[v.pk for v in live])
    VacancyMatchFeatures.objects.bulk_create(vacancy_feature_rows(records=records, now=demo.at(demo.today)),
                                             batch_size=2000)


def _employer_names(employers: list[Employer], rng: random.Random, prefixes: dict):
    """Names in the demo city's manner (district, two words, a kind), numbered where two coincide."""
    from django.db.models import Case, CharField, Value, When

    seen, whens = set(), []
    for employer in employers:
        words = "".join(rng.choice(citygen.EMPLOYER_WORDS) for _n in range(2))
        base = f"{prefixes.get(employer.unit.parent_id, '示范')}{words}{rng.choice(citygen.EMPLOYER_KINDS)}"
        name, n = base, 2
        while name in seen:
            name, n = f"{base}（{n}）", n + 1
        seen.add(name)
        whens.append(When(pk=employer.pk, then=Value(name)))
    return Case(*whens, output_field=CharField())


def build(demo: Demo, *, size_name: str = "full", log=None) -> None:
    size = SIZES[size_name]
    if _first_person_exists(demo, size_name):
        return
    city = _city(demo, size_name)
    before = JobSeeker.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    started = time.monotonic()
    citygen.build_job_seekers(city, size.job_seekers, batch=2000)
    generated = JobSeeker.objects.filter(pk__gt=before)
    # routing to assistance opens a case through the assistance services, which the bulk does not: those
    # people stay in ordinary service here (the assistance area has its own people at every stage)
    generated.filter(status="routed_to_assistance").update(status="in_service")
    seekers = list(generated.order_by("pk"))
    _registrations(demo, city, seekers)
    _contacts(demo, city, seekers, size.contacts)
    _vacancies(demo, city, size)
    if log:
        log(f"    people, postings and ledgers: {time.monotonic() - started:.1f} s")
    demo.notes.append(f"a year of history: {len(seekers)} job seekers, {size.employers} employers, "
                      f"{size.vacancies} postings")
    for step in volume_services.STEPS:
        started = time.monotonic()
        try:
            with transaction.atomic():
                step(demo, city.rng, size, seekers)
        except DomainError as exc:  # a rule of the day refused one step; the rest of the city still builds
            demo.notes.append(f"{step.__name__} skipped ({exc})")
        if log:
            log(f"    {step.__name__}: {time.monotonic() - started:.1f} s")

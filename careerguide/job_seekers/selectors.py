"""Reads of job-seeker records, always scoped by jurisdiction."""
from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from careerguide.common.errors import NotFound
from careerguide.common.identifiers import normalise_resident_id, resident_id_problems
from careerguide.guidance.choices import BookingChannel
from careerguide.guidance.models import GuidanceAppointment
from careerguide.guidance.states import AppointmentStatus
from careerguide.ledgers.selectors import ledger_entries
from careerguide.organisations.scoping import visible_to
from careerguide.policy.selectors import policy_value

from .grading import DEFAULT_INSTRUMENT, INSTRUMENTS, GradingInstrument
from .lookup import id_number_lookup_key
from .models import Grading, InstrumentPublication, JobSeeker, ProgrammeHandOff
from .rules import Contact


def job_seeker_list(*, actor, query: str = "", status: str = "", level: int | None = None, unit=None,
                    registered_from: dt.date | None = None, registered_to: dt.date | None = None):
    qs = visible_to(actor, JobSeeker.objects.select_related("unit"))
    query = (query or "").strip()
    if query:
        if not resident_id_problems(query):
            qs = qs.filter(id_number_index=id_number_lookup_key(normalise_resident_id(query)))
        else:
            qs = qs.filter(full_name__startswith=query)
    if status:
        qs = qs.filter(status=status)
    if level:
        qs = qs.filter(current_level=level)
    if unit is not None:
        qs = qs.filter(unit__path__startswith=unit.path)
    if registered_from:
        qs = qs.filter(registrations__collected_on__gte=registered_from)
    if registered_to:
        qs = qs.filter(registrations__collected_on__lte=registered_to)
    if registered_from or registered_to:
        qs = qs.distinct()
    return qs.order_by("-created_at", "-pk")


def job_seeker_get(*, actor, pk) -> JobSeeker:
    seeker = visible_to(actor, JobSeeker.objects.select_related("unit")).filter(pk=pk).first()
    if seeker is None:
        raise NotFound()
    return seeker


SUBJECT_TYPE = "job_seekers.jobseeker"
OPEN_BOOKING_STATUSES = (AppointmentStatus.REQUESTED, AppointmentStatus.ASSIGNED)


def booking_grant(*, actor, pk) -> bool:
    """BJ-4-3, BJ-14-6: a district that received an online booking routed to it (or the officer it designated)
    may read that person while the booking is open; for that person only, and no other grant follows."""
    if not getattr(actor, "is_staff_member", False) or not actor.is_active:
        return False
    bookings = GuidanceAppointment.objects.filter(subject_type=SUBJECT_TYPE, subject_id=str(pk),
                                                  channel=BookingChannel.ONLINE, status__in=OPEN_BOOKING_STATUSES)
    return (visible_to(actor, bookings, "unit").exists() or bookings.filter(officer=actor).exists())


def job_seeker_in_scope(*, actor, pk) -> bool:
    """Whether the person is inside the actor's own jurisdiction (not only readable through a booking grant)."""
    return visible_to(actor, JobSeeker.objects.all()).filter(pk=pk).exists()


def job_seeker_read_get(*, actor, pk) -> JobSeeker:
    """The person for reading: own jurisdiction (BJ-4-2 to BJ-4-4) or the online-booking grant (BJ-4-3).

    Only the person page, its read API and the guidance tiers use this; every other page keeps
    ``job_seeker_get``."""
    try:
        return job_seeker_get(actor=actor, pk=pk)
    except NotFound:
        if not booking_grant(actor=actor, pk=pk):
            raise
    seeker = JobSeeker.objects.select_related("unit").filter(pk=pk).first()
    if seeker is None:
        raise NotFound()
    return seeker


def regrading_due(*, job_seeker) -> bool:
    """Re-grading is prompted, never forced, when the refined-service information the last grading read
    has changed since (BJ-11-3, BJ-12-4, open question 29)."""
    latest = latest_grading(job_seeker=job_seeker)
    if latest is None:
        return False
    for key, graded in latest.inputs.items():
        if key == "assessed_on" or not hasattr(job_seeker, key):
            continue
        current = getattr(job_seeker, key)
        current = current.isoformat() if isinstance(current, dt.date) else current
        if current != graded:
            return True
    return False


def certifications_of(*, job_seeker):
    return job_seeker.certifications.select_related("unit", "staff", "evidence")


def latest_certification(*, job_seeker):
    return job_seeker.certifications.order_by("-decided_on", "-pk").first()


def latest_routing(*, job_seeker):
    """The most recent Article 13 routing decision (BJ-13-1), or None."""
    return job_seeker.routings.order_by("-decided_on", "-pk").first()


def latest_grading(*, job_seeker):
    """The grading that gives the current level (BJ-12-4), or None."""
    return job_seeker.gradings.order_by("-graded_on", "-pk").first()


def readiness_assessments_of(*, job_seeker):
    return job_seeker.readiness_assessments.all()


def handoffs_of(*, job_seeker):
    return job_seeker.handoffs.all()


def job_ready_start_days(*, job_seeker, on: dt.date) -> int:
    """BJ-15-1: the jurisdiction's number of days after a hiring notice within which a job-ready person starts."""
    return policy_value(key="bj.job_ready_start_days", unit=job_seeker.unit, on=on)


def job_seeker_of_portal_user(*, user) -> JobSeeker | None:
    """The person record a portal job-seeker account belongs to (self-service)."""
    if user is None or not user.is_authenticated:
        return None
    return JobSeeker.objects.select_related("unit", "habitual_district").filter(portal_user=user).first()


def instrument_for(*, on: dt.date) -> GradingInstrument:
    """The version the city published for ``on`` (BJ-12-1); the default before any publication."""
    publication = InstrumentPublication.objects.filter(effective_from__lte=on, version__in=list(INSTRUMENTS)).first()
    return INSTRUMENTS[publication.version] if publication else DEFAULT_INSTRUMENT


def grading_history(*, job_seeker):
    """Every grading, newest first; the first is the current level (BJ-12-4)."""
    return job_seeker.gradings.select_related("grader", "unit", "overridden_by").order_by("-graded_on", "-pk")


def grading_get(*, actor, pk) -> Grading:
    grading = visible_to(actor, Grading.objects.select_related("job_seeker", "unit"), "job_seeker__unit").filter(pk=pk).first()
    if grading is None:
        raise NotFound()
    return grading


def personal_ledger(*, job_seeker, include_staff_only: bool = True):
    return ledger_entries(subject=job_seeker, include_staff_only=include_staff_only)


CONTACT_SERVICE_TYPE = "contact"


def contact_entries(*, job_seeker):
    """Contacts and contact attempts recorded with `contact_record` (BJ-13-7)."""
    return personal_ledger(job_seeker=job_seeker).filter(service_type=CONTACT_SERVICE_TYPE)


def contacts_of(*, job_seeker) -> list[Contact]:
    """Contacts recorded in the ledger (BJ-13-7): entries marked as non-contacts are skipped."""
    contacts = []
    for occurred_on, initiated_by, content in personal_ledger(job_seeker=job_seeker).values_list("occurred_on", "initiated_by", "content"):
        content = content or {}
        if content.get("contact") is False:
            continue
        contacts.append(Contact(occurred_on=occurred_on, initiated_by=initiated_by, reached=content.get("reached", True)))
    return contacts


def current_episode(*, job_seeker):
    return job_seeker.episodes.order_by("-number").first()


AGE_BANDS = ((16, 24), (25, 34), (35, 44), (45, 54), (55, 200))


def _age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def grading_fairness(*, actor, date_from: dt.date, date_to: dt.date) -> dict:
    """Level distribution by sex and by age band of the people graded in a period (latest grading each)."""
    qs = visible_to(actor, Grading.objects.filter(graded_on__gte=date_from, graded_on__lte=date_to), "unit")
    latest: dict[int, tuple] = {}
    for pk, seeker_id, graded_on, level, sex, birth in qs.order_by("graded_on", "pk").values_list(
            "pk", "job_seeker_id", "graded_on", "level", "job_seeker__sex", "job_seeker__birth_date"):
        latest[seeker_id] = (level, sex, _age(birth, graded_on))

    def table(key_of, keys):
        rows = []
        for key, label in keys:
            counts = [sum(1 for v in latest.values() if key_of(v) == key and v[0] == lvl) for lvl in (1, 2, 3, 4)]
            total = sum(counts)
            rows.append({"label": label, "counts": counts, "total": total,
                         "key_share": round(100 * (counts[2] + counts[3]) / total, 1) if total else None})
        return rows

    def band(v):
        return next((f"{lo}-{hi}" for lo, hi in AGE_BANDS if lo <= v[2] <= hi), "other")

    band_keys = [(f"{lo}-{hi}", _("%(lo)s岁及以上") % {"lo": lo} if hi >= 200 else _("%(lo)s—%(hi)s岁") % {"lo": lo, "hi": hi})
                 for lo, hi in AGE_BANDS]
    band_keys.append(("other", _("16岁以下")))
    return {"total": len(latest), "by_sex": table(lambda v: v[1], [("male", _("男")), ("female", _("女"))]),
            "by_age": [r for r in table(band, band_keys) if r["total"] or r["label"] != _("16岁以下")]}


def handoff_get(*, actor, pk):
    """A hand-off, visible when its person is (BJ-2-3)."""
    handoff = ProgrammeHandOff.objects.select_related("job_seeker", "unit").filter(pk=pk).first()
    if handoff is None:
        raise NotFound()
    job_seeker_get(actor=actor, pk=handoff.job_seeker_id)
    return handoff

"""Job seekers as subjects of the shared guidance mechanism (careerguide.guidance)."""
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careerguide.guidance.subjects import SubjectKind, register_subject

from .selectors import job_seeker_read_get
from .services.ledger import ensure_serviceable, personal_entry_add


def _add_entry(*, actor, subject, unit, service_type, occurred_on, summary, outcome="", content=None,
               initiated_by="agency", channel="front_desk", clause="", now=None):
    return personal_entry_add(actor=actor, job_seeker=subject, unit=unit, section="guidance", service_type=service_type,
                              occurred_on=occurred_on, summary=summary, outcome=outcome, content=content,
                              initiated_by=initiated_by, channel=channel, clause=clause, now=now)


def register() -> None:
    register_subject(SubjectKind(
        label="job_seekers.jobseeker",
        unit_field="unit",
        home_district=lambda seeker: seeker.habitual_district,
        can_book_online=lambda seeker: seeker.platform_permission,
        ensure_serviceable=lambda seeker: ensure_serviceable(job_seeker=seeker),
        add_entry=_add_entry,
        detail_url=lambda seeker: reverse("job_seekers:detail", args=[seeker.pk]),
        get=job_seeker_read_get,  # own jurisdiction, or the online-booking grant (BJ-4-3, BJ-14-6)
        noun=_("求职者"),
    ))

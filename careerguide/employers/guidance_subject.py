"""Employers as subjects of the shared guidance mechanism (careerguide.guidance), BJ-37-1 to BJ-37-3."""
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careerguide.guidance.subjects import SubjectKind, register_subject

from .districts import district_of
from .selectors import employer_get
from .services.ledger import ledger_add


def _add_entry(*, actor, subject, unit, service_type, occurred_on, summary, outcome="", content=None,
               initiated_by="agency", channel="front_desk", clause="", now=None):
    """Guidance given to an employer goes into the "用工指导和匹配推荐" section of its ledger (BJ-50-2)."""
    return ledger_add(actor=actor, employer=subject, unit=unit, section="guidance", service_type=service_type,
                      occurred_on=occurred_on, summary=summary, content=content, outcome=(outcome or "")[:200],
                      channel=channel, clause=clause or "BJ-37-1", initiated_by=initiated_by, now=now)


def _serviceable(employer) -> None:
    """General guidance is given while the employer's information is collected (BJ-37-1): no precondition."""


def register() -> None:
    register_subject(SubjectKind(
        label="employers.employer",
        unit_field="unit",
        home_district=lambda employer: district_of(employer.unit),
        can_book_online=lambda employer: False,  # employers register appointments at the counter (BJ-37-1)
        ensure_serviceable=_serviceable,
        add_entry=_add_entry,
        detail_url=lambda employer: reverse("employers:detail", args=[employer.pk]),
        get=employer_get,
        noun=_("用人单位"),
    ))

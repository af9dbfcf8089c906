"""Employers as subjects of the employer service e-archive (单位服务电子档案, BJ-9-1)."""
from django.urls import reverse
from django.utils.translation import gettext as _

from careerguide.documents.subjects import ArchiveSubject, IndexRow, register_archive_subject
from careerguide.guidance.selectors import appointments_for_subject, plans_for_subject, records_for_subject

from .selectors import employer_get
from .selectors.key_enterprises import demand_archive_of


def _index(employer) -> list[IndexRow]:
    """Every record about the employer kept by the other modules (ledger, verification, agreements, plans)."""
    detail = reverse("employers:detail", args=[employer.pk])
    rows = [IndexRow("E02", _("服务台账"), _("用人单位服务台账"), employer.ledger_opened_on,
                     reverse("employers:ledger", args=[employer.pk]))] if employer.ledger_opened_on else []
    rows += [IndexRow("E01", _("资格核验"), _("第%(n)s次核验：%(s)s") % {"n": v.round, "s": v.get_status_display()},
                      v.submitted_at.date() if v.submitted_at else None, detail) for v in employer.verifications.all()]
    rows += [IndexRow("E01", _("招聘需求登记"), f"{r.unit.name} · {r.get_status_display()}", r.registered_on, detail)
             for r in employer.demand_registrations.select_related("unit")]
    rows += [IndexRow("E03", _("日常服务协议"), f"{a.unit.name} · {a.get_status_display()} {a.document_ref}".strip(),
                      a.signed_on or a.checked_on, detail) for a in employer.service_agreements.select_related("unit")]
    archive = demand_archive_of(employer=employer)
    if archive is not None:
        rows.append(IndexRow("E04", _("用人需求档案"), archive.hiring_plan or _("用人需求档案"), archive.updated_on, detail))
    rows += [IndexRow("E04", p.get_kind_display(), f"{p.title} v{p.version}", p.drafted_on,
                      reverse("employers:plans", args=[employer.pk])) for p in plans_for_subject(subject=employer)]
    rows += [IndexRow("G01", r.get_tier_display(), r.advice[:80], r.held_on, detail) for r in records_for_subject(subject=employer)]
    rows += [IndexRow("G01", _("指导预约"), f"{a.get_guidance_type_display()} · {a.get_status_display()}", a.requested_on,
                      detail) for a in appointments_for_subject(subject=employer)]
    return rows


def register() -> None:
    register_archive_subject(ArchiveSubject(
        label="employers.employer",
        get=employer_get,
        unit_of=lambda employer: employer.unit,
        detail_url=lambda employer: reverse("employers:detail", args=[employer.pk]),
        index=_index,
    ))

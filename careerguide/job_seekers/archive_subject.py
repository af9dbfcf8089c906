"""Job seekers as subjects of the personal service e-archive (个人服务电子档案, BJ-9-1)."""
from django.urls import reverse
from django.utils.translation import gettext as _

from careerguide.documents.subjects import ArchiveSubject, IndexRow, register_archive_subject
from careerguide.guidance.selectors import appointments_for_subject, plans_for_subject, records_for_subject

from .selectors import job_seeker_get


def _index(seeker) -> list[IndexRow]:
    """Every record about the person kept by the other modules, so the archive retrieves them all."""
    detail = reverse("job_seekers:detail", args=[seeker.pk])
    rows = [IndexRow("P02", _("服务台账"), _("个人服务台账（导出PDF）"), seeker.ledger_opened_on,
                     reverse("job_seekers:ledger_pdf", args=[seeker.pk]))]
    rows += [IndexRow("P01", _("求职登记"), _("%(c)s采集") % {"c": r.channel_label}, r.collected_on, detail)
             for r in seeker.registrations.all()]
    rows += [IndexRow("P03", _("就业困难程度评估"), _("%(l)s级（%(v)s）") % {"l": g.level, "v": g.instrument_version},
                      g.graded_on, reverse("job_seekers:grading", args=[g.pk])) for g in seeker.gradings.all()]
    rows += [IndexRow("P03", _("上岗条件评估"), _("具备上岗条件") if a.job_ready else _("暂不具备上岗条件"), a.assessed_on,
                      detail) for a in seeker.readiness_assessments.all()]
    rows += [IndexRow("P05", _("就业困难人员认定"), f"{c.get_status_display()} {c.authority} {c.document_ref}".strip(),
                      c.decided_on, detail) for c in seeker.certifications.all()]
    rows += [IndexRow("G01", _("政策咨询"), "、".join(a.missing_procedures), a.given_on, detail)
             for a in seeker.policy_advice.all()]
    rows += [IndexRow("G01", r.get_tier_display(), r.advice[:80], r.held_on, detail) for r in records_for_subject(subject=seeker)]
    rows += [IndexRow("G01", _("指导预约"), f"{a.get_guidance_type_display()} · {a.get_status_display()}", a.requested_on,
                      detail) for a in appointments_for_subject(subject=seeker)]
    rows += [IndexRow("G01", p.get_kind_display(), f"{p.title} v{p.version}", p.drafted_on, "")
             for p in plans_for_subject(subject=seeker)]
    rows += [IndexRow("Z99", _("未联系反馈"), r.recipient, r.reported_on, detail) for r in seeker.no_contact_reports.all()]
    return rows


def register() -> None:
    register_archive_subject(ArchiveSubject(
        label="job_seekers.jobseeker",
        get=job_seeker_get,
        unit_of=lambda seeker: seeker.unit,
        detail_url=lambda seeker: reverse("job_seekers:detail", args=[seeker.pk]),
        index=_index,
    ))

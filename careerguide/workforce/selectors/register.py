"""Scoped reads of the register (BJ-60-*, BJ-61-1, BJ-71-1, SD-G-2, SD-G-9)."""
from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from ..models import ChiefAppointment, Counsellor, StaffFiling, TitleAward
from .facts import valid_qualifications

QUALIFIED_ROLES = {"guidance": "career_guidance", "analyst": "info_analysis", "labour_assistant": "labour_assistant"}


def counsellor_list(*, actor, q: str = "", employment_type: str = "", include_left: bool = False):
    qs = visible_to(actor, Counsellor.objects.select_related("unit"))
    if q:
        qs = qs.filter(full_name__contains=q)
    if employment_type:
        qs = qs.filter(employment_type=employment_type)
    if not include_left:
        qs = qs.filter(left_on__isnull=True)
    return qs


def counsellor_get(*, actor, pk) -> Counsellor:
    """SD-G-2: a row outside the actor's own organisation and its subordinates is a 404."""
    counsellor = visible_to(actor, Counsellor.objects.select_related("unit", "user")).filter(pk=pk).first()
    if counsellor is None:
        raise NotFound()
    return counsellor


def live_qualifications(*, counsellor: Counsellor):
    """The person's certificates not recorded as lapsed (BJ-61-1)."""
    return counsellor.qualifications.filter(revoked_on__isnull=True)


def qualification_warnings(*, counsellor: Counsellor, on: dt.date) -> list[str]:
    """BJ-61-1: a guidance, analysis or labour-assistant role without the matching certificate or a skills attestation."""
    held = {q.occupation for q in valid_qualifications(counsellor=counsellor, on=on)}
    warnings = []
    for role, occupation in QUALIFIED_ROLES.items():
        if role in counsellor.roles and occupation not in held and not counsellor.skills_attestation.strip():
            warnings.append(_("担任%(role)s但未登记相应国家职业资格证书或职业技能说明。") % {"role": dict(
                guidance=_("职业指导人员"), analyst=_("职业信息分析人员"), labour_assistant=_("劳动保障协理员"))[role]})
    return warnings


def counsellor_record(*, counsellor: Counsellor, on: dt.date) -> dict:
    """A person's record page: warnings, certificates, periods, titles, training and recognition."""
    return {"c": counsellor, "warnings": qualification_warnings(counsellor=counsellor, on=on),
            "qualifications": counsellor.qualifications.all(), "periods": counsellor.service_periods.all(),
            "titles": counsellor.titles.all(), "trainings": counsellor.training_records.all()[:50],
            "markers": counsellor.exemplar_markers.all(), "awards": counsellor.awards.all(),
            "commendations": counsellor.commendations.all()}


def title_list(*, actor, year: int | None = None, status: str = ""):
    qs = visible_to(actor, TitleAward.objects.select_related("counsellor__unit"), "counsellor__unit")
    if year:
        qs = qs.filter(year=year)
    if status:
        qs = qs.filter(status=status)
    return qs


def title_get(*, actor, pk) -> TitleAward:
    award = title_list(actor=actor).filter(pk=pk).first()
    if award is None:
        raise NotFound()
    return award


def filing_list(*, actor):
    """BJ-71-1: the city sees every district's filings; a district its own."""
    return visible_to(actor, StaffFiling.objects.select_related("unit"))


def chief_roster(*, actor, on: dt.date):
    """SD-5-5: current chiefs per locality with term dates and their activity counts."""
    qs = visible_to(actor, ChiefAppointment.objects.select_related("counsellor", "unit"))
    return [{"appointment": a, "activities": a.activities.count()}
            for a in qs.filter(starts_on__lte=on, ends_on__gte=on, ended_early_on__isnull=True)]

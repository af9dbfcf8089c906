"""Reads of the agency's basic requirements: whether the standard is adopted, the qualification, the
management-system register, site devices and inspections, the dated references (CQ-1-1, CQ-2-1, CQ-3.2-1,
CQ-4.1-*, CQ-4.2-3)."""
import datetime as dt

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to
from careerguide.organisations.selectors import unit_list
from careerguide.policy.selectors import policy_value

from .. import rules
from ..choices import REQUIRED_MANAGEMENT_DOCS, DeviceStatus
from ..models import AgencyQualification, ManagementDocument, SiteDevice, SiteInspection, StandardEditionNote


def cq_rules_enabled(*, unit, on: dt.date) -> bool:
    """CQ-1-1: whether the jurisdiction of `unit` has adopted the CQ standard (policy cq.rules_enabled)."""
    return bool(policy_value(key="cq.rules_enabled", unit=unit, on=on))


def _ancestor_ids(unit) -> list[int]:
    """The unit and the units above it, nearest first."""
    return [int(x) for x in reversed(unit.path.strip("/").split("/")) if x]


def qualification_on(*, unit, on: dt.date):
    """CQ-3.2-1, CQ-4.1-1: the PES qualification valid on `on` for `unit` — its own, or that of the nearest unit
    above it (a street office or community station serves under its agency's qualification); None when none."""
    ids = _ancestor_ids(unit)
    records = AgencyQualification.objects.filter(unit_id__in=ids).select_related("unit")
    valid = [q for q in records if rules.qualification_valid(issued_on=q.issued_on, expires_on=q.expires_on, on=on)]
    valid.sort(key=lambda q: (ids.index(q.unit_id), -(q.expires_on or dt.date.max).toordinal()))
    return valid[0] if valid else None


def qualification_list(*, actor):
    return visible_to(actor, AgencyQualification.objects.select_related("unit"))


def qualification_get(*, actor, pk) -> AgencyQualification:
    found = qualification_list(actor=actor).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def holds_own_qualification(*, unit) -> bool:
    return AgencyQualification.objects.filter(unit=unit).exists()


def management_document_list(*, actor, unit=None, active_only: bool = False):
    qs = visible_to(actor, ManagementDocument.objects.select_related("unit"))
    if active_only:
        qs = qs.filter(withdrawn_on__isnull=True)
    return qs.filter(unit=unit) if unit is not None else qs


def management_document_get(*, actor, pk) -> ManagementDocument:
    found = management_document_list(actor=actor).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def document_types_in_effect(*, unit, on: dt.date) -> set[str]:
    """CQ-4.1-3: the document types of the unit's register in effect on `on` (effective, not withdrawn)."""
    docs = ManagementDocument.objects.filter(unit=unit, effective_from__lte=on)
    return {d.doc_type for d in docs if d.withdrawn_on is None or d.withdrawn_on > on}


def missing_document_types(*, unit, on: dt.date) -> list[str]:
    """CQ-4.1-2, CQ-4.1-3: the six required types with no entry in effect on `on`."""
    return rules.missing_document_types(in_effect=document_types_in_effect(unit=unit, on=on),
                                        required=[str(t) for t in REQUIRED_MANAGEMENT_DOCS])


def device_list(*, actor, unit=None):
    qs = visible_to(actor, SiteDevice.objects.select_related("unit"))
    return qs.filter(unit=unit) if unit is not None else qs


def device_get(*, actor, pk) -> SiteDevice:
    found = device_list(actor=actor).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def public_computers_in_service(*, unit) -> int:
    """CQ-4.2-3: in-service internet computers in the site's public area (not devices purchased)."""
    return SiteDevice.objects.filter(unit=unit, public_area=True, internet=True, status=DeviceStatus.IN_SERVICE).count()


def min_public_computers(*, unit, on: dt.date) -> int:
    """CQ-4.2-3: the minimum (policy cq.min_public_computers)."""
    return policy_value(key="cq.min_public_computers", unit=unit, on=on)


def inspection_list(*, actor, unit=None):
    qs = visible_to(actor, SiteInspection.objects.select_related("unit", "inspector"))
    return qs.filter(unit=unit) if unit is not None else qs


def qualification_warning_days(*, unit, on: dt.date) -> int:
    """CQ-4.1-1: how many calendar days before expiry the agency head is warned."""
    return policy_value(key="cq.qualification_expiry_warning_days", unit=unit, on=on)


def _qualification_cell(unit, today):
    own = holds_own_qualification(unit=unit)
    valid = qualification_on(unit=unit, on=today)
    expiring = bool(valid and valid.expires_on and valid.unit_id == unit.pk
                    and today >= rules.qualification_warning_on(valid.expires_on,
                                                                qualification_warning_days(unit=unit, on=today)))
    return {"valid": valid, "inherited": bool(valid and valid.unit_id != unit.pk), "own": own, "expiring": expiring}


def compliance_row(*, unit, today: dt.date) -> dict:
    """One agency or site of the compliance dashboard (CQ-4.1-1, CQ-4.1-3, CQ-4.2-3)."""
    qualification = _qualification_cell(unit, today)
    computers, minimum = public_computers_in_service(unit=unit), min_public_computers(unit=unit, on=today)
    missing = missing_document_types(unit=unit, on=today) if qualification["own"] else []
    return {"unit": unit, "qualification": qualification, "missing_documents": missing,
            "computers": computers, "computers_required": minimum,
            "computers_short": rules.public_computers_short(computers, minimum),
            "flagged": bool(missing) or qualification["valid"] is None or rules.public_computers_short(computers,
                                                                                                        minimum)}


def compliance_dashboard(*, actor, today: dt.date) -> list[dict]:
    """CQ-4.1-3: every unit of the jurisdiction, flagged when it lacks a valid qualification, one of the six
    management-system document types (agencies holding their own qualification), or enough public computers."""
    return [compliance_row(unit=unit, today=today) for unit in unit_list(actor=actor)]


def normative_references() -> list[dict]:
    """CQ-2-1: each reference of clause 2 with the edition that applies and the later editions noted."""
    notes = {}
    for note in StandardEditionNote.objects.all():
        notes.setdefault(note.number, []).append(note)
    return [{"number": number, "year": year, "title": title, "applies": f"{number}-{year}",
             "later": notes.get(number, [])} for number, year, title in rules.NORMATIVE_REFERENCES]

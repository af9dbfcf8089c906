"""The public service page (CQ-9.1.1-1, CQ-9.1.1-2): service content from the live catalogue, basis, process from
the workflow tables, requirements from the policy registry, complaint channels — each with its last-updated date."""
import datetime as dt

from django.db.models import Max
from django.utils.translation import gettext as _

from careerguide.policy.models import PolicyOverride
from careerguide.policy.registry import SETTINGS
from careerguide.policy.selectors import policy_value

from .. import rules
from ..states import EMPLOYER_ACTIVE, WORKER_ACTIVE, CaseStatus
from .agency import normative_references, qualification_on
from .catalogue import catalogue
from .quality import public_complaint_channels

REQUIREMENT_KEYS = ("cq.material_lead_workdays", "cq.plan_first_follow_up_workdays",
                    "cq.plan_follow_up_max_interval_days", "cq.report_feedback_workdays",
                    "cq.referral_appointment_workdays", "cq.policy_display_update_workdays")


def _content(today: dt.date) -> dict:
    """Each group lists the top-level types, each with its sub-types under it (recruitment guidance's four, CQ-5.2-2;
    job-search guidance's topics, CQ-5.1-2; preventive guidance under specific-group guidance, CQ-7.1.8-1)."""
    items = catalogue(on=today)

    def group(recipient_type):
        mine = [i for i in items if recipient_type in i.recipient_types]
        return [(i, [c for c in mine if c.parent == i.code]) for i in mine if not i.parent]

    groups = [(_("对劳动者的服务"), group("worker")), (_("对用人单位的服务"), group("employer"))]
    return {"groups": groups, "updated": max(i.since for i in items)}


def _process() -> dict:
    """CQ-9.1.1-2: the steps as the workflow runs them."""
    return {"worker": [CaseStatus(s).label for s in WORKER_ACTIVE],
            "employer": [CaseStatus(s).label for s in EMPLOYER_ACTIVE] + [CaseStatus.CLOSED.label],
            "updated": rules.STANDARD_PUBLISHED}


def _requirements(unit, today: dt.date) -> dict:
    rows = [{"label": _(SETTINGS[key].label), "value": policy_value(key=key, unit=unit, on=today),
             "unit": _(SETTINGS[key].unit_label), "clause": SETTINGS[key].clause} for key in REQUIREMENT_KEYS]
    chain = [int(x) for x in unit.path.strip("/").split("/") if x] if unit else []
    changed = PolicyOverride.objects.filter(key__in=REQUIREMENT_KEYS, unit_id__in=chain,
                                            effective_from__lte=today).aggregate(d=Max("effective_from"))["d"]
    return {"rows": rows, "updated": max(filter(None, (changed, rules.STANDARD_PUBLISHED)))}


def public_service_page(*, unit, today: dt.date) -> dict:
    """CQ-9.1.1-1: what the agency discloses; `unit` None gives the city-wide defaults."""
    channels = public_complaint_channels(unit=unit) if unit else []
    return {
        "unit": unit, "standard": rules.STANDARD,
        "qualification": qualification_on(unit=unit, on=today) if unit else None,
        "content": _content(today), "process": _process(), "requirements": _requirements(unit, today),
        "basis": {"references": normative_references(), "updated": rules.STANDARD_PUBLISHED},
        "complaints": {"channels": channels,
                       "updated": max((c.updated_at.date() for c in channels), default=None)},
    }

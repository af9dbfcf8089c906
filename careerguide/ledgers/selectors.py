"""Reading a subject's ledger.

The caller loads the subject through its own scoped selector first (a 404
outside the jurisdiction); the whole history of a visible subject is then
shown, including entries made by a unit that served the person before a
transfer.
"""
from django.db.models import Count

from careerguide.audit.services import object_label

from .models import LedgerEntry
from .service_types import ServiceCategory, service_category


def ledger_entries(*, subject, include_staff_only: bool = True):
    """Entries of the subject's ledger, oldest first."""
    qs = LedgerEntry.objects.filter(subject_type=object_label(obj=subject), subject_id=str(subject.pk))
    if not include_staff_only:
        qs = qs.filter(staff_only=False)
    return qs.select_related("unit", "staff", "corrects")


def service_counts_by_category(*, unit, since, until) -> dict[str, int]:
    """How many services of each BJ-2-2 category the unit's subtree delivered in [since, until]:
    one grouped query over the ledgers, rolled up by the code → category table."""
    counts = {c.value: 0 for c in ServiceCategory}
    rows = (LedgerEntry.objects.filter(unit__path__startswith=unit.path, occurred_on__gte=since, occurred_on__lte=until,
                                       corrects__isnull=True)
            .values("service_type").annotate(n=Count("pk")))
    for row in rows:
        counts[service_category(row["service_type"]).value] += row["n"]
    return counts


def service_counts_by_child_unit(*, unit, since, until) -> list[tuple]:
    """BJ-2-2 statistics for each unit directly below `unit`: [(child unit, counts by category)]."""
    return [(child, service_counts_by_category(unit=child, since=since, until=until))
            for child in unit.children.order_by("path")]

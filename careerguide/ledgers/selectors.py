"""Reading a subject's ledger.

The caller loads the subject through its own scoped selector first (a 404
outside the jurisdiction); the whole history of a visible subject is then
shown, including entries made by a unit that served the person before a
transfer.
"""
from careerguide.audit.services import object_label

from .models import LedgerEntry


def ledger_entries(*, subject, include_staff_only: bool = True):
    """Entries of the subject's ledger, oldest first."""
    qs = LedgerEntry.objects.filter(subject_type=object_label(subject), subject_id=str(subject.pk))
    if not include_staff_only:
        qs = qs.filter(staff_only=False)
    return qs.select_related("unit", "staff", "corrects")

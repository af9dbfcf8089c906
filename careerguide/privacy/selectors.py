"""Reads of the personal-data read log, scoped to the agency serving the person (BJ-51-2)."""
from careerguide.audit.services import object_label
from careerguide.organisations.scoping import visible_to

from .models import PersonalDataRead


def personal_data_read_list(*, actor, subject=None):
    """Reads of the data of people served in the actor's jurisdiction (of one person, when given)."""
    qs = visible_to(actor, PersonalDataRead.objects.select_related("reader", "subject_unit"), "subject_unit")
    if subject is not None:
        qs = qs.filter(subject_type=object_label(obj=subject), subject_id=str(subject.pk))
    return qs

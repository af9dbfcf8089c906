"""Reading the audit trail, scoped by the jurisdiction of the record it describes."""
from django.apps import apps

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from .models import AuditEvent


def audited_object_get(*, actor, object_type: str, object_id: str):
    """The record a timeline is about, if the actor may see it; NotFound otherwise.

    A model opts in by declaring `jurisdiction_field` (the path to its unit);
    anything else is not viewable (deny by default).
    """
    try:
        model = apps.get_model(object_type)
    except (LookupError, ValueError):
        raise NotFound() from None
    field = getattr(model, "jurisdiction_field", None)
    if field is None:
        raise NotFound()
    obj = visible_to(actor, model.objects.filter(pk=object_id), unit_field=field).first() if str(object_id).isdigit() else None
    if obj is None:
        raise NotFound()
    return obj


def audit_timeline(*, actor, object_type: str, object_id: str):
    obj = audited_object_get(actor=actor, object_type=object_type, object_id=object_id)
    events = (AuditEvent.objects.filter(object_type=object_type, object_id=str(object_id))
              .select_related("actor", "actor_unit").order_by("seq"))
    return obj, events

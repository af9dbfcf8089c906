from django.shortcuts import render

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_view_audit_trail

from .presentation import timeline_entries
from .selectors import audit_timeline


@require(can_view_audit_trail)
def timeline_view(request, object_type, object_id):
    obj, events = audit_timeline(actor=request.user, object_type=object_type, object_id=object_id)
    return render(request, "audit/timeline.html", {"obj": obj, "events": timeline_entries(events=events, model=type(obj))})

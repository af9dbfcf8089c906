import datetime as dt

from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_staff
from careerguide.common.views import form_page

from .definition import format_value
from .forms import PolicyOverrideForm
from .permissions import can_override_policy
from .registry import SETTINGS
from .selectors import policy_get, policy_list, policy_override_unit_list
from .services import policy_override_create


def _on(request) -> dt.date:
    """The date to show values for: ?on=YYYY-MM-DD, else today."""
    try:
        return dt.date.fromisoformat(request.GET.get("on", ""))
    except ValueError:
        return timezone.localdate()


@require(is_staff)
def list_view(request):
    on = _on(request)
    return render(request, "policy/list.html", {
        "groups": policy_list(actor=request.user, on=on),
        "on": on,
        "can_override": can_override_policy(request.user),
    })


@require(is_staff)
def history_view(request, key):
    on = _on(request)
    row = policy_get(actor=request.user, key=key, on=on)
    return render(request, "policy/history.html", {
        "row": row, "on": on, "can_override": can_override_policy(request.user),
    })


@require(can_override_policy)
def override_view(request):
    units = policy_override_unit_list(actor=request.user)
    key = request.GET.get("key", "")
    initial = {"key": key if key in SETTINGS else "", "unit": units.first(), "effective_from": timezone.localdate()}
    form = PolicyOverrideForm(request.POST or None, units=units, initial=initial)
    selected = SETTINGS.get(form["key"].value() or "")
    return form_page(request, form, lambda: policy_override_create(actor=request.user, **form.cleaned_data),
                     template="policy/override.html", success=_("政策参数调整已保存。"),
                     redirect_to=lambda override: reverse("policy:history", args=[override.key]), context={
                         "setting": selected,
                         "default_display": _(format_value(selected, selected.default)) if selected else "",
                     })

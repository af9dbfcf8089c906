from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_edit_unit_disclosure, is_staff
from careerguide.common.views import form_page

from .forms import DisclosureForm
from .selectors import unit_get, unit_list
from .services import DISCLOSURE_FIELDS, unit_disclosure_update


@require(is_staff)
def list_view(request):
    units = [(u, can_edit_unit_disclosure(request.user, u)) for u in unit_list(actor=request.user)]
    return render(request, "organisations/list.html", {"units": units})


@require(is_staff)
def disclosure_edit_view(request, pk):
    unit = unit_get(actor=request.user, pk=pk)
    if not can_edit_unit_disclosure(request.user, unit):
        raise PermissionDenied
    form = DisclosureForm(request.POST or None, initial={f: getattr(unit, f) for f in DISCLOSURE_FIELDS})
    return form_page(request, form, lambda: unit_disclosure_update(actor=request.user, unit=unit, **form.cleaned_data),
                     template="organisations/disclosure_form.html", success=_("办事公开信息已更新。"),
                     redirect_to="organisations:list", context={"unit": unit})

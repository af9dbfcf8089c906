"""The lists an agency configures and the key groups the city or a district designates (BJ-19-1, BJ-33-1)."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import run_service
from careerguide.job_seekers.selectors import job_seeker_list

from ..forms import KeyGroupCaseForm, KeyGroupForm, OptionForm
from ..permissions import can_configure_lists, can_serve_assistance, can_view_assistance
from ..selectors.options import option_list
from ..selectors.settings import key_group_list, key_groups_in_force
from ..services.cases import key_group_case_open
from ..services.key_groups import key_group_create
from ..services.options import option_add
from .common import case_url


@require(can_configure_lists)
def options_view(request):
    form = OptionForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and run_service(
            request, lambda: option_add(actor=request.user, **form.cleaned_data), form=form, success=_("已添加。")):
        return redirect("assistance:options")
    return render(request, "assistance/options.html", {"form": form, "options": option_list(actor=request.user)})


def _key_group_case(request, form):
    seeker = job_seeker_list(actor=request.user, query=form.cleaned_data["id_number"]).first()
    if seeker is None:
        form.add_error("id_number", _("本辖区内未找到该身份证号码的求职者。"))
        return None
    return run_service(request, lambda: key_group_case_open(actor=request.user, job_seeker=seeker,
                                                            group=form.cleaned_data["group"]),
                       form=form, success=_("已参照第三章为其提供就业援助服务。"))


@require(can_view_assistance)
def key_groups_view(request):
    """BJ-33-1: designate a group (city or district heads); open a case for a person of a group (streets)."""
    action = request.POST.get("action", "")
    group_form = KeyGroupForm(request.POST if action == "group" else None)
    case_form = KeyGroupCaseForm(request.POST if action == "case" else None, querysets={
        "group": key_groups_in_force(unit=request.user.unit, on=timezone.localdate())})
    if action == "group" and group_form.is_valid() and run_service(
            request, lambda: key_group_create(actor=request.user, **group_form.cleaned_data), form=group_form,
            success=_("已确定重点帮扶人员类别。")):
        return redirect("assistance:key_groups")
    if action == "case" and can_serve_assistance(request.user) and case_form.is_valid():
        case = _key_group_case(request, case_form)
        if case:
            return redirect(case_url(case))
    return render(request, "assistance/key_groups.html", {
        "groups": key_group_list(actor=request.user), "group_form": group_form, "case_form": case_form,
        "can_open": can_serve_assistance(request.user), "url": reverse("assistance:key_groups")})

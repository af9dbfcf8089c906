"""Staff forms on the studio register: plaque and exit (HN), register and standardisation (SD), and the
SD coverage and HEI compliance reports.  Each form calls one service."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error

from ..forms import ExitForm, PlaqueForm, SdRegisterForm, StandardisationForm
from ..permissions import can_grant_special_subsidy, can_view_studios, is_city_hrss
from ..selectors import sd_register_choices, sd_studio_get, sd_studio_list, studio_get
from ..services import exits, sd
from ..services.studios import plaque_award


def _handle(request, form, call, *, done, heading, back):
    if request.method == "POST" and form.is_valid():
        try:
            result = call(form)
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, done)
            return redirect(back(result) if callable(back) else back)
    return render(request, "studios/staff/form.html", {"form": form, "heading": heading,
                                                       "back": "" if callable(back) else back})


@require(is_city_hrss)
def plaque_award_view(request, pk):
    studio = studio_get(actor=request.user, pk=pk)
    return _handle(request, PlaqueForm(request.POST or None),
                   lambda f: plaque_award(actor=request.user, studio=studio, **f.cleaned_data),
                   done=_("已登记授牌。"), heading=_("授牌：%(n)s") % {"n": studio.name}, back=f"/studios/{studio.pk}/")


@require(is_city_hrss)
def studio_exit_view(request, pk):
    studio = studio_get(actor=request.user, pk=pk)
    return _handle(request, ExitForm(request.POST or None),
                   lambda f: exits.studio_exit(actor=request.user, studio=studio, **f.cleaned_data),
                   done=_("已作出注（撤）销决定。"), heading=_("注（撤）销：%(n)s") % {"n": studio.name},
                   back=f"/studios/{studio.pk}/")


@require(can_view_studios)
def sd_list_view(request):
    return render(request, "studios/staff/sd_list.html", {
        "studios": sd_studio_list(actor=request.user), "can_register": can_grant_special_subsidy(request.user),
        "coverage": sd.coverage_report(actor=request.user), "hei": sd.hei_compliance_report(actor=request.user),
        "due": sd.reassessment_due_list(actor=request.user)})


@require(can_grant_special_subsidy)
def sd_register_view(request):
    host_units, areas = sd_register_choices(actor=request.user)
    return _handle(request, SdRegisterForm(request.POST or None, host_units=host_units, areas=areas),
                   lambda f: sd.sd_studio_register(actor=request.user, **f.service_kwargs()),
                   done=_("已登记。"), heading=_("登记职业指导工作室（站、角）"), back=lambda s: f"/studios/sd/{s.pk}/")


@require(can_view_studios)
def sd_detail_view(request, pk):
    studio = sd_studio_get(actor=request.user, pk=pk)
    return render(request, "studios/staff/sd_detail.html", {
        "studio": studio, "assessments": studio.standardisation_assessments.all(),
        "can_assess": can_grant_special_subsidy(request.user)})


@require(can_grant_special_subsidy)
def sd_assess_view(request, pk):
    studio = sd_studio_get(actor=request.user, pk=pk)
    return _handle(request, StandardisationForm(request.POST or None),
                   lambda f: sd.standardisation_assess(actor=request.user, studio=studio, **f.service_kwargs()),
                   done=_("已登记标准化评估，请作出结论。"), heading=_("标准化评估：%(n)s") % {"n": studio.name},
                   back=f"/studios/sd/{studio.pk}/")


@require(can_grant_special_subsidy)
def sd_conclude_view(request, pk):
    studio = sd_studio_get(actor=request.user, pk=pk)
    if request.method == "POST":
        try:
            sd.standardisation_conclude(actor=request.user, studio=studio)
        except DomainError as exc:
            messages.error(request, "；".join(str(m) for m in exc.messages))
        else:
            messages.success(request, _("已作出标准化结论。"))
    return redirect(f"/studios/sd/{studio.pk}/")

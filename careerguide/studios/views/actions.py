"""Staff forms on the studio register: plaque and exit (HN), register and standardisation (SD), and the
SD coverage and HEI compliance reports.  Each form calls one service."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page, post_action
from careerguide.workforce.selectors.sd import studio_incubation

from ..forms.operation import BudgetForm
from ..forms.register import ExitForm, PlaqueForm, SdRegisterForm, StandardisationForm
from ..permissions import can_grant_special_subsidy, can_view_studios, is_city_hrss
from ..selectors import (
    sd_register_choices,
    sd_studio_get,
    sd_studio_list,
    standardisation_assessments,
    studio_budgets,
    studio_get,
)
from ..services import exits, sd
from ..services.studios import plaque_award

FORM = "studios/staff/form.html"


@require(is_city_hrss)
def plaque_award_view(request, pk):
    studio = studio_get(actor=request.user, pk=pk)
    form, back = PlaqueForm(request.POST or None), reverse("studios:detail", args=[studio.pk])
    return form_page(request, form, lambda: plaque_award(actor=request.user, studio=studio, **form.cleaned_data),
                     template=FORM, success=_("已登记授牌。"), redirect_to=back,
                     context={"heading": _("授牌：%(n)s") % {"n": studio.name}, "back": back})


@require(is_city_hrss)
def studio_exit_view(request, pk):
    studio = studio_get(actor=request.user, pk=pk)
    form, back = ExitForm(request.POST or None), reverse("studios:detail", args=[studio.pk])
    return form_page(request, form, lambda: exits.studio_exit(actor=request.user, studio=studio, **form.cleaned_data),
                     template=FORM, success=_("已作出注（撤）销决定。"), redirect_to=back,
                     context={"heading": _("注（撤）销：%(n)s") % {"n": studio.name}, "back": back})


@require(can_view_studios)
def sd_list_view(request):
    return render(request, "studios/staff/sd_list.html", {
        "studios": sd_studio_list(actor=request.user), "can_register": can_grant_special_subsidy(request.user),
        "coverage": sd.coverage_report(actor=request.user), "hei": sd.hei_compliance_report(actor=request.user),
        "due": sd.reassessment_due_list(actor=request.user),
        "budget": sd.budget_report(actor=request.user, year=timezone.localdate().year)})


@require(can_grant_special_subsidy)
def sd_register_view(request):
    host_units, areas = sd_register_choices(actor=request.user)
    form = SdRegisterForm(request.POST or None, host_units=host_units, areas=areas)
    return form_page(request, form, lambda: sd.sd_studio_register(actor=request.user, **form.service_kwargs()),
                     template=FORM, success=_("已登记。"), redirect_to=lambda s: reverse("studios:sd_detail", args=[s.pk]),
                     context={"heading": _("登记职业指导工作室（站、角）"), "back": ""})


@require(can_view_studios)
def sd_detail_view(request, pk):
    studio = sd_studio_get(actor=request.user, pk=pk)
    return render(request, "studios/staff/sd_detail.html", {
        "studio": studio, "assessments": standardisation_assessments(studio=studio), "budgets": studio_budgets(studio=studio),
        "incubation": studio_incubation(studio=studio),
        "can_assess": can_grant_special_subsidy(request.user)})


@require(can_grant_special_subsidy)
def sd_assess_view(request, pk):
    studio = sd_studio_get(actor=request.user, pk=pk)
    form, back = StandardisationForm(request.POST or None), reverse("studios:sd_detail", args=[studio.pk])
    return form_page(request, form, lambda: sd.standardisation_assess(actor=request.user, studio=studio,
                                                                      **form.service_kwargs()),
                     template=FORM, success=_("已登记标准化评估，请作出结论。"), redirect_to=back,
                     context={"heading": _("标准化评估：%(n)s") % {"n": studio.name}, "back": back})


@require(can_grant_special_subsidy)
def sd_conclude_view(request, pk):
    studio = sd_studio_get(actor=request.user, pk=pk)
    back = reverse("studios:sd_detail", args=[studio.pk])
    if request.method != "POST":
        return redirect(back)
    return post_action(request, lambda: sd.standardisation_conclude(actor=request.user, studio=studio),
                       success=_("已作出标准化结论。"), redirect_to=back)


@require(can_grant_special_subsidy)
def sd_budget_view(request, pk):
    """SD-S-7: the studio's budget inclusion for one year."""
    studio = sd_studio_get(actor=request.user, pk=pk)
    form, back = BudgetForm(request.POST or None), reverse("studios:sd_detail", args=[studio.pk])
    return form_page(request, form, lambda: sd.studio_budget_record(actor=request.user, studio=studio, **form.cleaned_data),
                     template=FORM, success=_("已登记经费预算情况。"), redirect_to=back,
                     context={"heading": _("日常业务经费预算：%(n)s") % {"n": studio.name}, "back": back})

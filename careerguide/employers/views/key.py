"""Staff pages for key enterprises (BJ-44-* to BJ-49-*) and the industry catalogue."""
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_employers, is_staff
from careerguide.accounts.selectors import staff_list, staff_of_unit_tree
from careerguide.common.views import form_page, post_action
from careerguide.organisations.selectors import unit_list

from ..districts import district_of
from ..forms.key_enterprises import (
    ArchiveForm,
    ContactForm,
    DesignateForm,
    OfficerChangeForm,
    ReasonDateForm,
    SignForm,
    TeamMemberForm,
    TransferRequestForm,
)
from ..permissions import can_manage_industry_catalogue, can_view_industry_catalogue
from ..selectors import employer_get
from ..selectors.catalogue import catalogue_affected_agreements, catalogue_version_get, catalogue_version_list
from ..selectors.key_enterprises import (
    agreement_get,
    demand_archive_of,
    quarterly_contact_report,
    serving_units,
    transfer_get,
    transfer_list,
    transfer_target_units,
)
from ..services.key_enterprises import (
    account_officer_change,
    daily_service_agreement_sign,
    key_enterprise_designate,
    support_team_member_add,
)
from ..services.lifecycle import agreement_decline_renewal, agreement_terminate_by_negotiation
from ..services.quarterly import ARCHIVE_FIELDS, demand_archive_save, enterprise_contact_record
from ..services.transfers import transfer_act, transfer_request
from .catalogue import CATALOGUE_ACTIONS

FORM = "employers/form.html"


def _agreement_page(request, agreement, form, call, *, title, success):
    """A form about one agreement, shown on the employer form page and back to the employer."""
    return form_page(request, form, call, template=FORM, success=success,
                     redirect_to=reverse("employers:detail", args=[agreement.employer_id]),
                     context={"employer": agreement.employer, "title": title})


@require(can_manage_employers)
def designate_view(request, pk):
    employer = employer_get(actor=request.user, pk=pk)
    form = DesignateForm(request.POST or None, units=serving_units(actor=request.user),
                         areas=unit_list(actor=request.user), initial={"unit": request.user.unit})
    return form_page(request, form, lambda: key_enterprise_designate(actor=request.user, employer=employer,
                                                                     **form.cleaned_data),
                     template=FORM, context={"employer": employer, "title": _("认定重点企业")},
                     success=_("已核实产业目录，可签订日常服务协议。"), redirect_to=reverse("employers:detail", args=[pk]))


@require(can_manage_employers)
def sign_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    today = timezone.localdate()
    form = SignForm(request.POST or None, people=staff_list(actor=request.user, unit=agreement.unit),
                    initial={"signed_on": today, "term_start": today})
    return _agreement_page(request, agreement, form,
                           lambda: daily_service_agreement_sign(actor=request.user, agreement=agreement,
                                                                **form.cleaned_data),
                           title=_("签订日常服务协议"), success=_("已签订日常服务协议。"))


@require(can_manage_employers)
def officer_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    form = OfficerChangeForm(request.POST or None, people=staff_list(actor=request.user, unit=agreement.unit),
                             initial={"on": timezone.localdate()})
    return _agreement_page(request, agreement, form,
                           lambda: account_officer_change(actor=request.user, agreement=agreement, **form.cleaned_data),
                           title=_("变更企业服务专员"), success=_("已变更企业服务专员。"))


@require(can_manage_employers)
def team_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    form = TeamMemberForm(request.POST or None, people=staff_of_unit_tree(unit=district_of(agreement.unit)),
                          initial={"on": timezone.localdate()})
    return _agreement_page(request, agreement, form,
                           lambda: support_team_member_add(actor=request.user, agreement=agreement, **form.cleaned_data),
                           title=_("服务支持团队"), success=_("已加入服务支持团队。"))


@require(can_manage_employers)
def contact_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    form = ContactForm(request.POST or None, initial={"contacted_on": timezone.localdate(), "two_way": True})
    return _agreement_page(request, agreement, form,
                           lambda: enterprise_contact_record(actor=request.user, agreement=agreement,
                                                             **form.cleaned_data),
                           title=_("记录联系重点企业"), success=_("已记录联系情况。"))


@require(can_manage_employers)
def archive_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    archive = demand_archive_of(employer=agreement.employer)
    initial = {f: getattr(archive, f) for f in ARCHIVE_FIELDS} if archive else {}
    form = ArchiveForm(request.POST or None, initial={**initial, "on": timezone.localdate()})
    return _agreement_page(request, agreement, form,
                           lambda: demand_archive_save(actor=request.user, agreement=agreement, **form.cleaned_data),
                           title=_("用人需求档案"), success=_("用人需求档案已保存。"))


@require(can_manage_employers)
def terminate_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    form = ReasonDateForm(request.POST or None, initial={"on": timezone.localdate()})
    return _agreement_page(request, agreement, form,
                           lambda: agreement_terminate_by_negotiation(actor=request.user, agreement=agreement,
                                                                      **form.cleaned_data),
                           title=_("协商终止日常服务协议"), success=_("日常服务协议已终止。"))


@require(can_manage_employers)
def no_renewal_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    form = ReasonDateForm(request.POST or None, initial={"on": timezone.localdate()})
    return _agreement_page(request, agreement, form,
                           lambda: agreement_decline_renewal(actor=request.user, agreement=agreement,
                                                             reason=form.cleaned_data["reason"]),
                           title=_("履行至期满后不再续订"), success=_("已记录不再续订。"))


@require(can_manage_employers)
def quarterly_report_view(request):
    """BJ-48-7: key enterprises not yet contacted this quarter, with the days left."""
    return render(request, "employers/quarterly_report.html",
                  {"rows": quarterly_contact_report(actor=request.user, today=timezone.localdate())})


@require(can_manage_employers)
def transfer_request_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    form = TransferRequestForm(request.POST or None, units=transfer_target_units(agreement=agreement))
    return _agreement_page(request, agreement, form,
                           lambda: transfer_request(actor=request.user, agreement=agreement, **form.cleaned_data),
                           title=_("申请服务关系划转"), success=_("已提出划转申请。"))


@require(is_staff)
def transfer_list_view(request):
    return render(request, "employers/transfers.html", {"transfers": transfer_list(actor=request.user)})


@require(is_staff)
@require_POST
def transfer_action_view(request, pk, action):
    """One step of the transfer; each service checks who may take it (BJ-45-1 to BJ-45-4)."""
    transfer = transfer_get(actor=request.user, pk=pk)
    return post_action(request, lambda: transfer_act(actor=request.user, transfer=transfer, action=action,
                                                     note=request.POST.get("note", "")),
                       success=_("已办理。"), redirect_to=reverse("employers:transfers"))


@require(can_view_industry_catalogue)
def catalogue_list_view(request):
    actions = [(k, a.heading) for k, a in CATALOGUE_ACTIONS.items()] if can_manage_industry_catalogue(request.user) else []
    return render(request, "employers/catalogue.html", {"versions": catalogue_version_list(), "catalogue_actions": actions})


@require(can_view_industry_catalogue)
def catalogue_affected_view(request, pk):
    """BJ-45-7: enterprises with an agreement in force that this edition covers."""
    version = catalogue_version_get(pk=pk)
    return render(request, "employers/catalogue_affected.html",
                  {"version": version, "rows": catalogue_affected_agreements(actor=request.user, version=version)})

"""Staff pages for key enterprises (BJ-44-* to BJ-49-*) and the industry catalogue."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.models import User
from careerguide.accounts.permissions import can_manage_employers, is_staff
from careerguide.common.errors import DomainError
from careerguide.organisations.models import Unit
from careerguide.organisations.selectors import unit_list

from ..forms import (
    ArchiveForm,
    ContactForm,
    DesignateForm,
    OfficerChangeForm,
    ReasonDateForm,
    SignForm,
    TeamMemberForm,
    TransferRequestForm,
)
from ..permissions import can_view_industry_catalogue
from ..selectors import employer_get
from ..selectors.catalogue import catalogue_affected_agreements, catalogue_version_get, catalogue_version_list
from ..selectors.key_enterprises import agreement_get, quarterly_contact_report, transfer_get, transfer_list
from ..services import transfers
from ..services.key_enterprises import (
    account_officer_change,
    daily_service_agreement_sign,
    key_enterprise_designate,
    support_team_member_add,
)
from ..services.lifecycle import agreement_decline_renewal, agreement_terminate_by_negotiation
from ..services.quarterly import ARCHIVE_FIELDS, demand_archive_save, enterprise_contact_record
from .helpers import handle_form


def _people(unit):
    return User.objects.filter(unit=unit, is_active=True, kind="staff").order_by("full_name")


def _back(agreement):
    return reverse("employers:detail", args=[agreement.employer_id])


@require(can_manage_employers)
def designate_view(request, pk):
    employer = employer_get(actor=request.user, pk=pk)
    units = unit_list(actor=request.user).filter(level__in=("street", "district"))
    form = DesignateForm(request.POST or None, units=units, areas=unit_list(actor=request.user) | units,
                         initial={"unit": request.user.unit})
    return handle_form(request, form, lambda d: key_enterprise_designate(actor=request.user, employer=employer, **d),
                       template="employers/form.html", context={"employer": employer, "title": _("认定重点企业")},
                       success=_("已核实产业目录，可签订日常服务协议。"), redirect_to=reverse("employers:detail", args=[pk]))


@require(can_manage_employers)
def sign_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    today = timezone.localdate()
    form = SignForm(request.POST or None, people=_people(agreement.unit),
                    initial={"signed_on": today, "term_start": today})
    return handle_form(request, form, lambda d: daily_service_agreement_sign(actor=request.user, agreement=agreement, **d),
                       template="employers/form.html", context={"employer": agreement.employer,
                                                                 "title": _("签订日常服务协议")},
                       success=_("已签订日常服务协议。"), redirect_to=_back(agreement))


@require(can_manage_employers)
def officer_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    form = OfficerChangeForm(request.POST or None, people=_people(agreement.unit), initial={"on": timezone.localdate()})
    return handle_form(request, form, lambda d: account_officer_change(actor=request.user, agreement=agreement, **d),
                       template="employers/form.html", context={"employer": agreement.employer,
                                                                 "title": _("变更企业服务专员")},
                       success=_("已变更企业服务专员。"), redirect_to=_back(agreement))


@require(can_manage_employers)
def team_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    people = User.objects.filter(unit__path__startswith=agreement.unit.district.path if agreement.unit.district
                                 else agreement.unit.path, is_active=True, kind="staff").order_by("full_name")
    form = TeamMemberForm(request.POST or None, people=people, initial={"on": timezone.localdate()})
    return handle_form(request, form, lambda d: support_team_member_add(actor=request.user, agreement=agreement, **d),
                       template="employers/form.html", context={"employer": agreement.employer,
                                                                 "title": _("服务支持团队")},
                       success=_("已加入服务支持团队。"), redirect_to=_back(agreement))


@require(can_manage_employers)
def contact_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    form = ContactForm(request.POST or None, initial={"contacted_on": timezone.localdate(), "two_way": True})
    return handle_form(request, form, lambda d: enterprise_contact_record(actor=request.user, agreement=agreement, **d),
                       template="employers/form.html", context={"employer": agreement.employer,
                                                                 "title": _("记录联系重点企业")},
                       success=_("已记录联系情况。"), redirect_to=_back(agreement))


@require(can_manage_employers)
def archive_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    archive = getattr(agreement.employer, "demand_archive", None)
    initial = {f: getattr(archive, f) for f in ARCHIVE_FIELDS} if archive else {}
    form = ArchiveForm(request.POST or None, initial={**initial, "on": timezone.localdate()})

    def call(data):
        on = data.pop("on")
        demand_archive_save(actor=request.user, agreement=agreement, on=on, **data)

    return handle_form(request, form, call, template="employers/form.html",
                       context={"employer": agreement.employer, "title": _("用人需求档案")},
                       success=_("用人需求档案已保存。"), redirect_to=_back(agreement))


@require(can_manage_employers)
def terminate_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    form = ReasonDateForm(request.POST or None, initial={"on": timezone.localdate()})
    return handle_form(request, form,
                       lambda d: agreement_terminate_by_negotiation(actor=request.user, agreement=agreement, **d),
                       template="employers/form.html", context={"employer": agreement.employer,
                                                                 "title": _("协商终止日常服务协议")},
                       success=_("日常服务协议已终止。"), redirect_to=_back(agreement))


@require(can_manage_employers)
def no_renewal_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    form = ReasonDateForm(request.POST or None, initial={"on": timezone.localdate()})
    return handle_form(request, form,
                       lambda d: agreement_decline_renewal(actor=request.user, agreement=agreement, reason=d["reason"]),
                       template="employers/form.html", context={"employer": agreement.employer,
                                                                 "title": _("履行至期满后不再续订")},
                       success=_("已记录不再续订。"), redirect_to=_back(agreement))


@require(can_manage_employers)
def quarterly_report_view(request):
    """BJ-48-7: key enterprises not yet contacted this quarter, with the days left."""
    return render(request, "employers/quarterly_report.html",
                  {"rows": quarterly_contact_report(actor=request.user, today=timezone.localdate())})


@require(can_manage_employers)
def transfer_request_view(request, pk):
    agreement = agreement_get(actor=request.user, pk=pk)
    units = Unit.objects.filter(level__in=("street", "district")).exclude(pk=agreement.unit_id).order_by("path")
    form = TransferRequestForm(request.POST or None, units=units)
    return handle_form(request, form,
                       lambda d: transfers.transfer_request(actor=request.user, agreement=agreement, **d),
                       template="employers/form.html", context={"employer": agreement.employer,
                                                                 "title": _("申请服务关系划转")},
                       success=_("已提出划转申请。"), redirect_to=_back(agreement))


@require(is_staff)
def transfer_list_view(request):
    return render(request, "employers/transfers.html", {"transfers": transfer_list(actor=request.user)})


TRANSFER_ACTIONS = {
    "verify": lambda actor, t, note: transfers.transfer_verify(actor=actor, transfer=t, conditions_met=True, note=note),
    "decline": lambda actor, t, note: transfers.transfer_verify(actor=actor, transfer=t, conditions_met=False, note=note),
    "submit": lambda actor, t, note: transfers.transfer_submit(actor=actor, transfer=t),
    "forward": lambda actor, t, note: transfers.transfer_forward(actor=actor, transfer=t),
    "check": lambda actor, t, note: transfers.transfer_catalogue_check(actor=actor, transfer=t),
    "approve": lambda actor, t, note: transfers.transfer_approve(actor=actor, transfer=t),
    "reject": lambda actor, t, note: transfers.transfer_reject(actor=actor, transfer=t, note=note),
}


@require(is_staff)
@require_POST
def transfer_action_view(request, pk, action):
    """One step of the transfer; each service checks who may take it (BJ-45-1 to BJ-45-4)."""
    transfer = transfer_get(actor=request.user, pk=pk)
    step = TRANSFER_ACTIONS.get(action)
    try:
        if step is None:
            raise DomainError(_("无效的操作。"))
        step(request.user, transfer, request.POST.get("note", ""))
    except DomainError as exc:
        for m in exc.messages:
            messages.error(request, m)
    else:
        messages.success(request, _("已办理。"))
    return redirect("employers:transfers")


@require(can_view_industry_catalogue)
def catalogue_list_view(request):
    return render(request, "employers/catalogue.html", {"versions": catalogue_version_list()})


@require(can_view_industry_catalogue)
def catalogue_affected_view(request, pk):
    """BJ-45-7: enterprises with an agreement in force that this edition covers."""
    version = catalogue_version_get(pk=pk)
    return render(request, "employers/catalogue_affected.html",
                  {"version": version, "rows": catalogue_affected_agreements(actor=request.user, version=version)})

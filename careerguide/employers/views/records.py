"""Staff pages for the employer record, its ledger and the services entered in it (BJ-36-*, BJ-50-*)."""
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_employers, can_reveal_personal_data, can_view_employers
from careerguide.common.views import FAILED, form_page, post_action, run_service
from careerguide.documents.categories import LEDGER_CATEGORY
from careerguide.documents.services.items import archive_item_generate
from careerguide.documents.spreadsheets import PDF_TYPE, XLSX_TYPE, file_response, xlsx_bytes
from careerguide.guidance.selectors import appointments_for_subject, records_for_subject
from careerguide.ledgers.exports import LEDGER_HEADERS, ledger_pdf, ledger_rows
from careerguide.ledgers.sections import section_label, sections
from careerguide.ledgers.selectors import ledger_entries
from careerguide.ledgers.services import ledger_export_record
from careerguide.organisations.selectors import unit_list
from careerguide.privacy.masking import mask_phone
from careerguide.privacy.services import personal_data_reveal

from ..forms.records import DemandForm, EmployerCreateForm, EmployerUpdateForm, ServiceRecordForm
from ..selectors import employer_get, employer_list
from ..selectors.key_enterprises import demand_registration_get, employer_file
from ..services.employers import employer_create, employer_update
from ..services.registration import (
    SERVICE_TYPES,
    demand_registration_create,
    demand_registration_fulfil,
    employer_service_record,
)

PAGE_SIZE = 50


@require(can_view_employers)
def list_view(request):
    query = request.GET.get("q", "")
    page = Paginator(employer_list(actor=request.user, query=query), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "employers/list.html", {"page": page, "query": query})


@require(can_view_employers)
def detail_view(request, pk):
    employer = employer_get(actor=request.user, pk=pk)
    return render(request, "employers/detail.html", {
        "employer": employer,
        "file": employer_file(employer=employer, today=timezone.localdate()),
        "masked_phone": mask_phone(employer.contact_phone),
        "can_reveal": can_reveal_personal_data(request.user),
        "can_manage": can_manage_employers(request.user),
        "service_form": ServiceRecordForm(service_choices=[(k, v[1]) for k, v in SERVICE_TYPES.items()],
                                          initial={"occurred_on": timezone.localdate()}),
        "demand_form": DemandForm(),
        "guidance_records": records_for_subject(subject=employer)[:10], "appointments": appointments_for_subject(subject=employer)[:10],
    })


@require(can_manage_employers)
def create_view(request):
    form = EmployerCreateForm(request.POST or None, units=unit_list(actor=request.user), initial={"unit": request.user.unit})
    return form_page(request, form, lambda: employer_create(actor=request.user, **form.cleaned_data),
                     template="employers/create.html", success=_("用人单位已登记。"),
                     redirect_to=lambda employer: reverse("employers:detail", args=[employer.pk]))


@require(can_manage_employers)
def update_view(request, pk):
    employer = employer_get(actor=request.user, pk=pk)
    initial = {f: getattr(employer, f) for f in EmployerUpdateForm.base_fields}
    form = EmployerUpdateForm(request.POST or None, initial=initial)
    return form_page(request, form, lambda: employer_update(actor=request.user, employer=employer, **form.cleaned_data),
                     template="employers/form.html", context={"employer": employer, "title": _("修改单位基本情况")},
                     success=_("已保存。"), redirect_to=reverse("employers:detail", args=[pk]))


@require(can_reveal_personal_data)
@require_POST
def reveal_view(request, pk, field):
    employer = employer_get(actor=request.user, pk=pk)
    value = personal_data_reveal(actor=request.user, obj=employer, field=field, unit=employer.unit)
    return render(request, "includes/revealed.html", {"value": value})


@require(can_manage_employers)
def service_record_view(request, pk):
    employer = employer_get(actor=request.user, pk=pk)
    form = ServiceRecordForm(request.POST or None, service_choices=[(k, v[1]) for k, v in SERVICE_TYPES.items()])
    return form_page(request, form,
                     lambda: employer_service_record(actor=request.user, employer=employer, **form.cleaned_data),
                     template="employers/form.html", context={"employer": employer, "title": _("记录服务")},
                     success=_("服务已记入用人单位服务台账。"), redirect_to=reverse("employers:ledger", args=[pk]))


@require(can_manage_employers)
def demand_create_view(request, pk):
    employer = employer_get(actor=request.user, pk=pk)
    form = DemandForm(request.POST or None)
    return form_page(request, form,
                     lambda: demand_registration_create(actor=request.user, employer=employer, **form.cleaned_data),
                     template="employers/form.html", context={"employer": employer, "title": _("招聘需求登记")},
                     success=_("已办理招聘需求登记。"), redirect_to=reverse("employers:detail", args=[pk]))


@require(can_manage_employers)
@require_POST
def demand_fulfil_view(request, pk):
    registration = demand_registration_get(actor=request.user, pk=pk)
    return post_action(request, lambda: demand_registration_fulfil(actor=request.user, registration=registration,
                                                                   on=timezone.localdate()),
                       success=_("已记录招聘完成。"), redirect_to=reverse("employers:detail", args=[registration.employer_id]))


def _ledger_context(employer):
    entries = list(ledger_entries(subject=employer))
    grouped = [{"code": s.code, "label": s.label, "entries": [e for e in entries if e.section == s.code]}
               for s in sections("employer")]
    return entries, grouped


@require(can_view_employers)
def ledger_view(request, pk):
    """The employer service ledger as a timeline and by section (BJ-50-1 to BJ-50-4)."""
    employer = employer_get(actor=request.user, pk=pk)
    entries, grouped = _ledger_context(employer)
    timeline = [(e, section_label("employer", e.section)) for e in reversed(entries)]
    return render(request, "employers/ledger.html", {"employer": employer, "timeline": timeline, "sections": grouped})


def _header_rows(employer):
    return [(_("单位名称"), employer.name), (_("统一社会信用代码"), employer.credit_code),
            (_("服务机构"), employer.unit.name),
            (_("台账建立日期"), employer.ledger_opened_on or "—")]


@require(can_view_employers)
def ledger_pdf_view(request, pk):
    employer = employer_get(actor=request.user, pk=pk)
    content = ledger_pdf(ledger="employer", title=_("用人单位服务台账"), header_rows=_header_rows(employer),
                         entries=ledger_entries(subject=employer))
    filename = f"用人单位服务台账-{employer.credit_code}.pdf"
    archive_item_generate(actor=request.user, subject=employer, category=LEDGER_CATEGORY["employers.employer"],
                          title=_("用人单位服务台账（%(d)s导出）") % {"d": timezone.localdate().isoformat()},
                          content=content, filename=filename)  # the export is filed in the e-archive (BJ-9-1)
    return file_response(content, filename=filename, content_type=PDF_TYPE)


@require(can_view_employers)
def ledger_xlsx_view(request, pk):
    employer = employer_get(actor=request.user, pk=pk)
    recorded = run_service(request, lambda: ledger_export_record(actor=request.user, ledger="employer", subject=employer,
                                                                 unit=employer.unit, purpose=request.GET.get("purpose")))
    if recorded is FAILED:
        return redirect("employers:ledger", pk=employer.pk)
    content = xlsx_bytes(title=str(_("用人单位服务台账")), headers=[str(h) for h in LEDGER_HEADERS],
                         rows=ledger_rows(ledger="employer", entries=ledger_entries(subject=employer)))
    return file_response(content, filename=f"用人单位服务台账-{employer.credit_code}.xlsx", content_type=XLSX_TYPE)

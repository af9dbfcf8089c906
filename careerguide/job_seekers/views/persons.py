"""Staff pages: the job-seeker list, registration, the person page with the ledger timeline, exports."""
import datetime as dt

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_job_seekers, can_reveal_personal_data, can_view_job_seekers
from careerguide.assistance.selectors import open_case_of
from careerguide.common.views import FAILED, form_page, run_service
from careerguide.documents.categories import LEDGER_CATEGORY
from careerguide.documents.services.items import archive_item_generate
from careerguide.documents.spreadsheets import PDF_TYPE, XLSX_TYPE, file_response, xlsx_bytes
from careerguide.guidance.selectors import appointments_for_subject, records_for_subject
from careerguide.ledgers.exports import ledger_pdf
from careerguide.ledgers.sections import section_label
from careerguide.organisations.selectors import unit_list
from careerguide.privacy.choices import LEDGER_PDF_FIELDS, PERSON_PAGE_FIELDS, ReadPurpose
from careerguide.privacy.masking import mask_phone, mask_resident_id
from careerguide.privacy.permissions import can_export_personal_data
from careerguide.privacy.services import person_read_log, personal_data_export_log, personal_data_reveal

from ..forms import ImportForm, JobSeekerContactForm, JobSeekerCreateForm
from ..selectors import (
    certifications_of,
    current_episode,
    grading_history,
    handoffs_of,
    job_seeker_get,
    job_seeker_in_scope,
    job_seeker_list,
    job_seeker_read_get,
    latest_routing,
    personal_ledger,
    readiness_assessments_of,
    regrading_due,
)
from ..services.imports import HEADERS, registrations_import
from ..services.registration import job_seeker_register, job_seeker_update_contact
from ..states import JobSeekerStatus
from .person_form import person_page

PAGE_SIZE = 50


def _filters(request, actor):
    level = request.GET.get("level") or None
    date = lambda name: dt.date.fromisoformat(request.GET[name]) if request.GET.get(name) else None  # noqa: E731
    try:
        return {"query": request.GET.get("q", ""), "status": request.GET.get("status", ""),
                "level": int(level) if level else None, "registered_from": date("from"), "registered_to": date("to")}
    except ValueError:
        return {"query": request.GET.get("q", "")}


@require(can_view_job_seekers)
def list_view(request):
    filters = _filters(request, request.user)
    page = Paginator(job_seeker_list(actor=request.user, **filters), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "job_seekers/list.html", {"page": page, "query": filters["query"],
                                                     "statuses": JobSeekerStatus.choices, "params": request.GET,
                                                     "can_export": can_export_personal_data(request.user)})


EXPORT_FIELDS = ("full_name", "id_number", "sex", "birth_date", "unit", "status", "current_level", "ledger_opened_on")


@require(can_view_job_seekers)
def export_view(request):
    """The filtered list as .xlsx (BJ-17-2), for a holder of the export permission who states the purpose; every
    exported person's read is logged (BJ-51-2, BJ-51-3).  A refusal goes back to the list with its message."""
    params = request.GET.copy()
    reason = params.pop("purpose", [""])[-1]
    seekers = job_seeker_list(actor=request.user, **_filters(request, request.user))
    people = run_service(request, lambda: personal_data_export_log(
        actor=request.user, people=seekers.iterator(chunk_size=2000), reason=reason, fields=EXPORT_FIELDS))
    if people is FAILED:
        return redirect(f"{reverse('job_seekers:list')}?{params.urlencode()}")
    rows = ((s.full_name, mask_resident_id(s.id_number), s.get_sex_display(), s.birth_date, s.unit.name,
             s.get_status_display(), s.current_level or "", s.ledger_opened_on, _("是") if s.ledger_created_late else "")
            for s in people)
    headers = (_("姓名"), _("身份证号码"), _("性别"), _("出生日期"), _("服务机构"), _("服务状态"), _("就业困难等级"),
               _("台账建立日期"), _("台账未在采集当天建立"))
    return file_response(xlsx_bytes(title=_("求职者名单"), headers=headers, rows=rows), filename="求职者名单.xlsx",
                         content_type=XLSX_TYPE)


def _labelled(entries):
    entries = list(entries)
    for e in entries:
        e.section_label = section_label("personal", e.section)
    return entries


@require(can_view_job_seekers)
def detail_view(request, pk):
    """The person page: own jurisdiction, or read-only through an open online booking (BJ-4-3, BJ-14-6)."""
    seeker = job_seeker_read_get(actor=request.user, pk=pk)
    granted = not job_seeker_in_scope(actor=request.user, pk=pk)
    person_read_log(actor=request.user, person=seeker, fields=PERSON_PAGE_FIELDS)  # BJ-51-2
    gradings = list(grading_history(job_seeker=seeker)[:5])
    return render(request, "job_seekers/detail.html", {
        "seeker": seeker, "masked_id": mask_resident_id(seeker.id_number), "masked_phone": mask_phone(seeker.phone),
        "can_reveal": can_reveal_personal_data(request.user) and not granted,
        "can_manage": can_manage_job_seekers(request.user) and not granted, "granted": granted,
        "regrading_due": regrading_due(job_seeker=seeker), "certifications": certifications_of(job_seeker=seeker)[:5],
        "entries": _labelled(personal_ledger(job_seeker=seeker)), "gradings": gradings,
        "routing": latest_routing(job_seeker=seeker), "episode": current_episode(job_seeker=seeker),
        "assistance_case": open_case_of(job_seeker=seeker),
        "appointments": appointments_for_subject(subject=seeker)[:10], "guidance_records": records_for_subject(subject=seeker)[:10],
        "readiness": readiness_assessments_of(job_seeker=seeker).first(),
        "stopped": seeker.status == JobSeekerStatus.STOPPED_NO_CONTACT, "handoffs": handoffs_of(job_seeker=seeker)[:10],
    })


@require(can_view_job_seekers)
def ledger_pdf_view(request, pk):
    """One person's ledger as a PDF with the office's header (BJ-17-2)."""
    seeker = job_seeker_get(actor=request.user, pk=pk)
    header = [(_("姓名"), seeker.full_name), (_("身份证号码"), mask_resident_id(seeker.id_number)),
              (_("服务机构"), seeker.unit.name), (_("台账建立日期"), seeker.ledger_opened_on or ""),
              (_("服务状态"), seeker.get_status_display()), (_("就业困难等级"), seeker.current_level or _("未评估"))]
    pdf = ledger_pdf(ledger="personal", title=_("个人服务台账"), header_rows=header, entries=personal_ledger(job_seeker=seeker))
    person_read_log(actor=request.user, person=seeker, fields=LEDGER_PDF_FIELDS, purpose=ReadPurpose.LEDGER_PDF)
    filename = f"个人服务台账-{seeker.full_name}.pdf"
    archive_item_generate(actor=request.user, subject=seeker, category=LEDGER_CATEGORY["job_seekers.jobseeker"],
                          title=_("个人服务台账（%(d)s导出）") % {"d": timezone.localdate().isoformat()}, content=pdf,
                          filename=filename)  # the export is filed in the personal e-archive (BJ-9-1)
    return file_response(pdf, filename=filename, content_type=PDF_TYPE)


@require(can_manage_job_seekers)
def create_view(request):
    units = unit_list(actor=request.user)
    form = JobSeekerCreateForm(request.POST or None, units=units, initial={"unit": request.user.unit})
    return form_page(request, form, lambda: job_seeker_register(actor=request.user, **form.service_kwargs()),
                     template="job_seekers/create.html", success=_("求职登记已保存，个人服务台账已更新。"),
                     redirect_to=lambda registration: person_page(registration.job_seeker_id))


@require(can_manage_job_seekers)
def import_view(request):
    """Bulk registrations from .xlsx with a per-row report; nothing is saved if any row is refused."""
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = registrations_import(actor=request.user, unit=request.user.unit, data=form.cleaned_data["file"].read())
        if result.ok:
            messages.success(request, _("已导入%(n)s条求职登记。") % {"n": result.saved})
            return redirect("job_seekers:list")
    return render(request, "job_seekers/import.html", {"form": form, "result": result, "headers": HEADERS})


@require(can_manage_job_seekers)
def contact_edit_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    form = JobSeekerContactForm(request.POST or None, initial={"full_name": seeker.full_name, "phone": ""})
    return form_page(request, form, lambda: job_seeker_update_contact(actor=request.user, job_seeker=seeker,
                                                                      **form.cleaned_data),
                     template="job_seekers/contact_edit.html", success=_("联系信息已更新。"),
                     redirect_to=person_page(seeker), context={"seeker": seeker})


@require(can_reveal_personal_data)
@require_POST
def reveal_view(request, pk, field):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    value = personal_data_reveal(actor=request.user, obj=seeker, field=field, unit=seeker.unit)
    return render(request, "includes/revealed.html", {"value": value})



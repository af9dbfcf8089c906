"""The auditors' page over the read log and the reveal audit events, and its CSV export (BJ-51-2, BJ-51-3); a
person's own data and their access and correction requests, and the staff pages answering them (PIPL art. 44–46)."""
import csv
import io

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_job_seekers, is_job_seeker
from careerguide.common.views import FAILED, run_service
from careerguide.documents.pdf import render_pdf
from careerguide.documents.spreadsheets import PDF_TYPE, file_response
from careerguide.job_seekers.selectors import job_seeker_of_portal_user, personal_ledger

from .choices import CorrectableField, SubjectRequestKind
from .forms import AccessLogFilterForm, AccessRequestForm, AnswerForm, CorrectionRequestForm
from .masking import mask_phone, mask_resident_id
from .permissions import can_export_personal_data, can_view_read_log
from .selectors import (
    AUDIT_LIMIT,
    access_log,
    my_subject_request_get,
    subject_request_get,
    subject_request_list,
    subject_requests_of,
)
from .services import (
    person_read_log,
    read_log_export_record,
    subject_access_read_log,
    subject_request_accept,
    subject_request_provide,
    subject_request_refuse,
    subject_request_submit,
)
from .states import SubjectRequestStatus

PAGE_SIZE = 50


def _filtered(request):
    form = AccessLogFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound else {}
    rows = access_log(actor=request.user, **filters) if not form.is_bound or form.is_valid() else []
    return form, filters, rows


@require(can_view_read_log)
def read_log_view(request):
    form, _filters, rows = _filtered(request)
    params = request.GET.copy()
    params.pop("page", None)
    return render(request, "privacy/read_log.html", {
        "form": form, "page": Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page")), "limit": AUDIT_LIMIT,
        "params": params.urlencode(), "can_export": can_export_personal_data(request.user)})


CSV_HEADERS = (_lazy("类别"), _lazy("时间"), _lazy("查阅人"), _lazy("查阅人所属机构"), _lazy("用人单位"), _lazy("查阅事由"),
               _lazy("对象类型"), _lazy("对象编号"), _lazy("服务机构"), _lazy("查阅内容"), _lazy("关联记录"), _lazy("用途说明"))


@require(can_view_read_log)
def read_log_export_view(request):
    """The filtered view as CSV (UTF-8 with BOM, for spreadsheet programs); the export and its stated purpose are
    audited first (BJ-51-3).  A refusal goes back to the page with its message."""
    params = request.GET.copy()
    reason = params.pop("purpose_text", [""])[-1]
    form, filters, rows = _filtered(request)
    back = f"{reverse('privacy:reads')}?{params.urlencode()}"
    if form.is_bound and not form.is_valid():
        return redirect(back)
    if run_service(request, lambda: read_log_export_record(actor=request.user, reason=reason, filters=filters,
                                                           rows=len(rows))) is FAILED:
        return redirect(back)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([str(h) for h in CSV_HEADERS])
    kinds = {"read": _("查阅"), "reveal": _("查看完整信息")}
    for r in rows:
        writer.writerow([kinds[r.kind], timezone.localtime(r.at).strftime("%Y-%m-%d %H:%M:%S"), r.reader, r.reader_unit,
                         r.reader_org, r.purpose_label, r.subject_type, r.subject_id, r.subject_unit,
                         "、".join(r.fields), r.reference, r.reason])
    response = HttpResponse(out.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = "attachment; filename*=UTF-8''%E4%B8%AA%E4%BA%BA%E4%BF%A1%E6%81%AF%E6%9F%A5%E9%98%85%E8%AE%B0%E5%BD%95.csv"
    return response


# ---- a person's requests to see or correct their data (PIPL art. 44–46) ------------------------------------------

def _my_record(request):
    return job_seeker_of_portal_user(user=request.user)


def _my_data(seeker) -> list[tuple]:
    """What the portal shows a person of their own record (and the copy an access request gives them)."""
    return [(_("姓名"), seeker.full_name), (_("身份证号码"), mask_resident_id(seeker.id_number)),
            (_("联系电话"), seeker.phone or "—"), (_("性别"), seeker.get_sex_display()),
            (_("出生日期"), seeker.birth_date), (_("户籍所在地（区、街道）"), seeker.hukou_location or "—"),
            (_("学历"), seeker.get_education_display() or "—"), (_("服务机构"), seeker.unit.name),
            (_("服务状态"), seeker.get_status_display())]


@require(is_job_seeker)
def my_data_view(request):
    """我的个人信息: the person's data, their requests and the forms to ask for a copy or a correction."""
    seeker = _my_record(request)
    if seeker is None:
        return redirect("job_seeker_portal:register")
    action = request.POST.get("action") if request.method == "POST" else None
    access = AccessRequestForm(request.POST if action == "access" else None, prefix="access")
    correction = CorrectionRequestForm(request.POST if action == "correction" else None, prefix="correction")
    form = {"access": access, "correction": correction}.get(action)
    if form is not None and form.is_valid():
        if run_service(request, lambda: subject_request_submit(actor=request.user, job_seeker=seeker, kind=action,
                                                              **form.cleaned_data),
                       form=form, success=_("申请已提交，服务机构将在规定时限内答复。")) is not FAILED:
            return redirect("privacy_portal:home")
    return render(request, "privacy/my_data.html", {
        "seeker": seeker, "data": _my_data(seeker), "requests": subject_requests_of(job_seeker=seeker),
        "access_form": access, "correction_form": correction, "statuses": SubjectRequestStatus})


@require(is_job_seeker)
def my_copy_view(request, pk):
    """The copy of the person's data an answered access request gives (page, or PDF with ?format=pdf); each opening
    is logged (BJ-51-2)."""
    seeker = _my_record(request)
    if seeker is None:
        raise Http404
    subject_request = my_subject_request_get(job_seeker=seeker, pk=pk)
    if subject_request.status != SubjectRequestStatus.PROVIDED:
        raise Http404
    subject_access_read_log(actor=request.user, job_seeker=seeker, request=subject_request)
    context = {"seeker": seeker, "data": _my_data(seeker), "subject_request": subject_request,
               "entries": personal_ledger(job_seeker=seeker, include_staff_only=False)}
    if request.GET.get("format") == "pdf":
        return file_response(render_pdf("privacy/my_copy_print.html", context, request=request),
                             filename="个人信息副本.pdf", content_type=PDF_TYPE)
    return render(request, "privacy/my_copy.html", context)


@require(can_manage_job_seekers)
def requests_view(request):
    status = request.GET.get("status", SubjectRequestStatus.SUBMITTED)
    if status not in SubjectRequestStatus.values and status != "all":
        status = SubjectRequestStatus.SUBMITTED
    rows = subject_request_list(actor=request.user, status="" if status == "all" else status)
    return render(request, "privacy/requests.html", {
        "page": Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page")), "status": status,
        "statuses": SubjectRequestStatus.choices, "today": timezone.localdate()})


ANSWERS = {"provide": (subject_request_provide, _("已向申请人提供个人信息副本。")),
           "accept": (subject_request_accept, _("已按申请更正个人信息。")),
           "refuse": (subject_request_refuse, _("已答复不予办理，并告知理由。"))}


@require(can_manage_job_seekers)
def request_view(request, pk):
    """One request: what was asked, the current value, and the answer (BJ-51-2; PIPL art. 44–46)."""
    subject_request = subject_request_get(actor=request.user, pk=pk)
    person_read_log(actor=request.user, person=subject_request.job_seeker, reference=f"Q{subject_request.pk:06d}",
                    fields=("full_name", subject_request.field or "copy"))  # the page shows the person's data (BJ-51-2)
    action = request.POST.get("action") if request.method == "POST" else None
    form = AnswerForm(request.POST if action in ANSWERS else None)
    if action in ANSWERS and form.is_valid():
        service, success = ANSWERS[action]
        answer = form.cleaned_data["answer"]
        call = (lambda: service(actor=request.user, request=subject_request, reason=answer)) if action == "refuse" \
            else (lambda: service(actor=request.user, request=subject_request, answer=answer))
        if run_service(request, call, form=form, success=success) is not FAILED:
            return redirect("privacy:request", pk=subject_request.pk)
        subject_request.refresh_from_db()
    shown = mask_phone if subject_request.field == CorrectableField.PHONE else (lambda value: value)
    return render(request, "privacy/request.html", {
        "r": subject_request, "form": form, "current": shown(subject_request.current_value),
        "requested": shown(subject_request.requested_value), "open": subject_request.status == SubjectRequestStatus.SUBMITTED,
        "is_access": subject_request.kind == SubjectRequestKind.ACCESS})

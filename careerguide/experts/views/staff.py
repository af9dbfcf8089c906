"""Staff pages: applications and members in scope (CZ-6-16, CZ-11-1)."""
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.documents.spreadsheets import PDF_TYPE, file_response

from ..permissions import can_remove_bar, can_view_applications, can_view_experts, is_city_hrss
from ..printing import certificate_pdf, notice_pdf
from ..selectors import (
    application_file,
    application_get,
    application_list,
    membership_archive,
    membership_certificate_get,
    membership_get,
    membership_list,
    open_bar_of,
    pending_change_requests,
    public_notice_get,
    service_log_rows,
)

MEMBER_ACTION_LINKS = [("archive", _("修改档案")), ("photo", _("照片")), ("incentive", _("激励")),
                       ("contact", _("联系记录")), ("pairing", _("结对帮扶")), ("content", _("课程和微视频")),
                       ("feedback", _("答复反馈")), ("log_correction", _("日志更正申请"))]


@require(can_view_applications)
def application_list_view(request):
    return render(request, "experts/application_list.html",
                  {"applications": application_list(actor=request.user)[:200]})


@require(can_view_applications)
def application_detail_view(request, pk):
    app = application_get(actor=request.user, pk=pk)
    return render(request, "experts/application_detail.html", {**application_file(application=app),
                                                                "can_act": is_city_hrss(request.user)})


@require(can_view_experts)
def membership_list_view(request):
    return render(request, "experts/membership_list.html", {"members": membership_list(actor=request.user)})


@require(can_view_experts)
def membership_detail_view(request, pk):
    """The expert archive (CZ-11-1): basic info, certificates, service record, training, evaluations, exits."""
    m = membership_get(actor=request.user, pk=pk)
    return render(request, "experts/membership_detail.html", {
        **membership_archive(membership=m), "can_act": is_city_hrss(request.user),
        "log_rows": service_log_rows(actor=request.user, membership=m),
        "change_requests": pending_change_requests(membership=m), "member_actions": MEMBER_ACTION_LINKS + (
            [("bar_remove", _("更正不再聘任名单"))] if can_remove_bar(request.user) and open_bar_of(membership=m) else [])})


@require(can_view_experts)
def certificate_pdf_view(request, pk, cert_pk):
    """CZ-7-13: the certificate of a member in scope, as PDF."""
    m = membership_get(actor=request.user, pk=pk)
    cert = membership_certificate_get(membership=m, pk=cert_pk)
    return file_response(certificate_pdf(cert), filename=f"聘书-{cert.number}.pdf", content_type=PDF_TYPE)


@require(can_view_experts)
def notice_pdf_view(request, pk):
    """CZ-7-5, CZ-9-5: a published notice as PDF (the notice itself is public)."""
    notice = public_notice_get(pk=pk)
    return file_response(notice_pdf(notice), filename=f"公示-{notice.pk}.pdf", content_type=PDF_TYPE)

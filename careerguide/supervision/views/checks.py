"""Verification checks of single records (BJ-56-1, BJ-56-2) and the daily posting-check notices (BJ-56-3)."""
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import run_service

from ..choices import RecordType
from ..forms import PostingNoticeForm, RecordCheckForm
from ..links import checks_page, posting_notice_link
from ..permissions import can_supervise, can_view_supervision
from ..selectors import posting_notice_checks, posting_notice_get, posting_notice_list, record_check_list
from ..services.checks import posting_notice_issue, record_check_record


@require(can_view_supervision)
def check_list_view(request):
    """Checks made by the actor's agency and checks of its records; a supervisor records a new one."""
    may_check = can_supervise(request.user)
    form = RecordCheckForm(request.POST or None)
    if request.method == "POST" and may_check and form.is_valid() and run_service(
            request, lambda: record_check_record(actor=request.user, **form.cleaned_data), form=form,
            success=_("核查已记录。")):
        return redirect(checks_page())
    record_type = request.GET.get("type", "")
    record_type = record_type if record_type in RecordType.values else ""
    return render(request, "supervision/check_list.html", {
        "checks": record_check_list(actor=request.user, record_type=record_type)[:200], "form": form,
        "may_check": may_check, "record_types": RecordType.choices, "record_type": record_type,
        "notices": posting_notice_list(actor=request.user)[:30]}, status=400 if form.errors else 200)


@require(can_view_supervision)
def posting_notice_view(request, pk):
    """One working day's posting-check notice; its issuer publishes it (BJ-56-3)."""
    notice = posting_notice_get(actor=request.user, pk=pk)
    form = PostingNoticeForm(request.POST or None)
    if request.method == "POST" and can_supervise(request.user) and form.is_valid() and run_service(
            request, lambda: posting_notice_issue(actor=request.user, notice=notice, **form.cleaned_data), form=form,
            success=_("通报已发布。")):
        return redirect(posting_notice_link(notice))
    return render(request, "supervision/posting_notice.html", {
        "notice": notice, "checks": posting_notice_checks(notice=notice), "form": form,
        "may_issue": can_supervise(request.user) and request.user.unit_id == notice.issuer_unit_id})


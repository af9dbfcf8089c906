"""Supervision pages: issues and notices (BJ-56-5, BJ-58-3 to BJ-58-6), spot checks (BJ-56-1, BJ-56-4, BJ-56-6),
information-quality monitoring (BJ-5-3) and complaints (BJ-5-4).  Each view calls one service or selector.

A page whose form was refused answers 400, so a client tells a refusal from a success by the status."""
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.common.errors import NotFound
from careerguide.common.views import FAILED, form_page, post_action, run_service
from careerguide.documents.spreadsheets import PDF_TYPE, file_response

from ..choices import NoticeKind
from ..exports import notice_pdf
from ..forms import (
    AssignForm,
    ComplaintCloseForm,
    ComplaintForm,
    InterviewForm,
    IssueForm,
    MonthlyNoticeForm,
    NoticeForm,
    RectificationForm,
    ReferralForm,
    SpotCheckForm,
    VerifyForm,
)
from ..links import complaint_link, issue_link, notice_link, spot_check_link
from ..permissions import can_handle_complaints, can_supervise, can_view_supervision
from ..selectors import (
    QUALITY_CHECKS,
    child_units,
    complaint_actions,
    complaint_get,
    complaint_handlers,
    complaint_list,
    issue_actions,
    issue_get,
    issue_list,
    issue_notice_items,
    jurisdiction_units,
    notice_get,
    notice_issue_items,
    quality_exception_items,
    quality_table,
    spot_check_get,
    spot_check_issues,
    spot_check_list,
    spot_check_notifiable_issues,
)
from ..services import complaints, issues, spot_checks
from ..states import IssueStatus


def _create_page(request, form, call, *, title, success, redirect_to):
    """A create page on `supervision/form.html` (400 when the form was refused)."""
    response = form_page(request, form, call, template="supervision/form.html", success=success,
                         redirect_to=redirect_to, context={"title": title})
    if form.errors:
        response.status_code = 400
    return response


# ---- issues ------------------------------------------------------------------------------------------------------


@require(can_view_supervision)
def issue_list_view(request):
    status = request.GET.get("status") or None
    status = status if status in IssueStatus.values else None
    return render(request, "supervision/issue_list.html", {
        "issues": issue_list(actor=request.user, status=status)[:200], "status": status, "statuses": IssueStatus.choices,
        "can_supervise": can_supervise(request.user)})


@require(can_supervise)
def issue_create_view(request):
    form = IssueForm(request.POST or None, units=child_units(actor=request.user))
    return _create_page(request, form, lambda: issues.issue_record(actor=request.user, **form.cleaned_data),
                        title=_("登记督导问题"), success=_("问题已登记。"), redirect_to=issue_link)


def _issue_page(request, issue, *, status=200, **forms):
    today = timezone.localdate()
    context = {
        "issue": issue, "items": issue_notice_items(issue=issue),
        "actions": issue_actions(actor=request.user, issue=issue, today=today, may_supervise=can_supervise(request.user)),
        "notice_form": forms.get("notify") or NoticeForm(),
        "interview_form": forms.get("interview") or InterviewForm(initial={"held_on": today}),
        "refer_form": forms.get("refer") or ReferralForm(initial={"referred_on": today}),
        "report_form": forms.get("report") or RectificationForm(),
        "verify_form": forms.get("verify") or VerifyForm(),
    }
    return render(request, "supervision/issue_detail.html", context, status=status)


@require(can_view_supervision)
def issue_detail_view(request, pk):
    return _issue_page(request, issue_get(actor=request.user, pk=pk))


def _notify(actor, issue, data):
    return issues.notice_issue(actor=actor, unit=issue.unit, issues=[issue], body=data["body"])


# action → (form, predicate, service call, success message)
ISSUE_ACTIONS = {
    "notify": (NoticeForm, can_supervise, _notify, gettext_lazy("通报已发出。")),
    "interview": (InterviewForm, can_supervise,
                  lambda actor, issue, data: issues.issue_warning_interview(actor=actor, issue=issue, **data),
                  gettext_lazy("警示约谈已记录。")),
    "refer": (ReferralForm, can_supervise, lambda actor, issue, data: issues.issue_refer(actor=actor, issue=issue, **data),
              gettext_lazy("移送问责已记录。")),
    "report": (RectificationForm, can_view_supervision,
               lambda actor, issue, data: issues.issue_rectification_report(actor=actor, issue=issue, **data),
               gettext_lazy("整改情况已报告。")),
    "verify": (VerifyForm, can_supervise, lambda actor, issue, data: issues.issue_verify(actor=actor, issue=issue, **data),
               gettext_lazy("核实结论已记录。")),
    "close": (None, can_supervise, lambda actor, issue, data: issues.issue_close(actor=actor, issue=issue),
              gettext_lazy("问题已关闭。")),
}


@require(can_view_supervision)
@require_POST
def issue_action_view(request, pk, action):
    issue = issue_get(actor=request.user, pk=pk)
    if action not in ISSUE_ACTIONS:
        raise NotFound()
    form_class, predicate, call, done = ISSUE_ACTIONS[action]
    if not predicate(request.user):
        raise PermissionDenied
    if form_class is None:
        return post_action(request, lambda: call(request.user, issue, {}), success=done, redirect_to=issue_link(issue))
    form = form_class(request.POST)
    if form.is_valid() and run_service(request, lambda: call(request.user, issue, form.cleaned_data), form=form,
                                       success=done) is not FAILED:
        return redirect(issue_link(issue))
    return _issue_page(request, issue, status=400, **{action: form})
# ---- notices -----------------------------------------------------------------------------------------------------


@require(can_view_supervision)
def notice_detail_view(request, pk):
    notice = notice_get(actor=request.user, pk=pk)
    return render(request, "supervision/notice_detail.html", {"notice": notice, "items": notice_issue_items(notice=notice)})


@require(can_view_supervision)
def notice_pdf_view(request, pk):
    """The notice (通报) printed with the issues it names (BJ-58-3)."""
    notice = notice_get(actor=request.user, pk=pk)
    return file_response(notice_pdf(notice), filename=f"督导通报-{notice.unit.name}-{notice.issued_on:%Y%m%d}.pdf",
                         content_type=PDF_TYPE)


# ---- spot checks -------------------------------------------------------------------------------------------------


@require(can_view_supervision)
def spot_check_list_view(request):
    return render(request, "supervision/spot_check_list.html", {
        "checks": spot_check_list(actor=request.user)[:200], "can_supervise": can_supervise(request.user)})


@require(can_supervise)
def spot_check_create_view(request):
    form = SpotCheckForm(request.POST or None, units=child_units(actor=request.user),
                         initial={"month": timezone.localdate().replace(day=1)})
    return _create_page(request, form, lambda: spot_checks.spot_check_create(actor=request.user, **form.cleaned_data),
                        title=_("新建抽查"), success=lambda check: _("已随机抽取%(n)s条记录。") % {"n": len(check.sample)},
                        redirect_to=spot_check_link)


def _spot_check_page(request, check, *, status=200, issue_form=None, notice_form=None):
    may = can_supervise(request.user) and check.upper_unit_id == request.user.unit_id
    return render(request, "supervision/spot_check_detail.html", {
        "check": check, "issues": spot_check_issues(check=check), "notifiable": spot_check_notifiable_issues(check=check),
        "can_act": may,
        "issue_form": issue_form or IssueForm(units=child_units(actor=request.user), initial={"unit": check.unit}),
        "notice_form": notice_form or MonthlyNoticeForm()}, status=status)


@require(can_view_supervision)
def spot_check_detail_view(request, pk):
    return _spot_check_page(request, spot_check_get(actor=request.user, pk=pk))


@require(can_supervise)
@require_POST
def spot_check_issue_view(request, pk):
    """Record a problem the spot check found (BJ-56-5)."""
    check = spot_check_get(actor=request.user, pk=pk)
    form = IssueForm(request.POST, units=child_units(actor=request.user))
    if form.is_valid() and run_service(
            request, lambda: issues.issue_record(actor=request.user, spot_check=check, **form.cleaned_data), form=form,
            success=_("问题已登记。")) is not FAILED:
        return redirect(spot_check_link(check))
    return _spot_check_page(request, check, status=400, issue_form=form)


@require(can_supervise)
@require_POST
def spot_check_notice_view(request, pk):
    """The monthly notice of the checked agency, naming this check's open problems (BJ-56-4, BJ-56-5)."""
    check = spot_check_get(actor=request.user, pk=pk)
    form = MonthlyNoticeForm(request.POST)
    notice = form.is_valid() and run_service(request, lambda: issues.notice_issue(
        actor=request.user, unit=check.unit, issues=spot_check_notifiable_issues(check=check), kind=NoticeKind.MONTHLY,
        month=check.month, body=form.cleaned_data["body"]), form=form, success=_("月度通报已发出。"))
    if notice:
        return redirect(notice_link(notice))
    return _spot_check_page(request, check, status=400, notice_form=form)


# ---- quality monitoring (BJ-5-3) ---------------------------------------------------------------------------------


@require(can_supervise)
def quality_view(request):
    data = quality_table(actor=request.user, today=timezone.localdate())
    return render(request, "supervision/quality.html", data)


@require(can_supervise)
def quality_items_view(request, check, unit_id):
    items = quality_exception_items(actor=request.user, check=check, unit_id=unit_id, today=timezone.localdate())
    label, clause = QUALITY_CHECKS[check][0], QUALITY_CHECKS[check][1]
    return render(request, "supervision/quality_items.html", {"items": items, "label": label, "clause": clause})


# ---- complaints (BJ-5-4) -----------------------------------------------------------------------------------------


@require(can_handle_complaints)
def complaint_list_view(request):
    return render(request, "supervision/complaint_list.html", {"complaints": complaint_list(actor=request.user)[:200]})


@require(can_handle_complaints)
def complaint_create_view(request):
    form = ComplaintForm(request.POST or None, units=jurisdiction_units(actor=request.user),
                         initial={"unit": request.user.unit, "received_on": timezone.localdate()})
    return _create_page(request, form, lambda: complaints.complaint_record(actor=request.user, **form.cleaned_data),
                        title=_("登记投诉举报"), success=_("投诉举报已登记。"), redirect_to=complaint_link)


def _complaint_page(request, complaint, *, status=200, assign_form=None, close_form=None):
    return render(request, "supervision/complaint_detail.html", {
        "complaint": complaint, "actions": complaint_actions(complaint=complaint),
        "can_assign": can_handle_complaints(request.user),
        "assign_form": assign_form or AssignForm(handlers=complaint_handlers(actor=request.user)),
        "close_form": close_form or ComplaintCloseForm(initial={"replied_on": timezone.localdate()})}, status=status)


def _complaint_for(request, pk):
    """Complaint handlers see every complaint of their jurisdiction; other staff only those assigned to them."""
    return complaint_get(actor=request.user, pk=pk, handled_only=not can_handle_complaints(request.user))


@require(can_view_supervision)
def complaint_detail_view(request, pk):
    return _complaint_page(request, _complaint_for(request, pk))


@require(can_handle_complaints)
@require_POST
def complaint_assign_view(request, pk):
    complaint = complaint_get(actor=request.user, pk=pk)
    form = AssignForm(request.POST, handlers=complaint_handlers(actor=request.user))
    if form.is_valid() and run_service(request, lambda: complaints.complaint_assign(
            actor=request.user, complaint=complaint, handler=form.cleaned_data["handler"]), form=form,
            success=_("已交办。")) is not FAILED:
        return redirect(complaint_link(complaint))
    return _complaint_page(request, complaint, status=400, assign_form=form)


@require(can_view_supervision)
@require_POST
def complaint_close_view(request, pk):
    """The handler (or a complaint handler of the jurisdiction) closes with result and reply (BJ-5-4)."""
    complaint = _complaint_for(request, pk)
    form = ComplaintCloseForm(request.POST)
    if form.is_valid() and run_service(request, lambda: complaints.complaint_close(
            actor=request.user, complaint=complaint, **form.cleaned_data), form=form,
            success=_("投诉举报已办结。")) is not FAILED:
        return redirect(complaint_link(complaint))
    return _complaint_page(request, complaint, status=400, close_form=form)

"""Staff pages for the CZ team's write steps; each calls one service (CZ-8-3, CZ-9-4, CZ-A2-7, CZ-10-8)."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error

from ..forms.membership import (
    AssignmentForm,
    DismissalForm,
    NoticePublishForm,
    NotificationForm,
    RenewalDecisionForm,
    ServiceLogReviewForm,
)
from ..permissions import is_city_hrss
from ..selectors import exit_case_get, membership_get, renewal_get, service_log_get
from ..services import activities
from ..services import membership as ms


def _handle(request, form, call, *, done, heading, back, context=None):
    """Validate the shape, let the service decide; on refusal show its Chinese messages, nothing saved."""
    if request.method == "POST" and form.is_valid():
        try:
            call(form)
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, done)
            return redirect(back)
    return render(request, "experts/action_form.html", {"form": form, "heading": heading, "back": back,
                                                         **(context or {})})


@require(is_city_hrss)
def renewal_decide_view(request, pk):
    r = renewal_get(actor=request.user, pk=pk)
    back = f"/experts/members/{r.membership_id}/"
    return _handle(request, RenewalDecisionForm(request.POST or None),
                   lambda f: ms.renewal_decide(actor=request.user, renewal=r, **f.service_kwargs()),
                   done=_("已作出续聘决定。"), heading=_("续聘决定：%(n)s") % {"n": r.membership.name}, back=back)


@require(is_city_hrss)
def dismissal_decide_view(request, pk):
    m = membership_get(actor=request.user, pk=pk)
    return _handle(request, DismissalForm(request.POST or None, request.FILES or None),
                   lambda f: ms.dismissal_decide(actor=request.user, membership=m, **f.service_kwargs()),
                   done=_("已作出解聘决定，请通知本人并公示。"), heading=_("解聘决定：%(n)s") % {"n": m.name},
                   back=f"/experts/members/{m.pk}/", context={"multipart": True})


@require(is_city_hrss)
def dismissal_notify_view(request, pk):
    case = exit_case_get(actor=request.user, pk=pk)
    return _handle(request, NotificationForm(request.POST or None),
                   lambda f: ms.dismissal_record_notification(actor=request.user, exit_case=case, **f.cleaned_data),
                   done=_("已登记通知本人。"), heading=_("通知本人：%(n)s") % {"n": case.membership.name},
                   back=f"/experts/members/{case.membership_id}/")


@require(is_city_hrss)
def dismissal_notice_view(request, pk):
    case = exit_case_get(actor=request.user, pk=pk)
    return _handle(request, NoticePublishForm(request.POST or None),
                   lambda f: ms.dismissal_publish_notice(actor=request.user, exit_case=case, **f.cleaned_data),
                   done=_("已发布解聘公示。"), heading=_("解聘公示：%(n)s") % {"n": case.membership.name},
                   back=f"/experts/members/{case.membership_id}/")


@require(is_city_hrss)
def service_log_review_view(request, pk):
    entry = service_log_get(actor=request.user, pk=pk)
    return _handle(request, ServiceLogReviewForm(request.POST or None),
                   lambda f: activities.service_log_review(actor=request.user, entry=entry,
                                                           confirm=f.cleaned_data["decision"] == "confirm",
                                                           reason=f.cleaned_data["reason"]),
                   done=_("已审核服务日志。"), heading=_("审核服务日志：%(d)s") % {"d": entry.on},
                   back=f"/experts/members/{entry.membership_id}/", context={"entry": entry})


@require(is_city_hrss)
def assignment_create_view(request, pk):
    m = membership_get(actor=request.user, pk=pk)
    return _handle(request, AssignmentForm(request.POST or None),
                   lambda f: activities.assignment_create(actor=request.user, membership=m, **f.cleaned_data),
                   done=_("已安排工作。"), heading=_("统一安排工作：%(n)s") % {"n": m.name},
                   back=f"/experts/members/{m.pk}/")

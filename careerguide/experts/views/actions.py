"""Staff pages for the CZ team's write steps; each calls one service (CZ-8-3, CZ-9-3, CZ-9-4, CZ-A2-7, CZ-10-8)."""
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page

from ..forms.membership import (
    AssignmentForm,
    DismissalForm,
    ExitGrantForm,
    NoticePublishForm,
    NotificationForm,
    RenewalDecisionForm,
    ServiceLogReviewForm,
)
from ..links import member_url
from ..permissions import is_city_hrss
from ..selectors import exit_case_get, membership_get, renewal_get, service_log_get
from ..services import activities
from ..services import membership as ms

FORM = "experts/action_form.html"


@require(is_city_hrss)
def renewal_decide_view(request, pk):
    r = renewal_get(actor=request.user, pk=pk)
    form, back = RenewalDecisionForm(request.POST or None), member_url(r.membership_id)
    return form_page(request, form, lambda: ms.renewal_decide(actor=request.user, renewal=r, **form.service_kwargs()),
                     template=FORM, success=_("已作出续聘决定。"), redirect_to=back,
                     context={"heading": _("续聘决定：%(n)s") % {"n": r.membership.name}, "back": back})


@require(is_city_hrss)
def dismissal_decide_view(request, pk):
    m = membership_get(actor=request.user, pk=pk)
    form, back = DismissalForm(request.POST or None, request.FILES or None), member_url(m.pk)
    return form_page(request, form,
                     lambda: ms.dismissal_decide(actor=request.user, membership=m, **form.service_kwargs()),
                     template=FORM, success=_("已作出解聘决定，请通知本人并公示。"), redirect_to=back,
                     context={"heading": _("解聘决定：%(n)s") % {"n": m.name}, "back": back, "multipart": True})


@require(is_city_hrss)
def dismissal_notify_view(request, pk):
    case = exit_case_get(actor=request.user, pk=pk)
    form, back = NotificationForm(request.POST or None), member_url(case.membership_id)
    return form_page(request, form,
                     lambda: ms.dismissal_record_notification(actor=request.user, exit_case=case, **form.cleaned_data),
                     template=FORM, success=_("已登记通知本人。"), redirect_to=back,
                     context={"heading": _("通知本人：%(n)s") % {"n": case.membership.name}, "back": back})


@require(is_city_hrss)
def exit_grant_view(request, pk):
    """CZ-9-3: the expert asked to leave; city HRSS grants it with the date it takes effect (no public notice)."""
    case = exit_case_get(actor=request.user, pk=pk)
    form, back = ExitGrantForm(request.POST or None), member_url(case.membership_id)
    return form_page(request, form, lambda: ms.exit_grant(actor=request.user, exit_case=case, **form.cleaned_data),
                     template=FORM, success=_("已同意退出，聘任终止。"), redirect_to=back,
                     context={"heading": _("同意本人退出申请：%(n)s") % {"n": case.membership.name}, "back": back})


@require(is_city_hrss)
def dismissal_notice_view(request, pk):
    case = exit_case_get(actor=request.user, pk=pk)
    form, back = NoticePublishForm(request.POST or None), member_url(case.membership_id)
    return form_page(request, form,
                     lambda: ms.dismissal_publish_notice(actor=request.user, exit_case=case, **form.cleaned_data),
                     template=FORM, success=_("已发布解聘公示。"), redirect_to=back,
                     context={"heading": _("解聘公示：%(n)s") % {"n": case.membership.name}, "back": back})


@require(is_city_hrss)
def service_log_review_view(request, pk):
    entry = service_log_get(actor=request.user, pk=pk)
    form, back = ServiceLogReviewForm(request.POST or None), member_url(entry.membership_id)
    return form_page(request, form,
                     lambda: activities.service_log_review(actor=request.user, entry=entry,
                                                           confirm=form.cleaned_data["decision"] == "confirm",
                                                           reason=form.cleaned_data["reason"],
                                                           organiser_confirmation=form.cleaned_data[
                                                               "organiser_confirmation"]),
                     template=FORM, success=_("已审核服务日志。"), redirect_to=back,
                     context={"heading": _("审核服务日志：%(d)s") % {"d": entry.on}, "back": back, "entry": entry})


@require(is_city_hrss)
def assignment_create_view(request, pk):
    m = membership_get(actor=request.user, pk=pk)
    form, back = AssignmentForm(request.POST or None), member_url(m.pk)
    return form_page(request, form,
                     lambda: activities.assignment_create(actor=request.user, membership=m, **form.cleaned_data),
                     template=FORM, success=_("已安排工作。"), redirect_to=back,
                     context={"heading": _("统一安排工作：%(n)s") % {"n": m.name}, "back": back})

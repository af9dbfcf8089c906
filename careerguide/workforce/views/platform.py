"""The integrated service platform: one client profile with its four modules (SD-7-1), the counsellor's review of
the instruments' suggestions (SD-7-2) and the precision and effectiveness report (SD-7-3)."""
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import FormAction, form_action_page
from careerguide.job_seekers.selectors import job_seeker_get

from ..forms.sd import SuggestionForm
from ..permissions import can_record_services, can_view_workforce
from ..selectors.sd import effectiveness_report, platform_profile, suggested_vacancies
from ..services import platform
from .delivery import _period
from .pages import Table, section_page


def _suggested(request, seeker):
    return {"vacancy": suggested_vacancies(job_seeker=seeker, on=timezone.localdate())}


PLATFORM_ACTIONS = {
    "suggestion": FormAction(
        _("审核智能匹配建议"), SuggestionForm, success=_("已记录审核意见。"), allowed=can_record_services,
        form_kwargs=_suggested,
        call=lambda r, s, d: platform.suggestion_decide(actor=r.user, job_seeker=s, **d)),
}


@require(can_view_workforce)
def platform_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    return render(request, "workforce/platform.html", {"seeker": seeker, **platform_profile(
        job_seeker=seeker, on=timezone.localdate())})


@require(can_view_workforce)
def platform_action_view(request, pk, action):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    return form_action_page(request, PLATFORM_ACTIONS, action, seeker, template="workforce/form_page.html",
                            back=reverse("workforce:platform", args=[seeker.pk]))


@require(can_view_workforce)
def effectiveness_view(request):
    form, period = _period(request)
    r = effectiveness_report(actor=request.user, **period)
    rows = [[_("精准职业匹配工具"), r["matching_decisions"], r["matching_accepted"], r["matching_rate"]],
            [_("就业困难程度分级工具"), r["gradings"], r["grading_accepted"], r["grading_rate"]]]
    return section_page(request, heading=_("智能建议的精准度和有效性"), clause="SD-7-3", filter_form=form,
                        notes=[_("采纳建议的服务对象%(s)s人，其中已录用%(h)s人（%(r)s%%）。") % {
                            "s": r["supported_clients"], "h": r["hired_clients"],
                            "r": "—" if r["hired_rate"] is None else r["hired_rate"]}],  # no one to divide by
                        tables=[Table(_("建议采纳率"), [_("工具"), _("建议数"), _("采纳数"), _("采纳率%")], rows, "acceptance")])

"""Staff pages for hand-offs to training, internships and entrepreneurship services (BJ-2-3)."""
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_job_seekers

from ..forms import HandOffForm, HandOffOutcomeForm
from ..selectors import handoff_get, job_seeker_get
from ..services.handoffs import handoff_create, handoff_record_outcome
from .records import _form_page, _run


@require(can_manage_job_seekers)
def handoff_create_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    form = HandOffForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _run(
            request, form, lambda: handoff_create(actor=request.user, job_seeker=seeker, **form.cleaned_data),
            _("衔接服务已记录。")):
        return redirect("job_seekers:detail", pk=seeker.pk)
    return _form_page(request, seeker, form, _("转介衔接服务"), clause="BJ-2-3",
                      intro=_("将求职者转介到职业技能培训、就业见习或创业服务，并跟踪其结果。"))


@require(can_manage_job_seekers)
def handoff_outcome_view(request, pk):
    handoff = handoff_get(actor=request.user, pk=pk)
    form = HandOffOutcomeForm(request.POST or None, initial={"started_on": handoff.started_on, "ended_on": handoff.ended_on})
    if request.method == "POST" and form.is_valid() and _run(
            request, form, lambda: handoff_record_outcome(actor=request.user, handoff=handoff, **form.cleaned_data),
            _("衔接结果已记录。")):
        return redirect("job_seekers:detail", pk=handoff.job_seeker_id)
    return _form_page(request, handoff.job_seeker, form, _("记录衔接结果：%(h)s") % {"h": handoff}, clause="BJ-2-3")

"""Staff pages for hand-offs to training, internships and entrepreneurship services (BJ-2-3)."""
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_job_seekers
from careerguide.common.views import form_page

from ..forms import HandOffForm, HandOffOutcomeForm
from ..selectors import handoff_get, job_seeker_get
from ..services.handoffs import handoff_create, handoff_record_outcome
from .person_form import TEMPLATE, person_form_context, person_page


@require(can_manage_job_seekers)
def handoff_create_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    form = HandOffForm(request.POST or None)
    return form_page(
        request, form, lambda: handoff_create(actor=request.user, job_seeker=seeker, **form.cleaned_data),
        template=TEMPLATE, success=_("衔接服务已记录。"), redirect_to=person_page(seeker),
        context=person_form_context(seeker, _("转介衔接服务"), clause="BJ-2-3",
                                    intro=_("将求职者转介到职业技能培训、就业见习或创业服务，并跟踪其结果。")))


@require(can_manage_job_seekers)
def handoff_outcome_view(request, pk):
    handoff = handoff_get(actor=request.user, pk=pk)
    form = HandOffOutcomeForm(request.POST or None, initial={"started_on": handoff.started_on, "ended_on": handoff.ended_on})
    return form_page(
        request, form, lambda: handoff_record_outcome(actor=request.user, handoff=handoff, **form.cleaned_data),
        template=TEMPLATE, success=_("衔接结果已记录。"), redirect_to=person_page(handoff.job_seeker_id),
        context=person_form_context(handoff.job_seeker, _("记录衔接结果：%(h)s") % {"h": handoff}, clause="BJ-2-3"))

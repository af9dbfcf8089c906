"""Expert consultation pages: the request, the panel, its records and the case worker's reports (BJ-28)."""
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require

from ..forms import ConsultationForm, OpinionForm, PanelForm, PanelReportForm
from ..permissions import can_form_panels, can_serve_assistance, can_view_assistance
from ..selectors import assistance_case_get, consultation_get, panel_candidates
from ..services.consultations import (
    consultation_opinion_record,
    consultation_panel_set,
    consultation_request,
    panel_report_record,
)
from .common import case_form


@require(can_serve_assistance)
def request_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = ConsultationForm(request.POST or None)
    return case_form(request, case, form, lambda: consultation_request(actor=request.user, case=case, **form.cleaned_data),
                     title=_("申请专家会诊指导服务"), clause="BJ-28-1 · BJ-28-2", anchor="consultation",
                     success=_("已向上一级公共就业服务机构申请专家会诊。"))


@require(can_form_panels)
def panel_view(request, pk):
    consultation = consultation_get(actor=request.user, pk=pk)
    form = PanelForm(request.POST or None, querysets={"members": panel_candidates(consultation=consultation)})
    return case_form(request, consultation.case, form,
                     lambda: consultation_panel_set(actor=request.user, consultation=consultation,
                                                    members=list(form.cleaned_data["members"])),
                     title=_("组成专家小组"), clause="BJ-28-4", anchor="consultation", success=_("已组成专家小组。"))


@require(can_view_assistance)
def opinion_view(request, pk):
    consultation = consultation_get(actor=request.user, pk=pk)
    form = OpinionForm(request.POST or None, initial={"held_on": timezone.localdate(), "issues": consultation.issues})
    return case_form(request, consultation.case, form,
                     lambda: consultation_opinion_record(actor=request.user, consultation=consultation,
                                                         **form.cleaned_data),
                     title=_("专家小组会诊记录"), clause="BJ-28-4 · BJ-28-7", anchor="consultation",
                     success=_("会诊意见已记录，援助专员须在5个工作日内会同本人修订援助方案。"))


@require(can_serve_assistance)
def report_view(request, pk):
    consultation = consultation_get(actor=request.user, pk=pk)
    form = PanelReportForm(request.POST or None, initial={"reported_on": timezone.localdate()})
    return case_form(request, consultation.case, form,
                     lambda: panel_report_record(actor=request.user, consultation=consultation, **form.cleaned_data),
                     title=_("向专家小组反馈"), clause="BJ-28-6", anchor="consultation", success=_("已向专家小组反馈。"))

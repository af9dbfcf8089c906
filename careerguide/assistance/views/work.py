"""The team's work on a case: evaluations, plans and stage goals, guidance services, follow-ups, programmes,
job start and job loss (BJ-25 to BJ-27)."""
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.assessments.selectors import instrument_list

from ..choices import OptionList
from ..forms import (
    EvaluationForm,
    FollowUpForm,
    GuidanceForm,
    JobLeftForm,
    JobStartForm,
    PlanForm,
    ProgrammeEndForm,
    ProgrammeForm,
    ProgressForm,
    StageReviewForm,
)
from ..permissions import can_serve_assistance, can_view_assistance
from ..selectors import assistance_case_get, current_plan_of, ended_programmes_of, plan_get, programme_get
from ..selectors.options import options_for
from ..services.evaluations import case_evaluate
from ..services.followups import follow_up_record, guidance_service_record, job_left_record, job_start_record
from ..services.plans import plan_record, stage_review_record
from ..services.programmes import programme_end_record, programme_enrol, programme_progress_record
from .common import case_form


def _today():
    return {"occurred_on": timezone.localdate()}


@require(can_serve_assistance)
def evaluation_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = EvaluationForm(request.POST or None, initial={"evaluated_on": timezone.localdate()}, querysets={
        "instrument": instrument_list(on=timezone.localdate()), "programme": ended_programmes_of(case=case)})
    return case_form(request, case, form, lambda: case_evaluate(actor=request.user, case=case, **form.service_kwargs()),
                     title=_("就业准备状况评估、分类测评或帮扶效果评估"), clause="BJ-25-2 · BJ-26-4 · BJ-27-3",
                     anchor="evaluations", success=_("评估已记入个人服务台账。"))


@require(can_view_assistance)
def plan_view(request, pk):
    """A new plan, or a revision prefilled from the current version (BJ-26-5, BJ-26-8); the expert panel may revise
    while its consultation is open (BJ-28-4)."""
    case = assistance_case_get(actor=request.user, pk=pk)
    current = current_plan_of(case=case)
    form = PlanForm(request.POST or None, initial=PlanForm.initial_from(current))
    title = _("修改就业援助方案和行动计划") if current else _("制定就业援助方案和行动计划")
    return case_form(request, case, form, lambda: plan_record(actor=request.user, case=case, **form.service_kwargs()),
                     title=title, clause="BJ-26-5 · BJ-26-6 · BJ-26-8", anchor="plans",
                     success=_("援助方案已保存为新版本，原版本保留。"))


@require(can_serve_assistance)
def stage_review_view(request, pk):
    plan = plan_get(actor=request.user, pk=pk)
    form = StageReviewForm(request.POST or None, initial={"reviewed_on": timezone.localdate()},
                           options={"stage": [(i, s["goal"]) for i, s in enumerate(plan.stages)]})
    return case_form(request, plan.case, form,
                     lambda: stage_review_record(actor=request.user, plan=plan, **form.cleaned_data),
                     title=_("阶段目标达成情况"), clause="BJ-26-9", anchor="plans", success=_("已记录阶段目标达成情况。"))


@require(can_serve_assistance)
def guidance_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = GuidanceForm(request.POST or None, initial={**_today(), "service": request.GET.get("service", "")})
    return case_form(request, case, form, lambda: guidance_service_record(actor=request.user, case=case,
                                                                          **form.cleaned_data),
                     title=_("记录就业指导服务"), clause="BJ-26-3 · BJ-26-7 · BJ-27-1", anchor="services",
                     success=_("已记录，5个工作日内须跟踪回访。"))


@require(can_serve_assistance)
def follow_up_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = FollowUpForm(request.POST or None, initial={**_today(), "kind": request.GET.get("kind", "guidance"),
                                                       "stability_months": request.GET.get("months")})
    return case_form(request, case, form, lambda: follow_up_record(actor=request.user, case=case,
                                                                   **form.service_kwargs()),
                     title=_("记录跟踪回访"), clause="BJ-25-2 · BJ-27-1 · BJ-27-8", anchor="follow-ups",
                     success=_("跟踪回访已记录。"),
                     intro=_("只有联系到本人的回访才算完成待办事项；未联系到的尝试也会记录，事项仍保持待办。"))


@require(can_serve_assistance)
def job_start_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = JobStartForm(request.POST or None)
    return case_form(request, case, form, lambda: job_start_record(actor=request.user, case=case, **form.cleaned_data),
                     title=_("记录应聘上岗"), clause="BJ-27-6 · BJ-27-7", anchor="follow-ups",
                     success=_("已记录上岗，10个工作日内及1、3、6个月左右须跟踪回访。"))


@require(can_serve_assistance)
def job_left_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = JobLeftForm(request.POST or None)
    return case_form(request, case, form, lambda: job_left_record(actor=request.user, case=case, **form.cleaned_data),
                     title=_("记录离职"), clause="BJ-27-9", anchor="follow-ups",
                     success=_("已记录离职，后续回访已取消，恢复专门服务。"))


@require(can_serve_assistance)
def programme_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = ProgrammeForm(request.POST or None, options={
        "kind": options_for(list_code=OptionList.PROGRAMME_KIND, unit=case.unit)})
    return case_form(request, case, form, lambda: programme_enrol(actor=request.user, case=case, **form.cleaned_data),
                     title=_("推荐参加培训、见习等项目"), clause="BJ-26-7 · BJ-27-2", anchor="programmes",
                     success=_("已记录，初期、中期、终期须了解进展。"))


@require(can_serve_assistance)
def progress_view(request, pk):
    programme = programme_get(actor=request.user, pk=pk)
    form = ProgressForm(request.POST or None, initial=_today())
    return case_form(request, programme.case, form,
                     lambda: programme_progress_record(actor=request.user, programme=programme, **form.service_kwargs()),
                     title=_("了解培训、见习进展：%(p)s") % {"p": programme.name}, clause="BJ-27-2 · BJ-27-4",
                     anchor="programmes", success=_("进展情况已记录。"))


@require(can_serve_assistance)
def programme_end_view(request, pk):
    programme = programme_get(actor=request.user, pk=pk)
    form = ProgrammeEndForm(request.POST or None, initial={"ended_on": programme.planned_end_on})
    return case_form(request, programme.case, form,
                     lambda: programme_end_record(actor=request.user, programme=programme, **form.cleaned_data),
                     title=_("项目结束：%(p)s") % {"p": programme.name}, clause="BJ-27-3", anchor="programmes",
                     success=_("已记录项目结束，须及时评估就业准备改善情况。"))

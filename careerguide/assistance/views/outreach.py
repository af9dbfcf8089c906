"""The street's outreach worklist, the survey form, a target's page with its stop report, the statistics
(BJ-18 to BJ-21)."""
import datetime as dt

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_reveal_personal_data
from careerguide.accounts.selectors import staff_of_unit_tree
from careerguide.common.views import form_page, post_action, run_service
from careerguide.organisations.selectors import unit_get
from careerguide.privacy.masking import mask_phone, mask_resident_id

from ..choices import BUILTIN_OPTIONS, OptionList, TargetCategory
from ..forms import AssignForm, StopReportForm, SurveyForm
from ..permissions import can_manage_outreach, can_survey, can_view_assistance
from ..selectors.options import options_for
from ..selectors.outreach import (
    archive_versions_of,
    survey_statistics,
    survey_target_get,
    survey_worklist,
    surveys_of,
    target_counts,
)
from ..services.outreach import (
    stop_decision,
    survey_record,
    survey_stop_report,
    survey_target_assign,
    survey_targets_generate,
)
from ..states import OPEN_SURVEY_STATUSES, SurveyStatus


def _assignees(user):
    return staff_of_unit_tree(unit=user.unit, roles=("community_assistant", "case_worker", "counsellor", "unit_head"))


def _counts(user) -> list:
    counts = target_counts(actor=user)
    return [(label, counts[value]) for value, label in SurveyStatus.choices if value in counts]


@require(can_survey)
def worklist_view(request):
    """BJ-18-2: the certified persons not yet surveyed, then the follow-ups due, assignable by the street."""
    mine = request.GET.get("mine") == "1" or not can_manage_outreach(request.user)
    rows = survey_worklist(actor=request.user, status=request.GET.get("status", "open"), mine=mine)
    for row in rows:
        row.masked_id = mask_resident_id(row.target.job_seeker.id_number)
    return render(request, "assistance/outreach.html", {
        "rows": rows, "today": timezone.localdate(), "mine": mine, "counts": _counts(request.user),
        "can_manage": can_manage_outreach(request.user), "statuses": SurveyStatus.choices, "params": request.GET,
        "assign_form": AssignForm(querysets={"assignee": _assignees(request.user)})
        if can_manage_outreach(request.user) else None})


@require(can_manage_outreach)
@require_POST
def generate_view(request):
    return post_action(request, lambda: survey_targets_generate(actor=request.user, unit=request.user.unit),
                       success=lambda n: _("摸查名单已更新，新增%(n)s人。") % {"n": n}, redirect_to=reverse("assistance:outreach"))


@require(can_manage_outreach)
@require_POST
def assign_view(request, pk):
    """HTMX: assign one row of the worklist without reloading the page."""
    target = survey_target_get(actor=request.user, pk=pk)
    form = AssignForm(request.POST, querysets={"assignee": _assignees(request.user)})
    if form.is_valid():
        run_service(request, lambda: survey_target_assign(actor=request.user, target=target, **form.cleaned_data))
    target.refresh_from_db()
    if request.headers.get("HX-Request"):
        return render(request, "assistance/_assignee.html", {"target": target, "form": form})
    return redirect("assistance:outreach")


@require(can_view_assistance)
def target_view(request, pk):
    target = survey_target_get(actor=request.user, pk=pk)
    today = timezone.localdate()
    return render(request, "assistance/target.html", {
        "target": target, "seeker": target.job_seeker, "surveys": surveys_of(target=target),
        "versions": archive_versions_of(job_seeker=target.job_seeker),
        "decision": stop_decision(target=target, on=today) if target.status in (
            SurveyStatus.WILLING_UNREGISTERED, SurveyStatus.UNWILLING) else None,
        "masked_id": mask_resident_id(target.job_seeker.id_number), "masked_phone": mask_phone(target.job_seeker.phone),
        "can_reveal": can_reveal_personal_data(request.user), "is_open": target.status in OPEN_SURVEY_STATUSES,
        "can_survey": can_survey(request.user),
        "can_manage": can_manage_outreach(request.user) and request.user.unit_id == target.unit_id})


@require(can_survey)
def survey_view(request, pk):
    target = survey_target_get(actor=request.user, pk=pk)
    options = {"method": options_for(list_code=OptionList.SURVEY_METHOD, unit=target.unit),
               "reasons": options_for(list_code=OptionList.UNWILLING_REASON, unit=target.unit),
               "circumstance": options_for(list_code=OptionList.SPECIAL_CIRCUMSTANCE, unit=target.unit)}
    form = SurveyForm(request.POST or None, options=options, initial={"occurred_on": timezone.localdate()},
                      questions=options_for(list_code=OptionList.SURVEY_QUESTION, unit=target.unit))
    return form_page(request, form, lambda: survey_record(actor=request.user, target=target, **form.service_kwargs()),
                     template="assistance/survey.html", success=_("摸查情况已录入，当天建立台账和就业需求档案。"),
                     redirect_to=reverse("assistance:target", args=[pk]),
                     context={"target": target, "seeker": target.job_seeker})


@require(can_manage_outreach)
def stop_view(request, pk):
    target = survey_target_get(actor=request.user, pk=pk)
    form = StopReportForm(request.POST or None, initial={"reported_on": timezone.localdate()})
    return form_page(request, form, lambda: survey_stop_report(actor=request.user, target=target, **form.cleaned_data),
                     template="assistance/form.html", success=_("已向就失业登记管理部门反馈，停止提供相关公共就业服务。"),
                     redirect_to=reverse("assistance:target", args=[pk]),
                     context={"title": _("反馈并停止服务"), "clause": "BJ-21-4 · BJ-21-5", "seeker": target.job_seeker,
                              "back": reverse("assistance:target", args=[pk])})


def _month(value: str, today: dt.date) -> tuple[dt.date, dt.date]:
    try:
        first = dt.date.fromisoformat(f"{value}-01")
    except ValueError:
        first = today.replace(day=1)
    after = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, after - dt.timedelta(days=1)


@require(can_view_assistance)
def statistics_view(request):
    """BJ-20-2: the month's surveys by willingness, reason, category, method and area, rolled up to the unit."""
    today = timezone.localdate()
    since, until = _month(request.GET.get("month", ""), today)
    unit_id = request.GET.get("unit", "")
    unit = unit_get(actor=request.user, pk=int(unit_id)) if unit_id.isdigit() else request.user.unit
    stats = survey_statistics(actor=request.user, unit=unit, since=since, until=until)
    reasons = dict(BUILTIN_OPTIONS[OptionList.UNWILLING_REASON])
    return render(request, "assistance/statistics.html", {
        "stats": stats, "unit": unit, "since": since, "until": until, "month": since.strftime("%Y-%m"),
        "categories": [(TargetCategory(c).label, n) for c, n in stats["categories"].items()],
        "reasons": [(reasons.get(code, code), n) for code, n in stats["reasons"].items()],
        "children": unit.children.order_by("path")})

"""Tiered training pages: plans and the cycle's enrolment (SD-1-2), courses (SD-1-4), events with their host studio
and attendance (SD-1-5, SD-1-6, SD-8-3), cooperation (SD-2-1), practice (SD-2-2) and the training report (SD-1-7,
SD-2-3)."""
import datetime as dt

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import FormAction, form_action_page
from careerguide.studios.selectors import studio_list

from ..choices import TrainingCategory
from ..forms import recognition as rf
from ..forms.sd import AttendanceForm
from ..permissions import can_manage_workforce, can_view_workforce
from ..selectors.register import counsellor_list
from ..selectors.reports import practice_share, training_report
from ..selectors.training import course_list, event_get, event_list, plan_list
from ..services import training
from .pages import FORM, Table, link, section_page, year_of


def _studios(request):
    return studio_list(actor=request.user, scheme="sd_recognised") | studio_list(actor=request.user)


TRAINING_ACTIONS = {
    "plan": FormAction(_("制定分级分类培训计划"), rf.PlanForm, success=_("已保存培训计划。"), allowed=can_manage_workforce,
                       call=lambda r, u, d: training.training_plan_create(actor=r.user, unit=u, **d)),
    "enrol": FormAction(_("按周期安排参训"), rf.EnrolForm, success=_("已按层级和类别安排参训。"), allowed=can_manage_workforce,
                        call=lambda r, u, d: training.training_plans_enrol(actor=r.user, unit=u, **d)),
    "course": FormAction(_("登记培训课程和课件"), rf.CourseForm, success=_("已登记课程。"), allowed=can_manage_workforce,
                         call=lambda r, u, d: training.training_course_create(actor=r.user, unit=u, **d)),
    "event": FormAction(
        _("登记培训活动"), rf.EventForm, success=_("已登记培训活动。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"course": course_list(actor=r.user), "host_studio": _studios(r)},
        call=lambda r, u, d: training.training_event_create(actor=r.user, unit=u, **d)),
    "cooperation": FormAction(_("登记合作联动协议"), rf.CooperationForm, success=_("已登记。"), allowed=can_manage_workforce,
                              call=lambda r, u, d: training.cooperation_agreement_add(actor=r.user, unit=u, **d)),
    "practice": FormAction(
        _("登记场景式实践"), rf.PracticeForm, success=_("已登记。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"participants": counsellor_list(actor=r.user)},
        call=lambda r, u, d: training.practice_activity_record(actor=r.user, unit=u,
                                                               **{**d, "participants": list(d["participants"])})),
}


@require(can_view_workforce)
def training_view(request):
    plans = [[p.year, p.get_tier_display(), p.get_category_display(), p.title] for p in plan_list(actor=request.user)]
    events = [[link(e.title, reverse("workforce:event", args=[e.pk])), e.get_format_display(), e.starts_on, e.hours,
               e.host_studio or ""] for e in event_list(actor=request.user)[:100]]
    courses = [[c.title, "、".join(p.get("name", "") for p in c.partners)] for c in course_list(actor=request.user)]
    return section_page(request, heading=_("分级分类培训"), clause="SD-1-1 · SD-1-2 · SD-1-4 · SD-1-5 · SD-2-1 · SD-2-2",
                        actions=[(a.heading, reverse("workforce:training_action", args=[k]))
                                 for k, a in TRAINING_ACTIONS.items()] + [(_("培训统计"), reverse("workforce:training_report"))],
                        tables=[Table(_("培训计划"), [_("年度"), _("层级"), _("类别"), _("名称")], plans, "plans"),
                                Table(_("培训活动"), [_("名称"), _("形式"), _("开始"), _("学时"), _("承办工作室")], events, "events"),
                                Table(_("培训课程和课件"), [_("课程"), _("合作开发单位")], courses, "courses")])


@require(can_view_workforce)
def training_action_view(request, action):
    return form_action_page(request, TRAINING_ACTIONS, action, request.user.unit, template=FORM,
                            back=reverse("workforce:training"))


EVENT_ACTIONS = {
    "attendance": FormAction(
        _("登记参加情况"), AttendanceForm, success=_("已登记参加情况。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, e: {"counsellor": counsellor_list(actor=r.user)},
        call=lambda r, e, d: training.attendance_record(actor=r.user, event=e, **d)),
}


@require(can_view_workforce)
def event_view(request, pk):
    event = event_get(actor=request.user, pk=pk)
    rows = [[a.counsellor.full_name, a.hours, _("完成") if a.completed else _("未完成"), a.get_result_display(),
             a.theory_score, a.practice_score] for a in event.attendances.select_related("counsellor")]
    return section_page(request, heading=event.title, clause="SD-1-5 · SD-1-6",
                        actions=[(_("登记参加情况"), reverse("workforce:event_action", args=[event.pk, "attendance"]))],
                        notes=[_("%(f)s，%(a)s至%(b)s，%(h)s学时") % {"f": event.get_format_display(), "a": event.starts_on,
                                                                 "b": event.ends_on, "h": event.hours}],
                        tables=[Table(_("参加情况"), [_("姓名"), _("学时"), _("完成"), _("考评"), _("理论知识水平"),
                                                      _("实际操作能力")], rows, "attendance")])


@require(can_view_workforce)
def event_action_view(request, pk, action):
    event = event_get(actor=request.user, pk=pk)
    return form_action_page(request, EVENT_ACTIONS, action, event, template=FORM,
                            back=reverse("workforce:event", args=[event.pk]))


@require(can_view_workforce)
def training_report_view(request):
    year = year_of(request, timezone.localdate().year)
    report = training_report(actor=request.user, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
    practice = practice_share(actor=request.user, year=year)
    categories = dict(TrainingCategory.choices)
    rows = [[categories.get(r["counsellor__training_category"], r["counsellor__training_category"]), r["hours"],
             r["people"]] for r in report["by_category"]]
    return section_page(request, heading=_("%(y)s年培训统计") % {"y": year}, clause="SD-1-7 · SD-2-3", notes=[
        _("培训活动%(n)s次，有外部合作或外请主讲的占%(s)s%%；培训计划完成率%(c)s%%；一线人员参加场景式实践的占%(p)s%%。")
        % {"n": report["events"], "s": report["external_share"], "c": report["plan_completion"],
           "p": practice["share"]}], tables=[Table(_("各类别学时"), [_("类别"), _("学时"), _("人数")], rows, "by-category")])

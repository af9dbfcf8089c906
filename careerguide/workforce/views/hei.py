"""HEI pages: two-level guidance units (SD-13-1), the career-course plan and its segments (SD-13-2 .. SD-13-6), the
curriculum compliance report (SD-13-7), and the student career-planning competition with its coverage (SD-14-*)."""
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import FormAction, form_action_page

from ..forms import sd as f
from ..permissions import can_manage_workforce, can_view_workforce
from ..selectors.sd import (
    competition_coverage,
    competition_get,
    competitions,
    course_plan_compliance,
    course_plan_get,
    course_plans,
    curriculum_report,
    hei_unit_choices,
    hei_units,
)
from ..services import hei
from .pages import FORM, Table, link, section_page, year_of


def _hei_queryset(request):
    return hei_unit_choices(actor=request.user)


HEI_ACTIONS = {
    "unit": FormAction(
        _("设立高校职业指导机构"), f.HeiUnitForm, success=_("已设立。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, s: {"hei": _hei_queryset(r), "parent": hei_units(actor=r.user).filter(level="school")},
        call=lambda r, s, d: hei.hei_unit_create(actor=r.user, **d)),
    "plan": FormAction(
        _("登记职业发展与就业指导课程计划"), f.CoursePlanForm, success=_("已登记课程计划，请分年级安排学分。"),
        allowed=can_manage_workforce, form_kwargs=lambda r, s: {"hei": _hei_queryset(r)},
        call=lambda r, s, d: hei.course_plan_create(actor=r.user, **d)),
    "competition": FormAction(
        _("举办大学生职业规划比赛"), f.CompetitionForm, success=_("已创建比赛。"), allowed=can_manage_workforce,
        call=lambda r, s, d: hei.competition_create(actor=r.user, unit=r.user.unit, **d)),
}


@require(can_view_workforce)
def hei_view(request):
    units = [[u.hei.name, u.get_level_display(), u.name, u.parent or ""] for u in hei_units(actor=request.user)]
    plans = [[link(p, reverse("workforce:course_plan", args=[p.pk])), p.hei.name, p.get_course_status_display(),
              p.get_delivery_mode_display(), p.programme_years] for p in course_plans(actor=request.user)]
    editions = [[link(c, reverse("workforce:competition", args=[c.pk])), c.get_status_display()]
                for c in competitions(actor=request.user)]
    return section_page(request, heading=_("高校职业指导"), clause="SD-13-1 · SD-13-2 · SD-14-1",
                        actions=[(a.heading, reverse("workforce:hei_action", args=[k])) for k, a in HEI_ACTIONS.items()]
                        + [(_("课程体系合规情况"), reverse("workforce:curriculum"))],
                        tables=[Table(_("学校、院系两级职业指导机构"), [_("高校"), _("层级"), _("名称"), _("上级")], units, "hei-units"),
                                Table(_("课程计划"), [_("课程"), _("高校"), _("性质"), _("授课方式"), _("学制")], plans, "plans"),
                                Table(_("大学生职业规划比赛"), [_("届次"), _("状态")], editions, "competitions")])


@require(can_view_workforce)
def hei_action_view(request, action):
    return form_action_page(request, HEI_ACTIONS, action, None, template=FORM, back=reverse("workforce:hei"))


PLAN_ACTIONS = {
    "segment": FormAction(_("分年级安排"), f.CourseSegmentForm, success=_("已保存。"), allowed=can_manage_workforce,
                          call=lambda r, p, d: hei.course_segment_add(actor=r.user, plan=p, **d)),
}


def _compliance_notes(result) -> list:
    notes = [_("不合规：%(m)s（%(c)s）") % {"m": m, "c": c} for m, c in result.non_compliant]
    notes += [_("提示：%(m)s（%(c)s）") % {"m": m, "c": c} for m, c in result.warnings]
    return notes or [_("课程计划符合要求。")]


@require(can_view_workforce)
def course_plan_view(request, pk):
    plan = course_plan_get(actor=request.user, pk=pk)
    result = course_plan_compliance(plan=plan)
    rows = [[s.year_of_study, s.title, s.credits, _("是") if s.safety_risk_awareness and s.safety_employment_rights
             else ""] for s in plan.segments.all()]
    return section_page(request, heading=f"{plan.hei.name} · {plan}", clause="SD-13-2 · SD-13-3 · SD-13-4 · SD-13-6",
                        actions=[(_("分年级安排"), reverse("workforce:course_plan_action", args=[plan.pk, "segment"]))],
                        notes=_compliance_notes(result),
                        tables=[Table(_("分年级安排和学分"), [_("年级"), _("内容"), _("学分"), _("就业安全教育")], rows, "segments")])


@require(can_view_workforce)
def course_plan_action_view(request, pk, action):
    plan = course_plan_get(actor=request.user, pk=pk)
    return form_action_page(request, PLAN_ACTIONS, action, plan, template=FORM,
                            back=reverse("workforce:course_plan", args=[plan.pk]))


@require(can_view_workforce)
def curriculum_view(request):
    """SD-13-7: per HEI the required status, year-1 start, credits per year, blended delivery and safety module, the
    non-compliant items and, apart, the warnings."""
    year = year_of(request, timezone.localdate().year)
    rows = []
    for r in curriculum_report(actor=request.user, year=year):
        if r["missing"]:
            rows.append([r["hei"].name, _("未登记课程计划"), "", "", "", "", ""])
            continue
        plan, result = r["plan"], r["result"]
        rows.append([r["hei"].name, plan.get_course_status_display(), plan.get_delivery_mode_display(),
                     "、".join(f"{y}年级{c}" for y, c in result.credits_by_year.items()),
                     _("合规") if result.compliant else _("不合规"),
                     "；".join(m for m, _c in result.non_compliant), "；".join(m for m, _c in result.warnings)])
    return section_page(request, heading=_("%(y)s年高校课程体系合规情况") % {"y": year}, clause="SD-13-7",
                        tables=[Table(_("各高校"), [_("高校"), _("课程性质"), _("授课方式"), _("分年级学分"), _("结论"),
                                                    _("不合规事项"), _("提示")], rows, "curriculum")])


COMPETITION_ACTIONS = {
    "advance": FormAction(_("推进比赛阶段"), f.AdvanceForm, success=_("已推进。"), allowed=can_manage_workforce,
                          form_kwargs=lambda r, c: {"choices": f.COMPETITION_STEPS},
                          call=lambda r, c, d: hei.competition_advance(actor=r.user, competition=c, **d)),
    "register": FormAction(
        _("登记报名"), f.RegistrationForm, success=_("已报名。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, c: {"hei": _hei_queryset(r)},
        call=lambda r, c, d: hei.competition_register(actor=r.user, competition=c, **d)),
}


@require(can_view_workforce)
def competition_view(request, pk):
    c = competition_get(actor=request.user, pk=pk)
    cover = competition_coverage(competition=c, actor=request.user)
    rows = [[r["hei"].name, r["registrations"], r["enrolled"], r["rate"], _("无人报名") if r["flagged"] else ""]
            for r in cover["rows"]]
    return section_page(request, heading=str(c), clause="SD-14-1 · SD-14-2 · SD-14-3",
                        notes=[_("当前阶段：%(s)s；报名%(n)s人。") % {"s": c.get_status_display(), "n": cover["total"]}],
                        actions=[(a.heading, reverse("workforce:competition_action", args=[c.pk, k]))
                                 for k, a in COMPETITION_ACTIONS.items()],
                        tables=[Table(_("覆盖情况"), [_("高校"), _("报名人数"), _("在校生"), _("参与率%"), _("提示")], rows,
                                      "coverage")])


@require(can_view_workforce)
def competition_action_view(request, pk, action):
    c = competition_get(actor=request.user, pk=pk)
    return form_action_page(request, COMPETITION_ACTIONS, action, c, template=FORM,
                            back=reverse("workforce:competition", args=[c.pk]))

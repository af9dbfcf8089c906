"""Staff pages of a recognised studio after recognition: assessment and rectification, outcome evaluation,
subsidies and audits, the lead master's absence, provincial nomination, plaque removal, comments (HN-3-4, HN-8-*,
HN-9-*, HN-11-*), and the host unit's own forms on the portal (HN-10-6, HN-10-7, HN-8-3, HN-11-5, HN-11-2)."""
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import FormAction, form_action_page, form_page

from ..forms import operation as f
from ..permissions import (
    can_grant_special_subsidy,
    can_use_studio_portal,
    can_view_studios,
    is_city_hrss,
    is_studio_centre,
)
from ..selectors import (
    current_members,
    host_studio_get,
    open_rectification,
    pending_nominations,
    sample_draw_list,
    studio_get,
)
from ..services import exits, funds, operation, studios

FORM = "studios/staff/form.html"
PORTAL_FORM = "studios/portal_form.html"


def _city_or_centre(actor) -> bool:
    return is_city_hrss(actor) or is_studio_centre(actor)


def _order(studio):
    order = open_rectification(studio=studio)
    if order is None:
        raise Http404
    return order


def _members(request, studio):
    return {"members": current_members(studio=studio)}


STUDIO_ACTIONS = {
    "assessment": FormAction(
        _("年度考核或期满评估"), f.AssessmentForm, success=_("已登记考核结果。"), allowed=is_studio_centre,
        call=lambda r, s, d: operation.assessment_record(actor=r.user, studio=s, **d)),
    "recheck": FormAction(
        _("整改复查"), f.RecheckForm, success=_("已登记复查结论。"), allowed=is_studio_centre,
        call=lambda r, s, d: operation.rectification_recheck(actor=r.user, order=_order(s), **d)),
    "evaluation": FormAction(
        _("工作成果评鉴"), f.OutcomeEvaluationForm, success=_("已登记评鉴结果。"), allowed=_city_or_centre,
        call=lambda r, s, d: operation.outcome_evaluation_record(actor=r.user, studio=s, **d)),
    "special_subsidy": FormAction(
        _("专项补助"), f.SpecialSubsidyForm, success=_("已登记专项补助。"), allowed=can_grant_special_subsidy,
        call=lambda r, s, d: funds.special_subsidy_record(actor=r.user, studio=s, **d)),
    "fund_audit": FormAction(
        _("补助资金审计"), f.FundAuditForm, success=_("已登记审计结果。"), allowed=_city_or_centre,
        call=lambda r, s, d: funds.fund_audit_record(actor=r.user, studio=s, **d)),
    "recovery": FormAction(
        _("追回补助资金"), f.RecoveryForm, success=_("已登记追回决定。"), allowed=is_city_hrss,
        call=lambda r, s, d: funds.recovery_record(actor=r.user, studio=s, **d)),
    "member_leave": FormAction(
        _("登记人员离开"), f.MemberLeaveForm, success=_("已登记人员离开。"), allowed=is_studio_centre,
        form_kwargs=_members, call=lambda r, s, d: studios.member_leave(actor=r.user, **d)),
    "lead_install": FormAction(
        _("更换领衔职业指导大师"), f.LeadInstallForm, success=_("已更换领衔职业指导大师。"), allowed=is_studio_centre,
        call=lambda r, s, d: studios.lead_master_install(actor=r.user, studio=s, **f.LeadInstallForm.kwargs_of(d))),
    "nomination": FormAction(
        _("择优申报省级"), f.NominationForm, success=_("已登记省级推荐。"), allowed=is_city_hrss,
        call=lambda r, s, d: studios.nomination_record(actor=r.user, studio=s, **d)),
    "nomination_outcome": FormAction(
        _("登记省级认定结果"), f.NominationOutcomeForm, success=_("已登记省级结果。"), allowed=is_city_hrss,
        form_kwargs=lambda r, s: {"nominations": pending_nominations(studio=s)},
        call=lambda r, s, d: studios.nomination_outcome(actor=r.user, **d)),
    "plaque_remove": FormAction(
        _("摘牌"), f.PlaqueRemoveForm, success=_("已登记摘牌。"), allowed=is_city_hrss,
        call=lambda r, s, d: exits.plaque_remove(actor=r.user, studio=s, **d)),
    "comment": FormAction(
        _("中心意见"), f.CommentForm, success=_("已保存意见。"), allowed=is_studio_centre,
        call=lambda r, s, d: studios.studio_comment(actor=r.user, studio=s, **d)),
}

HOST_ACTIONS = {
    "activity": FormAction(
        _("登记活动"), f.ActivityForm, success=_("已登记活动。"),
        call=lambda r, s, d: operation.activity_record(actor=r.user, studio=s, **d)),
    "trainee": FormAction(
        _("登记培养对象"), f.TraineeForm, success=_("已登记培养对象。"),
        call=lambda r, s, d: operation.trainee_record(actor=r.user, studio=s, **d)),
    "expenditure": FormAction(
        _("登记补助资金支出"), f.ExpenditureForm, success=_("已登记支出。"),
        call=lambda r, s, d: funds.expenditure_record(actor=r.user, studio=s, **d)),
    "work_plan": FormAction(
        _("提交两年工作规划"), f.WorkPlanForm, success=_("已提交两年工作规划。"),
        call=lambda r, s, d: operation.work_plan_submit(actor=r.user, studio=s, **d)),
    "member_add": FormAction(
        _("增加工作人员"), f.MemberAddForm, success=_("已增加工作人员。"),
        call=lambda r, s, d: studios.member_add(actor=r.user, studio=s, **d)),
    "member_leave": FormAction(
        _("登记人员离开"), f.MemberLeaveForm, success=_("已登记人员离开。"), form_kwargs=_members,
        call=lambda r, s, d: studios.member_leave(actor=r.user, **d)),
}


@require(can_view_studios)
def studio_action_view(request, pk, action):
    studio = studio_get(actor=request.user, pk=pk)
    return form_action_page(request, STUDIO_ACTIONS, action, studio, template=FORM,
                            back=reverse("studios:detail", args=[studio.pk]))


@require(can_use_studio_portal)
def host_action_view(request, pk, action):
    studio = host_studio_get(actor=request.user, pk=pk)
    return form_action_page(request, HOST_ACTIONS, action, studio, template=PORTAL_FORM,
                            back=reverse("studios_portal:my_studio", args=[studio.pk]))


@require(is_city_hrss)
def funds_view(request):
    """HN-9-2 sample draw and HN-8-6 subsidy report of a year."""
    year = request.GET.get("year", "")
    year = int(year) if year.isdigit() else timezone.localdate().year
    form = f.SampleDrawForm(request.POST or None)
    if request.method == "POST":
        return form_page(request, form, lambda: funds.sample_draw(actor=request.user, **form.cleaned_data),
                         template="studios/staff/funds.html", success=_("已抽取，抽中的工作室见下表。"),
                         redirect_to=reverse("studios:funds"), context=_funds_context(year))
    return render(request, "studios/staff/funds.html", {"form": form, **_funds_context(year)})


def _funds_context(year: int) -> dict:
    return {"report": funds.subsidy_report(year=year), "year": year, "draws": sample_draw_list()}

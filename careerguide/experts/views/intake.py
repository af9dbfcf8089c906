"""Applications from their pages: the applicant's (or nominating body's) 常州市职业指导专家申报表 in every channel
(CZ-6-2, CZ-6-6 .. CZ-6-15, CZ-A1-*), submission and withdrawal, the nominee's confirmation, the preliminary
opinion, and city HRSS's review, notice and appointment (CZ-7-1 .. CZ-7-13)."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_staff
from careerguide.common.views import FormAction, form_action_page, form_page, post_action, run_service
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import city_name, public_units_of_level

from ..choices import Channel
from ..forms import review as rf
from ..forms.intake import CHANNEL_HEADINGS, FORMSETS, ExpertApplicationForm, rows_of
from ..forms.membership import NoticePublishForm
from ..permissions import can_apply, can_view_applications, is_agency_staff, is_city_hrss, is_expert_portal_user
from ..selectors import (
    application_file,
    application_get,
    nomination_to_confirm_get,
    objection_open_list,
    open_rounds,
    panel_account_choices,
    recommender_of,
    round_get,
    round_list,
    sector_1028_choices,
    sme_industry_choices,
)
from ..services import applications, review


def _channel(actor):
    """The channel the signed-in person applies or nominates in (CZ-6-2)."""
    recommender = recommender_of(actor=actor)
    if recommender is not None:
        return (Channel.UNIVERSITY if recommender.kind == "university" else Channel.ASSOCIATION), recommender
    if is_expert_portal_user(actor):
        return Channel.SELF_NOMINATION, None
    return Channel.AGENCY, None


def _base(request) -> str:
    return "workbench_base.html" if is_staff(request.user) else "base.html"


@require(can_apply)
def application_new_view(request):
    """CZ-A1-1: one form, expert_application_form, whatever the channel; the tables are formsets."""
    channel, recommender = _channel(request.user)
    data, files = (request.POST, request.FILES) if request.method == "POST" else (None, None)
    form = ExpertApplicationForm(data, files, rounds=open_rounds(on=timezone.localdate()),
                                 districts=public_units_of_level(UnitLevel.CITY, UnitLevel.DISTRICT),
                                 industries=sme_industry_choices(), sectors=sector_1028_choices())
    sets = {name: formset(data, files, prefix=name) for name, formset in FORMSETS.items()}
    if request.method == "POST" and form.is_valid() and all(s.is_valid() for s in sets.values()):
        d = form.cleaned_data
        app = run_service(request, lambda: applications.application_create(
            actor=request.user, round=d["round"], channel=channel, person=form.person(), id_number=d["id_number"],
            phone=d["phone"], categories=d["categories"], declarations=d["declarations"],
            work_history=rows_of(sets["work"]), certificates=rows_of(sets["certificates"]),
            honours=rows_of(sets["honours"]), practice_cases=rows_of(sets["cases"]), attachments=form.attachments(),
            home_district=d["home_district"], photo=d["photo"], recommender=recommender), form=form,
            success=_("申报表已保存，请核对后提交。"))
        if app:
            return redirect("experts_portal:application", pk=app.pk)
    return render(request, "experts/apply.html", {"form": form, "sets": sets, "base_template": _base(request),
                                                  "heading": CHANNEL_HEADINGS[channel] % {"city": city_name()},
                                                  "channel": channel})


APPLICANT_ACTIONS = {
    "withdraw": FormAction(
        _("撤回申报"), rf.ReasonForm, success=_("已撤回。"),
        call=lambda r, a, d: applications.application_withdraw(actor=r.user, application=a, **d)),
    "preliminary": FormAction(
        _("初审意见"), rf.PreliminaryForm, success=_("已填写初审意见。"),
        call=lambda r, a, d: applications.preliminary_opinion_record(actor=r.user, application=a, **d)),
}


@require(can_view_applications)
def portal_application_view(request, pk):
    app = application_get(actor=request.user, pk=pk)
    return render(request, "experts/portal_application.html", {**application_file(application=app),
                                                                "base_template": _base(request)})


@require(can_view_applications)
def portal_application_action_view(request, pk, action):
    app = application_get(actor=request.user, pk=pk)
    return form_action_page(request, APPLICANT_ACTIONS, action, app, template="experts/portal_form.html",
                            back=reverse("experts_portal:application", args=[app.pk]),
                            context={"base_template": _base(request)})


@require(can_apply)
def application_submit_view(request, pk):
    app = application_get(actor=request.user, pk=pk)
    back = reverse("experts_portal:application", args=[app.pk])
    if request.method != "POST":
        return redirect(back)
    return post_action(request, lambda: applications.application_submit(actor=request.user, application=app),
                       success=_("已提交。"), redirect_to=back)


@require(is_expert_portal_user)
def nomination_confirm_view(request, pk):
    """CZ-6-15: the nominee confirms the nomination and consents to processing by entering their ID number."""
    app = nomination_to_confirm_get(actor=request.user, pk=pk)
    form = rf.NomineeConfirmForm(request.POST or None)
    return form_page(request, form, lambda: applications.nominee_confirm(actor=request.user, application=app,
                                                                         **form.cleaned_data),
                     template="experts/portal_form.html", success=_("已确认推荐。"), redirect_to="experts_portal:me",
                     context={"heading": _("确认被推荐并同意处理个人信息"), "subject": app.recommender or app.round,
                              "base_template": "base.html", "back": reverse("experts_portal:me")})


REVIEW_ACTIONS = {
    "preliminary": FormAction(
        _("初审意见"), rf.PreliminaryForm, success=_("已填写初审意见。"), allowed=is_agency_staff,
        call=lambda r, a, d: applications.preliminary_opinion_record(actor=r.user, application=a, **d)),
    "qualification": FormAction(
        _("资格审查"), rf.QualificationForm, success=_("已作出资格审查结论。"), allowed=is_city_hrss,
        call=lambda r, a, d: review.qualification_decide(actor=r.user, application=a, **d)),
    "verification": FormAction(
        _("考察记录（函询、面试、电话咨询、实地走访）"), rf.VerificationForm, success=_("已登记考察记录。"), allowed=is_city_hrss,
        call=lambda r, a, d: review.verification_record(actor=r.user, application=a, **d)),
    "comprehensive": FormAction(
        _("综合评审"), rf.ComprehensiveForm, success=_("已作出综合评审结论。"), allowed=is_city_hrss,
        call=lambda r, a, d: review.comprehensive_decide(actor=r.user, application=a, **d)),
    "objection_record": FormAction(
        _("登记收到的异议（来信、电话、来访）"), rf.ObjectionRecordForm, success=_("已登记异议。"), allowed=is_city_hrss,
        call=lambda r, a, d: review.objection_lodge(actor=r.user, application=a, **d)),
    "objection": FormAction(
        _("异议核查"), rf.ObjectionDecideForm, success=_("已登记核查结论。"), allowed=is_city_hrss,
        form_kwargs=lambda r, a: {"objections": objection_open_list(application=a)},
        call=lambda r, a, d: review.objection_decide(actor=r.user, **d)),
}
STEPS = {"qualification_start": (review.qualification_start, _("已进入资格审查。")),
         "appoint": (review.application_appoint, _("已聘任，聘书已生成。"))}


@require(can_view_applications)
def review_action_view(request, pk, action):
    app = application_get(actor=request.user, pk=pk)
    return form_action_page(request, REVIEW_ACTIONS, action, app, template="experts/action_form.html",
                            back=reverse("experts:application_detail", args=[app.pk]))


@require(is_city_hrss)
def review_step_view(request, pk, step):
    app = application_get(actor=request.user, pk=pk)
    back = reverse("experts:application_detail", args=[app.pk])
    if request.method != "POST" or step not in STEPS:
        return redirect(back)
    call, message = STEPS[step]
    return post_action(request, lambda: call(actor=request.user, application=app), success=message, redirect_to=back)


ROUND_ACTIONS = {
    "notice": FormAction(
        _("发布拟聘任人选公示"), NoticePublishForm, success=_("已发布公示。"), allowed=is_city_hrss,
        call=lambda r, rnd, d: review.notice_publish(actor=r.user, round=rnd, **d)),
    "panel": FormAction(
        _("增加评审专家"), rf.PanelForm, success=_("已增加评审专家。"), allowed=is_city_hrss,
        form_kwargs=lambda r, rnd: {"accounts": panel_account_choices()},
        call=lambda r, rnd, d: review.panel_member_add(actor=r.user, round=rnd, **d)),
}


@require(can_view_applications)
def round_list_view(request):
    form = rf.RoundForm(request.POST or None)
    context = {"rounds": round_list(), "can_create": is_city_hrss(request.user)}
    if request.method == "POST":
        return form_page(request, form, lambda: applications.round_create(actor=request.user, **form.cleaned_data),
                         template="experts/rounds.html", success=_("已创建集中申请批次。"),
                         redirect_to="experts:rounds", context=context)
    return render(request, "experts/rounds.html", {**context, "form": form})


@require(can_view_applications)
def round_action_view(request, pk, action):
    rnd = round_get(pk=pk)
    return form_action_page(request, ROUND_ACTIONS, action, rnd, template="experts/action_form.html",
                            back=reverse("experts:rounds"))


@require(is_agency_staff)
def round_batch_view(request, pk):
    """CZ-6-10: the agency sends its recommended self-nominations as one batch."""
    rnd = round_get(pk=pk)
    if request.method != "POST":
        return redirect("experts:rounds")
    return post_action(request, lambda: applications.agency_batch_submit(actor=request.user, round=rnd),
                       success=_("已统一报送市人社局。"), redirect_to=reverse("experts:rounds"))

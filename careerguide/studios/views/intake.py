"""The recognition procedure from pages: the host unit's application with the HN-7-7 form (HN-7-2), the
recommender's opinion, the centre's checks and copies (HN-7-1, HN-7-5), the notice, objections and confirmation
(HN-6-13 .. HN-6-17), the panel's review and vote (HN-6-6 .. HN-6-11, HN-11-18), rounds, host units and recommenders
(HN-3-2, HN-6-1, HN-6-2, HN-6-25)."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import FormAction, form_action_page, form_page, post_action
from careerguide.documents.spreadsheets import file_response

from ..forms import applications as f
from ..permissions import can_use_studio_portal, can_view_studios, is_city_hrss, is_studio_centre
from ..selectors import (
    application_file,
    application_get,
    application_list,
    city_level_host_units,
    district_choices,
    host_units_of,
    item3_document_get,
    open_objections_of,
    portal_account_choices,
    published_rounds,
    recommender_list,
    review_application_get,
    review_application_list,
    round_file,
    round_get,
    round_in_notice,
    round_list,
    round_panel,
    university_recommenders,
)
from ..services import applications as apps
from ..services import notice, review, rounds

PORTAL_FORM, STAFF_FORM = "studios/portal_form.html", "studios/staff/form.html"


def _application_fields(d: dict) -> dict:
    return {k: v for k, v in d.items() if k not in ("round", "host_unit", "recommender")}


def _choices(request, subject):
    return {"rounds": published_rounds(), "host_units": host_units_of(actor=request.user),
            "recommenders": recommender_list()}


APPLICATION_ACTIONS = {
    "edit": FormAction(
        _("修改申报表"), f.ApplicationForm, success=_("已保存申报表。"),
        form_kwargs=lambda r, a: {**_choices(r, a), "editing": True,
                                  "initial": {k: getattr(a, k) for k in apps.DRAFT_FIELDS}},
        call=lambda r, a, d: apps.application_update(actor=r.user, application=a, **d)),
    "member": FormAction(
        _("增加工作室人员"), f.MemberForm, success=_("已增加人员。"),
        call=lambda r, a, d: apps.application_member_add(actor=r.user, application=a, **f.MemberForm.kwargs_of(d))),
    "talent": FormAction(
        _("增加人才管理制度文件"), f.TalentDocumentForm, success=_("已增加制度文件。"),
        call=lambda r, a, d: apps.talent_document_add(actor=r.user, application=a, **d)),
    "item3": FormAction(
        _("上传证件和证书复印件"), f.Item3Form, success=_("已上传。"),
        call=lambda r, a, d: apps.item3_document_add(actor=r.user, application=a, **d)),
    "recommend": FormAction(
        _("推荐单位遴选意见"), f.RecommendForm, success=_("已登记推荐意见。"),
        call=lambda r, a, d: apps.application_recommend(actor=r.user, application=a, **d)),
    "material": FormAction(
        _("登记收到的申报材料"), f.MaterialForm, success=_("已登记材料。"),
        call=lambda r, a, d: apps.material_receipt_record(actor=r.user, application=a, **d)),
    "withdraw": FormAction(
        _("撤回申报"), f.ReasonForm, success=_("已撤回。"),
        call=lambda r, a, d: apps.application_withdraw(actor=r.user, application=a, **d)),
    "notice": FormAction(
        _("发布公示"), f.NoticeForm, success=_("已发布公示。"), allowed=is_city_hrss,
        call=lambda r, a, d: notice.notice_publish(actor=r.user, application=a, **d)),
    "objection": FormAction(
        _("登记异议"), f.ObjectionForm, success=_("已登记异议。"),
        call=lambda r, a, d: notice.objection_record(actor=r.user, application=a, **d)),
    "objection_decide": FormAction(
        _("异议核查结论"), f.ObjectionDecideForm, success=_("已登记核查结论。"), allowed=is_city_hrss,
        form_kwargs=lambda r, a: {"objections": open_objections_of(application=a)},
        call=lambda r, a, d: notice.objection_decide(actor=r.user, **d)),
    "paper_tally": FormAction(
        _("录入纸质票决结果"), f.PaperTallyForm, success=_("已录入票数。"), allowed=is_studio_centre,
        call=lambda r, a, d: review.paper_tally_enter(actor=r.user, application=a, **d)),
}
HOST_STEPS = ("edit", "member", "talent", "item3", "withdraw")
RECOMMENDER_STEPS = ("recommend", "material", "withdraw")
STAFF_STEPS = ("recommend", "material", "item3", "notice", "objection", "objection_decide", "paper_tally")


def _page(request, application, template, **extra):
    return render(request, template, {**application_file(actor=request.user, application=application), **extra})


@require(can_use_studio_portal)
def my_applications_view(request):
    return render(request, "studios/my_applications.html", {
        "applications": application_list(actor=request.user), "can_apply": host_units_of(actor=request.user).exists()})


@require(can_use_studio_portal)
def application_new_view(request):
    form = f.ApplicationForm(request.POST or None, **_choices(request, None))
    return form_page(request, form, lambda: apps.application_create(
        actor=request.user, round=form.cleaned_data["round"], host_unit=form.cleaned_data["host_unit"],
        recommender=form.cleaned_data["recommender"], **_application_fields(form.cleaned_data)),
        template=PORTAL_FORM, success=_("已保存申报表，请继续填写人员和材料。"),
        redirect_to=lambda a: reverse("studios_portal:application", args=[a.pk]),
        context={"heading": _("职业指导大师工作室申报表"), "back": reverse("studios_portal:applications")})


@require(can_use_studio_portal)
def portal_application_view(request, pk):
    application = application_get(actor=request.user, pk=pk)
    return _page(request, application, "studios/portal_application.html",
                 host_steps=HOST_STEPS, recommender_steps=RECOMMENDER_STEPS)


@require(can_use_studio_portal)
def portal_application_action_view(request, pk, action):
    application = application_get(actor=request.user, pk=pk)
    if action not in HOST_STEPS + RECOMMENDER_STEPS:
        action = ""
    return form_action_page(request, APPLICATION_ACTIONS, action, application, template=PORTAL_FORM,
                            back=reverse("studios_portal:application", args=[application.pk]))


@require(can_use_studio_portal)
def application_submit_view(request, pk):
    application = application_get(actor=request.user, pk=pk)
    back = reverse("studios_portal:application", args=[application.pk])
    if request.method != "POST":
        return redirect(back)
    return post_action(request, lambda: apps.application_submit(actor=request.user, application=application),
                       success=_("已报送推荐单位。"), redirect_to=back)


@require(can_view_studios)
def staff_application_action_view(request, pk, action):
    application = application_get(actor=request.user, pk=pk)
    if action not in STAFF_STEPS:
        action = ""
    return form_action_page(request, APPLICATION_ACTIONS, action, application, template=STAFF_FORM,
                            back=reverse("studios:application_detail", args=[application.pk]))


@require(is_studio_centre)
def application_check_view(request, pk):
    application = application_get(actor=request.user, pk=pk)
    back = reverse("studios:application_detail", args=[application.pk])
    if request.method != "POST":
        return redirect(back)
    return post_action(request, lambda: apps.application_check(actor=request.user, application=application),
                       success=_("已完成资格和材料审查。"), redirect_to=back)


@require(can_use_studio_portal)
def item3_file_view(request, pk):
    """HN-7-5: a copy opens only for those who may see it (the ID copy: the centre and the recommender)."""
    doc = item3_document_get(actor=request.user, pk=pk)
    return file_response(doc.file.read(), filename=doc.file.name.rsplit("/", 1)[-1],
                         content_type="application/octet-stream")


# ---- the panel (HN-6-6 .. HN-6-11) --------------------------------------------------------------------

REVIEW_ACTIONS = {
    "ballot": FormAction(
        _("无记名表决"), f.BallotForm, success=_("已投票。"),
        call=lambda r, s, d: review.ballot_cast(actor=r.user, application_id=s[0].pk, **d)),
    "recusal": FormAction(
        _("申请回避"), f.RecusalForm, success=_("已登记回避。"),
        call=lambda r, s, d: review.recusal_record(actor=r.user, member=s[1], application=s[0], **d)),
}


@require(can_use_studio_portal)
def review_list_view(request):
    return render(request, "studios/review_list.html", {"applications": review_application_list(actor=request.user)})


@require(can_use_studio_portal)
def review_detail_view(request, pk):
    application, _member = review_application_get(actor=request.user, pk=pk)
    return _page(request, application, "studios/review_detail.html")


@require(can_use_studio_portal)
def review_action_view(request, pk, action):
    subject = review_application_get(actor=request.user, pk=pk)
    return form_action_page(request, REVIEW_ACTIONS, action, subject, template=PORTAL_FORM,
                            back=reverse("studios_portal:review_detail", args=[pk]))


# ---- rounds, host units and recommenders (city HRSS and the centre) ------------------------------------

def _round_step(request, rnd, d):
    if d["step"] == "publish":
        return rounds.round_publish(actor=request.user, round=rnd, published_on=d["on"])
    if d["step"] == "close":
        return rounds.round_close(actor=request.user, round=rnd, closed_on=d["on"])
    return rounds.round_cancel(actor=request.user, round=rnd, reason=d["reason"])


ROUND_ACTIONS = {
    "step": FormAction(_("发布、结束或取消批次"), f.RoundStepForm, success=_("已办理。"), allowed=is_city_hrss,
                       call=_round_step),
    "slot": FormAction(
        _("分配推荐名额"), f.SlotForm, success=_("已保存推荐名额。"), allowed=is_city_hrss,
        form_kwargs=lambda r, rnd: {"recommenders": recommender_list()},
        call=lambda r, rnd, d: rounds.round_slot_set(actor=r.user, round=rnd, **d)),
    "named_recommender": FormAction(
        _("指定市级单位的推荐单位"), f.NamedRecommenderForm, success=_("已指定。"), allowed=is_city_hrss,
        form_kwargs=lambda r, rnd: {"host_units": city_level_host_units(), "recommenders": recommender_list()},
        call=lambda r, rnd, d: rounds.round_named_recommender_set(actor=r.user, round=rnd, **d)),
    "panel": FormAction(
        _("增加评审专家"), f.PanelMemberForm, success=_("已增加评审专家。"), allowed=is_studio_centre,
        form_kwargs=lambda r, rnd: {"accounts": portal_account_choices()},
        call=lambda r, rnd, d: review.panel_member_add(actor=r.user, round=rnd, **d)),
    "presence": FormAction(
        _("登记到会情况"), f.PresenceForm, success=_("已登记到会情况。"), allowed=is_studio_centre,
        form_kwargs=lambda r, rnd: {"members": round_panel(round=rnd)},
        call=lambda r, rnd, d: review.panel_presence_set(actor=r.user, **d)),
    "confirm": FormAction(
        _("发文确认"), f.ConfirmForm, success=_("已发文确认，工作室已登记。"), allowed=is_city_hrss,
        form_kwargs=lambda r, rnd: {"applications": round_in_notice(round=rnd)},
        call=lambda r, rnd, d: notice.confirmation_record(actor=r.user, **d)),
}


@require(can_view_studios)
def round_list_view(request):
    """HN-6-1 rounds; HN-3-2 warns about calendar years since the first round with no round at all."""
    form = f.RoundForm(request.POST or None)
    listed = round_list()
    this_year = timezone.localdate().year
    first = min([r.year for r in listed] + [this_year])
    context = {"rounds": listed, "can_create": is_city_hrss(request.user),
               "missing_years": rounds.round_missing_years(first_year=first, last_year=this_year)}
    if request.method == "POST":
        return form_page(request, form, lambda: rounds.round_create(actor=request.user, **form.cleaned_data),
                         template="studios/staff/rounds.html", success=_("已创建批次。"),
                         redirect_to=lambda rnd: reverse("studios:round_detail", args=[rnd.pk]), context=context)
    return render(request, "studios/staff/rounds.html", {**context, "form": form})


@require(can_view_studios)
def round_detail_view(request, pk):
    return render(request, "studios/staff/round_detail.html", {**round_file(round=round_get(pk=pk)),
                                                               "can_act": is_city_hrss(request.user),
                                                               "is_centre": is_studio_centre(request.user)})


@require(can_view_studios)
def round_action_view(request, pk, action):
    rnd = round_get(pk=pk)
    return form_action_page(request, ROUND_ACTIONS, action, rnd, template=STAFF_FORM,
                            back=reverse("studios:round_detail", args=[rnd.pk]))


@require(is_studio_centre)
def round_voting_view(request, pk, step):
    rnd = round_get(pk=pk)
    back = reverse("studios:round_detail", args=[rnd.pk])
    if request.method != "POST" or step not in ("open", "close"):
        return redirect(back)
    call = review.voting_open if step == "open" else review.voting_close
    return post_action(request, lambda: call(actor=request.user, round=rnd), success=_("已办理表决。"), redirect_to=back)


REGISTRY_ACTIONS = {
    "host_unit": FormAction(
        _("登记申报单位"), f.HostUnitForm, success=_("已登记申报单位。"), allowed=is_studio_centre,
        form_kwargs=lambda r, s: {"districts": district_choices(), "universities": university_recommenders(),
                                  "accounts": portal_account_choices()},
        call=lambda r, s, d: rounds.host_unit_create(actor=r.user, **{**d, "accounts": list(d["accounts"])})),
    "recommender": FormAction(
        _("登记推荐单位"), f.RecommenderForm, success=_("已登记推荐单位。"), allowed=is_studio_centre,
        form_kwargs=lambda r, s: {"districts": district_choices(), "accounts": portal_account_choices()},
        call=lambda r, s, d: rounds.recommender_create(actor=r.user, **{**d, "accounts": list(d["accounts"])})),
}


@require(is_studio_centre)
def registry_action_view(request, action):
    return form_action_page(request, REGISTRY_ACTIONS, action, None, template=STAFF_FORM,
                            back=reverse("studios:rounds"))

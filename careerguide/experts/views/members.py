"""Pages of a serving expert's archive and work: city HRSS's forms on the archive (CZ-11-1, CZ-11-2, CZ-11-5,
CZ-9-11, CZ-11-9, CZ-12-1), invitations (CZ-11-15), the lookups (CZ-5-4, CZ-5-6, CZ-5-9, CZ-5-12), the reports
(CZ-3-3, CZ-11-12, CZ-12-4), and the expert's own forms on the portal: service log (Annex 2), photo, profile and
change requests, pairings, courses and micro-videos, renewal, exit, replies (CZ-8-1, CZ-9-3, CZ-10-8, CZ-11-8)."""
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import public, require
from careerguide.common.views import FormAction, form_action_page, form_page, post_action
from careerguide.documents.spreadsheets import XLSX_TYPE, file_response

from ..choices import KeyGroup, RecipientType
from ..forms import members as f
from ..permissions import can_remove_bar, can_view_experts, is_city_hrss, is_expert_portal_user
from ..selectors import (
    accepted_consultations_of,
    accepted_invitations_of,
    assignment_get,
    change_request_get,
    consultation_get,
    correctable_logs_of,
    correction_requests_of,
    editable_logs_of,
    expert_ranking,
    invitation_get,
    invitation_list,
    lookup_list,
    membership_bar,
    membership_get,
    open_feedback_of,
    own_membership,
    pairings_of,
    panel_application_get,
    panel_applications,
    panel_seats_of,
    public_expert_get,
    returned_logs_of,
    service_report,
    serving_members,
    training_year_report,
)
from ..services import activities, archive, engagement, lookups, review
from ..services import membership as ms

ACTION_FORM, PORTAL_FORM = "experts/action_form.html", "experts/portal_form.html"


def _authors(request, m):
    return [m]


MEMBER_ACTIONS = {
    "archive": FormAction(
        _("修改专家档案"), f.ArchiveForm, success=_("已修改专家档案。"), allowed=is_city_hrss,
        form_kwargs=lambda r, m: {"initial": {k: getattr(m, k) for k in f.ArchiveForm.base_fields}},
        call=lambda r, m, d: archive.archive_update(actor=r.user, membership=m, changes=d)),
    "photo": FormAction(
        _("上传专家照片"), f.PhotoForm, success=_("已保存照片。"), allowed=is_city_hrss,
        call=lambda r, m, d: archive.membership_photo_set(actor=r.user, membership=m, **d)),
    "incentive": FormAction(
        _("登记激励"), f.IncentiveForm, success=_("已登记。"), allowed=is_city_hrss,
        call=lambda r, m, d: activities.incentive_record(actor=r.user, membership=m, **d)),
    "contact": FormAction(
        _("登记联系记录"), f.ContactAttemptForm, success=_("已登记联系记录。"), allowed=is_city_hrss,
        call=lambda r, m, d: activities.contact_attempt_record(actor=r.user, membership=m, **d)),
    "pairing": FormAction(
        _("登记结对帮扶"), f.PairingForm, success=_("已登记结对帮扶。"), allowed=is_city_hrss,
        call=lambda r, m, d: engagement.pairing_create(actor=r.user, membership=m, **d)),
    "content": FormAction(
        _("登记精品课程或微视频"), f.ContentItemForm, success=_("已登记。"), allowed=is_city_hrss,
        call=lambda r, m, d: engagement.content_item_record(actor=r.user, authors=_authors(r, m), **d)),
    "feedback": FormAction(
        _("答复反馈意见"), f.FeedbackReplyForm, success=_("已答复。"), allowed=is_city_hrss,
        form_kwargs=lambda r, m: {"feedback": open_feedback_of(membership=m)},
        call=lambda r, m, d: activities.feedback_reply(actor=r.user, **d)),
    "log_correction": FormAction(
        _("审核服务日志更正申请"), f.LogCorrectionDecideForm, success=_("已审核更正申请。"), allowed=is_city_hrss,
        form_kwargs=lambda r, m: {"entries": correction_requests_of(membership=m)},
        call=lambda r, m, d: activities.service_log_correction_decide(actor=r.user, entry=d["entry"],
                                                                      approve=d["decision"] == "approve")),
    "bar_remove": FormAction(
        _("更正：移出不再聘任名单"), f.BarRemoveForm, success=_("已移出不再聘任名单。"), allowed=can_remove_bar,
        call=lambda r, m, d: ms.bar_remove(actor=r.user, bar=membership_bar(membership=m), **d)),
}


@require(can_view_experts)
def member_action_view(request, pk, action):
    m = membership_get(actor=request.user, pk=pk)
    return form_action_page(request, MEMBER_ACTIONS, action, m, template=ACTION_FORM,
                            back=reverse("experts:membership_detail", args=[m.pk]))


@require(can_view_experts)
def service_log_export_view(request, pk):
    """CZ-11-17: the export of recipients' data is for city HRSS (or the expert) only, and it is logged."""
    m = membership_get(actor=request.user, pk=pk)
    content = engagement.service_log_export(actor=request.user, membership=m)
    return file_response(content, filename=f"服务日志-{m.name}.xlsx", content_type=XLSX_TYPE)


@require(is_city_hrss)
def change_request_decide_view(request, pk, decision):
    row = change_request_get(actor=request.user, pk=pk)
    back = reverse("experts:membership_detail", args=[row.membership_id])
    if request.method != "POST" or decision not in ("approve", "reject"):
        return redirect(back)
    return post_action(request, lambda: archive.archive_change_decide(actor=request.user, request=row,
                                                                      approve=decision == "approve"),
                       success=_("已审核档案变更申请。"), redirect_to=back)


@require(is_city_hrss)
def training_new_view(request):
    form = f.TrainingEventForm(request.POST or None, members=serving_members(actor=request.user))
    return form_page(request, form, lambda: activities.training_event_record(
        actor=request.user, **{**form.cleaned_data, "attendees": list(form.cleaned_data["attendees"])}),
        template=ACTION_FORM, success=_("已登记培训交流活动。"), redirect_to="experts:reports",
        context={"heading": _("登记培训交流活动"), "back": reverse("experts:reports")})


# ---- invitations (CZ-11-15) -----------------------------------------------------------------------------------

@public
def invitation_new_view(request, pk=None):
    """A unit invites a named expert (or asks city HRSS to find one); no sign-in and no fee (CZ-2-2)."""
    m = public_expert_get(pk=pk) if pk else None
    form = f.InvitationForm(request.POST or None)
    return form_page(request, form, lambda: engagement.invitation_create(actor=request.user if request.user.is_authenticated
                                                                         else None, membership=m, **form.cleaned_data),
                     template=PORTAL_FORM, success=_("邀请已发送。"), redirect_to="experts_portal:directory",
                     context={"heading": _("邀请专家") if m is None else _("邀请专家：%(n)s") % {"n": m.name},
                              "back": reverse("experts_portal:directory")})


@public
def consultation_new_view(request, pk):
    """CZ-11-8: a consultation request to a listed expert; the expert's contacts stay hidden."""
    m = public_expert_get(pk=pk)
    form = f.ConsultationRequestForm(request.POST or None)
    return form_page(request, form, lambda: activities.consultation_request_create(
        actor=request.user if request.user.is_authenticated else None, membership=m, **form.cleaned_data),
                     template=PORTAL_FORM, success=_("咨询已提交，专家将与您联系。"), redirect_to="experts_portal:directory",
                     context={"heading": _("向专家咨询：%(n)s") % {"n": m.name},
                              "back": reverse("experts_portal:expert_detail", args=[m.pk])})


@public
def feedback_new_view(request, pk=None):
    """CZ-11-9: feedback on the team or on one expert; city HRSS owes a reply."""
    m = public_expert_get(pk=pk) if pk else None
    form = f.FeedbackSubmitForm(request.POST or None)
    return form_page(request, form, lambda: activities.feedback_submit(
        actor=request.user if request.user.is_authenticated else None, membership=m, **form.cleaned_data),
                     template=PORTAL_FORM, success=_("已收到您的意见，我们将按时答复。"), redirect_to="experts_portal:directory",
                     context={"heading": _("意见反馈") if m is None else _("对专家的意见反馈：%(n)s") % {"n": m.name},
                              "back": reverse("experts_portal:directory")})


@require(is_city_hrss)
def invitation_list_view(request):
    return render(request, "experts/invitations.html", {"invitations": invitation_list(actor=request.user)[:200]})


INVITATION_ACTIONS = {
    "assign": FormAction(
        _("为邀请指定专家"), f.AssignExpertForm, success=_("已指定专家。"), allowed=is_city_hrss,
        form_kwargs=lambda r, i: {"members": serving_members(actor=r.user)},
        call=lambda r, i, d: engagement.invitation_assign(actor=r.user, invitation=i, **d)),
}


@require(is_city_hrss)
def invitation_action_view(request, pk, action):
    row = invitation_get(actor=request.user, pk=pk)
    return form_action_page(request, INVITATION_ACTIONS, action, row, template=ACTION_FORM,
                            back=reverse("experts:invitations"))


# ---- lookups and reports ----------------------------------------------------------------------------------------

@require(is_city_hrss)
def lookup_list_view(request):
    """CZ-5-4, CZ-5-6, CZ-5-9, CZ-5-12: the lookups city HRSS keeps, editable here."""
    form = f.LookupForm(request.POST or None)
    context = {"rows": lookup_list()}
    if request.method == "POST":
        return form_page(request, form, lambda: lookups.lookup_save(actor=request.user, **form.cleaned_data),
                         template="experts/lookups.html", success=_("已保存。"), redirect_to="experts:lookups",
                         context=context)
    return render(request, "experts/lookups.html", {**context, "form": form})


@require(is_city_hrss)
def lookup_defaults_view(request):
    """The starting rows of the lookups restored where missing (rows city HRSS changed are kept)."""
    if request.method != "POST":
        return redirect("experts:lookups")
    return post_action(request, lambda: lookups.lookups_seed_defaults(actor=request.user),
                       success=lambda n: _("已补回%(n)s行默认数据。") % {"n": n}, redirect_to=reverse("experts:lookups"))


@require(can_view_experts)
def report_view(request):
    """CZ-3-3 service report, CZ-11-12 training of the year, CZ-12-4 ranking to support nominations."""
    today = timezone.localdate()
    form = f.ReportPeriodForm(request.GET or {"start": today.replace(month=1, day=1), "end": today})
    period = form.cleaned_data if form.is_valid() else {"start": today.replace(month=1, day=1), "end": today}
    service = service_report(**period)
    return render(request, "experts/reports.html", {
        "form": form, "service": service, "ranking": expert_ranking(**period),
        # CZ-3-3: by recipient type and key group, named by their labels
        "by_type": [(label, service["sessions"].get(code, 0), service["persons"].get(code, 0))
                    for code, label in RecipientType.choices],
        "by_group": [(label, service["key_groups"][code]) for code, label in KeyGroup.choices
                     if code in service["key_groups"]],
        "training": training_year_report(year=period["end"].year), "can_act": is_city_hrss(request.user)})


# ---- the expert's own forms (portal) ------------------------------------------------------------------------

def _log_choices(request, m):
    return {"invitations": accepted_invitations_of(membership=m), "pairings": pairings_of(membership=m),
            "consultations": accepted_consultations_of(membership=m)}


EXPERT_ACTIONS = {
    "service_log": FormAction(
        _("填写服务日志"), f.ServiceLogForm, success=_("已提交服务日志，待市人社局确认。"), form_kwargs=_log_choices,
        call=lambda r, m, d: activities.service_log_create(
            actor=r.user, membership=m, data=f.ServiceLogForm.split(d)[0], attachments=f.ServiceLogForm.split(d)[1])),
    "attachment": FormAction(
        _("补充服务日志附件"), f.LogAttachmentForm, success=_("已上传。"),
        form_kwargs=lambda r, m: {"entries": editable_logs_of(membership=m)},
        call=lambda r, m, d: engagement.service_log_attachment_add(actor=r.user, **d)),
    "photo": FormAction(
        _("上传照片"), f.PhotoForm, success=_("已保存照片。"),
        call=lambda r, m, d: archive.membership_photo_set(actor=r.user, membership=m, **d)),
    "profile": FormAction(
        _("修改联系方式和擅长领域"), f.ProfileForm, success=_("已保存。"),
        form_kwargs=lambda r, m: {"initial": {"phone": m.phone, "email": m.email, "expertise": m.expertise}},
        call=lambda r, m, d: archive.expert_profile_update(actor=r.user, membership=m, **d)),
    "change_request": FormAction(
        _("申请变更档案信息"), f.ChangeRequestForm, success=_("已提交，待市人社局审核。"),
        call=lambda r, m, d: archive.archive_change_request(actor=r.user, membership=m, **f.ChangeRequestForm.kwargs_of(d))),
    "pairing": FormAction(
        _("登记结对帮扶"), f.PairingForm, success=_("已登记结对帮扶。"),
        call=lambda r, m, d: engagement.pairing_create(actor=r.user, membership=m, **d)),
    "content": FormAction(
        _("登记精品课程或微视频"), f.ContentItemForm, success=_("已登记。"),
        call=lambda r, m, d: engagement.content_item_record(actor=r.user, authors=[m], **d)),
    "renewal": FormAction(
        _("申请续聘"), f.RenewalApplyForm, success=_("已申请续聘。"),
        call=lambda r, m, d: ms.renewal_apply(actor=r.user, membership=m, **d)),
    "exit": FormAction(
        _("申请退出专家团"), f.ExitRequestForm, success=_("已提交退出申请。"),
        call=lambda r, m, d: ms.exit_request(actor=r.user, membership=m, **d)),
    "log_correct": FormAction(
        _("修改被退回的服务日志"), f.LogCorrectForm, success=_("已修改，待市人社局确认。"),
        form_kwargs=lambda r, m: {"entries": returned_logs_of(membership=m)},
        call=lambda r, m, d: activities.service_log_correct(actor=r.user, entry=f.LogCorrectForm.split(d)[0],
                                                            data=f.LogCorrectForm.split(d)[1])),
    "log_correction": FormAction(
        _("对已确认的服务日志提出更正申请"), f.LogCorrectionRequestForm, success=_("已提出更正申请，待市人社局审核。"),
        form_kwargs=lambda r, m: {"entries": correctable_logs_of(membership=m)},
        call=lambda r, m, d: activities.service_log_correction_request(actor=r.user, **d)),
    "confidentiality": FormAction(
        _("保密承诺"), f.ConfirmForm, success=_("已确认保密承诺。"),
        call=lambda r, m, d: ms.confidentiality_accept(actor=r.user, membership=m)),
}


def _own(request):
    m = own_membership(actor=request.user)
    if m is None:
        raise Http404
    return m


@require(is_expert_portal_user)
def expert_action_view(request, action):
    m = _own(request)
    return form_action_page(request, EXPERT_ACTIONS, action, m, template=PORTAL_FORM, back=reverse("experts_portal:me"))


RESPONSES = {
    "consultation": (consultation_get, lambda r, row, d: activities.consultation_respond(actor=r.user, consultation=row, **d)),
    "invitation": (invitation_get, lambda r, row, d: engagement.invitation_respond(actor=r.user, invitation=row, **d)),
    "assignment": (assignment_get, lambda r, row, d: activities.assignment_respond(actor=r.user, assignment=row, **d)),
}


@require(is_expert_portal_user)
def expert_respond_view(request, kind, pk):
    """CZ-11-8, CZ-11-15, CZ-10-8: the expert accepts or declines a consultation, invitation or assignment."""
    if kind not in RESPONSES:
        raise Http404
    getter, call = RESPONSES[kind]
    row = getter(actor=request.user, pk=pk)
    action = {kind: FormAction(_("答复"), f.RespondForm, success=_("已答复。"), call=call)}
    return form_action_page(request, action, kind, row, template=PORTAL_FORM, back=reverse("experts_portal:me"))


# ---- the review panel's opinions (portal) -----------------------------------------------------------------

@require(is_expert_portal_user)
def panel_view(request):
    """CZ-7-1: the candidates in comprehensive review of the rounds the user sits on the panel of; those the member
    must recuse from are shown as such."""
    seats = [(seat, [(app, review.panel_recuses(member=seat, application=app)) for app in panel_applications(seat=seat)])
             for seat in panel_seats_of(actor=request.user)]
    return render(request, "experts/panel.html", {"seats": seats})


@require(is_expert_portal_user)
def panel_opinion_view(request, pk):
    """CZ-7-1, CZ-7-15: a panel member's opinion on one candidate they do not recuse from."""
    _seat, app = panel_application_get(actor=request.user, pk=pk)
    action = {"opinion": FormAction(_("填写评审意见"), f.PanelOpinionForm, success=_("已提交评审意见。"),
                                    call=lambda r, a, d: review.panel_opinion_record(actor=r.user, application=a, **d))}
    return form_action_page(request, action, "opinion", app, template=PORTAL_FORM, back=reverse("experts_portal:panel"))

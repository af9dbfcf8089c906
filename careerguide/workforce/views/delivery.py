"""Service delivery pages: catalogue services to job seekers, graduates, employers and assistance targets through
either channel into one history (SD-11-*, SD-12-1, SD-G-11), hand-offs (SD-S-5), the activity calendar (SD-S-9),
statistics (SD-11-4, SD-8-4), and guidance content with its public page (SD-10-1)."""
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import public, require
from careerguide.common.views import FormAction, form_action_page
from careerguide.employers.selectors import employer_list
from careerguide.job_seekers.selectors import job_seeker_get, job_seeker_list
from careerguide.studios.selectors import studio_list

from ..choices import CareerStage, CatalogueService, Channel, RecipientType
from ..forms import sd as f
from ..permissions import can_record_services, can_view_workforce
from ..selectors.register import counsellor_list
from ..selectors.sd import (
    activities,
    content_list,
    published_content,
    recipient_history,
    service_record_get,
    service_records,
    service_statistics,
    studio_services,
)
from ..services import catalogue
from .pages import FORM, Table, counts_text, link, section_page

LABELS = dict(CatalogueService.choices)
RECIPIENTS, CHANNELS = dict(RecipientType.choices), dict(Channel.choices)
STAGES = {**dict(CareerStage.choices), "unknown": _("未注明")}



def _record_choices(request, subject):
    user = request.user
    return {"job_seeker": job_seeker_list(actor=user), "employer": employer_list(actor=user),
            "counsellor": counsellor_list(actor=user),
            "studio": studio_list(actor=user, scheme="sd_recognised") | studio_list(actor=user)}


DELIVERY_ACTIONS = {
    "record": FormAction(_("登记职业指导服务"), f.ServiceRecordForm, success=_("已登记服务。"), allowed=can_record_services,
                         form_kwargs=_record_choices,
                         call=lambda r, u, d: catalogue.service_record_add(actor=r.user, unit=u, **d)),
    "activity": FormAction(_("安排服务活动"), f.ActivityPlanForm, success=_("已列入服务活动安排。"),
                           allowed=can_record_services,
                           call=lambda r, u, d: catalogue.service_activity_plan(actor=r.user, unit=u, **d)),
    "content": FormAction(_("撰写政策宣传或形势解读"), f.ContentForm, success=_("已保存，待发布。"),
                          allowed=can_record_services,
                          call=lambda r, u, d: catalogue.guidance_content_create(actor=r.user, unit=u, **d)),
    "publish": FormAction(_("发布政策宣传或形势解读"), f.PublishForm, success=_("已发布。"), allowed=can_record_services,
                          form_kwargs=lambda r, u: {"content": content_list(actor=r.user).filter(status="draft")},
                          call=lambda r, u, d: catalogue.guidance_content_publish(actor=r.user, **d)),
}


def _period(request):
    today = timezone.localdate()
    form = f.PeriodForm(request.GET or {"start": today.replace(month=1, day=1), "end": today})
    return form, (form.cleaned_data if form.is_valid() else {"start": today.replace(month=1, day=1), "end": today})


def _recipient(r):
    if r.job_seeker_id:
        return link(r.job_seeker.full_name, reverse("workforce:history", args=[r.job_seeker_id]))
    return r.employer.name if r.employer_id else ""


@require(can_view_workforce)
def delivery_view(request):
    form, period = _period(request)
    stats, by_studio = service_statistics(actor=request.user, **period), studio_services(actor=request.user, **period)
    records = [[link(r.delivered_on, reverse("workforce:service_record", args=[r.pk])), r.get_recipient_type_display(),
                _recipient(r), LABELS.get(r.service, r.service), r.get_channel_display()]
               for r in service_records(actor=request.user)[:100]]
    plans = [[a.on, a.title, LABELS.get(a.service, a.service), a.get_target_group_display(), a.get_channel_display(),
              a.capacity] for a in activities(actor=request.user, **period)]
    texts = [[c.get_kind_display(), c.title, c.get_status_display(), c.published_on] for c in content_list(actor=request.user)]
    return section_page(
        request, heading=_("职业指导服务"), clause="SD-10-1 · SD-11-1 · SD-11-2 · SD-11-4 · SD-12-1 · SD-S-9 · SD-8-4",
        filter_form=form, actions=[(a.heading, reverse("workforce:delivery_action", args=[k]))
                                   for k, a in DELIVERY_ACTIONS.items()] + [(_("公开发布页"), reverse("guidance_public:content"))],
        notes=[_("期间服务%(t)s人次；按项目：%(s)s；按对象：%(r)s；按渠道：%(c)s；服务活动%(a)s场（%(ac)s），计划%(p)s人；"
                 "工作室服务按对象：%(sr)s；按阶段：%(ss)s。") % {
            "t": stats["total"], "s": counts_text(stats["by_service"], LABELS),
            "r": counts_text(stats["by_recipient"], RECIPIENTS), "c": counts_text(stats["by_channel"], CHANNELS),
            "a": stats["activities"], "ac": counts_text(stats["activities_by_channel"], CHANNELS),
            "p": stats["planned_places"], "sr": counts_text(by_studio["by_recipient"], RECIPIENTS),
            "ss": counts_text(by_studio["by_stage"], STAGES)}],
        tables=[Table(_("服务记录"), [_("日期"), _("对象类型"), _("服务对象"), _("项目"), _("渠道")], records, "records"),
                Table(_("服务活动安排"), [_("日期"), _("活动"), _("项目"), _("对象"), _("渠道"), _("计划人数")], plans, "activities"),
                Table(_("政策宣传和形势解读"), [_("类别"), _("标题"), _("状态"), _("发布日期")], texts, "contents")])


@require(can_view_workforce)
def delivery_action_view(request, action):
    return form_action_page(request, DELIVERY_ACTIONS, action, request.user.unit, template=FORM,
                            back=reverse("workforce:delivery"))


RECORD_ACTIONS = {
    "handoff": FormAction(_("衔接职业介绍或政策服务"), f.HandoffForm, success=_("已登记衔接。"), allowed=can_record_services,
                          call=lambda r, x, d: catalogue.handoff_create(actor=r.user, record=x, **d)),
    "outcome": FormAction(_("登记衔接落实情况"), f.HandoffOutcomeForm, success=_("已登记。"), allowed=can_record_services,
                          form_kwargs=lambda r, x: {"handoff": x.handoffs.filter(outcome="pending")},
                          call=lambda r, x, d: catalogue.handoff_outcome_record(actor=r.user, **d)),
}


@require(can_view_workforce)
def service_record_view(request, pk):
    record = service_record_get(actor=request.user, pk=pk)
    rows = [[h.get_to_service_display(), h.handed_on, h.receiving, h.get_outcome_display(), h.outcome_on]
            for h in record.handoffs.all()]
    notes = [_("%(d)s %(s)s（%(c)s）：%(n)s") % {"d": record.delivered_on, "s": LABELS.get(record.service, record.service),
                                              "c": record.get_channel_display(), "n": record.note}]
    if record.support_measures:
        notes.append(_("帮扶举措：%(m)s；个性化指导：%(g)s") % {"m": "、".join(record.support_measures),
                                                             "g": record.personalised_guidance})
    return section_page(request, heading=_("服务记录"), clause="SD-11-3 · SD-S-5", notes=notes,
                        actions=[(a.heading, reverse("workforce:service_record_action", args=[record.pk, k]))
                                 for k, a in RECORD_ACTIONS.items()],
                        tables=[Table(_("服务衔接"), [_("衔接服务"), _("日期"), _("承接"), _("落实情况"), _("落实日期")], rows, "handoffs")])


@require(can_view_workforce)
def service_record_action_view(request, pk, action):
    record = service_record_get(actor=request.user, pk=pk)
    return form_action_page(request, RECORD_ACTIONS, action, record, template=FORM,
                            back=reverse("workforce:service_record", args=[record.pk]))


@require(can_view_workforce)
def history_view(request, pk):
    """SD-G-11, SD-12-1: one history per recipient, online and offline together."""
    seeker = job_seeker_get(actor=request.user, pk=pk)
    rows = [[r.delivered_on, LABELS.get(r.service, r.service), r.get_channel_display(), r.unit.name,
             "、".join(h.get_to_service_display() for h in r.handoffs.all())]
            for r in recipient_history(actor=request.user, job_seeker=seeker)]
    return section_page(request, heading=_("%(n)s的职业指导服务记录") % {"n": seeker.full_name}, clause="SD-G-11 · SD-12-1",
                        actions=[(_("综合服务平台"), reverse("workforce:platform", args=[seeker.pk]))],
                        tables=[Table(_("服务记录（线上线下）"), [_("日期"), _("项目"), _("渠道"), _("机构"), _("衔接")], rows,
                                      "history")])


@public
def public_content_view(request):
    """SD-10-1: published policy publicity and situation interpretation, with dates, for job seekers and employers."""
    audience = request.GET.get("for", "")
    return render(request, "workforce/public_content.html",
                  {"items": published_content(audience=audience)[:50], "audience": audience})

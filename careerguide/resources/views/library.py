"""Resource library pages (SD-17-*): the library, a resource with its versions and the steps open on it
(revision, review, learning), contributions, the showcase of winning entries (SD-3-4) and the utilisation report
(SD-17-5)."""
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import FormAction, form_action_page, form_page
from careerguide.workforce.selectors.recognition import showcase_entries

from .. import forms as f
from ..choices import ResourceType
from ..permissions import can_review_resources, can_use_resources
from ..selectors import resource_get, resource_list, resource_versions, utilisation_report
from ..services.library import (
    learning_progress,
    resource_access_record,
    resource_create,
    resource_move,
    resource_revise,
    showcase_publish,
)

FORM = "resources/form.html"
RESOURCE_ACTIONS = {
    "revise": FormAction(_("修订资源（新版本）"), f.ReviseForm, success=_("已保存新版本。"), allowed=can_use_resources,
                         call=lambda r, res, d: resource_revise(actor=r.user, resource=res, **d)),
    "move": FormAction(_("提交、审核或撤回"), f.MoveForm, success=_("已办理。"), allowed=can_use_resources,
                       call=lambda r, res, d: resource_move(actor=r.user, resource=res, **d)),
    "learn": FormAction(_("记录学习进度"), f.LearnForm, success=_("已记录学习进度。"), allowed=can_use_resources,
                        call=lambda r, res, d: learning_progress(
                            actor=r.user, resource=res, counsellor=getattr(r.user, "counsellor_profile", None), **d)),
}


@require(can_use_resources)
def library_view(request):
    q, kind = request.GET.get("q", ""), request.GET.get("type", "")
    actions = [(_("贡献资源"), reverse("resources:new")), (_("典型案例"), reverse("resources:cases")),
               (_("使用情况统计"), reverse("resources:report"))]
    if can_review_resources(request.user):
        actions.append((_("优秀成果展示"), reverse("resources:showcase")))
    return render(request, "resources/library.html",
                  {"resources": resource_list(actor=request.user, q=q, resource_type=kind)[:200], "actions": actions,
                   "q": q, "kind": kind, "types": ResourceType.choices})


@require(can_use_resources)
def resource_detail_view(request, pk):
    resource = resource_get(actor=request.user, pk=pk)
    resource_access_record(actor=request.user, resource=resource, kind="view")
    actions = [(a.heading, reverse("resources:action", args=[resource.pk, k])) for k, a in RESOURCE_ACTIONS.items()
               if k != "learn" or resource.resource_type == ResourceType.COURSE]
    return render(request, "resources/detail.html", {"r": resource, "versions": resource_versions(resource=resource),
                                                     "actions": actions})


@require(can_use_resources)
def resource_action_view(request, pk, action):
    resource = resource_get(actor=request.user, pk=pk)
    return form_action_page(request, RESOURCE_ACTIONS, action, resource, template=FORM,
                            back=reverse("resources:detail", args=[resource.pk]))


@require(can_use_resources)
def resource_new_view(request):
    """SD-17-1: a contribution to the library, in draft until submitted for review."""
    form = f.ResourceForm(request.POST or None)
    return form_page(request, form, lambda: resource_create(actor=request.user, owner_unit=request.user.unit,
                                                            **form.cleaned_data),
                     template=FORM, success=_("已保存资源，请提交审核。"),
                     redirect_to=lambda r: reverse("resources:detail", args=[r.pk]),
                     context={"heading": _("贡献资源"), "clause": "SD-17-1", "back": reverse("resources:library")})


@require(can_review_resources)
def showcase_view(request):
    """SD-3-4: a winning contest entry into the library, with its author's consent and client data removed."""
    form = f.ShowcaseForm(request.POST or None, entry=showcase_entries(actor=request.user))
    return form_page(request, form, lambda: showcase_publish(actor=request.user, owner_unit=request.user.unit,
                                                             **form.cleaned_data),
                     template=FORM, success=_("已将获奖作品加入资源库。"),
                     redirect_to=lambda r: reverse("resources:detail", args=[r.pk]),
                     context={"heading": _("优秀成果展示"), "clause": "SD-3-4", "back": reverse("resources:library")})


@require(can_use_resources)
def utilisation_view(request):
    """SD-17-5: views, downloads and completions per resource and per organisation in a period."""
    today = timezone.localdate()
    form = f.UtilisationForm(request.GET or {"start": today.replace(month=1, day=1), "end": today})
    report = utilisation_report(actor=request.user, **form.cleaned_data) if form.is_valid() else None
    return render(request, "resources/report.html", {"form": form, "report": report})

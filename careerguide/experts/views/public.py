"""Public pages: the directory with search (CZ-11-4, CZ-11-5, CZ-11-7) and the notices (CZ-7-6, CZ-9-5).
No sensitive data is ever shown here."""
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import public, require
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import public_units_of_level

from ..choices import Duty, KeyGroup, Mode
from ..permissions import is_expert_portal_user
from ..presentation import directory_row, notice_row
from ..selectors import (
    expert_home,
    notice_applications,
    own_membership,
    panel_seats_of,
    public_directory,
    public_expert_get,
    public_notice_get,
    public_notice_list,
)

EXPERT_ACTION_LINKS = [("service_log", _("填写服务日志")), ("attachment", _("补充日志附件")), ("profile", _("修改联系方式")),
                       ("change_request", _("申请变更档案")), ("photo", _("上传照片")), ("pairing", _("结对帮扶")),
                       ("content", _("课程和微视频")), ("renewal", _("申请续聘")), ("exit", _("申请退出")),
                       ("log_correct", _("修改退回的日志")), ("log_correction", _("申请更正已确认的日志")),
                       ("confidentiality", _("保密承诺"))]


def _int(value):
    return int(value) if value and value.isdigit() else None


@public
def directory_view(request):
    params = {"name": request.GET.get("name", "").strip(), "expertise": request.GET.get("expertise", "").strip(),
              "duty": request.GET.get("duty", ""), "target_group": request.GET.get("target_group", ""),
              "district": _int(request.GET.get("district")), "mode": request.GET.get("mode", "")}
    rows = [directory_row(m) for m in public_directory(**params)]
    return render(request, "experts/directory.html", {
        "rows": rows, "params": params, "districts": public_units_of_level(UnitLevel.CITY, UnitLevel.DISTRICT), "duties": Duty.choices,
        "groups": KeyGroup.choices, "modes": Mode.choices})


@public
def expert_detail_view(request, pk):
    return render(request, "experts/expert_detail.html", {"row": directory_row(public_expert_get(pk=pk))})


@public
def expert_photo_view(request, pk):
    """CZ-11-5, CZ-11-6: a listed expert's photo, only when they consented to its publication."""
    m = public_expert_get(pk=pk)
    if not (m.photo and m.photo_consent):
        raise Http404
    return HttpResponse(m.photo.read(), content_type="image/jpeg")


@public
def notice_list_view(request):
    return render(request, "experts/notice_list.html", {"notices": public_notice_list()[:100]})


@public
def notice_detail_view(request, pk):
    notice = public_notice_get(pk=pk)
    rows = [notice_row(a) for a in notice_applications(notice=notice)]
    return render(request, "experts/notice_detail.html", {"notice": notice, "rows": rows})


@require(is_expert_portal_user)
def me_view(request):
    """CZ-11-20: status, certificate, term, days left, assignments, invitations, consultations, feedback."""
    m = own_membership(actor=request.user)
    context = {"membership": m, "actions": EXPERT_ACTION_LINKS,
               "on_panel": panel_seats_of(actor=request.user).exists()}
    if m is not None:
        context.update(expert_home(membership=m, on=timezone.localdate()))
    return render(request, "experts/me.html", context)

"""Pages of the reference library (CQ-4.3-2), its on-site display (CQ-7.1.1-1), the handbooks (CQ-7.1.1-2) and the
updates they are owed (CQ-7.1.1-3); the display board itself is public, for the screens of the service hall."""
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import public, require
from careerguide.common.views import post_action
from careerguide.documents.pdf import render_pdf
from careerguide.organisations.selectors import public_unit_get, unit_list

from ..forms import registers as f
from ..permissions import can_manage_cq, can_work_cq_cases
from ..selectors import (
    display_list,
    handbook_get,
    handbook_items,
    handbook_list,
    item_displays,
    policy_item_get,
    policy_item_list,
    public_display,
    update_duties,
)
from ..services import library as s
from .pages import Link, Section, Table, bound, sections_page


@require(can_work_cq_cases)
def library_view(request):
    q = request.GET.get("q", "").strip()
    items = policy_item_list(actor=request.user, q=q)
    today = timezone.localdate()
    sections = []
    if can_manage_cq(request.user):
        sections.append(Section("item", _("新增政策法规"), bound(request, "item", f.PolicyItemForm,
                                                             units=unit_list(actor=request.user)),
                                lambda d: s.policy_item_add(actor=request.user, **d), _("已收录。")))
    rows = [[Link(i.title, reverse("guidance:cq:policy_item", args=[i.pk])), i.issuer, i.doc_number,
             i.get_category_display(), i.effective_on, i.get_status_display(), i.last_reviewed_on] for i in items[:300]]
    duties = update_duties(items_of=[*display_list(actor=request.user), *handbook_list(actor=request.user)],
                           today=today)
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": _("政策法规资料库"), "clause": "CQ-4.3-2、CQ-7.1.1-3",
        "search": {"q": q, "placeholder": _("标题、发布机关、文号或内容")},
        "links": [(_("政策读本（手册）"), reverse("guidance:cq:handbooks"))],
        "tables": [Table(_("政策法规"), [_("标题"), _("发布机关"), _("文号"), _("类别"), _("生效日期"), _("状态"),
                                     _("最近审核")], rows),
                   Table(_("待更新的展示内容和读本"), [_("事项"), _("截止日期"), _("逾期")],
                         [[d.title, d.due_date, _("已逾期") if d.overdue else ""] for d in duties])]})


@require(can_work_cq_cases)
def policy_item_view(request, pk):
    item = policy_item_get(actor=request.user, pk=pk)
    if request.method == "POST" and request.POST.get("section") in ("review", "repeal"):
        call = s.policy_item_review if request.POST["section"] == "review" else s.policy_item_repeal
        return post_action(request, lambda: call(actor=request.user, item=item), success=_("已保存。"),
                           redirect_to=request.path)
    sections = [] if not can_manage_cq(request.user) else [
        Section("amend", _("登记修订"), bound(request, "amend", f.AmendForm),
                lambda d: s.policy_item_amend(actor=request.user, item=item, **d), _("已登记修订，使用该政策的展示和读本须及时更新。")),
        Section("publish", _("发布到电子屏幕或宣传栏"), bound(request, "publish", f.PublishForm,
                                                         units=unit_list(actor=request.user)),
                lambda d: s.display_publish(actor=request.user, item=item, **d), _("已发布展示。"))]
    return sections_page(request, sections, template="guidance/cq/policy_item.html", redirect_to=request.path,
                         context={"title": item.title, "item": item, "displays": item_displays(item=item),
                                  "can_manage": can_manage_cq(request.user)})


@require(can_work_cq_cases)
def handbooks_view(request):
    sections = []
    if can_manage_cq(request.user):
        form = bound(request, "handbook", f.HandbookForm, units=unit_list(actor=request.user),
                     items=policy_item_list(actor=request.user, in_use_only=True))
        sections.append(Section("handbook", _("编印读本（手册）"), form,
                                lambda d: s.handbook_compile(actor=request.user, **d), _("读本已编印。")))
    rows = [[Link(str(h), reverse("guidance:cq:handbook", args=[h.pk])), h.unit.name, h.compiled_on, h.item_count]
            for h in handbook_list(actor=request.user)[:200]]
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": _("政策读本（手册）"), "clause": "CQ-7.1.1-2",
        "tables": [Table(_("读本"), [_("读本"), _("编印机构"), _("编印日期"), _("收录政策数")], rows)]})


@require(can_work_cq_cases)
def handbook_view(request, pk):
    """CQ-7.1.1-2: the handbook as a printable PDF, stamped with its version and compilation date."""
    handbook = handbook_get(actor=request.user, pk=pk)
    pdf = render_pdf("guidance/cq/handbook_print.html", {"handbook": handbook, "items": handbook_items(handbook=handbook),
                                                         "generated_at": timezone.now()})
    response = HttpResponse(pdf, content_type="application/pdf")
    name = _("%(title)s-第%(version)s版.pdf") % {"title": handbook.title, "version": handbook.version}
    response["Content-Disposition"] = content_disposition_header(False, name)
    return response


@public
def display_board_view(request, unit_pk):
    """CQ-7.1.1-1: what the agency's screens and bulletin boards show, each item with its publication date."""
    unit = public_unit_get(pk=unit_pk)
    return render(request, "guidance/cq/display_board.html", {"unit": unit, "displays": public_display(unit=unit)})

"""Typical-case pages (SD-15-2, SD-15-3): the organisation's cases, a new case, and the steps of one case (edit,
de-identification with attestation, submission, expert review, decision, publication into the library)."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import FormAction, form_action_page, form_page, post_action
from careerguide.experts.selectors import library_usable_list

from .. import forms as f
from ..permissions import can_review_resources, can_use_resources
from ..selectors import case_get, case_list, case_review_experts
from ..services import cases
from ..states import CaseStatus

FORM = "resources/form.html"
TEXTS = ("title", "service_area", "background", "process", "outcome", "reflection")


def _case_initial(request, case):
    return {"initial": {k: getattr(case, k) for k in TEXTS}}


CASE_ACTIONS = {
    "edit": FormAction(_("修改案例"), f.CaseForm, success=_("已保存；修改后须重新去标识化。"), allowed=can_use_resources,
                       form_kwargs=_case_initial, call=lambda r, c, d: cases.case_edit(actor=r.user, case=c, **d)),
    "de_identify": FormAction(_("去标识化并承诺"), f.DeIdentifyForm, success=_("已完成去标识化核查。"),
                              allowed=can_use_resources,
                              call=lambda r, c, d: cases.case_de_identify(actor=r.user, case=c, **d)),
    "review": FormAction(_("组织专家评审"), f.CaseReviewForm, success=_("已交专家评审，并登记专家库使用记录。"),
                         allowed=can_review_resources,
                         form_kwargs=lambda r, c: {"experts": library_usable_list(actor=r.user)},
                         call=lambda r, c, d: cases.case_review_open(actor=r.user, case=c, **d)),
    "decide": FormAction(_("登记评审结论"), f.CaseDecideForm, success=_("已登记评审结论。"), allowed=can_review_resources,
                         call=lambda r, c, d: cases.case_decide(actor=r.user, case=c, **d)),
    "publish": FormAction(_("发布到资源库"), f.CasePublishForm, success=_("已作为案例分析发布到资源库。"),
                          allowed=can_review_resources,
                          call=lambda r, c, d: cases.case_publish(actor=r.user, case=c, **d)),
}
NEXT = {CaseStatus.DRAFT: ("edit", "de_identify"), CaseStatus.DE_IDENTIFIED: ("edit", "submit"),
        CaseStatus.RETURNED: ("edit",), CaseStatus.SUBMITTED: ("review",), CaseStatus.UNDER_REVIEW: ("decide",),
        CaseStatus.SELECTED: ("publish",), CaseStatus.PUBLISHED: ()}


@require(can_use_resources)
def cases_view(request):
    status = request.GET.get("status", "")
    return render(request, "resources/cases.html", {"cases": case_list(actor=request.user, status=status)[:200],
                                                    "statuses": CaseStatus.choices, "status": status})


@require(can_use_resources)
def case_new_view(request):
    form = f.CaseForm(request.POST or None)
    return form_page(request, form, lambda: cases.case_create(actor=request.user, owner_unit=request.user.unit,
                                                              **form.cleaned_data),
                     template=FORM, success=_("已保存案例草稿。"), redirect_to=lambda c: reverse("resources:case", args=[c.pk]),
                     context={"heading": _("新增典型案例"), "clause": "SD-15-2", "back": reverse("resources:cases")})


@require(can_use_resources)
def case_view(request, pk):
    case = case_get(actor=request.user, pk=pk)
    steps = [(k, CASE_ACTIONS[k].heading if k in CASE_ACTIONS else _("报送")) for k in NEXT[case.status]
             if k == "submit" or CASE_ACTIONS[k].allowed(request.user)]
    return render(request, "resources/case.html", {"case": case, "steps": steps,
                                                   "experts": case_review_experts(case=case)})


@require(can_use_resources)
def case_action_view(request, pk, action):
    case = case_get(actor=request.user, pk=pk)
    return form_action_page(request, CASE_ACTIONS, action, case, template=FORM,
                            back=reverse("resources:case", args=[case.pk]), context={"clause": "SD-15-2 · SD-15-3"})


@require(can_use_resources)
def case_submit_view(request, pk):
    case = case_get(actor=request.user, pk=pk)
    back = reverse("resources:case", args=[case.pk])
    if request.method != "POST":
        return redirect(back)
    return post_action(request, lambda: cases.case_submit(actor=request.user, case=case), success=_("已报送。"),
                       redirect_to=back)

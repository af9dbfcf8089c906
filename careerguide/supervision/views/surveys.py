"""Satisfaction surveys (BJ-57-1): staff send or record them and read the results per agency and staff member;
the person answers on the page the online invitation or the SMS link opens."""
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from careerguide.accounts.access import public, require
from careerguide.common.periods import requested_period
from careerguide.common.views import run_service

from ..forms import PhoneSurveyForm, SurveyAnswerForm, SurveyFollowUpForm, SurveySendForm
from ..links import survey_answer_link, survey_link
from ..permissions import can_view_supervision
from ..selectors import satisfaction_results, survey_by_token, survey_entry_pick, survey_get, survey_list
from ..services.surveys import survey_answer, survey_follow_up, survey_phone_record, survey_send


def _send(request, form):
    return lambda: survey_send(actor=request.user, entry=survey_entry_pick(
        actor=request.user, pk=form.cleaned_data["entry_id"], field="entry_id"), form=form.cleaned_data["form"])


def _phone(request, form):
    data = form.cleaned_data
    return lambda: survey_phone_record(actor=request.user, entry=survey_entry_pick(
        actor=request.user, pk=data["entry_id"], field="entry_id"), score=data["score"], comment=data["comment"])


@require(can_view_supervision)
def satisfaction_view(request):
    """Results per agency and per staff member, the latest surveys, and the two ways to start one."""
    action = request.POST.get("action") if request.method == "POST" else None
    send = SurveySendForm(request.POST if action == "send" else None, prefix="send")
    phone = PhoneSurveyForm(request.POST if action == "phone" else None, prefix="phone")
    form, call = (send, _send) if action == "send" else (phone, _phone)
    if action in ("send", "phone") and form.is_valid():
        survey = run_service(request, call(request, form), form=form, success=_("满意度调查已记录。"))
        if survey:
            return redirect(survey_link(survey))
    period = requested_period(request)
    start, end = period.start, period.end
    return render(request, "supervision/satisfaction.html", {
        "results": satisfaction_results(actor=request.user, start=start, end=end), "start": start, "end": end,
        "surveys": survey_list(actor=request.user)[:50], "send_form": send, "phone_form": phone},
        status=400 if send.errors or phone.errors else 200)


@require(can_view_supervision)
def survey_detail_view(request, pk):
    survey = survey_get(actor=request.user, pk=pk)
    form = SurveyFollowUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and run_service(request, lambda: survey_follow_up(
            actor=request.user, survey=survey, **form.cleaned_data), form=form, success=_("整改处理情况已记录。")):
        return redirect(survey_link(survey))
    return render(request, "supervision/survey_detail.html", {"survey": survey, "form": form,
                                                              "answer_url": survey_answer_link(survey)},
                  status=400 if form.errors else 200)


@public
def survey_answer_view(request, token):
    """The person's own page for one survey, opened from the online invitation or the SMS link."""
    survey = survey_by_token(token=token)
    form = SurveyAnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and run_service(request, lambda: survey_answer(
            survey=survey, actor=request.user if request.user.is_authenticated else None, **form.cleaned_data),
            form=form, success=_("感谢您的评价！")):
        return redirect(survey_answer_link(survey))
    return render(request, "supervision/survey_answer.html", {"survey": survey, "form": form},
                  status=400 if form.errors else 200)

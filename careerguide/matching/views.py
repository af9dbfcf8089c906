"""Staff pages of matching: the follow-up list, recommending for a person and for a vacancy, recording
outcomes, and the instrument versions (BJ-15-2, BJ-40-1, BJ-16-1, BJ-41-1, BJ-6-2)."""
from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.common.views import FAILED, post_action, run_service
from careerguide.job_seekers.selectors import job_seeker_get, job_seeker_list
from careerguide.vacancies.selectors import public_vacancy_list

from .forms import InstrumentForm, MatchProfileForm, OutcomeForm, RecommendForm
from .permissions import (
    can_manage_matching_instruments,
    can_recommend_candidates,
    can_recommend_vacancies,
    can_record_outcomes,
    can_view_matching,
)
from .rules import CRITERION_LABELS, NOT_HIRED_REASONS
from .selectors import (
    candidate_suggestions,
    follow_up_list,
    instrument_list,
    job_ready_start_days,
    latest_readiness,
    match_profile,
    matchable_vacancy_get,
    recommendation_get,
    recommendation_list,
    vacancy_suggestions,
)
from .services.instruments import instrument_for, instrument_publish
from .services.outcomes import recommendation_outcome_record
from .services.profiles import vacancy_match_profile_record
from .services.recommendations import recommendation_create
from .states import Direction

PAGE_SIZE = 50


def _recommendation_url(rec) -> str:
    return reverse("matching:recommendation", args=[rec.pk])


@require(can_view_matching)
def index_view(request):
    """The follow-up list (BJ-16-1, BJ-41-1) and search for a person or a published vacancy."""
    query = request.GET.get("q", "").strip()
    page = Paginator(follow_up_list(actor=request.user), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "matching/index.html", {
        "page": page, "today": timezone.localdate(), "query": query,
        "seekers": job_seeker_list(actor=request.user, query=query)[:20] if query else [],
        "vacancies": public_vacancy_list(keyword=query)[:20] if query else [],
    })


@require(can_view_matching)
def job_seeker_view(request, pk):
    """Recommend for a person: published vacancies ranked by the instrument, following their wishes (BJ-15-2)."""
    seeker = job_seeker_get(actor=request.user, pk=pk)
    today = timezone.localdate()
    show_all = request.GET.get("all") == "1"
    instrument = instrument_for(on=today)
    return render(request, "matching/job_seeker.html", {
        "seeker": seeker, "readiness": latest_readiness(job_seeker=seeker), "instrument": instrument,
        "show_all": show_all,
        "suggestions": vacancy_suggestions(job_seeker=seeker, on=today, instrument=instrument,
                                           include_below_threshold=show_all),
        "recommendations": recommendation_list(actor=request.user, job_seeker=seeker)[:50],
        "form": RecommendForm(), "can_recommend": can_recommend_vacancies(request.user),
    })


def _recommend(request, *, seeker, vacancy, direction, back: str, success: str, invalid: str):
    form = RecommendForm(request.POST)
    if not form.is_valid():
        messages.error(request, invalid)
        return redirect(back)
    return post_action(request, lambda: recommendation_create(actor=request.user, job_seeker=seeker, vacancy=vacancy,
                                                              direction=direction, **form.cleaned_data),
                       success=lambda rec: success % {"d": rec.follow_up_due.isoformat()}, redirect_to=back,
                       on_success=_recommendation_url)


@require(can_recommend_vacancies)
@require_POST
def job_seeker_recommend_view(request, pk, vacancy_pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    vacancy = matchable_vacancy_get(pk=vacancy_pk)
    return _recommend(request, seeker=seeker, vacancy=vacancy, direction=Direction.TO_JOB_SEEKER,
                      back=reverse("matching:job_seeker", args=[pk]), success=_("已推荐岗位，跟进期限%(d)s。"),
                      invalid=_("请记录求职者本人同意推荐的方式。"))


@require(can_view_matching)
def vacancy_view(request, pk):
    """Recommend for a vacancy: job-ready persons of the jurisdiction ranked by the instrument (BJ-40-1)."""
    vacancy = matchable_vacancy_get(pk=pk)
    today = timezone.localdate()
    profile = match_profile(vacancy=vacancy)
    show_all = request.GET.get("all") == "1"
    instrument = instrument_for(on=today)
    initial = ({"required_skill_level": profile.required_skill_level, "min_experience_months": profile.min_experience_months,
                "working_pattern": profile.working_pattern, "start_within_days": profile.start_within_days}
               if profile else {"start_within_days": job_ready_start_days(on=today)})
    return render(request, "matching/vacancy.html", {
        "vacancy": vacancy, "version": vacancy.published_version, "profile": profile, "instrument": instrument,
        "profile_form": MatchProfileForm(initial=initial), "show_all": show_all,
        "suggestions": candidate_suggestions(actor=request.user, vacancy=vacancy, on=today, instrument=instrument,
                                             include_below_threshold=show_all),
        "recommendations": recommendation_list(actor=request.user, vacancy=vacancy)[:50],
        "form": RecommendForm(), "can_recommend": can_recommend_candidates(request.user),
    })


@require(can_recommend_candidates)
@require_POST
def vacancy_profile_view(request, pk):
    vacancy = matchable_vacancy_get(pk=pk)
    back = reverse("matching:vacancy", args=[pk])
    form = MatchProfileForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("岗位匹配条件填写有误，未保存。"))
        return redirect(back)
    return post_action(request, lambda: vacancy_match_profile_record(actor=request.user, vacancy=vacancy,
                                                                     **form.cleaned_data),
                       success=_("已保存岗位匹配条件。"), redirect_to=back)


@require(can_recommend_candidates)
@require_POST
def vacancy_recommend_view(request, pk, seeker_pk):
    vacancy = matchable_vacancy_get(pk=pk)
    seeker = job_seeker_get(actor=request.user, pk=seeker_pk)
    return _recommend(request, seeker=seeker, vacancy=vacancy, direction=Direction.TO_EMPLOYER,
                      back=reverse("matching:vacancy", args=[pk]), success=_("已向用人单位推荐求职者，跟进期限%(d)s。"),
                      invalid=_("必须先征得求职者本人同意，并记录同意方式，方可向用人单位推荐。"))


def _recommendation_page(request, rec, form, status=200):
    return render(request, "matching/recommendation.html", {
        "rec": rec, "form": form, "can_record": can_record_outcomes(request.user) and rec.is_open,
        "reason_label": NOT_HIRED_REASONS.get(rec.not_hired_reason, ("", None))[0],
    }, status=status)


@require(can_view_matching)
def recommendation_view(request, pk):
    """One recommendation: the match result per criterion, the consent, and the outcome form."""
    return _recommendation_page(request, recommendation_get(actor=request.user, pk=pk), OutcomeForm())


@require(can_record_outcomes)
@require_POST
def recommendation_outcome_view(request, pk):
    rec = recommendation_get(actor=request.user, pk=pk)
    form = OutcomeForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        done = run_service(request, lambda: recommendation_outcome_record(
            actor=request.user, recommendation=rec, outcome=data["outcome"], on=data["outcome_on"],
            reason_code=data["not_hired_reason"], note=data["note"], job_start=data["job_start"]),
            form=form, success=_("已记录推荐结果。"))
        if done is not FAILED:
            return redirect("matching:recommendation", pk=pk)
    return _recommendation_page(request, rec, form, status=400)


def _instruments_page(request, form, status=200):
    instruments = [{"row": i, "weights": [(CRITERION_LABELS.get(k, k), v) for k, v in i.weights.items()]}
                   for i in instrument_list()]
    return render(request, "matching/instruments.html", {
        "instruments": instruments, "in_force": instrument_for(on=timezone.localdate()), "form": form,
        "can_publish": can_manage_matching_instruments(request.user),
    }, status=status)


@require(can_view_matching)
def instruments_view(request):
    """The versions of the matching instrument (BJ-6-2); the city administrator publishes new ones."""
    return _instruments_page(request, InstrumentForm())


@require(can_manage_matching_instruments)
@require_POST
def instrument_publish_view(request):
    form = InstrumentForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        done = run_service(request, lambda: instrument_publish(
            actor=request.user, version=data["version"], weights=form.weights(), min_score=data["min_score"],
            effective_from=data["effective_from"], unknown_credit_percent=data["unknown_credit_percent"],
            pay_tolerance_percent=data["pay_tolerance_percent"], note=data["note"]),
            form=form, success=_("已发布新的匹配工具版本。"))
        if done is not FAILED:
            return redirect("matching:instruments")
    return _instruments_page(request, form, status=400)

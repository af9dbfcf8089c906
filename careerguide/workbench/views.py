from django.shortcuts import render
from django.utils import timezone

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_view_employers, can_view_job_seekers, is_city_admin, is_staff
from careerguide.duties.selectors import duty_worklist
from careerguide.employers.selectors import employer_list
from careerguide.job_seekers.selectors import job_seeker_list
from careerguide.workdays.selectors import calendar_warning

SEARCH_LIMIT = 20


@require(is_staff)
def home_view(request):
    """"My work": the signed-in person's duties (overdue, due today, due this week) with their clauses."""
    today = timezone.localdate()
    return render(request, "workbench/home.html", {
        "worklist": duty_worklist(actor=request.user, today=today),
        "today": today,
        "calendar_warning": calendar_warning(today=today) if is_city_admin(request.user) else None,
    })


@require(is_staff)
def search_view(request):
    query = request.GET.get("q", "").strip()
    seekers = employers = []
    if query:
        if can_view_job_seekers(request.user):
            seekers = list(job_seeker_list(actor=request.user, query=query)[:SEARCH_LIMIT])
        if can_view_employers(request.user):
            employers = list(employer_list(actor=request.user, query=query)[:SEARCH_LIMIT])
    return render(request, "workbench/search.html", {"search_query": query, "seekers": seekers, "employers": employers})

"""The employer agent's candidate view (BJ-40-2): the job seekers recommended to the employers the agent
acts for, with job-relevant data only (skills, experience, availability).  Identifiers, phones and
addresses never reach the page: the cards are built field by field by `matching.selectors.candidate_card`;
another employer's candidate is a 404."""
from django.shortcuts import render
from django.utils import timezone

from careerguide.accounts.access import require
from careerguide.matching.selectors import agent_candidate_get, agent_candidate_list, candidate_card

from ..permissions import is_employer_agent


@require(is_employer_agent)
def candidate_list_view(request):
    today = timezone.localdate()
    cards = [candidate_card(recommendation=rec, on=today) for rec in agent_candidate_list(actor=request.user)[:200]]
    return render(request, "vacancies/portal/candidates.html", {"cards": cards})


@require(is_employer_agent)
def candidate_detail_view(request, pk):
    card = candidate_card(recommendation=agent_candidate_get(actor=request.user, pk=pk), on=timezone.localdate())
    return render(request, "vacancies/portal/candidates_detail.html", {"card": card})

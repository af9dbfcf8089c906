"""Self-service pages for employer agents (mounted under /me/vacancies/)."""
from django.urls import path

from .views import candidates, portal

app_name = "vacancy_portal"
urlpatterns = [
    path("", portal.list_view, name="list"),
    path("candidates/", candidates.candidate_list_view, name="candidates"),
    path("candidates/<int:pk>/", candidates.candidate_detail_view, name="candidate_detail"),
    path("new/", portal.submit_view, name="submit"),
    path("<int:pk>/", portal.detail_view, name="detail"),
    path("<int:pk>/correct/", portal.correct_view, name="correct"),
    path("<int:pk>/withdraw/", portal.withdraw_view, name="withdraw"),
    path("<int:pk>/hires/", portal.hires_view, name="hires"),
    path("fairs/", portal.fair_list_view, name="fairs"),
    path("fairs/<int:pk>/employers/<int:employer_pk>/signup/", portal.fair_signup_view, name="fair_signup"),
]

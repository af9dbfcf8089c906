from django.urls import path

from .views import fairs, public, staff
from .views import screening_feedback as feedback

app_name = "vacancies"
urlpatterns = [
    path("", staff.list_view, name="list"),
    path("<int:pk>/", staff.detail_view, name="detail"),
    path("<int:pk>/review/", staff.review_view, name="review"),
    path("<int:pk>/override/", staff.override_view, name="override"),
    path("<int:pk>/hires/", staff.hires_view, name="hires"),
    path("screening-rules/", staff.ruleset_list_view, name="rulesets"),
    path("fairs/", fairs.fair_list_view, name="fair_list"),
    path("fairs/new/", fairs.fair_create_view, name="fair_create"),
    path("fairs/report/", fairs.fair_report_view, name="fair_report"),
    path("fairs/<int:pk>/", fairs.fair_detail_view, name="fair_detail"),
    path("fairs/<int:pk>/signup/", fairs.fair_signup_view, name="fair_signup"),
    path("fairs/<int:pk>/attendees/", fairs.fair_attendee_view, name="fair_attendee"),
    path("fairs/<int:pk>/outcomes/", fairs.fair_outcome_view, name="fair_outcome"),
    path("fairs/<int:pk>/<slug:action>/", fairs.fair_action_view, name="fair_action"),
    path("public/", public.public_list_view, name="public_list"),
    path("public/<int:pk>/", public.public_detail_view, name="public_detail"),
    path("screening-feedback/", feedback.feedback_list_view, name="screening_feedback"),
    path("screening-feedback/export/", feedback.feedback_export_view, name="screening_feedback_export"),
    path("screening-feedback/collect/", feedback.feedback_collect_view, name="screening_feedback_collect"),
    path("<int:pk>/screening-miss/", feedback.miss_flag_view, name="screening_miss"),
]

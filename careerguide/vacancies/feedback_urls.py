"""Pages of the reviewers' feedback on the discrimination screening, included in the vacancies URLconf."""
from django.urls import path

from .views import screening_feedback as feedback

urlpatterns = [
    path("screening-feedback/", feedback.feedback_list_view, name="screening_feedback"),
    path("screening-feedback/export/", feedback.feedback_export_view, name="screening_feedback_export"),
    path("screening-feedback/collect/", feedback.feedback_collect_view, name="screening_feedback_collect"),
    path("<int:pk>/screening-miss/", feedback.miss_flag_view, name="screening_miss"),
]

from django.urls import path

from . import views

app_name = "documents"
urlpatterns = [
    path("retention/", views.retention_view, name="retention"),
    path("job_seekers.jobseeker/<int:subject_id>/timeline/", views.timeline_view, name="timeline"),
    path("retention/<int:pk>/review/", views.retention_review_view, name="retention_review"),
    path("retention/<int:pk>/dispose/", views.retention_dispose_view, name="retention_dispose"),
    path("<str:subject_type>/<int:subject_id>/", views.archive_view, name="archive"),
    path("<str:subject_type>/<int:subject_id>/items/<int:item_pk>/", views.archive_item_view, name="archive_item"),
]

"""Public pages (directory, notices) and self-service for experts and applicants."""
from django.urls import path

from .views import public

app_name = "experts_portal"
urlpatterns = [
    path("", public.directory_view, name="directory"),
    path("<int:pk>/", public.expert_detail_view, name="expert_detail"),
    path("notices/", public.notice_list_view, name="notice_list"),
    path("notices/<int:pk>/", public.notice_detail_view, name="notice_detail"),
    path("me/", public.me_view, name="me"),
]

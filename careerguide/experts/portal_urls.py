"""Public pages (directory, notices) and self-service for experts and applicants."""
from django.urls import path  # noqa: F401

app_name = "experts_portal"
urlpatterns = []

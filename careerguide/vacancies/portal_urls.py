"""Self-service pages for portal users (mounted under /me/)."""
from django.urls import path  # noqa: F401

app_name = "vacancy_portal"
urlpatterns = []

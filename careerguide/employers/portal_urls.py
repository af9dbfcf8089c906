"""Self-service pages for employer agents (mounted under /me/employer/)."""
from django.urls import path

from .views import portal

app_name = "employer_portal"
urlpatterns = [
    path("", portal.home_view, name="home"),
    path("register/", portal.register_view, name="register"),
    path("<int:pk>/documents/", portal.submit_view, name="submit"),
]

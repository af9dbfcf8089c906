"""Self-service pages for portal users (mounted under /me/job-seeking/)."""
from django.urls import path

from .views import portal

app_name = "job_seeker_portal"
urlpatterns = [
    path("", portal.home_view, name="home"),
    path("signup/", portal.signup_view, name="signup"),
    path("register/", portal.register_view, name="register"),
    path("book/", portal.book_view, name="book"),
    path("intentions/", portal.intentions_view, name="intentions"),
]

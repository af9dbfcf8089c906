"""A person's own data and requests on the portal (mounted under /me/privacy/)."""
from django.urls import path

from . import views

app_name = "privacy_portal"
urlpatterns = [path("", views.my_data_view, name="home"),
               path("copies/<int:pk>/", views.my_copy_view, name="copy")]

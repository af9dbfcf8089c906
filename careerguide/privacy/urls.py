from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [path("reads/", views.read_log_view, name="reads"),
               path("reads/export.csv", views.read_log_export_view, name="reads_export"),
               path("requests/", views.requests_view, name="requests"),
               path("requests/<int:pk>/", views.request_view, name="request")]

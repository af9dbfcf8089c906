from django.urls import path

from . import views

app_name = "duties"
urlpatterns = [path("early-warning/", views.early_warning_view, name="early_warning")]

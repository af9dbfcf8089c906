from django.urls import path

from . import views

app_name = "assessments"
urlpatterns = [
    path("instruments/", views.instruments_view, name="instruments"),
]

from django.urls import path

from . import views

app_name = "policy"
urlpatterns = [
    path("", views.list_view, name="list"),
    path("override/", views.override_view, name="override"),
    path("<str:key>/", views.history_view, name="history"),
]

from django.urls import path

from . import views

app_name = "occupations"
urlpatterns = [
    path("", views.list_view, name="list"),
    path("pick/", views.pick_view, name="pick"),
]

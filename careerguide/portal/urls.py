from django.urls import path

from . import views

app_name = "portal"
urlpatterns = [
    path("", views.home_view, name="home"),
    path("me/", views.me_view, name="me"),
    path("agencies/", views.agency_list_view, name="agencies"),
    path("agencies/<int:pk>/", views.agency_detail_view, name="agency"),
]

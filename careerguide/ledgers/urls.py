from django.urls import path

from . import views

app_name = "ledgers"
urlpatterns = [path("statistics/", views.statistics_view, name="statistics")]

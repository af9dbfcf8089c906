from django.urls import path

from . import views

app_name = "duties"
urlpatterns = [
    path("early-warning/", views.early_warning_view, name="early_warning"),
    path("early-warning/indicators/", views.indicator_add_view, name="indicator_add"),
    path("early-warning/indicators/<int:pk>/deactivate/", views.indicator_deactivate_view, name="indicator_deactivate"),
]

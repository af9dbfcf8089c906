from django.urls import path

from . import views

app_name = "workforce"
urlpatterns = [
    path("", views.register_view, name="register"),
    path("counsellors/new/", views.counsellor_create_view, name="create"),
    path("counsellors/<int:pk>/", views.counsellor_detail_view, name="detail"),
    path("counsellors/<int:pk>/training/", views.training_add_view, name="training_add"),
    path("training-hours/", views.training_hours_view, name="training_hours"),
]

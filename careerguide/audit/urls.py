from django.urls import path

from . import views

app_name = "audit"
urlpatterns = [
    path("<str:object_type>/<str:object_id>/", views.timeline_view, name="timeline"),
]

from django.urls import path

from . import views

app_name = "resources"
urlpatterns = [
    path("", views.library_view, name="library"),
    path("<int:pk>/", views.resource_detail_view, name="detail"),
]

from django.urls import path

from .views import staff

app_name = "studios"
urlpatterns = [
    path("", staff.overview_view, name="overview"),
    path("<int:pk>/", staff.studio_detail_view, name="detail"),
    path("applications/<int:pk>/", staff.application_detail_view, name="application_detail"),
]

from django.urls import path

from .views import staff

app_name = "experts"
urlpatterns = [
    path("applications/", staff.application_list_view, name="application_list"),
    path("applications/<int:pk>/", staff.application_detail_view, name="application_detail"),
    path("members/", staff.membership_list_view, name="membership_list"),
    path("members/<int:pk>/", staff.membership_detail_view, name="membership_detail"),
]

from django.urls import path

from . import views

app_name = "job_seekers"
urlpatterns = [
    path("", views.list_view, name="list"),
    path("new/", views.create_view, name="create"),
    path("<int:pk>/", views.detail_view, name="detail"),
    path("<int:pk>/contact/", views.contact_edit_view, name="contact_edit"),
    path("<int:pk>/reveal/<str:field>/", views.reveal_view, name="reveal"),
]

from django.urls import include, path

from . import views

app_name = "guidance"
urlpatterns = [
    path("appointments/", views.appointments_view, name="appointments"),
    path("appointments/slots/", views.slots_view, name="slots"),
    path("appointments/<int:pk>/assign/", views.assign_view, name="assign"),
    path("appointments/<int:pk>/close/", views.close_view, name="close"),
    path("groups/", views.groups_view, name="groups"),
    path("groups/<int:pk>/", views.group_view, name="group"),
    path("subjects/<str:subject_type>/<int:subject_id>/general/", views.general_view, name="general"),
    path("subjects/<str:subject_type>/<int:subject_id>/book/", views.book_view, name="book"),
    path("subjects/<str:subject_type>/<int:subject_id>/specialized/", views.specialized_view, name="specialized"),
    path("cq/", include("careerguide.guidance.cq.urls")),  # T/CQTSHRA 002-2024 process
]

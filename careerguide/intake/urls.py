from django.urls import path

from . import views

app_name = "intake"
urlpatterns = [
    path("", views.desk_view, name="desk"),
    path("queue/", views.queue_view, name="queue"),
    path("<int:pk>/", views.request_view, name="request"),
    path("<int:pk>/hand-over/", views.hand_over_view, name="hand_over"),
    path("<int:pk>/accept/", views.accept_view, name="accept"),
    path("<int:pk>/close/", views.close_view, name="close"),
]

from django.urls import path

from . import views

app_name = "documents"
urlpatterns = [
    path("<str:subject_type>/<int:subject_id>/", views.archive_view, name="archive"),
    path("<str:subject_type>/<int:subject_id>/items/<int:item_pk>/", views.archive_item_view, name="archive_item"),
]

from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("login/code/", views.login_code_view, name="login_code"),
    path("security/", views.security_view, name="security"),
    path("security/units/", views.second_factor_units_view, name="second_factor_units"),
    path("logout/", views.logout_view, name="logout"),
    path("password/", views.password_change_view, name="password_change"),
    path("welcome/", views.after_login_view, name="after_login"),
]

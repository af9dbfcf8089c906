"""The authorization matrix (`careerguide/accounts/access_matrix.py`) against every page and API operation.

Every URL pattern and every API operation must be declared there; for each one and each demo persona the
declared answer must be what the endpoint's own predicate says and what a real request gets: a refused
persona gets 403 (an anonymous visitor the login page, or 401 from the API) and no data, an allowed one is
never refused and never meets a server error. Objects in the URL are ones that do not exist, so the refusal
is proven to come before any lookup.
"""
import io
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.shortcuts import resolve_url

from careerguide.accounts import access_matrix as matrix
from careerguide.accounts.access import PUBLIC
from careerguide.accounts.models import User
from careerguide.accounts.roles import UserKind
from careerguide.accounts.tests.factories import make_user
from tests.security.endpoints import operations, pages

MISSING_ID = "987654321"
PAGE_PARAM = re.compile(r"<(?:(\w+):)?\w+>")
API_PARAM = re.compile(r"\{\w+\}")


def page_url(route):
    def value(match):
        return {"uuid": "00000000-0000-4000-8000-000000000000"}.get(match.group(1), MISSING_ID)

    return "/" + PAGE_PARAM.sub(value, route)


def api_url(path):
    return API_PARAM.sub(MISSING_ID, path)


def test_the_matrix_declares_every_page_and_operation_and_nothing_else():
    """A new page or API operation without a declared audience fails here, and so does a stale entry."""
    page_keys = [key for key, _route, _view in pages()]
    operation_keys = [key for key, _method, _path, _view in operations()]
    assert len(page_keys) == len(set(page_keys)) and len(operation_keys) == len(set(operation_keys))
    assert sorted(set(page_keys) - set(matrix.PAGES)) == [], "pages missing from the matrix"
    assert sorted(set(operation_keys) - set(matrix.OPERATIONS)) == [], "API operations missing from the matrix"
    assert sorted(set(matrix.PAGES) - set(page_keys)) == [], "pages in the matrix that no longer exist"
    assert sorted(set(matrix.OPERATIONS) - set(operation_keys)) == [], "operations in the matrix that no longer exist"
    assert all(audience <= matrix.EVERYONE for audience in [*matrix.PAGES.values(), *matrix.OPERATIONS.values()])


@pytest.fixture
def personas(db):
    call_command("seed_demo", job_seekers=5, stdout=io.StringIO())
    if not User.objects.filter(username=matrix.EXPERT_USER).exists():
        make_user(matrix.EXPERT_USER, None, (), kind=UserKind.EXPERT, full_name="专家申请人")
    users = {persona: User.objects.get(username=persona) for persona in matrix.PERSONAS if persona != matrix.ANONYMOUS}
    return {matrix.ANONYMOUS: AnonymousUser(), **users}


def endpoints():
    for key, route, view in pages():
        yield "page", key, "GET", page_url(route), view.access_rule, matrix.PAGES[key]
    for key, method, path, view in operations():
        yield "api", key, method, api_url(path), view.access_rule, matrix.OPERATIONS[key]


def test_each_endpoints_predicate_gives_the_declared_answer_for_each_persona(personas):
    """The predicate the endpoint is guarded by (`@require`, `@api_require`, `@public`) agrees with the matrix."""
    wrong, checked = [], 0
    for _kind, key, _method, _url, rule, audience in endpoints():
        for persona, user in personas.items():
            checked += 1
            says = True if rule == PUBLIC else bool(rule(user))
            if says != (persona in audience):
                wrong.append((key, persona, "predicate allows" if says else "predicate refuses"))
    assert checked == len(matrix.PERSONAS) * (len(matrix.PAGES) + len(matrix.OPERATIONS))
    assert wrong == [], "\n".join(map(str, wrong))


def refused(kind, persona, response):
    """Refused, or stopped before any view ran by a wrong method (405). The API checks the role before it reads
    the body, so an empty body is refused for the role (403), never for its shape (422)."""
    code = response.status_code
    if persona == matrix.ANONYMOUS and kind == "page":
        return code == 405 or (code == 302 and response["Location"].startswith(resolve_url(settings.LOGIN_URL)))
    if kind == "page":
        return code in (403, 405)
    if persona == matrix.ANONYMOUS:
        return code in (401, 403, 405)
    return code == 405 or (code == 403 and bool(response.json().get("code")) and bool(response.json()["messages"]))


def request(client, kind, method, url):
    if kind == "api" and method in ("POST", "PUT", "PATCH"):
        return client.generic(method, url, "{}", content_type="application/json")
    return client.generic(method, url)


def sign_in(client, personas, persona):
    client.logout()
    if persona != matrix.ANONYMOUS:
        client.force_login(personas[persona])


def test_each_refused_persona_is_refused_by_every_endpoint(client, personas):
    """Every refused combination by a real request: 403 (the login page for an anonymous visitor, 401 from the
    API), pages by GET and those that take only POST by POST; never data, never a server error. API writes are sent
    with an empty body: the role is refused before the body is validated (a structured Chinese 403, never 422)."""
    wrong, checked, api_writes = [], 0, 0
    for persona in matrix.PERSONAS:
        sign_in(client, personas, persona)
        for kind, key, method, url, _rule, audience in endpoints():
            if persona in audience:
                continue
            checked += 1
            response = request(client, kind, method, url)
            api_writes += kind == "api" and method in ("POST", "PUT", "PATCH")
            if not refused(kind, persona, response):
                wrong.append((persona, key, url, response.status_code))
            elif response.status_code == 405 and not refused(kind, persona, request(client, kind, "POST", url)):
                wrong.append((persona, key, url, "POST not refused"))
    allowed = sum(len(audience) for *_rest, audience in endpoints())
    assert checked + allowed == len(matrix.PERSONAS) * (len(matrix.PAGES) + len(matrix.OPERATIONS))
    print(f"refused: {checked}, of which API writes: {api_writes}")
    assert api_writes > 1000
    assert wrong == [], "\n".join(map(str, wrong))


def test_every_endpoint_lets_in_a_persona_it_declares_allowed(client, personas):
    """One allowed persona per endpoint, taken in turn from its audience, by a real request: never refused and
    never a server error (objects in the URL do not exist: 404 or a validation error is the answer there)."""
    wrong, by_persona = [], {}
    for index, (kind, key, method, url, rule, audience) in enumerate(endpoints()):
        members = [persona for persona in matrix.PERSONAS if persona in audience]
        by_persona.setdefault(members[index % len(members)], []).append((kind, key, method, url, rule))
    login = resolve_url(settings.LOGIN_URL)
    for persona, rows in by_persona.items():
        sign_in(client, personas, persona)
        for kind, key, method, url, rule in rows:
            response = request(client, kind, method, url)
            code = response.status_code
            sent_to_login = code == 302 and response["Location"].startswith(login) and rule != PUBLIC
            if code >= 500 or code in (401, 403) or sent_to_login:
                wrong.append((persona, key, url, code))
    assert sum(map(len, by_persona.values())) == len(matrix.PAGES) + len(matrix.OPERATIONS)
    assert wrong == [], "\n".join(map(str, wrong))


# Jurisdiction: the endpoints that name a person, an employer, a vacancy or an assistance case in their URL.
SUBJECTS = (
    ("job_seekers.JobSeeker", r"^/job-seekers/\d+/|^/api/(matching/)?job-seekers/\d+(/|$)", "full_name"),
    ("employers.Employer", r"^/employers/\d+/|^/api/employers/\d+(/|$)", "name"),
    # A published vacancy is public (the portal lists it); an unpublished one is not.
    ("vacancies.Vacancy", r"^/vacancies/\d+/|^/api/(matching/)?vacancies/\d+(/|$)", None),
    ("assistance.AssistanceCase", r"^/assistance/cases/\d+/|^/api/assistance/cases/\d+(/|$)", None),
)
SCOPED_PERSONAS = (matrix.STREET_COUNSELLOR, matrix.STREET_CASE_WORKER, matrix.DISTRICT_HEAD, matrix.DISTRICT_OFFICER,
                   matrix.COMMUNITY_ASSISTANT)


def subject_endpoints():
    """(model label, name field, kind, key, url with {pk}, audience) for each GET endpoint naming a subject."""
    for kind, key, method, url, _rule, audience in endpoints():
        if method != "GET" or MISSING_ID not in url:
            continue
        for label, pattern, name_field in SUBJECTS:
            if re.search(pattern.replace(r"\d+", MISSING_ID), url) and url.count(MISSING_ID) <= 2:
                yield label, name_field, kind, key, url.replace(MISSING_ID, "{pk}", 1).replace(MISSING_ID, "x"), audience


def inside_and_outside(label, user):
    from django.apps import apps

    model = apps.get_model(label)
    field = model.jurisdiction_field if hasattr(model, "jurisdiction_field") else "unit"
    rows = model.objects.select_related(field).order_by("pk")
    if label == "vacancies.Vacancy":
        rows = rows.filter(published_version__isnull=True)
    inside = rows.filter(**{f"{field}__path__startswith": user.unit.path}).first()
    outside = rows.exclude(**{f"{field}__path__startswith": user.unit.path}).filter(
        **{f"{field}__path__startswith": "/".join(user.unit.path.split("/")[:3]) + "/"}).first()
    other_district = rows.exclude(**{f"{field}__path__startswith": "/".join(user.unit.path.split("/")[:3]) + "/"})
    return inside, outside, other_district.first()


def test_an_object_outside_the_actors_jurisdiction_is_not_found_and_one_inside_opens(client, personas):
    """For staff at a street, a community, and a district: every page and API read that names a job seeker, an
    employer, a vacancy or an assistance case answers 404 for one outside the actor's unit (another street of
    the district, another district), and never shows its name; one inside is never refused (some answer 404
    for its state, a case without a plan), and most open."""
    outside_checked, inside_opened, wrong = 0, 0, []
    for persona in SCOPED_PERSONAS:
        user = personas[persona]
        sign_in(client, personas, persona)
        for label, name_field, kind, key, url, audience in subject_endpoints():
            if persona not in audience:
                continue
            inside, *outside = inside_and_outside(label, user)
            for other in filter(None, outside):
                outside_checked += 1
                response = client.get(url.format(pk=other.pk))
                if response.status_code == 405:  # a form's target: the write is refused as well
                    response = client.post(url.format(pk=other.pk))
                name = getattr(other, name_field) if name_field else None
                if response.status_code not in (403, 404) or (name and name.encode() in response.content):
                    wrong.append((persona, key, "outside", other.pk, response.status_code))
            if inside is not None:
                response = client.get(url.format(pk=inside.pk))
                if response.status_code >= 500 or response.status_code == 403:
                    wrong.append((persona, key, "inside", inside.pk, response.status_code))
                inside_opened += response.status_code == 200
    assert outside_checked > 100 and inside_opened > outside_checked / 4
    assert wrong == [], "\n".join(map(str, wrong))

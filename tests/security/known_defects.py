"""Known defects of domain pages and API operations, found by tests/security, with the input that fails.

Each entry makes its test a strict xfail: the test keeps running, and once the owner fixes the defect it
passes, the strict xfail fails, and the entry goes (the fuzzer's entries are plain xfails, as a fuzzer run
may miss the failing input; each of them has a strict reproduction among the direct ones)."""

# The fuzzer's failures, by operation ("METHOD /api/path"): an xfail when the fuzzer reaches them; each is
# reproduced strictly by tests/security/test_api_defects.py.
API_DEFECTS: dict[str, str] = {
    "GET /api/vacancies/public": "500 with a negative offset (e.g. offset=-13218181): ValueError, negative indexing",
    "GET /api/matching/instruments": "200 response violates its schema: InstrumentOut requires 'kind' and "
                                     "'target_group', the response has neither (the seeded bj-match-1 instrument)",
    "GET /api/workforce/training-hours": "500 with year=0: ValueError, year 0 is out of range",
    "POST /api/studios/rounds": "500 with an out-of-range year (e.g. year=-1): the database CHECK constraint fails "
                                "(IntegrityError) instead of a refusal naming the field",
    "GET /api/matching/follow-ups": "500 with a negative offset (e.g. offset=-14947): ValueError, negative indexing",
    "POST /api/studios/applications/{pk}/materials": "500 when file_base64 holds a non-ASCII character: "
                                                     "base64.b64decode raises ValueError instead of a refusal",
}

# The intake forms' failures, by case id of tests/security/test_bad_input.py.
INPUT_DEFECTS: dict[str, str] = {
    "seeker-salary_min-11": "POST /job-seekers/new/ with salary_min=999…9 (30 digits): the form accepts any integer and "
                            "saving it fails (500: integer too large for the column); the form needs a max_value",
    "vacancy-headcount-2": "POST /me/vacancies/new/ with headcount=999…9 (30 digits): accepted by the form, 500 on save "
                           "(integer too large for the column); VacancyForm.headcount needs a max_value",
    "vacancy-pay_min-5": "POST /me/vacancies/new/ with pay_min=999…9 (30 digits): accepted by the form, 500 on save "
                         "(integer too large for the column); VacancyForm.pay_min needs a max_value",
    "vacancy-twice": "POST /me/vacancies/new/ twice with the same content (a double click) creates two vacancies under "
                     "review; a repeated identical submission should be refused or return the first",
}

# API writes that a signed-in session can make without the CSRF token ("METHOD /api/path" with ids as 1).
_CSRF_HOLE = ("declared auth=None, so no CSRF check runs, yet it records request.user as the actor when a session is "
              "signed in: another site can submit it in a signed-in user's name (POST with no X-CSRFToken answers 422, "
              "not 403)")
CSRF_DEFECTS: dict[str, str] = {
    "POST /api/experts/public/candidates/1/objections": _CSRF_HOLE,
    "POST /api/experts/public/directory/1/consultations": _CSRF_HOLE,
    "POST /api/experts/public/feedback": _CSRF_HOLE,
}

# Direct API requests of tests/security/test_api_defects.py that fail, by "METHOD url".
DIRECT_API_DEFECTS: dict[str, str] = {
    "GET /api/matching/follow-ups?offset=-1": "500: a negative offset slices the queryset (ValueError: negative "
                                              "indexing); offset needs ge=0",
    "GET /api/vacancies/public?offset=-5": "500: a negative offset slices the queryset (ValueError: negative indexing); "
                                           "offset needs ge=0",
    "GET /api/workforce/training-hours?year=0": "500: ValueError: year 0 is out of range; the year needs bounds",
    "GET /api/workforce/training-hours?year=99999": "500: ValueError: year 99999 is out of range; the year needs bounds",
    "POST /api/studios/rounds": "500 with year=-1: the database CHECK constraint on year fails (IntegrityError) "
                                "instead of a refusal naming the field",
    "POST /api/studios/applications/1/materials": "500 with file_base64='无效': base64.b64decode raises ValueError "
                                                  "(only ASCII) before any check; invalid base64 needs a refusal",
    "GET /api/matching/instruments": "the 200 response violates its schema: InstrumentOut requires 'kind' and "
                                     "'target_group', and the seeded instrument (bj-match-1) comes without them",
}

"""Known defects of domain pages and API operations, found by tests/security, with the input that fails.

Each entry makes its test a strict xfail: the test keeps running, and once the owner fixes the defect it
passes, the strict xfail fails, and the entry goes (the fuzzer's entries are plain xfails, as a fuzzer run
may miss the failing input; each of them has a strict reproduction among the direct ones)."""

# The fuzzer's failures, by operation ("METHOD /api/path"): an xfail when the fuzzer reaches them; each is
# reproduced strictly by tests/security/test_api_defects.py.
API_DEFECTS: dict[str, str] = {}

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
CSRF_DEFECTS: dict[str, str] = {}

# Direct API requests of tests/security/test_api_defects.py that fail, by "METHOD url".
DIRECT_API_DEFECTS: dict[str, str] = {}

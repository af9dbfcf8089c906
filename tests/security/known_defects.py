"""Known defects of domain pages and API operations, found by tests/security, with the input that fails.

Each entry makes its test a strict xfail: the test keeps running, and once the owner fixes the defect it
passes, the strict xfail fails, and the entry goes (the fuzzer's entries are plain xfails, as a fuzzer run
may miss the failing input; each of them has a strict reproduction among the direct ones)."""

# The fuzzer's failures, by operation ("METHOD /api/path"): an xfail when the fuzzer reaches them; each is
# reproduced strictly by tests/security/test_api_defects.py.
API_DEFECTS: dict[str, str] = {}

# The intake forms' failures, by case id of tests/security/test_bad_input.py.
INPUT_DEFECTS: dict[str, str] = {}

# API writes that a signed-in session can make without the CSRF token ("METHOD /api/path" with ids as 1).
CSRF_DEFECTS: dict[str, str] = {}

# Direct API requests of tests/security/test_api_defects.py that fail, by "METHOD url".
DIRECT_API_DEFECTS: dict[str, str] = {}

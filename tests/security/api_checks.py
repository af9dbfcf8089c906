"""Checks over every API response the fuzzer gets: what a refusal must look like."""
import re

CJK = re.compile(r"[\u4e00-\u9fff]")
ERROR_KEYS = {"code", "clause", "messages", "field_errors"}


def structured_refusal(ctx, response, case):
    """Every 4xx is {"code", "clause", "messages", "field_errors"} with a code and Chinese messages."""
    if not 400 <= response.status_code < 500:
        return None
    try:
        body = response.json()
    except ValueError as exc:
        raise AssertionError(f"{response.status_code} is not JSON: {response.text[:200]!r}") from exc
    assert isinstance(body, dict) and ERROR_KEYS <= set(body), f"{response.status_code} body is not structured: {body!r}"
    assert isinstance(body["code"], str) and body["code"], f"{response.status_code} has no code: {body!r}"
    assert body["messages"] and all(CJK.search(str(m)) for m in body["messages"]), f"messages not Chinese: {body!r}"
    return True

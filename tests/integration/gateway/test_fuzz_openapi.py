"""schemathesis generates requests from /api/v1/openapi.json: no input may cause a 5xx.

(schemathesis' pytest plugin does not run under pytest 9, so each operation's hypothesis
strategy is driven directly.)
"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from tests.support.factories import user_headers
from udemy_clone.gateway.app import create_gateway

EXAMPLES_PER_OPERATION = 25


def _fuzz(schema, headers: dict[str, str] | None) -> list[str]:
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:
            response = case.call(headers=headers)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} -> "
                                f"{response.status_code}: {response.text[:200]}")
            elif response.status_code >= 400:
                assert "error" in response.json(), response.text

        run()
    return failures


@pytest.mark.slow
def test_no_server_errors_for_any_generated_request(sqlite_db):
    app = create_gateway()
    with TestClient(app) as client:
        _, admin = user_headers(client, role="admin")
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    failures = _fuzz(schema, admin) + _fuzz(schema, None)
    assert failures == []

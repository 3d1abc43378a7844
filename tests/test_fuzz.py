"""schemathesis against the replay server: generated requests, the spec's checks on the answers.

Positive data only, a fixed seed and few examples per operation, so it is fast and repeatable;
then the stateful phase: sequences of calls along the links schemathesis infers from the spec.
`negative_data_rejection` does not apply to a replay (it answers from recordings, not by
validating input), and neither does `status_code_conformance`: for a request it has no recording
of, the replay answers 404, which some operations (fees, listings creation) do not document.
"""

from __future__ import annotations

import contextlib
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
)

from conftest import SPEC_PATH, USER_AGENT
from discogs_api_client.api.database import get_artist_releases, get_release, search_database
from discogs_api_client.api.marketplace import get_marketplace_stats
from discogs_api_client.api.user_wantlist import list_wants
from discogs_openapi import APIError, DecodeError, Discogs, InvalidArgumentError

SCHEMA = schemathesis.openapi.from_path(str(SPEC_PATH))
HEADERS = {"User-Agent": USER_AGENT, "Authorization": "Discogs token=fuzz"}
CHECKS = [
    not_a_server_error,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@SCHEMA.parametrize()
@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_generated_requests_get_conforming_answers(case: Any, replay_url: str) -> None:
    case.call_and_validate(base_url=replay_url, headers=HEADERS, checks=CHECKS)


class Workflow(SCHEMA.as_state_machine()):  # type: ignore[misc]
    """Sequences of calls along the links schemathesis infers between the spec's operations
    (an id from one answer fed to the next call). Its resource checks (a created resource can be
    fetched, a deleted one cannot) need a live server that keeps state, not a replay: only the
    conformance checks above apply."""

    base_url = ""
    steps = 0

    def get_call_kwargs(self, case: Any) -> dict[str, Any]:
        return {"base_url": self.base_url, "headers": HEADERS}

    def validate_response(self, response: Any, case: Any, *_: Any, **kwargs: Any) -> None:
        type(self).steps += 1
        case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)


def test_stateful_sequences_get_conforming_answers(replay_url: str) -> None:
    Workflow.base_url = replay_url
    Workflow.steps = 0
    Workflow.run(
        settings=settings(
            max_examples=100,
            stateful_step_count=5,
            derandomize=True,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
    )
    assert Workflow.steps >= 200  # sequences ran, not just their first calls


# --- hypothesis: whatever arrives or is passed, only typed errors come out --------------------

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["id", "title", "pagination", "releases", "x"]), children)
    ),
    max_leaves=12,
)
MODULES = [get_release, get_artist_releases, search_database, get_marketplace_stats, list_wants]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(body=JSON, index=st.integers(min_value=0, max_value=len(MODULES) - 1))
def test_arbitrary_json_is_parsed_or_a_decode_error(body: Any, index: int) -> None:
    request = httpx.Request("GET", "https://api.discogs.com/releases/1")
    response = httpx.Response(200, json=body, request=request)
    with contextlib.suppress(DecodeError):  # anything else fails the test
        MODULES[index]._build_response(client=None, response=response)


TEXT = st.text(max_size=6) | st.integers(min_value=-5, max_value=500).map(str)


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    page=st.integers(min_value=-3, max_value=300),
    per_page=st.integers(min_value=-3, max_value=300),
    sort=st.sampled_from(["year", "title", "format"]) | st.text(max_size=4),
    artist=st.integers(min_value=-3, max_value=10**9),
)
def test_arbitrary_arguments_give_a_result_or_a_typed_error(
    replay_url: str, page: int, per_page: int, sort: str, artist: int
) -> None:
    with (
        Discogs(USER_AGENT, base_url=replay_url, throttle=False) as client,
        contextlib.suppress(InvalidArgumentError, APIError),  # anything else fails the test
    ):
        get_artist_releases.sync(
            artist,
            client=client,
            page=page,
            per_page=per_page,
            sort=sort,  # type: ignore[arg-type]
        )

"""Errors as the API sends them: a 422's `detail` list, garbage in its place, HTML pages.

The live API answers some 422s with `{"message": "See \"detail\" for validation errors.",
"detail": [{"loc": [...], "msg": ..., "type": ...}]}`: the typed error carries those entries as
`ErrorDetail`s and shows them in its message. Reading them never raises, whatever the body holds.
The spec declares 502, 503, 504 and `default` on every operation (JSON or HTML), and the
generated functions still return only their 2xx models.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import FAKE_TOKEN, SPEC, USER_AGENT, FixedAnswer, operations, resolve
from discogs_api_client.api.database import get_release
from discogs_api_client.api.user_collection import edit_collection_instance_field
from discogs_api_client.models import Release
from discogs_openapi import (
    APIError,
    AsyncDiscogs,
    Discogs,
    ErrorDetail,
    RetryPolicy,
    ServerError,
    UnprocessableEntityError,
)
from replay_server import ReplayApp, serve

# The recording tests/recordings/editCollectionInstanceField/422-unknown-folder.json answers.
UNKNOWN_FOLDER = ("example", 999999999, 2464521, 1, 1)
FOLDER_DETAIL = (
    ErrorDetail(("path", "folder_id"), "Invalid folder_id: folder does not exist.", "value_error"),
)
FOLDER_MESSAGE = (
    'See "detail" for validation errors. '
    "(path.folder_id: Invalid folder_id: folder does not exist.)"
)
ERROR_STATUSES = ("502", "503", "504", "default")


def test_a_422_carries_its_detail(replay_url: str, replay_app: ReplayApp) -> None:
    url, app = replay_url, replay_app
    before = len(app.targets)
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client,
        pytest.raises(UnprocessableEntityError) as caught,
    ):
        edit_collection_instance_field.sync(*UNKNOWN_FOLDER, client=client, value="value")
    assert app.targets[before:] == [
        "/users/example/collection/folders/999999999/releases/2464521/instances/1/fields/1?value=value"
    ]
    assert caught.value.detail == FOLDER_DETAIL
    assert caught.value.message == FOLDER_MESSAGE
    assert str(caught.value).endswith(f"answered 422: {FOLDER_MESSAGE}")
    assert FAKE_TOKEN not in str(caught.value)


async def test_a_422_carries_its_detail_async(replay_url: str, replay_app: ReplayApp) -> None:
    url, app = replay_url, replay_app
    before = len(app.targets)
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:
        with pytest.raises(UnprocessableEntityError) as caught:
            await edit_collection_instance_field.asyncio(
                *UNKNOWN_FOLDER, client=client, value="value"
            )
    assert len(app.targets) == before + 1
    assert caught.value.detail == FOLDER_DETAIL
    assert caught.value.message == FOLDER_MESSAGE


def test_an_error_without_detail_has_an_empty_one(replay_url: str, replay_app: ReplayApp) -> None:
    url = replay_url
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client,
        pytest.raises(APIError) as caught,
    ):
        get_release.sync(999999999, client=client)
    assert caught.value.detail == ()
    assert caught.value.message == "Release not found."


# --- what the body holds instead -------------------------------------------------------------

_ENTRY = {"loc": ["body", "value"], "msg": "field required", "type": "value_error.missing"}
GARBAGE: list[tuple[Any, tuple[ErrorDetail, ...], str]] = [
    # (detail as sent, what `detail` keeps, the message's ending)
    ("a string", (), "Invalid."),
    ({"loc": ["body"]}, (), "Invalid."),
    (None, (), "Invalid."),
    (12, (), "Invalid."),
    ([1, "x", None, [], {}], (), "Invalid."),
    (
        [{"loc": "body", "msg": 3}, {"loc": ["body", 0, True, None, 1.5], "type": "t"}],
        (ErrorDetail(("body",)), ErrorDetail(("body", 0), "", "t")),
        "Invalid. (body; body.0: t)",
    ),
    ([{"msg": "no place"}, {"foo": "bar"}], (ErrorDetail((), "no place"),), "Invalid. (no place)"),
    (
        [_ENTRY] * 5,
        (ErrorDetail(("body", "value"), "field required", "value_error.missing"),) * 5,
        "(body.value: field required; body.value: field required; body.value: field required;"
        " 2 more in .detail)",
    ),
    (
        [{"loc": ["q"], "msg": "line one\nline two " + "x" * 300}],
        (ErrorDetail(("q",), "line one\nline two " + "x" * 300),),
        "(q: line one line two " + "x" * 98 + "…)",  # one line, 120 characters
    ),
]


@pytest.fixture(scope="module")
def fixed() -> Iterator[tuple[str, FixedAnswer]]:
    app = FixedAnswer(422, b"", "application/json")
    with serve(app) as url:
        yield url, app


def _answer(app: FixedAnswer, status: int, body: bytes, content_type: str) -> None:
    app.status, app.body, app.content_type = status, body, content_type
    app.requests.clear()


@pytest.mark.parametrize(
    ("sent", "kept", "ending"), GARBAGE, ids=[str(i) for i in range(len(GARBAGE))]
)
def test_garbage_detail_never_raises(
    fixed: tuple[str, FixedAnswer], sent: Any, kept: tuple[ErrorDetail, ...], ending: str
) -> None:
    url, app = fixed
    _answer(
        app, 422, json.dumps({"message": "Invalid.", "detail": sent}).encode(), "application/json"
    )
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client,
        pytest.raises(UnprocessableEntityError) as caught,
    ):
        edit_collection_instance_field.sync(*UNKNOWN_FOLDER, client=client, value="v")
    assert len(app.requests) == 1
    assert caught.value.detail == kept
    assert caught.value.message.endswith(ending)


def test_detail_without_a_message_is_the_message(fixed: tuple[str, FixedAnswer]) -> None:
    url, app = fixed
    _answer(app, 422, json.dumps({"detail": [_ENTRY]}).encode(), "application/json")
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client,
        pytest.raises(UnprocessableEntityError) as caught,
    ):
        edit_collection_instance_field.sync(*UNKNOWN_FOLDER, client=client, value="v")
    assert caught.value.message == "body.value: field required"


async def _edit_field(url: str, asynchronous: bool) -> None:
    once = RetryPolicy(attempts=1)
    if asynchronous:
        async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url, retry=once) as client:
            await edit_collection_instance_field.asyncio(*UNKNOWN_FOLDER, client=client, value="v")
    else:
        with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url, retry=once) as client:
            edit_collection_instance_field.sync(*UNKNOWN_FOLDER, client=client, value="v")


HTML_503 = b"<html><body><h1>Discogs is down for maintenance</h1></body></html>"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "asyncio"])
async def test_an_html_503_to_a_write_is_a_server_error(
    fixed: tuple[str, FixedAnswer], asynchronous: bool
) -> None:
    url, app = fixed
    _answer(app, 503, HTML_503, "text/html")
    with pytest.raises(ServerError) as caught:
        await _edit_field(url, asynchronous)
    assert len(app.requests) == 1
    assert caught.value.status_code == 503
    assert caught.value.detail == ()
    assert caught.value.message == f"(no JSON message: a text/html body of {len(HTML_503)} bytes)"


# --- the spec --------------------------------------------------------------------------------


def test_every_operation_declares_gateway_errors_and_a_default() -> None:
    declared = 0
    for operation_id, (_, _, operation) in operations(SPEC).items():
        for status in ERROR_STATUSES:
            assert status in operation["responses"], f"{operation_id} lacks {status}"
            content = resolve(operation["responses"][status])["content"]
            assert content["application/json"]["schema"] == {
                "$ref": "#/components/schemas/ServiceError"
            }, f"{operation_id}:{status}"
            assert content["text/html"]["schema"] == {"type": "string"}, f"{operation_id}:{status}"
            declared += 1
    assert declared == 4 * len(operations(SPEC)) == 4 * 63


def test_return_types_stay_the_2xx_models() -> None:
    # The endpoint template returns only 2xx models and raises for the rest: the error
    # responses declared above must not widen what a call returns.
    assert inspect.signature(get_release.sync).return_annotation is Release
    assert inspect.signature(edit_collection_instance_field.sync).return_annotation is None


def test_service_error_detail_is_open_and_optional() -> None:
    error = resolve(SPEC["components"]["schemas"]["ServiceError"])
    assert error["required"] == ["message"]
    entry = resolve(error["properties"]["detail"]["items"])
    assert "required" not in entry
    assert entry.get("additionalProperties", True) is not False
    assert set(entry["properties"]) == {"loc", "msg", "type"}

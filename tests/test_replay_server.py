"""The replay server's own rules, over HTTP with plain httpx."""

from __future__ import annotations

import httpx
import pytest

from conftest import EXCHANGES, USER_AGENT

HEADERS = {"User-Agent": USER_AGENT}
AUTH = {**HEADERS, "Authorization": "Discogs token=anything"}


@pytest.fixture
def http(replay_url: str) -> httpx.Client:
    return httpx.Client(base_url=replay_url, headers=HEADERS, timeout=5)


def test_answers_a_recording(http: httpx.Client) -> None:
    response = http.get("/releases/249504", params={"curr_abbr": "USD"})
    assert response.status_code == 200
    assert response.json()["id"] == 249504
    assert response.headers["content-type"] == "application/json"
    assert "x-discogs-ratelimit" in response.headers


def test_unknown_path_is_404(http: httpx.Client) -> None:
    assert http.get("/no/such/thing").status_code == 404


def test_unknown_id_is_404(http: httpx.Client) -> None:
    response = http.get("/masters/123456789")
    assert response.status_code == 404
    assert "message" in response.json()


def test_wrong_method_is_405(http: httpx.Client) -> None:
    response = http.put("/artists/1", headers=AUTH)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"


def test_credentials_required_by_the_spec(http: httpx.Client) -> None:
    assert http.get("/database/search", params={"q": "nirvana"}).status_code == 401
    assert http.get("/database/search", params={"q": "nirvana"}, headers=AUTH).status_code == 200
    # Public operations need none.
    assert http.get("/artists/108713").status_code == 200
    assert http.delete("/releases/249504/rating/memory").status_code == 401


def test_pages_are_told_apart(http: httpx.Client) -> None:
    first = http.get("/artists/108713/releases", params={"page": 1, "per_page": 3}).json()
    second = http.get("/artists/108713/releases", params={"page": 2, "per_page": 3}).json()
    assert first["pagination"]["page"] == 1
    assert second["pagination"]["page"] == 2
    assert first["releases"] != second["releases"]
    assert http.get("/artists/108713/releases", params={"page": 9}).status_code == 404


def test_request_body_picks_the_recording(http: httpx.Client) -> None:
    path = "/releases/249504/rating/memory"
    assert http.put(path, json={"rating": 9}, headers=AUTH).status_code == 422
    assert http.put(path, json={"rating": 5}, headers=AUTH).status_code == 200


def test_every_recording_is_served(http: httpx.Client) -> None:
    for exchange in EXCHANGES:
        request = exchange.data["request"]
        headers = {**HEADERS, **request.get("headers", {})}
        files = {
            name: (part["filename"], part["text"].encode(), part["content_type"])
            for name, part in request.get("multipart", {}).items()
        }
        response = http.request(
            request["method"],
            request["path"],
            params=request.get("query", {}),
            json=request.get("json"),
            files=files or None,
            headers=headers,
        )
        assert response.status_code == exchange.status, exchange.id
        if "json" in exchange.data["response"]:
            assert response.json() == exchange.data["response"]["json"], exchange.id


def test_multipart_file_picks_the_recording(http: httpx.Client) -> None:
    rows = "123,1.50,Mint (M),Comments about this release for sale\n"
    headerless = rows + "456,2.50,Near Mint (NM or M-),More comments\n"
    with_header = "release_id,price,media_condition,comments\n" + rows
    with_header += "456,2.50,Near Mint (NM or M-),More comments\n"
    with_header += "7890,3.50,Good (G),Signed vinyl copy\n"
    for text, status in ((headerless, 422), (with_header, 200)):
        files = {"upload": ("any-name.csv", text.encode(), "text/csv")}
        response = http.post("/inventory/upload/add", files=files, headers=AUTH)
        assert response.status_code == status
    assert response.headers["location"].endswith("/inventory/upload/599632")

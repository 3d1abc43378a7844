"""A stateful fake of one Discogs user's account, for testing write sequences on loopback.

An ASGI app (serve it with `replay_server.serve(app)`) holding one user's wantlist, collection
folders (0 "All" and 1 "Uncategorized" built in), collection instances and their notes fields,
inventory listings and release ratings, with the routes, methods and statuses the spec gives
for them (201 for a new want, folder or instance; 204 for deletes and edits without a body), and
answers shaped like the recordings in tests/recordings, so a strict client decodes them.

- `state()` is a snapshot of the account (deleted listings left out: the API still shows them to
  their owner as `Deleted`, but they are no longer the user's data); `log` is every request as
  `(method, path with query)`, in order.
- `fault(k, kind)` scripts request k (from 1): "fail" answers 500 and changes nothing; "drop"
  makes the change, then breaks the connection before the answer is complete.
- Every request counts against `limit` per moving `window` seconds on arrival (as Discogs counts
  them), answered 429 beyond it and carrying the three `X-Discogs-Ratelimit` headers;
  `busiest()` is the most requests that arrived within one window.
- Rating an instance sets the user's rating of its release, as on discogs.com (one rating per
  user and release); removing the instance leaves that rating.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from window_server import WindowServer

from replay_server import Receive, Scope, Send, read_request

ROOT = Path(__file__).resolve().parent.parent
RECORDINGS = ROOT / "tests" / "recordings"
API = "https://api.discogs.com"
POSTED = "2026-01-01T12:00:00-08:00"


def _recorded(name: str) -> Any:
    return json.loads((RECORDINGS / name).read_text(encoding="utf-8"))["response"]["json"]


Answer = tuple[int, Any]  # (status, JSON body or None for no body)
Handler = Callable[..., Answer]


@dataclass
class Account:
    """What the fake holds for its one user; ids are the API's."""

    wants: dict[int, dict[str, Any]] = field(default_factory=dict)  # release id -> notes, rating
    folders: dict[int, str] = field(default_factory=lambda: {0: "All", 1: "Uncategorized"})
    # instance id -> release_id, folder_id, rating, notes ({field id: value})
    instances: dict[int, dict[str, Any]] = field(default_factory=dict)
    listings: dict[int, dict[str, Any]] = field(default_factory=dict)  # listing id -> fields
    ratings: dict[int, int] = field(default_factory=dict)  # release id -> the user's rating


class FakeDiscogs:
    """The ASGI app; see the module's docstring."""

    def __init__(
        self,
        username: str = "example",
        *,
        limit: int = 60,
        window: float = 60.0,
        seller: bool = True,
    ) -> None:
        self.username = username
        self.seller = seller  # False: the user may not sell, and listings are refused (403)
        self.account = Account()
        self.log: list[tuple[str, str]] = []
        self.faults: dict[int, str] = {}
        self.budget = WindowServer(limit, window)
        self._next_id = 1000
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        user = f"/users/{re.escape(username)}"
        folder = f"{user}/collection/folders/(\\d+)"
        instance = f"{folder}/releases/(\\d+)/instances/(\\d+)"
        for method, path, handler in (
            ("GET", "/oauth/identity", self.identity),
            ("GET", f"{user}/wants", self.list_wants),
            ("PUT", f"{user}/wants/(\\d+)", self.add_want),
            ("POST", f"{user}/wants/(\\d+)", self.edit_want),
            ("DELETE", f"{user}/wants/(\\d+)", self.delete_want),
            ("GET", f"{user}/collection/folders", self.list_folders),
            ("POST", f"{user}/collection/folders", self.create_folder),
            ("GET", folder, self.get_folder),
            ("POST", folder, self.rename_folder),
            ("DELETE", folder, self.delete_folder),
            ("GET", f"{user}/collection/releases/(\\d+)", self.items_by_release),
            ("GET", f"{user}/collection/fields", self.fields),
            ("POST", f"{folder}/releases/(\\d+)", self.add_instance),
            ("POST", instance, self.edit_instance),
            ("DELETE", instance, self.delete_instance),
            ("POST", f"{instance}/fields/(\\d+)", self.edit_field),
            ("GET", f"{user}/inventory", self.inventory),
            ("POST", "/marketplace/listings", self.create_listing),
            ("GET", "/marketplace/listings/(\\d+)", self.get_listing),
            ("POST", "/marketplace/listings/(\\d+)", self.edit_listing),
            ("DELETE", "/marketplace/listings/(\\d+)", self.delete_listing),
            ("GET", f"/releases/(\\d+)/rating/{re.escape(username)}", self.get_rating),
            ("PUT", f"/releases/(\\d+)/rating/{re.escape(username)}", self.rate),
            ("DELETE", f"/releases/(\\d+)/rating/{re.escape(username)}", self.delete_rating),
        ):
            self._routes.append((method, re.compile(f"^{path}$"), handler))

    # --- for tests ---------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """A deep copy of the account, deleted listings left out."""
        snapshot = copy.deepcopy(self.account.__dict__)
        snapshot["listings"] = {
            k: v for k, v in snapshot["listings"].items() if v["status"] != "Deleted"
        }
        return snapshot

    def fault(self, request: int, kind: str) -> None:
        """Script request number `request` (from 1): "fail" (500, no change) or "drop"."""
        if kind not in ("fail", "drop"):
            raise ValueError(f"unknown fault {kind!r}: use 'fail' or 'drop'")
        self.faults[request] = kind

    def writes(self) -> list[tuple[str, str]]:
        """The requests of the log that could change something (not GET)."""
        return [entry for entry in self.log if entry[0] != "GET"]

    def busiest(self) -> int:
        return self.budget.busiest()

    # --- the ASGI app ------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body, headers = await read_request(scope, receive)
        method, path = scope["method"].upper(), scope["path"]
        query_string = scope["query_string"].decode("latin-1")
        self.log.append((method, path + (f"?{query_string}" if query_string else "")))
        fault = self.faults.get(len(self.log))
        admitted, used = self.budget._admit()
        if admitted == 429:
            status, answer = 429, {"message": "You are making requests too quickly."}
        elif fault == "fail":
            status, answer = 500, {"message": "An internal server error occurred."}
        elif "authorization" not in headers:
            status, answer = 401, {"message": "You must authenticate to access this resource."}
        else:
            query = dict(parse_qsl(query_string, keep_blank_values=True))
            status, answer = self.answer(method, path, query, json.loads(body) if body else None)
        content = b"" if answer is None else json.dumps(answer).encode()
        limit = self.budget.limit
        response_headers = [
            (b"x-discogs-ratelimit", str(limit).encode()),
            (b"x-discogs-ratelimit-used", str(used).encode()),
            (b"x-discogs-ratelimit-remaining", str(max(0, limit - used)).encode()),
        ]
        if answer is not None:
            response_headers.append((b"content-type", b"application/json"))
        if fault == "drop":
            # The change is made; the answer promises a body longer than it sends, then the app
            # gives up. Always as a 200: a 204 has no body, so the client would see it complete.
            response_headers.append((b"content-length", str(len(content) + 100).encode()))
            await send({"type": "http.response.start", "status": 200, "headers": response_headers})
            await send({"type": "http.response.body", "body": content, "more_body": True})
            raise ConnectionAbortedError(f"fake: request {len(self.log)} dropped on purpose")
        if status != 204:
            response_headers.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": response_headers})
        await send({"type": "http.response.body", "body": content})

    def answer(self, method: str, path: str, query: dict[str, str], body: Any) -> Answer:
        known = False
        for route_method, pattern, handler in self._routes:
            match = pattern.match(path)
            if match:
                known = True
                if route_method == method:
                    return handler(*(int(g) for g in match.groups()), query=query, body=body)
        if known:
            return 405, {"message": "Method not allowed."}
        return 404, {"message": "The requested resource was not found."}

    def identity(self, *, query: dict[str, str], body: Any) -> Answer:
        return 200, {
            "id": 1,
            "username": self.username,
            "resource_url": f"{API}/users/{self.username}",
            "consumer_name": "discogs-openapi tests",
        }

    # --- wantlist ----------------------------------------------------------------------------

    def _want(self, release_id: int) -> dict[str, Any]:
        want = _recorded("addWant/201-notes-rating.json")
        want.update(
            id=release_id,
            resource_url=f"{API}/users/{self.username}/wants/{release_id}",
            **self.account.wants[release_id],
        )
        want["basic_information"].update(id=release_id, resource_url=f"{API}/releases/{release_id}")
        return dict(want)

    def list_wants(self, *, query: dict[str, str], body: Any) -> Answer:
        page, per_page = int(query.get("page", "1")), min(100, int(query.get("per_page", "50")))
        ids = sorted(self.account.wants)
        shown = ids[(page - 1) * per_page : page * per_page]
        pages = max(1, -(-len(ids) // per_page))
        pagination = {"page": page, "pages": pages, "per_page": per_page, "items": len(ids)}
        return 200, {
            "pagination": {**pagination, "urls": {}},
            "wants": [self._want(i) for i in shown],
        }

    def add_want(self, release_id: int, *, query: dict[str, str], body: Any) -> Answer:
        self.account.wants[release_id] = {
            "notes": query.get("notes", ""),
            "rating": int(query.get("rating", "0")),
        }
        return 201, self._want(release_id)

    def edit_want(self, release_id: int, *, query: dict[str, str], body: Any) -> Answer:
        want = self.account.wants.get(release_id)
        if want is None:
            return 404, {"message": "Release not in wantlist."}
        want.update({k: query[k] for k in ("notes",) if k in query})
        if "rating" in query:
            want["rating"] = int(query["rating"])
        return 200, self._want(release_id)

    def delete_want(self, release_id: int, *, query: dict[str, str], body: Any) -> Answer:
        self.account.wants.pop(release_id, None)  # the API answers 204 either way
        return 204, None

    # --- collection folders ------------------------------------------------------------------

    def _folder(self, folder_id: int) -> dict[str, Any]:
        instances = self.account.instances.values()
        count = sum(1 for i in instances if folder_id in (0, i["folder_id"]))
        return {
            "id": folder_id,
            "name": self.account.folders[folder_id],
            "count": count,
            "resource_url": f"{API}/users/{self.username}/collection/folders/{folder_id}",
        }

    def list_folders(self, *, query: dict[str, str], body: Any) -> Answer:
        return 200, {"folders": [self._folder(i) for i in sorted(self.account.folders)]}

    def create_folder(self, *, query: dict[str, str], body: Any) -> Answer:
        folder_id = self._new_id()
        self.account.folders[folder_id] = str(body["name"])
        return 201, self._folder(folder_id)

    def get_folder(self, folder_id: int, *, query: dict[str, str], body: Any) -> Answer:
        if folder_id not in self.account.folders:
            return 404, {"message": "Folder not found."}
        return 200, self._folder(folder_id)

    def rename_folder(self, folder_id: int, *, query: dict[str, str], body: Any) -> Answer:
        if folder_id not in self.account.folders:
            return 404, {"message": "Folder not found."}
        self.account.folders[folder_id] = str(body["name"])
        return 200, self._folder(folder_id)

    def delete_folder(self, folder_id: int, *, query: dict[str, str], body: Any) -> Answer:
        if folder_id in (0, 1):
            return 422, {"message": "You cannot delete this folder."}
        if folder_id not in self.account.folders:
            return 404, {"message": "Folder not found."}
        if self._folder(folder_id)["count"]:
            return 422, {"message": "Folder must be empty before it can be deleted."}
        del self.account.folders[folder_id]
        return 204, None

    # --- collection instances and fields -----------------------------------------------------

    def _item(self, instance_id: int) -> dict[str, Any]:
        held = self.account.instances[instance_id]
        item = _recorded("listCollectionFolderReleases/200-example.json")["releases"][0]
        release_id = held["release_id"]
        item.update(
            id=release_id,
            instance_id=instance_id,
            folder_id=held["folder_id"],
            rating=held["rating"],
            notes=[{"field_id": k, "value": v} for k, v in sorted(held["notes"].items())],
        )
        item["basic_information"].update(id=release_id, resource_url=f"{API}/releases/{release_id}")
        return dict(item)

    def items_by_release(self, release_id: int, *, query: dict[str, str], body: Any) -> Answer:
        found = [i for i, v in self.account.instances.items() if v["release_id"] == release_id]
        pagination = {"page": 1, "pages": 1, "per_page": 50, "items": len(found), "urls": {}}
        return 200, {"pagination": pagination, "releases": [self._item(i) for i in found]}

    def fields(self, *, query: dict[str, str], body: Any) -> Answer:
        return 200, _recorded("listCollectionFields/200-owner.json")

    def _instance(self, folder_id: int, release_id: int, instance_id: int) -> dict[str, Any] | None:
        held = self.account.instances.get(instance_id)
        if held is None or (held["folder_id"], held["release_id"]) != (folder_id, release_id):
            return None
        return held

    def add_instance(
        self, folder_id: int, release_id: int, *, query: dict[str, str], body: Any
    ) -> Answer:
        if folder_id == 0:
            return 422, {"message": "Cannot add to folder 0."}
        if folder_id not in self.account.folders:
            return 404, {"message": "Folder not found."}
        instance_id = self._new_id()
        self.account.instances[instance_id] = {
            "release_id": release_id,
            "folder_id": folder_id,
            "rating": 0,
            "notes": {},
        }
        url = f"{API}/users/{self.username}/collection/folders/{folder_id}"
        return 201, {
            "instance_id": instance_id,
            "resource_url": f"{url}/release/{release_id}/instance/{instance_id}",
        }

    def edit_instance(
        self, folder_id: int, release_id: int, instance_id: int, *, query: dict[str, str], body: Any
    ) -> Answer:
        held = self._instance(folder_id, release_id, instance_id)
        if held is None:
            return 404, {"message": "Instance not found."}
        target = body.get("folder_id", folder_id)
        if target == 0 or target not in self.account.folders:
            return 422, {"message": "Invalid folder."}
        held["folder_id"] = target
        if "rating" in body:
            held["rating"] = body["rating"]
            # One rating per user and release: rating an instance rates the release.
            self.account.ratings[release_id] = body["rating"]
            if not body["rating"]:
                self.account.ratings.pop(release_id)
        return 204, None

    def delete_instance(
        self, folder_id: int, release_id: int, instance_id: int, *, query: dict[str, str], body: Any
    ) -> Answer:
        if self._instance(folder_id, release_id, instance_id) is None:
            return 404, {"message": "Instance not found."}
        del self.account.instances[instance_id]
        return 204, None

    def edit_field(
        self,
        folder_id: int,
        release_id: int,
        instance_id: int,
        field_id: int,
        *,
        query: dict[str, str],
        body: Any,
    ) -> Answer:
        held = self._instance(folder_id, release_id, instance_id)
        if held is None:
            return 404, {"message": "Instance not found."}
        held["notes"][field_id] = query.get("value", "")
        return 204, None

    # --- marketplace -------------------------------------------------------------------------

    def _listing(self, listing_id: int) -> dict[str, Any]:
        held = self.account.listings[listing_id]
        listing = _recorded("getListing/200-example.json")
        listing.update(
            id=listing_id,
            status=held["status"],
            price={"currency": "USD", "value": held["price"]},
            condition=held["condition"],
            sleeve_condition=held.get("sleeve_condition", "Not Graded"),
            comments=held.get("comments", ""),
            allow_offers=bool(held.get("allow_offers", False)),
            posted=POSTED,
            uri=f"https://www.discogs.com/sell/item/{listing_id}",
            resource_url=f"{API}/marketplace/listings/{listing_id}",
        )
        listing["seller"].update(username=self.username)
        listing["release"].update(
            id=held["release_id"], resource_url=f"{API}/releases/{held['release_id']}"
        )
        return dict(listing)

    def inventory(self, *, query: dict[str, str], body: Any) -> Answer:
        wanted = query.get("status", "All")
        found = [
            i
            for i, v in sorted(self.account.listings.items(), reverse=True)  # newest first
            if wanted == "All" or v["status"] == wanted
        ]
        pagination = {"page": 1, "pages": 1, "per_page": 50, "items": len(found), "urls": {}}
        return 200, {"pagination": pagination, "listings": [self._listing(i) for i in found]}

    def create_listing(self, *, query: dict[str, str], body: Any) -> Answer:
        if not self.seller:
            return 403, {"message": "You don't have permission to access this resource."}
        listing_id = self._new_id()
        self.account.listings[listing_id] = dict(body)
        return 201, {
            "listing_id": listing_id,
            "resource_url": f"{API}/marketplace/listings/{listing_id}",
        }

    def get_listing(self, listing_id: int, *, query: dict[str, str], body: Any) -> Answer:
        if listing_id not in self.account.listings:
            return 404, {"message": "Listing not found."}
        return 200, self._listing(listing_id)

    def edit_listing(self, listing_id: int, *, query: dict[str, str], body: Any) -> Answer:
        held = self.account.listings.get(listing_id)
        if held is None or held["status"] == "Deleted":
            return 404, {"message": "Listing not found."}
        held.update(body)
        return 204, None

    def delete_listing(self, listing_id: int, *, query: dict[str, str], body: Any) -> Answer:
        held = self.account.listings.get(listing_id)
        if held is None or held["status"] == "Deleted":
            return 404, {"message": "Listing not found."}
        held["status"] = "Deleted"  # still shown to its owner, as the live API does
        return 204, None

    # --- release ratings ---------------------------------------------------------------------

    def _rating(self, release_id: int) -> dict[str, Any]:
        rating = self.account.ratings.get(release_id, 0)
        return {"username": self.username, "release_id": release_id, "rating": rating}

    def get_rating(self, release_id: int, *, query: dict[str, str], body: Any) -> Answer:
        return 200, self._rating(release_id)

    def rate(self, release_id: int, *, query: dict[str, str], body: Any) -> Answer:
        self.account.ratings[release_id] = int(body["rating"])
        return 200, self._rating(release_id)

    def delete_rating(self, release_id: int, *, query: dict[str, str], body: Any) -> Answer:
        self.account.ratings.pop(release_id, None)
        return 204, None

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

"""Record the API's answers read-only through the project's client, as recording envelopes.

    DISCOGS_USER_AGENT='MyApp/1.0 +https://example.com' DISCOGS_TOKEN=... \\
        python scripts/record.py OUT --release 249504 --artist 108713 --user rodneyfool

Credentials come from the environment (`Discogs.from_env`: a token, a consumer key and secret,
OAuth, or none for the public operations). Starting from the identity, the account's orders,
exports and uploads, and the seeds, the walk follows ids found in the answers to every GET
operation the credentials allow, at most `--per-operation` calls each, through the client's own
throttle and retries. Each exchange, as it went over the wire, is saved as
OUT/<operationId>/<status>-<n>.json with credentials REDACTED; `--mask-user` replaces the
maintainer's username, e-mail and user id by `maintainer`, `maintainer@example.com` and 1.
Progress goes to stderr, then a summary of the operations reached and not reached (and why).
Exit status 0 when the walk ran, 2 on a usage error, 130 when interrupted (what was recorded
by then is saved).

`--writes` then runs the reversible write sequences of `record_writes.py` on the maintainer's
own account with the first `--release` (a want, a folder, a collection item, a Draft listing, a
rating, each undone; never orders, never existing data), recorded as well; `--dry-run` prints
those writes, undos included, and sends nothing at all.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import importlib
import json
import pkgutil
import re
import sys
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

import httpx
from capture import Capture, Mask, envelope
from record_writes import WritesSummary, run_writes

import discogs_api_client.api
from discogs_openapi import CredentialsRequiredError, Discogs, DiscogsError
from replay_server import SPEC_PATH, Route, load_routes

NOT_WALKED = {"getRequestToken": "OAuth token operations are not walked"}
FEE_PRICE = "10.00"  # money as the documentation writes it in the fee paths
FEE_CURRENCY = "USD"
# Why an operation was never called when nothing led to it.
NOTHING_LED_TO = {
    "getRelease": "no release id (give --release)",
    "getReleaseCommunityRating": "no release id (give --release)",
    "getReleaseStats": "no release id (give --release)",
    "getReleaseUserRating": "no release id with a username",
    "getMarketplaceStats": "no release id (give --release)",
    "getPriceSuggestions": "no release id (give --release)",
    "getMaster": "no master id (give --master, or a release that has one)",
    "getMasterVersions": "no master id (give --master, or a release that has one)",
    "getArtist": "no seed artist given (--artist), nor one in the answers",
    "getArtistReleases": "no seed artist given (--artist), nor one in the answers",
    "getLabel": "no seed label given (--label), nor one in the answers",
    "getLabelReleases": "no seed label given (--label), nor one in the answers",
    "searchDatabase": "no search query (give --query, or a seed with a title)",
    "getIdentity": "no user in these credentials",
    "getCollectionFolder": "no collection folder found",
    "listCollectionFolderReleases": "no collection folder found",
    "listCollectionItemsByRelease": "no username with a release id",
    "getList": "no list in the users' lists",
    "getListing": "no listing in the inventories or orders",
    "getOrder": "no order in this account (give --order)",
    "listOrderMessages": "no order in this account (give --order)",
    "getInventoryExport": "no inventory export in this account",
    "downloadInventoryExport": "no inventory export in this account",
    "getInventoryUpload": "no inventory upload in this account",
}
USER_OPERATIONS = (
    "getUserProfile",
    "listUserSubmissions",
    "listUserContributions",
    "listCollectionFolders",
    "listCollectionFields",
    "getCollectionValue",
    "listWants",
    "listUserLists",
    "getUserInventory",
)
RELEASE_OPERATIONS = (
    "getRelease",
    "getReleaseCommunityRating",
    "getReleaseStats",
    "getMarketplaceStats",
    "getPriceSuggestions",
)
NOTHING_LED_TO |= {
    operation: "no username (credentials with a user, or give --user)"
    for operation in USER_OPERATIONS
}
ENTITY_OPERATIONS = {
    "master": ("getMaster", "getMasterVersions"),
    "artist": ("getArtist", "getArtistReleases"),
    "label": ("getLabel", "getLabelReleases"),
}
ACCOUNT_OPERATIONS = ("listOrders", "listInventoryExports", "listInventoryUploads")
# The security scheme of each client mode, as the spec names it.
SCHEMES = {"token": "DiscogsToken", "key_secret": "DiscogsKeySecret", "oauth": "OAuth1"}


@dataclass(frozen=True)
class Seeds:
    """Where the walk starts besides the credentials' own user."""

    releases: tuple[int, ...] = ()
    masters: tuple[int, ...] = ()
    artists: tuple[int, ...] = ()
    labels: tuple[int, ...] = ()
    users: tuple[str, ...] = ()
    orders: tuple[str, ...] = ()
    queries: tuple[str, ...] = ()


def recording_client(capture: Capture, **overrides: Any) -> Discogs:
    """A client from the environment whose network is `capture`, decoding leniently."""
    return Discogs.from_env(transport=capture, **{"strict": False, **overrides})


@functools.cache
def _module_of(operation_id: str) -> ModuleType:
    """The generated module of an operation (getReleaseStats: ...api.database.get_release_stats)."""
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
    for package in pkgutil.iter_modules(discogs_api_client.api.__path__):
        try:
            return importlib.import_module(f"discogs_api_client.api.{package.name}.{name}")
        except ModuleNotFoundError:
            continue
    raise LookupError(f"no generated module for {operation_id}")


def _get_operations(routes: list[Route]) -> dict[str, list[dict[str, Any]]]:
    """Every GET operationId of the spec and its security requirements."""
    return {
        str(route.operations["GET"]["operationId"]): list(
            route.operations["GET"].get("security", [{}])
        )
        for route in routes
        if "GET" in route.operations
    }


def _credential_problem(security: list[dict[str, Any]], mode: str) -> str | None:
    """Why these credentials cannot call an operation of this security, or None if they can."""
    if {} in security or mode == "custom" or {SCHEMES.get(mode, ""): []} in security:
        return None
    if mode == "none":
        return "needs credentials"
    return "needs a user's credentials (a token or OAuth), not a consumer key and secret"


@dataclass
class Summary:
    """What the walk reached: statuses per operation, and why the others were not reached."""

    statuses: dict[str, list[int]]
    not_reached: dict[str, str]
    calls: int
    files: list[Path]
    total: int

    @property
    def reached(self) -> list[str]:
        return sorted(op for op, codes in self.statuses.items() if _any_success(codes))

    def render(self) -> str:
        lines = [
            f"{len(self.reached)} of {self.total} GET operations reached in {self.calls} calls; "
            f"{len(self.files)} exchanges saved.",
            "Reached:",
        ]
        for op in self.reached:
            codes = self.statuses[op]
            lines.append(f"  {op}: {len(codes)} answers ({', '.join(map(str, codes))})")
        lines.append("Not reached:")
        lines += [f"  {op}: {why}" for op, why in sorted(self.not_reached.items())]
        return "\n".join(lines)


def _any_success(codes: list[int]) -> bool:
    return any(200 <= code < 300 for code in codes)


Call = tuple[str, tuple[tuple[str, Any], ...]]


@dataclass
class Walk:
    """The read-only walk: a queue of calls, each operation called at most `per_operation` times."""

    client: Discogs
    capture: Capture
    per_operation: int
    progress: TextIO
    operations: dict[str, list[dict[str, Any]]]
    routes: list[Route]
    mask: Mask | None
    queue: deque[Call] = field(default_factory=deque)
    planned: dict[str, int] = field(default_factory=dict)
    seen: set[Call] = field(default_factory=set)
    blocked: dict[str, str] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, list[int]] = field(default_factory=dict)
    users: list[str] = field(default_factory=list)
    releases: list[int] = field(default_factory=list)
    rating_users: list[str] = field(default_factory=list)
    maintainer: str | None = None
    calls: int = 0

    def want(self, operation: str, **arguments: Any) -> None:
        """Plan a call unless it was planned, its operation is full, or it cannot be made."""
        call: Call = (operation, tuple(sorted(arguments.items())))
        if call in self.seen or operation in self.blocked or operation not in self.operations:
            return
        if self.planned.get(operation, 0) >= self.per_operation:
            return
        self.seen.add(call)
        self.planned[operation] = self.planned.get(operation, 0) + 1
        self.queue.append(call)

    def release(self, release_id: Any) -> None:
        if not isinstance(release_id, int) or isinstance(release_id, bool) or release_id <= 0:
            return
        if release_id not in self.releases:
            self.releases.append(release_id)
        for operation in RELEASE_OPERATIONS:
            self.want(operation, release_id=release_id)
        for username in self.rating_users:
            self.want("getReleaseUserRating", release_id=release_id, username=username)
        if self.maintainer:
            self.want(
                "listCollectionItemsByRelease", username=self.maintainer, release_id=release_id
            )

    def rating_user(self, username: Any) -> None:
        if isinstance(username, str) and username and username not in self.rating_users:
            self.rating_users.append(username)
            for release_id in self.releases:
                self.want("getReleaseUserRating", release_id=release_id, username=username)

    def user(self, username: Any) -> None:
        if not isinstance(username, str) or not username or username in self.users:
            return
        self.users.append(username)
        for operation in USER_OPERATIONS:
            self.want(operation, username=username)
        self.want("listCollectionFolderReleases", username=username, folder_id=0)

    def entity(self, kind: str, entity_id: Any) -> None:
        """Plan the calls about a master, an artist or a label."""
        if isinstance(entity_id, int) and not isinstance(entity_id, bool) and entity_id > 0:
            for operation in ENTITY_OPERATIONS[kind]:
                self.want(operation, **{f"{kind}_id": entity_id})

    def order(self, order_id: Any) -> None:
        if isinstance(order_id, str) and order_id:
            self.want("getOrder", order_id=order_id)
            self.want("listOrderMessages", order_id=order_id)

    def start(self, seeds: Seeds) -> None:
        """Plan the first calls: the account's own first (the identity is asked at once, so
        the maintainer's calls come before the seeds'), then the seeds'."""
        mode = self.client.auth_mode
        for operation, security in self.operations.items():
            why = NOT_WALKED.get(operation) or _credential_problem(security, mode)
            if why:
                self.blocked[operation] = why
        self.want("getIdentity")
        if self.queue:
            self.step()
        self.want("getServiceRoot")
        for operation in ACCOUNT_OPERATIONS:
            self.want(operation)
        self.want("getFee", price=FEE_PRICE)
        self.want("getFeeWithCurrency", price=FEE_PRICE, currency=FEE_CURRENCY)
        for query in seeds.queries:
            self.want("searchDatabase", q=query)
        for order_id in seeds.orders:
            self.order(order_id)
        for release_id in seeds.releases:
            self.release(release_id)
        for kind, ids in (
            ("master", seeds.masters),
            ("artist", seeds.artists),
            ("label", seeds.labels),
        ):
            for entity_id in ids:
                self.entity(kind, entity_id)
        for username in seeds.users:
            self.user(username)

    def run(self) -> None:
        while self.queue:
            self.step()

    def step(self) -> None:
        """Make the next planned call and plan what its answer leads to."""
        operation, arguments = self.queue.popleft()
        body = self.call(operation, dict(arguments))
        if isinstance(body, dict):
            self.follow(operation, dict(arguments), body)

    def call(self, operation: str, arguments: dict[str, Any]) -> Any:
        """Make one call; the JSON body of its final answer, or None."""
        before = len(self.capture.exchanges)
        self.calls += 1
        try:
            _module_of(operation).sync_detailed(client=self.client, **arguments)
        except CredentialsRequiredError:
            self.failures[operation] = "needs credentials"
        except DiscogsError as error:
            self.failures.setdefault(operation, f"failed: {type(error).__name__}")
        answers = self.capture.exchanges[before:]
        for exchange in answers:
            mapped = self.operation_of(exchange.request)
            if mapped:
                self.statuses.setdefault(mapped, []).append(exchange.status)
        self.show(operation, answers[-1].status if answers else None)
        if not answers or not 200 <= answers[-1].status < 300:
            return None
        try:
            return json.loads(answers[-1].body)
        except ValueError:
            return None

    def show(self, operation: str, status: int | None) -> None:
        reached = sum(_any_success(codes) for codes in self.statuses.values())
        line = (
            f"[{reached}/{len(self.operations)} GET operations reached, {self.calls} calls] "
            f"{operation} {status if status is not None else 'no answer'}"
        )
        if self.progress.isatty():
            self.progress.write(f"\r\x1b[K{line}")
        else:
            self.progress.write(f"{line}\n")
        self.progress.flush()

    def operation_of(self, request: httpx.Request) -> str | None:
        """The operation a request to the API is for; None for another host (a redirect)."""
        base = self.client.get_httpx_client().base_url
        if (request.url.scheme, request.url.netloc) != (base.scheme, base.netloc):
            return None
        path = self.path_of(request)
        route = next((r for r in self.routes if r.pattern.match(path)), None)
        operation = route.operations.get(request.method) if route else None
        return None if operation is None else str(operation["operationId"])

    def path_of(self, request: httpx.Request) -> str:
        base = self.client.get_httpx_client().base_url.path.rstrip("/")
        path = request.url.path
        return path[len(base) :] or "/" if base and path.startswith(base) else path

    def follow(self, operation: str, arguments: dict[str, Any], body: dict[str, Any]) -> None:
        """Plan the calls the ids in an answer lead to."""
        items = _items(body)
        if operation == "getIdentity":
            self.maintainer = (
                body.get("username") if isinstance(body.get("username"), str) else None
            )
            if self.mask is not None and self.maintainer:
                self.mask.username = self.maintainer
                user_id = body.get("id")
                self.mask.user_id = user_id if isinstance(user_id, int) else None
            self.user(self.maintainer)
            self.rating_user(self.maintainer)
        elif operation == "getUserProfile" and arguments["username"] == self.maintainer:
            if self.mask is not None and isinstance(body.get("email"), str):
                self.mask.email = body["email"]
        elif operation == "getRelease":
            self.entity("master", body.get("master_id"))
            for entry in _list(body, "artists"):
                self.entity("artist", entry.get("id"))
            for entry in _list(body, "labels"):
                self.entity("label", entry.get("id"))
            community = body.get("community")
            for contributor in _list(
                community if isinstance(community, dict) else {}, "contributors"
            ):
                self.rating_user(contributor.get("username"))
            if isinstance(body.get("title"), str) and body["title"]:
                self.want("searchDatabase", q=body["title"])
        elif operation == "getMaster":
            self.release(body.get("main_release"))
        elif operation in {"getMasterVersions", "getLabelReleases"}:
            for item in items:
                self.release(item.get("id"))
        elif operation in {"getArtistReleases", "searchDatabase"}:
            for item in items:
                kind = str(item.get("type"))
                if kind in ENTITY_OPERATIONS:
                    self.entity(kind, item.get("id"))
                else:
                    self.release(item.get("id"))
        elif operation == "listCollectionFolders":
            for item in items:
                folder_id = item.get("id")
                if isinstance(folder_id, int):
                    self.want(
                        "getCollectionFolder", username=arguments["username"], folder_id=folder_id
                    )
                    self.want(
                        "listCollectionFolderReleases",
                        username=arguments["username"],
                        folder_id=folder_id,
                    )
        elif operation == "listCollectionFolderReleases":
            for item in items:
                self.want(
                    "listCollectionItemsByRelease",
                    username=arguments["username"],
                    release_id=item.get("id"),
                )
        elif operation == "listUserLists":
            for item in items:
                self.want("getList", list_id=item.get("id"))
        elif operation == "getUserInventory":
            for item in items:
                self.want("getListing", listing_id=item.get("id"))
        elif operation == "listOrders":
            for item in items:
                self.order(item.get("id"))
                for entry in _list(item, "items"):
                    self.want("getListing", listing_id=entry.get("id"))
                    release = entry.get("release")
                    self.release(release.get("id") if isinstance(release, dict) else None)
        elif operation == "listInventoryExports":
            for item in items:
                self.want("getInventoryExport", export_id=item.get("id"))
                self.want("downloadInventoryExport", export_id=item.get("id"))
        elif operation == "listInventoryUploads":
            for item in items:
                self.want("getInventoryUpload", upload_id=item.get("id"))

    def summary(self, files: list[Path]) -> Summary:
        not_reached: dict[str, str] = {}
        for operation in self.operations:
            codes = self.statuses.get(operation, [])
            if _any_success(codes):
                continue
            if operation in self.blocked:
                not_reached[operation] = self.blocked[operation]
            elif codes:
                answered = ", ".join(str(code) for code in sorted(set(codes)))
                not_reached[operation] = f"answered {answered}"
            elif operation in self.failures:
                not_reached[operation] = self.failures[operation]
            else:
                not_reached[operation] = NOTHING_LED_TO.get(operation, "nothing led to it")
        return Summary(self.statuses, not_reached, self.calls, files, len(self.operations))


def _list(body: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = body.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _items(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The items of a page (under whichever key the operation uses), or of a folder list."""
    found: list[dict[str, Any]] = []
    for key, value in body.items():
        if key != "pagination" and isinstance(value, list):
            found += _list(body, key)
    return found


def save(walk: Walk, out: Path, source: str) -> list[Path]:
    """Write every captured exchange as OUT/<operationId>/<status>-<n>.json."""
    files: list[Path] = []
    counts: dict[tuple[str, int], int] = {}
    for exchange in walk.capture.exchanges:
        operation = walk.operation_of(exchange.request)
        if operation is None:
            continue
        data = envelope(exchange, operation, walk.path_of(exchange.request), source)
        if walk.mask is not None:
            data = walk.mask.data(data)
        n = counts[(operation, exchange.status)] = counts.get((operation, exchange.status), 0) + 1
        path = out / operation / f"{exchange.status}-{n}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        files.append(path)
    return files


def record(
    out: Path,
    *,
    client: Discogs,
    capture: Capture,
    seeds: Seeds,
    per_operation: int = 3,
    mask_user: bool = False,
    progress: TextIO | None = None,
    spec_path: Path = SPEC_PATH,
    writes: int | None = None,
    writes_summary: WritesSummary | None = None,
) -> Summary:
    """Walk the API read-only through `client`, whose network is `capture`; save to `out`.

    With `writes` (a release id), the write sequences follow on the credentials' own account,
    filling `writes_summary`. What was captured is saved even when the walk is interrupted
    (Ctrl-C, an error).
    """
    routes = load_routes(spec_path)
    progress = progress or sys.stderr
    walk = Walk(
        client=client,
        capture=capture,
        per_operation=per_operation,
        progress=progress,
        operations=_get_operations(routes),
        routes=routes,
        mask=Mask() if mask_user else None,
    )
    base = str(client.get_httpx_client().base_url).rstrip("/")
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    source = f"recorded from {base} on {today} by scripts/record.py"
    files: list[Path] = []
    try:
        walk.start(seeds)
        walk.run()
        if writes is not None:
            if walk.maintainer is None:
                raise CredentialsRequiredError(
                    "--writes needs a user's credentials (a token or OAuth): the identity was "
                    "not answered."
                )
            run_writes(
                client,
                username=walk.maintainer,
                release_id=writes,
                say=lambda line: progress.write(line + "\n"),
                summary=writes_summary,
            )
    finally:
        if progress.isatty():
            progress.write("\n")
        files = save(walk, out, source)
    return walk.summary(files)


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise ValueError(text)
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 < value < float("inf"):
        raise ValueError(text)
    return value


def _order_id(text: str) -> str:
    if not re.fullmatch(r"[0-9]+-[0-9]+", text):
        raise ValueError(text)
    return text


def _username(text: str) -> str:
    if not re.fullmatch(r"[^\s/?#]+", text):
        raise ValueError(text)
    return text


# argparse names the type in its error ("invalid positive integer value: '0'").
_positive.__name__ = "positive integer"
_seconds.__name__ = "number of seconds"
_order_id.__name__ = "order id (1234-5)"
_username.__name__ = "username"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the recordings")
    for name in ("release", "master", "artist", "label"):
        parser.add_argument(
            f"--{name}",
            type=_positive,
            action="append",
            default=[],
            metavar="ID",
            help=f"a {name} id to start from (repeatable)",
        )
    parser.add_argument(
        "--user",
        type=_username,
        action="append",
        default=[],
        metavar="NAME",
        help="a username to walk (repeatable)",
    )
    parser.add_argument(
        "--order",
        type=_order_id,
        action="append",
        default=[],
        metavar="ID",
        help="an order id such as 1234-5 (repeatable)",
    )
    parser.add_argument(
        "--query",
        action="append",
        default=[],
        metavar="Q",
        help="a database search query (repeatable)",
    )
    parser.add_argument(
        "--per-operation",
        type=_positive,
        default=3,
        metavar="N",
        help="at most N calls per operation (default 3)",
    )
    parser.add_argument(
        "--mask-user", action="store_true", help="replace the maintainer's username, e-mail and id"
    )
    parser.add_argument(
        "--writes",
        action="store_true",
        help="then run the reversible write sequences on your own account with the first "
        "--release (never orders, never existing data)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="with --writes: print the writes that would be sent, send nothing at all",
    )
    parser.add_argument(
        "--rate-limit-window",
        type=_seconds,
        metavar="SECONDS",
        help="the rate limit's moving window (default 60, Discogs' own): shorter for a test "
        "server only",
    )
    parser.add_argument(
        "--base-url", metavar="URL", help="the API (default DISCOGS_BASE_URL, else the live API)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.out.exists() and not args.out.is_dir():
        print(f"record.py: {args.out} exists and is not a folder", file=sys.stderr)
        return 2
    seeds = Seeds(
        releases=tuple(args.release),
        masters=tuple(args.master),
        artists=tuple(args.artist),
        labels=tuple(args.label),
        users=tuple(args.user),
        orders=tuple(args.order),
        queries=tuple(args.query),
    )
    if (args.writes or args.dry_run) and not args.release:
        print("record.py: --writes needs a --release to write with", file=sys.stderr)
        return 2
    if args.dry_run and not args.writes:
        print("record.py: --dry-run goes with --writes", file=sys.stderr)
        return 2
    capture = Capture()
    given = {
        "base_url": args.base_url,
        "rate_limit_window": args.rate_limit_window,
    }
    overrides = {name: value for name, value in given.items() if value is not None}
    try:
        client = recording_client(capture, **overrides)
    except DiscogsError as error:
        print(f"record.py: {error}", file=sys.stderr)
        return 2
    writes = WritesSummary()
    try:
        with client:
            if args.dry_run:  # the plan only: the username is the walk's to find
                username = args.user[0] if args.user else "{username}"
                run_writes(client, username=username, release_id=args.release[0], dry_run=True)
                return 0
            summary = record(
                args.out,
                client=client,
                capture=capture,
                seeds=seeds,
                per_operation=args.per_operation,
                mask_user=args.mask_user,
                writes=args.release[0] if args.writes else None,
                writes_summary=writes,
            )
    except KeyboardInterrupt:
        print(f"record.py: interrupted; what was recorded is in {args.out}", file=sys.stderr)
        if args.writes:
            print(*writes.lines(), sep="\n", file=sys.stderr)
        return 130
    except DiscogsError as error:
        print(f"record.py: {error}; what was recorded is in {args.out}", file=sys.stderr)
        if args.writes:
            print(*writes.lines(), sep="\n", file=sys.stderr)
        return 1
    print(summary.render())
    if args.writes:
        print(*writes.lines(), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Reversible write sequences on the maintainer's own account, for `record.py --writes`.

`run_writes(client, username=..., release_id=...)` runs five sequences through the client, so the
recorder captures every exchange: add a want, edit it, read it, remove it; create a collection
folder, rename it, read it, delete it; add the release to the collection, rate the instance, move
it to a folder made for the purpose, set a notes field, read it, remove it (and the folder); create
a Draft listing, edit it, read it, delete it; rate the release, read the rating, delete it.

Never existing data: each sequence first checks that what it would create is not there already
(the release in the wantlist, in the collection, rated) and is skipped with the reason if it is.
Whatever it creates carries the name "discogs-openapi recorder <UTC time>". Never orders.

Undoing: before each step that creates something, its undo goes on a stack; the sequence ends by
running the stack (that is its "remove" steps), and so does any failure or Ctrl-C. An undo works
even when the step's answer never arrived (it finds what it made by release, name or comment), and
can be repeated. The first Ctrl-C finishes the cleanup (repeating the undo it cut short), then
stops the run; a second one stops the cleanup too. Whatever could not be undone is said, with its
ids, and listed in the summary's `left`. `dry_run=True` sends nothing and says every request the
run would send, in order, undos included, with the ids the API would assign as placeholders.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar
from urllib.parse import urlencode

from discogs_api_client.models.collection_folder_name import CollectionFolderName
from discogs_api_client.models.collection_instance_update import CollectionInstanceUpdate
from discogs_api_client.models.listing_fields import ListingFields
from discogs_api_client.models.release_rating_update import ReleaseRatingUpdate
from discogs_openapi import Discogs
from discogs_openapi.errors import (
    APIError,
    ConfigurationError,
    DiscogsError,
    InvalidArgumentError,
    NotFoundError,
)

T = TypeVar("T")
TAG = "discogs-openapi recorder"
WANTLIST_PAGES = 5  # the most pages of 100 wants read to check a release is not among them
UNCATEGORIZED = 1  # the collection folder every user has, where new items go


@dataclass
class WritesSummary:
    """What a run did: sequences done, skipped (why) and failed (why), and what it left behind."""

    done: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    left: list[str] = field(default_factory=list)  # could not be undone: what, with ids, and why
    dry_run: bool = False

    @property
    def clean(self) -> bool:
        return not self.left

    def lines(self) -> list[str]:
        done = "planned (dry run, nothing sent)" if self.dry_run else "done"
        lines = [f"writes {done}: {', '.join(self.done) or 'none'}"]
        lines += [f"writes skipped: {name}: {why}" for name, why in self.skipped.items()]
        lines += [f"writes failed: {name}: {why}" for name, why in self.failed.items()]
        if self.left:
            lines.append("LEFT ON THE ACCOUNT, undo by hand:")
            lines += [f"  {what}" for what in self.left]
        else:
            lines.append("nothing left on the account")
        return lines


@dataclass
class _Undo:
    what: str  # a template of `_Run.fill`: what is undone, for the summary
    run: Callable[[], object]


class _Placeholders(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return f"{{{key}}}"


class _Run:
    """One run: the client, the ids the API assigned in the current sequence, its undo stack."""

    def __init__(
        self,
        client: Discogs,
        username: str,
        release_id: int,
        dry_run: bool,
        say: Callable[[str], object],
        summary: WritesSummary,
    ) -> None:
        self.client = client
        self.username = username
        self.release_id = release_id
        self.dry_run = dry_run
        self.say = say
        self.summary = summary
        self.stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        self.ids: dict[str, int] = {}
        self.undos: list[_Undo] = []
        self.item_folder: str | None = None  # the folder the new instance is in, as a template
        self.creating: _Undo | None = None  # the undo of the next write sent
        self.interrupted = False

    # --- requests ------------------------------------------------------------------------

    def fill(self, template: str) -> str:
        """`template` with the username, release and the ids known; others stay `{name}`."""
        values = {"username": self.username, "release_id": str(self.release_id)}
        values.update((key, str(value)) for key, value in self.ids.items())
        return template.format_map(_Placeholders(values))

    def known(self, key: str) -> bool:
        """Whether an id is known (in a dry run, every id is: it is shown as a placeholder)."""
        return self.dry_run or key in self.ids

    def send(
        self,
        method: str,
        template: str,
        call: Callable[[], T],
        *,
        body: dict[str, Any] | None = None,
        query: dict[str, str] | None = None,
    ) -> T | None:
        """Say the request, then make it with `call` (in a dry run only say it: None)."""
        shown = f"{method} {self.fill(template)}"
        if query:
            shown += f"?{urlencode(query)}"
        if body is not None:
            shown += f" {json.dumps(body)}"
        if self.dry_run:
            self.say(f"  would send {shown}")
            return None
        self.say(f"  {shown}")
        # The write an undo was pushed for is the next one sent (see `push`).
        creating, self.creating = (self.creating, None) if method != "GET" else (None, None)
        try:
            return call()
        except APIError as error:
            if creating is not None and 400 <= error.status_code < 500:
                self.undos.remove(creating)  # refused: nothing was made, nothing to undo
            raise

    def gone(self, call: Callable[[], object]) -> bool:
        """Run a delete; False when the thing was already gone (404)."""
        try:
            call()
        except NotFoundError:
            return False
        return True

    # --- sequences and undoing -----------------------------------------------------------

    def sequence(self, name: str, steps: Callable[[], str | None]) -> None:
        self.ids, self.undos, self.item_folder, self.creating = {}, [], None, None
        self.say(f"{name}:")
        try:
            reason = steps()
        except DiscogsError as error:
            self.summary.failed[name] = f"{type(error).__name__}: {error}"
            self.say(f"  failed ({type(error).__name__}: {error}); undoing what was done")
            return  # the `finally` undoes
        except KeyboardInterrupt:
            self.interrupted = True
            self.summary.failed[name] = "interrupted"
            self.say("  interrupted: undoing what was done (interrupt again to stop that)")
            raise
        finally:
            self.unwind()
        if reason is None:
            self.summary.done.append(name)
        else:
            self.summary.skipped[name] = reason
            self.say(f"  skipped: {reason}")

    def push(self, what: str, undo: Callable[[], object]) -> None:
        """Put an undo on the stack, right before sending the write it undoes: sent or not,
        answered or not, that write may have taken effect, unless the API refuses it (4xx)."""
        self.creating = _Undo(what, undo)
        self.undos.append(self.creating)

    def unwind(self) -> None:
        """Run the undo stack, last first; each undo is attempted whatever befell the others."""
        interrupt: KeyboardInterrupt | None = None
        while self.undos:
            undo = self.undos[-1]
            try:
                undo.run()
            except KeyboardInterrupt as error:
                if self.interrupted:  # a second interrupt: stop, and say what is left
                    for rest in reversed(self.undos):
                        self.leave(rest, "not undone: interrupted during the cleanup")
                    self.undos.clear()
                    raise
                self.interrupted, interrupt = True, error
                self.say("  interrupted: finishing the cleanup (interrupt again to stop it)")
                continue  # the same undo again: every undo can be repeated
            except Exception as error:  # any failure is reported, never lost
                self.leave(undo, f"{type(error).__name__}: {error}")
            self.undos.pop()
        if interrupt is not None:
            raise interrupt

    def leave(self, undo: _Undo, why: str) -> None:
        what = self.fill(undo.what).replace("{", "<unknown ").replace("}", ">")
        self.summary.left.append(f"{what} ({why})")
        self.say(f"  COULD NOT UNDO: {what} ({why})")

    # --- the sequences -------------------------------------------------------------------

    def wantlist(self) -> str | None:
        c, user, release = self.client, self.username, self.release_id
        scan = "/users/{username}/wants"
        pages = {"per_page": "100", "page": f"1-{WANTLIST_PAGES}"}
        present = self.send("GET", scan, self.find_want, query=pages)
        if present is not None:
            return present
        self.push(
            "want of release {release_id}",
            lambda: self.send(
                "DELETE",
                "/users/{username}/wants/{release_id}",
                lambda: c.wantlist.delete_want(user, release),
            ),
        )
        note = f"{TAG} {self.stamp}"
        self.send(
            "PUT",
            "/users/{username}/wants/{release_id}",
            lambda: c.wantlist.add_want(user, release, notes=note),
            query={"notes": note},
        )
        edited = f"{note} (edited)"
        self.send(
            "POST",
            "/users/{username}/wants/{release_id}",
            lambda: c.wantlist.edit_want(user, release, notes=edited),
            query={"notes": edited},
        )
        self.send("GET", scan, self.find_want, query=pages)
        return None

    def find_want(self) -> str | None:
        """Why the release cannot be added to the wantlist safely (None: it is not there)."""
        for page in range(1, WANTLIST_PAGES + 1):
            answer = self.client.wantlist.list_wants(self.username, page=page, per_page=100)
            if any(want.id == self.release_id for want in answer.wants):
                return f"release {self.release_id} is in your wantlist already"
            if page >= answer.pagination.pages:
                return None
        return f"the wantlist has over {WANTLIST_PAGES * 100} wants: too many to check"

    def folder(self) -> str | None:
        c, user = self.client, self.username
        name = f"{TAG} {self.stamp}"
        renamed = f"{name} (renamed)"
        taken = self.create_folder(name, renamed)
        if taken is not None:
            return taken
        self.send(
            "POST",
            "/users/{username}/collection/folders/{folder_id}",
            lambda: c.collection.edit_collection_folder(
                user, self.ids["folder_id"], body=CollectionFolderName(renamed)
            ),
            body={"name": renamed},
        )
        self.send(
            "GET",
            "/users/{username}/collection/folders/{folder_id}",
            lambda: c.collection.get_collection_folder(user, self.ids["folder_id"]),
        )
        return None

    def create_folder(self, *names: str) -> str | None:
        """Check no folder has these names, push the undo, create one named `names[0]`
        (`folder_id`); the reason to skip if one exists already, else None."""
        c, user, name = self.client, self.username, names[0]
        listed = "/users/{username}/collection/folders"
        if self.send("GET", listed, lambda: self.folders_named(names)):
            return f"a collection folder named {name!r} exists already"
        self.push(
            f"collection folder {{folder_id}} named {name!r}", lambda: self.undo_folder(names)
        )
        created = self.send(
            "POST",
            listed,
            lambda: c.collection.create_collection_folder(user, body=CollectionFolderName(name)),
            body={"name": name},
        )
        if created is not None:
            self.ids["folder_id"] = created.id
        return None

    def folders_named(self, names: tuple[str, ...]) -> list[int]:
        folders = self.client.collection.list_collection_folders(self.username).folders
        return [folder.id for folder in folders if folder.name in names]

    def undo_folder(self, names: tuple[str, ...]) -> None:
        c, user, path = self.client, self.username, "/users/{username}/collection/folders/"
        if self.known("folder_id"):
            folder_ids = [self.ids.get("folder_id", 0)]
        else:  # the folder may exist though its answer never came: find it by name
            folder_ids = self.send("GET", path, lambda: self.folders_named(names)) or []
        for folder_id in folder_ids:
            self.send(
                "DELETE",
                path + ("{folder_id}" if self.dry_run else str(folder_id)),
                partial(self.gone, partial(c.collection.delete_collection_folder, user, folder_id)),
            )

    def collection(self) -> str | None:
        c, user, release = self.client, self.username, self.release_id
        held = self.send(
            "GET",
            "/users/{username}/collection/releases/{release_id}",
            lambda: self.instances(),
        )
        if held:
            return f"release {release} is in your collection already"
        rated = self.send(
            "GET",
            "/releases/{release_id}/rating/{username}",
            lambda: c.database.get_release_user_rating(release, user).rating,
        )
        field_id = self.send(
            "GET", "/users/{username}/collection/fields", lambda: self.notes_field()
        )
        if field_id is not None:
            self.ids["field_id"] = field_id
        name = f"{TAG} {self.stamp} (move target)"
        taken = self.create_folder(name)
        if taken is not None:
            return taken
        self.push(
            "collection item {instance_id} of release {release_id}", lambda: self.undo_instance()
        )
        added = self.send(
            "POST",
            f"/users/{{username}}/collection/folders/{UNCATEGORIZED}/releases/{{release_id}}",
            lambda: c.collection.add_to_collection_folder(user, UNCATEGORIZED, release),
        )
        if added is not None:
            self.ids["instance_id"] = added.instance_id
        self.item_folder = str(UNCATEGORIZED)
        if rated:
            self.say(f"  not rating the item: you rated release {release} already ({rated})")
        else:  # rating an item rates the release: undo that too
            self.push("rating of release {release_id}", lambda: self.undo_rating())
            self.send(
                "POST",
                _instance_path(UNCATEGORIZED),
                lambda: c.collection.edit_collection_instance(
                    user,
                    UNCATEGORIZED,
                    release,
                    self.ids["instance_id"],
                    body=CollectionInstanceUpdate(rating=4),
                ),
                body={"rating": 4},
            )
        self.item_folder = None  # unknown until the move is answered
        self.send(
            "POST",
            _instance_path(UNCATEGORIZED),
            lambda: c.collection.edit_collection_instance(
                user,
                UNCATEGORIZED,
                release,
                self.ids["instance_id"],
                body=CollectionInstanceUpdate(folder_id=self.ids["folder_id"]),
            ),
            body={"folder_id": self.ids.get("folder_id", "{folder_id}")},
        )
        self.item_folder = "{folder_id}"
        if self.known("field_id"):
            value = f"{TAG} {self.stamp}"
            self.send(
                "POST",
                _instance_path("{folder_id}") + "/fields/{field_id}",
                lambda: c.collection.edit_collection_instance_field(
                    user,
                    self.ids["folder_id"],
                    release,
                    self.ids["instance_id"],
                    self.ids["field_id"],
                    value=value,
                ),
                query={"value": value},
            )
        self.send(
            "GET", "/users/{username}/collection/releases/{release_id}", lambda: self.instances()
        )
        return None

    def instances(self) -> list[tuple[int, int]]:
        """(folder id, instance id) of each copy of the release in the collection."""
        items = self.client.collection.iter_collection_items_by_release(
            self.username, self.release_id
        )
        return [
            (item.folder_id, item.instance_id) for item in items if isinstance(item.folder_id, int)
        ]

    def notes_field(self) -> int | None:
        """The first free-text notes field of the collection (None: there is none)."""
        fields = self.client.collection.list_collection_fields(self.username).fields
        return next((f.id for f in fields if f.type_ == "textarea"), None)

    def undo_instance(self) -> None:
        c, user, release = self.client, self.username, self.release_id
        if self.item_folder is not None and self.known("instance_id"):
            where = self.fill(self.item_folder)
            removed = self.send(
                "DELETE",
                _instance_path(self.item_folder),
                lambda: self.gone(
                    lambda: c.collection.delete_collection_instance(
                        user, int(where), release, self.ids["instance_id"]
                    )
                ),
            )
            if removed is not False:
                return
        # Where it is, or whether it exists, is not known: every copy is this run's (none was
        # there before it), so remove them all.
        found = self.send(
            "GET", "/users/{username}/collection/releases/{release_id}", lambda: self.instances()
        )
        remove = c.collection.delete_collection_instance
        for folder_id, instance_id in found or []:
            self.send(
                "DELETE",
                _instance_path(folder_id, instance_id),
                partial(self.gone, partial(remove, user, folder_id, release, instance_id)),
            )

    def listing(self) -> str | None:
        c, release = self.client, self.release_id
        comments = f"{TAG} {self.stamp}: a draft to check the API, deleted at once"
        draft = ListingFields(
            release_id=release, condition="Mint (M)", price=999.0, status="Draft", comments=comments
        )
        self.push(
            "Draft listing {listing_id} of release {release_id}",
            lambda: self.undo_listing(comments),
        )
        created = self.send(
            "POST",
            "/marketplace/listings",
            lambda: c.marketplace.create_listing(body=draft),
            body=draft.to_dict(),
        )
        if created is not None:
            self.ids["listing_id"] = created.listing_id
        draft.price = 998.0
        self.send(
            "POST",
            "/marketplace/listings/{listing_id}",
            lambda: c.marketplace.edit_listing(self.ids["listing_id"], body=draft),
            body=draft.to_dict(),
        )
        self.send(
            "GET",
            "/marketplace/listings/{listing_id}",
            lambda: c.marketplace.get_listing(self.ids["listing_id"]),
        )
        return None

    def undo_listing(self, comments: str) -> None:
        c, user = self.client, self.username
        if self.known("listing_id"):
            listing_ids = [self.ids.get("listing_id", 0)]
        else:  # the listing may exist though its answer never came: find it by its comments
            query = {"status": "Draft", "sort": "listed", "sort_order": "desc", "per_page": "100"}
            listing_ids = (
                self.send(
                    "GET",
                    "/users/{username}/inventory",
                    lambda: [
                        listing.id
                        for listing in c.marketplace.get_user_inventory(
                            user, status="Draft", sort="listed", sort_order="desc", per_page=100
                        ).listings
                        if listing.comments == comments and listing.release.id == self.release_id
                    ],
                    query=query,
                )
                or []
            )
        for listing_id in listing_ids:
            self.send(
                "DELETE",
                "/marketplace/listings/" + ("{listing_id}" if self.dry_run else str(listing_id)),
                partial(self.gone, partial(c.marketplace.delete_listing, listing_id)),
            )

    def rating(self) -> str | None:
        c, user, release = self.client, self.username, self.release_id
        path = "/releases/{release_id}/rating/{username}"
        rated = self.send("GET", path, lambda: c.database.get_release_user_rating(release, user))
        if rated is not None and rated.rating:
            return f"you rated release {release} already ({rated.rating})"
        self.push("rating of release {release_id}", lambda: self.undo_rating())
        self.send(
            "PUT",
            path,
            lambda: c.database.update_release_user_rating(
                release, user, body=ReleaseRatingUpdate(rating=3)
            ),
            body={"rating": 3},
        )
        self.send("GET", path, lambda: c.database.get_release_user_rating(release, user))
        return None

    def undo_rating(self) -> None:
        c, user, release = self.client, self.username, self.release_id
        self.send(
            "DELETE",
            "/releases/{release_id}/rating/{username}",
            lambda: c.database.delete_release_user_rating(release, user),
        )

    def check_identity(self) -> None:
        identity = self.client.oauth.get_identity()
        if identity.username != self.username:
            raise ConfigurationError(
                "the writes run on the credentials' own account: these belong to "
                f"{identity.username!r}, not {self.username!r}. "
                f"Pass username={identity.username!r}."
            )


def _instance_path(folder: object, instance: object = "{instance_id}") -> str:
    """The path of a collection instance, a template of `_Run.fill`."""
    folder_path = f"/users/{{username}}/collection/folders/{folder}"
    return f"{folder_path}/releases/{{release_id}}/instances/{instance}"


def run_writes(
    client: Discogs,
    *,
    username: str,
    release_id: int,
    dry_run: bool = False,
    say: Callable[[str], object] = print,
    summary: WritesSummary | None = None,
) -> WritesSummary:
    """Run the write sequences on `username`'s account (the client's own) with `release_id`.

    Returns the summary; it is also said line by line at the end, and filled in as the run goes
    in `summary` when given, so a caller that catches `KeyboardInterrupt` (re-raised once the
    cleanup is done) still has it.
    """
    if not isinstance(username, str) or not username.strip():
        raise InvalidArgumentError("username must be your Discogs username, a non-empty string.")
    if isinstance(release_id, bool) or not isinstance(release_id, int) or release_id < 1:
        raise InvalidArgumentError(
            "release_id must be a positive whole number (a Discogs release id), "
            f"not {release_id!r}."
        )
    summary = WritesSummary() if summary is None else summary
    summary.dry_run = dry_run
    run = _Run(client, username, release_id, dry_run, say, summary)
    try:
        run.send("GET", "/oauth/identity", run.check_identity)
        for name, steps in (
            ("wantlist", run.wantlist),
            ("collection folder", run.folder),
            ("collection item", run.collection),
            ("listing", run.listing),
            ("rating", run.rating),
        ):
            run.sequence(name, steps)
    finally:
        for line in summary.lines():
            say(line)
    return summary

"""Mirror a user's Discogs wantlist into a local JSON file and say what changed since last time.

Each run fetches the whole wantlist, prints the wants added (+) and removed (-) since the mirror
was last written, and replaces the mirror. A private wantlist needs its owner's token:

    DISCOGS_TOKEN=... DISCOGS_USER_AGENT="MyApp/1.0 +https://example.com" \\
        python examples/mirror_wantlist.py USERNAME wantlist.json

DISCOGS_BASE_URL points it at another server, such as `scripts/replay_server.py`.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from pathlib import Path
from typing import Any

from discogs_api_client.models.want import Want
from discogs_api_client.types import Unset
from discogs_openapi import Discogs, DiscogsError


def describe(want: Want) -> str:
    info = want.basic_information
    artists = "" if isinstance(info.artists, Unset) else ", ".join(a.name for a in info.artists)
    return f"{want.id:>10}  {artists + ' - ' if artists else ''}{info.title}"


def load_mirror(path: Path) -> dict[int, Want]:
    if not path.exists():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    # Parsed through the generated model, so a hand-edited or foreign file fails here, clearly.
    return {want.id: want for want in map(Want.from_dict, data["wants"])}


def write_atomically(path: Path, text: str) -> None:
    # Written beside the target, then renamed: a reader never sees half a mirror, and a failed
    # run leaves the last good one. Mode "x" creates the file with the usual umask permissions.
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with temporary.open("x", encoding="utf-8") as file:
            file.write(text)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def mirror(
    client: Discogs, username: str, path: Path, before: dict[int, Want]
) -> tuple[list[Want], list[Want]]:
    """Fetch the wantlist, rewrite the mirror at `path`; returns the wants (added, removed)."""
    wants = client.wantlist.iter_wants(username)
    now = {want.id: want for want in wants}
    body = {"username": username, "wants": [now[key].to_dict() for key in sorted(now)]}
    write_atomically(path, json.dumps(body, indent=2, ensure_ascii=False) + "\n")
    added = [now[key] for key in sorted(now.keys() - before.keys())]
    removed = [before[key] for key in sorted(before.keys() - now.keys())]
    return added, removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("username")
    parser.add_argument("mirror", type=Path, help="the JSON mirror to compare with and rewrite")
    args = parser.parse_args(argv)
    try:
        before = load_mirror(args.mirror)
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"error: cannot read the mirror {args.mirror}: {error!r}", file=sys.stderr)
        return 1
    try:
        with Discogs.from_env() as client:
            added, removed = mirror(client, args.username, args.mirror, before)
    except (DiscogsError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for sign, wants in (("+", added), ("-", removed)):
        for want in wants:
            print(f"{sign} {describe(want)}")
    print(f"{len(added)} added, {len(removed)} removed; mirror written to {args.mirror}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Walk a person through Discogs' three-legged OAuth flow in a terminal.

    DISCOGS_USER_AGENT='MyApp/1.0 +https://example.com' \
    DISCOGS_CONSUMER_KEY=... DISCOGS_CONSUMER_SECRET=... python scripts/oauth_flow.py

Prints the authorize URL, asks for the verifier Discogs shows after you allow the application,
and prints the access token and secret to store (as environment lines `Discogs.from_env()` reads).
Set DISCOGS_BASE_URL to run it against another server, such as the replay server.
"""

from __future__ import annotations

import os
import sys

from discogs_openapi import DEFAULT_BASE_URL, DiscogsError, OAuthFlow


def main() -> int:
    missing = [
        name
        for name in ("DISCOGS_USER_AGENT", "DISCOGS_CONSUMER_KEY", "DISCOGS_CONSUMER_SECRET")
        if not os.environ.get(name)
    ]
    if missing:
        print(f"set {', '.join(missing)} first (see the docstring)", file=sys.stderr)
        return 2
    flow = OAuthFlow(
        os.environ["DISCOGS_USER_AGENT"],
        os.environ["DISCOGS_CONSUMER_KEY"],
        os.environ["DISCOGS_CONSUMER_SECRET"],
        base_url=os.environ.get("DISCOGS_BASE_URL") or DEFAULT_BASE_URL,
    )
    try:
        request = flow.request_token()
        print("1. Open this page, sign in to Discogs and allow the application:")
        print(f"   {flow.authorize_url(request)}")
        verifier = input("2. Paste the verifier Discogs shows you (within 15 minutes): ").strip()
        access = flow.access_token(request, verifier)
    except DiscogsError as error:
        print(f"OAuth failed: {error}", file=sys.stderr)
        return 1
    print("3. Done. Store these; they do not expire unless the user revokes the application:")
    print(f"DISCOGS_OAUTH_TOKEN={access.token}")
    print(f"DISCOGS_OAUTH_TOKEN_SECRET={access.secret}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

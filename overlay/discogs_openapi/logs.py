"""Keeps credentials out of third-party log records, even at DEBUG.

- oauthlib logs signature base strings and signatures while signing; a PLAINTEXT signature is
  the consumer and token secrets themselves. Those records are dropped.
- httpx logs each request's URL at INFO; credentials a caller put in the query string (Discogs
  accepts `token=`, `key=`, `secret=` there) are replaced by `***`.
"""

from __future__ import annotations

import logging

import httpx

from .errors import redact_url

__all__ = ["install"]


class _DropSigningDetails(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.funcName not in {"get_oauth_signature", "sign"}


class _RedactRequestURLs(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) for a in record.args):
            record.args = tuple(
                redact_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args
            )
        return True


def install() -> None:
    """Attach the filters (idempotent)."""
    for name, kind in (
        ("oauthlib.oauth1.rfc5849", _DropSigningDetails),
        ("httpx", _RedactRequestURLs),
    ):
        logger = logging.getLogger(name)
        if not any(isinstance(existing, kind) for existing in logger.filters):
            logger.addFilter(kind())

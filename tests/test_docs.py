"""The HTML reference built by `make docs`: one offline page that documents every operation.

Redoc 3 prerenders only the overview and the tag menu; the operations are rendered in the browser
from the definition that the page embeds as `const __redoc_definition = {...};`. So that embedded
definition is what must hold every operationId and summary of openapi/discogs.yaml.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from conftest import ROOT, SPEC, operations, run_make

DOCS_HTML = ROOT / "build" / "docs" / "index.html"
SPEC_OPERATIONS = operations(SPEC)
DEFINITION = re.compile(r"\bconst __redoc_definition = (\{.*?\});\s*const __redoc_options = ", re.S)
OPTIONS = re.compile(r"\bconst __redoc_options = (\{.*?\});")
REMOTE = re.compile(r"^(?:https?:)?//", re.I)
REMOTE_IMPORT = re.compile(r"""\bimport\s*(?:[\w{}*,\s]+from\s*)?["'](?:https?:)?//""")


class Page(HTMLParser):
    """The page's scripts (attributes and text), links and visible text outside scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.links: list[dict[str, str | None]] = []
        self.text: list[str] = []
        self._script: dict[str, str | None] | None = None
        self._body: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._script, self._body = dict(attrs), []
        elif tag == "link":
            self.links.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._body)))
            self._script = None

    def handle_data(self, data: str) -> None:
        (self._body if self._script is not None else self.text).append(data)


@pytest.fixture(scope="module")
def page() -> Page:
    run_make("docs")
    parser = Page()
    parser.feed(DOCS_HTML.read_text(encoding="utf-8"))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def definition(page: Page) -> dict[str, Any]:
    found = [m for _, body in page.scripts if (m := DEFINITION.search(body))]
    assert len(found) == 1, "the page embeds its definition once, as const __redoc_definition"
    embedded: dict[str, Any] = json.loads(found[0].group(1))
    return embedded


def documented(definition: dict[str, Any]) -> dict[str, tuple[str, str, str | None]]:
    """operationId -> (path template, METHOD, summary), as the page's definition holds them."""
    return {
        op_id: (template, method, operation.get("summary"))
        for op_id, (template, method, operation) in operations(definition).items()
    }


def problems(definition: dict[str, Any]) -> list[str]:
    """Each operation of the spec that the page lacks or documents differently."""
    page_ops = documented(definition)
    found = []
    for op_id, (template, method, operation) in sorted(SPEC_OPERATIONS.items()):
        expected = (template, method, operation["summary"])
        if op_id not in page_ops:
            found.append(f"{op_id} ({method} {template}): missing")
        elif page_ops[op_id] != expected:
            found.append(f"{op_id}: page has {page_ops[op_id]}, spec has {expected}")
    found += [f"{op_id}: not in the spec" for op_id in sorted(page_ops.keys() - SPEC_OPERATIONS)]
    return found


def test_spec_has_the_operations_the_page_is_checked_for() -> None:
    assert len(SPEC_OPERATIONS) == 63
    assert all(op.get("summary") for _, _, op in SPEC_OPERATIONS.values())


def test_page_documents_every_operation_with_its_summary(definition: dict[str, Any]) -> None:
    assert problems(definition) == []


def test_page_shows_every_tag_in_its_prerendered_menu(page: Page) -> None:
    text = {line.strip() for line in page.text}
    assert not {tag["name"] for tag in SPEC["tags"]} - text


def test_a_dropped_or_changed_operation_is_reported(definition: dict[str, Any]) -> None:
    # The check above must be able to fail: doctor a copy of the page's definition.
    doctored = json.loads(json.dumps(definition))
    del doctored["paths"]["/releases/{release_id}"]["get"]
    doctored["paths"]["/database/search"]["get"]["summary"] = "Something else"
    assert problems(doctored) == [
        "getRelease (GET /releases/{release_id}): missing",
        "searchDatabase: page has ('/database/search', 'GET', 'Something else'), "
        "spec has ('/database/search', 'GET', 'Search the database')",
    ]


def test_page_is_standalone(page: Page) -> None:
    remote_scripts = [attrs["src"] for attrs, _ in page.scripts if attrs.get("src")]
    assert remote_scripts == [], "every script is inlined"
    remote_links = [
        link["href"]
        for link in page.links
        if REMOTE.match(link.get("href") or "")
        and {"stylesheet", "modulepreload", "preload"} & set((link.get("rel") or "").split())
    ]
    assert remote_links == [], "nothing is preloaded or styled from a CDN"
    assert not [body[:200] for _, body in page.scripts if REMOTE_IMPORT.search(body)]
    # The Redoc bundle itself is in the page, not fetched by it.
    assert any("RedocStandalone" in body and "hydrate(" in body for _, body in page.scripts)


def test_page_sends_no_telemetry(page: Page) -> None:
    found = [m for _, body in page.scripts if (m := OPTIONS.search(body))]
    assert len(found) == 1
    assert json.loads(found[0].group(1)).get("disableTelemetry") is True

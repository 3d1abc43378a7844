"""The release steps make cannot say in a line: inspect the built files, guard, upload.

    python scripts/release.py check-dist   # wheel + sdist hold what they should, nothing else
    python scripts/release.py preflight    # clean tree, version not yet on the index
    python scripts/release.py upload       # preflight again, then twine upload dist/*
    python scripts/release.py requirements # the runtime dependencies, for pip download

The index comes from the environment, as twine reads it: `TWINE_REPOSITORY_URL` (the upload
URL) with `TWINE_USERNAME` and `TWINE_PASSWORD`. Whether a version exists is read from the
index's simple API: `RELEASE_INDEX_URL` if set, else derived from the upload URL (PyPI's and
TestPyPI's `/legacy/` map to their `/simple/`; other indexes, pypiserver among them, serve
`<upload URL>/simple/`). Credentials are never printed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
NAME = "discogs-openapi"
PACKAGES = ("discogs_api_client", "discogs_openapi")
# The sdist carries the spec and the docs besides the packages; never tests or recordings.
SDIST_EXTRA = {
    "openapi/discogs.yaml",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "pyproject.toml",
    ".gitignore",
}


class ReleaseError(Exception):
    """A reason not to publish, worded for the person running the release."""


def project_version() -> str:
    """The version, kept in pyproject.toml alone."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def _built(pattern: str) -> Path:
    found = sorted(DIST.glob(pattern))
    if len(found) != 1:
        raise ReleaseError(f"expected one {pattern} in dist/, found {len(found)}: run `make dist`")
    return found[0]


def check_dist() -> None:
    stem = f"discogs_openapi-{project_version()}"
    wheel = _built(f"{stem}-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    metadata = f"{stem}.dist-info/"
    stray = [n for n in names if not n.startswith((*(f"{p}/" for p in PACKAGES), metadata))]
    missing = [f"{p}/py.typed" for p in PACKAGES if f"{p}/py.typed" not in names]
    missing += [] if "discogs_api_client/generation.json" in names else ["generation.json"]
    sdist = _built(f"{stem}.tar.gz")
    with tarfile.open(sdist) as archive:
        inside = [m.name.removeprefix(f"{stem}/") for m in archive.getmembers() if m.isfile()]
    allowed = ("generated/discogs_api_client/", "overlay/discogs_openapi/")
    stray += [
        n for n in inside if not n.startswith(allowed) and n not in SDIST_EXTRA | {"PKG-INFO"}
    ]
    if stray or missing:
        raise ReleaseError(f"dist/ is wrong: unexpected {stray}, missing {missing}")
    for path, count in ((wheel, len(names)), (sdist, len(inside))):
        print(f"{path.name}: {path.stat().st_size / 1024:.1f} KiB, {count} files")
    for package in PACKAGES:
        modules = sum(1 for n in names if n.startswith(f"{package}/") and n.endswith(".py"))
        print(f"  {package}: {modules} modules, py.typed")


def simple_index_url() -> str:
    if explicit := os.environ.get("RELEASE_INDEX_URL"):
        return explicit.rstrip("/") + "/"
    upload = os.environ.get("TWINE_REPOSITORY_URL", "")
    if not upload:
        raise ReleaseError("set TWINE_REPOSITORY_URL (and TWINE_USERNAME, TWINE_PASSWORD)")
    url = httpx.URL(upload)
    if url.path.rstrip("/").endswith("/legacy"):
        host = "pypi.org" if url.host == "upload.pypi.org" else url.host
        return str(url.copy_with(host=host, path="/simple/"))
    return upload.rstrip("/") + "/simple/"


def published_versions() -> set[str]:
    """The versions of this project the index already holds."""
    url = simple_index_url() + f"{NAME}/"
    try:
        response = httpx.get(url, timeout=30, follow_redirects=True)
        upload_host = httpx.URL(os.environ.get("TWINE_REPOSITORY_URL", "")).host
        if response.status_code == 401 and httpx.URL(url).host == upload_host:
            # A private index: the upload credentials, only to the host they are meant for.
            user, password = (
                os.environ.get("TWINE_USERNAME", ""),
                os.environ.get("TWINE_PASSWORD", ""),
            )
            response = httpx.get(url, auth=(user, password), timeout=30, follow_redirects=True)
    except httpx.HTTPError as error:
        raise ReleaseError(f"cannot read the index at {url}: {error}") from None
    if response.status_code == 404:
        return set()  # the project is new to this index
    if response.status_code != 200:
        raise ReleaseError(f"the index answered {response.status_code} for {url}")
    files = re.findall(
        r"discogs[_-]openapi-([^-\"'<>/#]+?)(?:-py3-none-any\.whl|\.tar\.gz)", response.text
    )
    return set(files)


def preflight() -> None:
    dirty = subprocess.run(
        ["git", "status", "--porcelain"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if dirty:
        raise ReleaseError(f"the working tree is not clean; commit or stash first:\n{dirty}")
    version = project_version()
    if version in published_versions():
        raise ReleaseError(
            f"{NAME} {version} is already on {simple_index_url()}: "
            "raise the version in pyproject.toml and add its CHANGELOG entry"
        )
    print(f"preflight: clean tree, {NAME} {version} is new to {simple_index_url()}")


def upload() -> None:
    preflight()
    version = project_version()
    files = [str(_built(f"discogs_openapi-{version}-py3-none-any.whl"))]
    files.append(str(_built(f"discogs_openapi-{version}.tar.gz")))
    twine = Path(sys.executable).with_name("twine")
    command = [str(twine), "upload", "--non-interactive", "--disable-progress-bar", *files]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:  # noqa: S603
        raise ReleaseError("twine upload failed (see above)")
    if version not in published_versions():
        raise ReleaseError(f"the upload ended but the index does not list {version}")
    print(f"published {NAME} {version} to {simple_index_url()}")


def requirements() -> None:
    """The runtime dependencies, one per line, for `pip download`."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        print("\n".join(tomllib.load(file)["project"]["dependencies"]))


def main(argv: list[str]) -> int:
    steps = {
        "check-dist": check_dist,
        "preflight": preflight,
        "upload": upload,
        "requirements": requirements,
    }
    if len(argv) != 1 or argv[0] not in steps:
        print(f"usage: release.py {{{'|'.join(steps)}}}", file=sys.stderr)
        return 2
    try:
        steps[argv[0]]()
    except ReleaseError as error:
        print(f"release: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

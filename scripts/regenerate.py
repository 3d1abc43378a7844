"""Regenerate generated/discogs_api_client from openapi/discogs.yaml.

Runs the pinned openapi-python-client with the project's config and templates, failing on any
generator warning, then marks the package as typed. Deterministic: the same inputs give the same
files, which `make check-generated` relies on.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "discogs.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "scripts" / "generator-templates"
OUTPUT = ROOT / "generated" / "discogs_api_client"


def main() -> int:
    if OUTPUT.exists():
        shutil.rmtree(OUTPUT)
    command = [
        str(Path(sys.executable).with_name("openapi-python-client")),
        "generate",
        "--path", str(SPEC),
        "--config", str(CONFIG),
        "--meta", "none",
        "--output-path", str(OUTPUT),
        "--custom-template-path", str(TEMPLATES),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603
    if result.returncode != 0:
        return result.returncode
    # The generator writes py.typed only with project metadata, which this layout does not use.
    (OUTPUT / "py.typed").write_text("")
    return 0


if __name__ == "__main__":
    sys.exit(main())

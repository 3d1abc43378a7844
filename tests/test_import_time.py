"""Fast import (issue 16, item 6): models load on first use, and the client plus one operation
module load only the models that operation holds. Each check runs in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import discogs_api_client.models as models

MODELS_DIR = Path(models.__file__).parent


def _fresh(code: str) -> object:
    """What `code` (which sets `result`) computes in a fresh interpreter with this sys.path."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport json; print(json.dumps(result))"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=env,
    )
    return json.loads(out.stdout)


def test_models_load_when_first_touched() -> None:
    loaded = _fresh(
        "import sys\n"
        "import discogs_api_client.models as models\n"
        "before = 'discogs_api_client.models.release' in sys.modules\n"
        "name = models.Release.__name__\n"
        "after = 'discogs_api_client.models.release' in sys.modules\n"
        "others = 'discogs_api_client.models.inventory_page' in sys.modules\n"
        "result = [before, name, after, others]"
    )
    assert loaded == [False, "Release", True, False]


def test_the_client_and_one_operation_load_only_its_models() -> None:
    loaded = _fresh(
        "import sys\n"
        "from discogs_openapi import Discogs\n"
        "import discogs_api_client.api.database.get_release\n"
        "result = sorted(m for m in sys.modules if m.startswith('discogs_api_client.models.'))"
    )
    assert isinstance(loaded, list)
    # The release and the models it holds (credits, formats, tracks, images, ...), no others.
    assert "discogs_api_client.models.release" in loaded
    assert "discogs_api_client.models.inventory_page" not in loaded
    assert len(loaded) <= 15, loaded


def test_every_model_is_listed_and_importable() -> None:
    modules = {p.stem for p in MODELS_DIR.glob("*.py") if p.stem != "__init__"}
    assert {m.lstrip(".") for m in models._MODULES.values()} == modules
    assert set(models.__all__) == set(models._MODULES)
    assert set(models.__all__) <= set(dir(models))
    for name in models.__all__:
        namespace: dict[str, object] = {}
        exec(f"from discogs_api_client.models import {name}", namespace)  # noqa: S102
        assert namespace[name] is getattr(models, name)


def test_an_unknown_model_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="Nonexistent"):
        models.Nonexistent  # noqa: B018


def test_the_client_and_one_operation_load_no_attrs() -> None:
    # attrs built each generated class at import (most of the models' import time); the
    # generated classes are plain Python now.
    loaded = _fresh(
        "import sys\n"
        "from discogs_openapi import Discogs\n"
        "import discogs_api_client.api.database.get_release\n"
        "from discogs_api_client.models import Release\n"
        "result = sorted(m for m in sys.modules if m.split('.')[0] in ('attr', 'attrs'))"
    )
    assert loaded == []

"""The command line starts fast: help needs nothing of the database stack, and a command loads
only the features it uses (issue 15; the figures are in ``make bench``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from models.core.db import SCHEMA_HEAD, Database, head_revision

HEAVY = ("sqlalchemy", "alembic", "PySide6", "reportlab", "sqlcipher3", "faker", "openpyxl", "cryptography")


def _loaded_modules(code: str, env: dict[str, str] | None = None) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _loaded_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    """The top-level packages a fresh interpreter has loaded after running ``code``."""
    return {name.split(".")[0] for name in _loaded_modules(code, env)}


def test_help_imports_no_database_qt_or_pdf_stack() -> None:
    loaded = _loaded_after(
        "from desktop.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "try:\n    main(['lists', 'check', '--help'])\nexcept SystemExit:\n    pass"
    )
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_a_command_loads_only_what_it_uses(tmp_path: Path) -> None:
    """``info`` on an empty database: no Alembic when the schema is current, no Qt, no PDFs,
    no list reader."""
    import os

    from tests.helpers.database import FAST_KDF

    path = str(tmp_path / "e.db")
    Database.create(Path(path), "admin", "a long password 1", kdf=FAST_KDF).close()
    env = {**os.environ, "REPATRIA_PASSWORD": "a long password 1"}
    loaded = _loaded_after(
        f"from desktop.cli import main\nmain(['--db', {path!r}, '--user', 'admin', 'info', '--json'])",
        env,
    )
    assert "sqlalchemy" in loaded  # it did open the database
    assert not loaded & {"alembic", "PySide6", "reportlab", "openpyxl", "faker"}, loaded


def test_the_schema_head_constant_is_alembics_head() -> None:
    """Opening compares the database's revision with SCHEMA_HEAD (one query, no Alembic): it
    must name the newest migration, or a database would never be upgraded."""
    assert head_revision() == SCHEMA_HEAD


def test_every_report_kind_names_functions_that_exist() -> None:
    """The report builders are named as "module:function" and load when first used: each name
    must load (a typo would fail only when that report is asked for)."""
    from desktop.facades.reports import builders
    from models.core.report_kinds import ReportKind

    for kind in ReportKind:
        read, render = builders(kind)
        assert callable(read) and callable(render), kind


def test_a_one_page_report_loads_only_its_own_builders(tmp_path: Path) -> None:
    import os

    from tests.helpers.database import FAST_KDF

    path = str(tmp_path / "e.db")
    Database.create(Path(path), "admin", "a long password 1", kdf=FAST_KDF).close()
    env = {**os.environ, "REPATRIA_PASSWORD": "a long password 1"}
    loaded = _loaded_modules(
        "from desktop.facades import Facades\nfrom desktop.facades.office import open_database\n"
        "from pathlib import Path\n"
        f"with open_database(Path({path!r}), 'admin', 'a long password 1') as db:\n"
        "    Facades.of(db).reports().build('statistics')",
        env,
    )
    assert "reports.statistics" in loaded
    assert not loaded & {"reports.phase_list", "reports.remains", "models.lists.reader", "models.remains.scoring"}
